import { describe, expect, it } from "vitest";
import {
  gradeChecklist,
  gradeCommitments,
  gradeLint,
  gradePersonalisation,
  gradePlaybook,
  gradeReply,
  gradeTime,
  LINT_COST,
  PROMISE_COST,
  WEIGHTS,
} from "../../src/drill/grade.js";
import type { GradeItem } from "../../src/drill/types.js";
import { fakeLinter, finding, NOW, shippedPlaybook, shippedScenario } from "./helpers.js";

const GOOD_REPLY = `Hi Marco, I'm Dario from Customer Care. I'm really sorry your coffee machine arrived broken: I've taken this on personally.
Could you send me a photo of the damaged parcel? The courier will come to collect it within 3 days: please keep the box aside until then. I'll call you back within 24 hours with the outcome.
Please send me a direct message with your order number, or write to me at care@example.com and ask for Dario.
— Dario`;

/** Every item's losses add up to what it lost, and each names a principle. */
function expectExplained(item: GradeItem): void {
  const lost = item.losses.reduce((n, l) => n + l.points, 0);
  expect(lost).toBe(item.max - item.points);
  for (const l of item.losses) {
    expect(l.principle).toMatch(/^P([1-9]|1[0-7])$/);
    expect(l.why.length).toBeGreaterThan(10);
  }
}

describe("gradeReply", () => {
  it("gives a careful reply full marks, and the same score every time", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged");
    const input = { scenario, playbook, chosenPlaybook: "parcel-damaged", checklistDone: playbook.checklist.map((c) => c.id), reply: GOOD_REPLY, linter: fakeLinter(), secondsTaken: 300, trainee: "Dario Russo", now: NOW };
    const first = gradeReply(input);
    expect(first.score).toBe(100);
    expect(first.max).toBe(100);
    expect(first.breakdown.map((i) => i.item)).toEqual(["playbook", "checklist", "time", "lint", "commitments", "personalisation"]);
    expect(gradeReply(input)).toEqual(first);
    for (const item of first.breakdown) {
      expect(item).toEqual(expect.objectContaining({ item: expect.any(String), points: expect.any(Number), max: expect.any(Number), why: expect.any(String), principle: expect.stringMatching(/^P\d+$/) }));
    }
  });

  it("passes the scenario to the linter: locale, playbook, customer, agent, channel, now, the complaint", async () => {
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x");
    const playbook = await shippedPlaybook("parcel-damaged");
    const linter = fakeLinter();
    gradeReply({ scenario, playbook, reply: "x", linter, secondsTaken: 0, trainee: "Dario Russo", now: NOW });
    expect(linter.calls[0]?.context).toEqual({ locale: "en", playbook, customer: scenario.customer, agent: "Dario Russo", channel: "x", now: NOW, complaint: scenario.complaint });
  });

  it("scores over the items that could be assessed", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged");
    const grade = gradeReply({ scenario, playbook, reply: GOOD_REPLY, linter: fakeLinter(), secondsTaken: 0, trainee: "Dario Russo", now: NOW });
    expect(grade.breakdown.find((i) => i.item === "playbook")).toMatchObject({ points: 0, max: 0, why: expect.stringContaining("not assessed") });
    expect(grade.breakdown.find((i) => i.item === "checklist")).toMatchObject({ max: 0 });
    expect(grade.score).toBe(100);
  });
});

describe("playbook", () => {
  it("earns its points for the expected playbook and loses them all for another (P2)", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    expect(gradePlaybook({ scenario, chosenPlaybook: "parcel-damaged" })).toMatchObject({ points: WEIGHTS.playbook, max: WEIGHTS.playbook });
    const wrong = gradePlaybook({ scenario, chosenPlaybook: "parcel-lost" });
    expect(wrong).toMatchObject({ points: 0, principle: "P2" });
    expect(wrong.losses[0]?.why).toContain('needs "parcel-damaged"');
    expectExplained(wrong);
  });
});

describe("checklist", () => {
  it("loses a share per skipped item, with the item's own principle", async () => {
    const playbook = await shippedPlaybook("parcel-damaged"); // 4 items: 3 + 3 + 2 + 2 points
    const all = gradeChecklist({ playbook, checklistDone: playbook.checklist.map((c) => c.id) });
    expect(all.points).toBe(WEIGHTS.checklist);
    const some = gradeChecklist({ playbook, checklistDone: ["read-all", "check-order"] });
    expect(some.points).toBe(5);
    expect(some.losses.map((l) => [l.key, l.principle])).toEqual([["checklist/screenshot", "P11"], ["checklist/no-delete", "P9"]]);
    expectExplained(some);
    expect(gradeChecklist({ playbook, checklistDone: [] }).points).toBe(0);
  });
});

describe("time", () => {
  const playbook = { respondWithin: { minutes: 360, text: "6h" } };
  it("is full within respond-within, counting the post's age and the time taken (P1)", () => {
    expect(gradeTime(120, 600, playbook)).toMatchObject({ points: WEIGHTS.time, losses: [] });
    expect(gradeTime(355, 300, playbook).points).toBe(WEIGHTS.time); // exactly 6h
  });

  it("falls linearly to zero at three times the target", () => {
    const late = gradeTime(540, 0, playbook); // 9h: a quarter of the way from 6h to 18h
    expect(late.points).toBe(11);
    expect(late.losses[0]?.why).toContain("9h after posting");
    expect(late.losses[0]?.why).toContain("already late");
    expectExplained(late);
    expect(gradeTime(20 * 60, 0, playbook).points).toBe(0);
    expect(gradeTime(300, 3 * 3600, playbook).points).toBe(13); // 8h: the trainee's own time counts
  });
});

describe("lint", () => {
  it("costs more for an error than for a warning, per finding, by rule", () => {
    const item = gradeLint([finding("no-stock-phrase", "error", 0, 5, "P3"), finding("calm-tone", "warn", 10, 12, "P8"), finding("calm-tone", "warn", 20, 22, "P8")]);
    expect(item.points).toBe(WEIGHTS.lint - LINT_COST.error - 2 * LINT_COST.warn);
    expect(item.losses.map((l) => [l.ruleId, l.points, l.principle])).toEqual([["no-stock-phrase", 6, "P3"], ["calm-tone", 2, "P8"], ["calm-tone", 2, "P8"]]);
    expectExplained(item);
  });

  it("never goes below zero", () => {
    const item = gradeLint(Array.from({ length: 6 }, (_, i) => finding(`rule-${i}`, "error", i, i + 1)));
    expect(item.points).toBe(0);
    expectExplained(item);
    expect(item.losses.at(-1)?.why).toContain("no points left");
  });
});

describe("commitments", () => {
  it("loses points for a time frame the scenario's facts contradict (P4)", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook"); // courier: 3 days
    const playbook = await shippedPlaybook("parcel-damaged");
    const reply = "Hi Marco, the courier will collect the parcel within 48 hours and I'll call you back within 24 hours. — Dario";
    const item = gradeCommitments({ reply, playbook, scenario, now: NOW }, []);
    expect(item.points).toBe(WEIGHTS.commitments - PROMISE_COST);
    expect(item.losses[0]).toMatchObject({ principle: "P4", key: "commitments/courier-collection" });
    expect(item.losses[0]?.why).toContain("The courier can only come in 3 days.");
    expectExplained(item);
  });

  it("loses points for a time frame sooner than the playbook allows", async () => {
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x");
    const playbook = await shippedPlaybook("parcel-damaged");
    const item = gradeCommitments({ reply: "I'll call you back tomorrow morning, and the courier will pick it up today.", playbook, scenario, now: NOW }, []);
    expect(item.losses.map((l) => l.key)).toEqual(["commitments/courier-collection"]);
    expect(item.losses[0]?.why).toContain("sooner than the playbook allows (48h)");
  });

  it("accepts time frames within bounds and saying what cannot be promised", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged");
    const reply = "I can't promise a date for the courier yet, but I'll call you back within 24 hours.";
    const item = gradeCommitments({ reply, playbook, scenario, now: NOW }, []);
    expect(item).toMatchObject({ points: WEIGHTS.commitments, losses: [] });
  });

  it("does not charge twice for what the linter already found", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged");
    const reply = "The courier will collect it within 24 hours. I'll call you back within 24 hours.";
    const start = reply.indexOf("24 hours");
    const item = gradeCommitments({ reply, playbook, scenario, now: NOW }, [finding("no-over-promise", "error", start, start + 8, "P4")]);
    expect(item.points).toBe(WEIGHTS.commitments);
    expect(item.why).toContain("already counted under lint (no-over-promise)");
  });

  it("loses points for a remedy the facts forbid, not for one it declines", async () => {
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x"); // refunds need approval
    const playbook = await shippedPlaybook("parcel-damaged");
    const offer = gradeCommitments({ reply: "I'll refund you straight away and call you back within 24 hours.", playbook, scenario, now: NOW }, []);
    expect(offer.losses.map((l) => [l.key, l.principle])).toEqual([["commitments/remedy-refund", "P4"]]);
    expect(offer.losses[0]?.why).toContain("Refunds need a manager's approval.");
    const declined = gradeCommitments({ reply: "I can't offer a refund myself, but I'll call you back within 24 hours.", playbook, scenario, now: NOW }, []);
    expect(declined.losses).toEqual([]);
  });

  it("loses points when no next step has a time frame (P6)", async () => {
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x");
    const playbook = await shippedPlaybook("parcel-damaged");
    const item = gradeCommitments({ reply: "Sorry about that, we'll look into it.", playbook, scenario, now: NOW }, []);
    expect(item.losses.map((l) => [l.key, l.principle])).toEqual([["commitments/no-next-step", "P6"]]);
    expect(item.losses[0]?.why).toMatch(/^no next step with a time frame/);
    expectExplained(item);
  });

  it.each([
    ["en", "I'll send a new one today and message you the tracking by 6pm.", /^the times given \("today", "by 6pm"\) are for none of the playbook's steps: promise one of them, and by when \(/],
    ["it", "Le spedisco oggi stesso un nuovo prodotto.", /^i tempi indicati \("oggi"\) non riguardano nessun passo della procedura/],
  ])("(%s) times that time none of the playbook's steps: says so, not 'no next step'", async (locale, reply, why) => {
    const scenario = locale === "en" ? await shippedScenario("parcel-damaged", "wet-parcel-x") : { ...(await shippedScenario("parcel-damaged", "wet-parcel-x")), locale };
    const playbook = await shippedPlaybook("parcel-damaged");
    const item = gradeCommitments({ reply, playbook, scenario, now: NOW }, []);
    expect(item.losses.map((l) => l.key)).toEqual(["commitments/no-next-step"]);
    expect(item.losses[0]?.why).toMatch(why);
  });
});

describe("personalisation", () => {
  it("wants the customer's name, the agent's own name and a signature (P3)", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const full = gradePersonalisation({ reply: GOOD_REPLY, scenario, trainee: "Dario Russo" });
    expect(full).toMatchObject({ points: WEIGHTS.personalisation, losses: [] });
    const none = gradePersonalisation({ reply: "Dear customer, we are sorry for the inconvenience.\nCustomer Care", scenario, trainee: "Dario Russo" });
    expect(none.points).toBe(0);
    // "Customer Care" on the last line is a team, not a missing signature.
    expect(none.losses.map((l) => l.key)).toEqual(["personalisation/name", "personalisation/team-signature", "personalisation/introduction"]);
    expect(none.losses[1]!.why).toBe('signed by a team ("Customer Care"), not by Dario (— Dario, or ^DR on X): a team is not a person');
    expectExplained(none);
  });

  it("accepts the handle on X and a ^initials signature on one line", async () => {
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x");
    const item = gradePersonalisation({ reply: "@annav I'm so sorry your books are ruined. I'm Dario and I'm on it: DM me a photo and I'll call you back within 24 hours. ^DR", scenario, trainee: "Dario Russo" });
    expect(item.losses).toEqual([]);
  });

  it("without a trainee name, accepts any signature and introduction", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const item = gradePersonalisation({ reply: "Hi Marco, I'm Giulia from the care team. I'm on it.\n— Giulia", scenario });
    expect(item.losses).toEqual([]);
  });
});

describe("no double charge", () => {
  it("leaves to the linter what its rules already found: name, signature, next step", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged");
    const reply = "Dear customer, we are looking into it.";
    const linter = fakeLinter([finding("address-customer", "warn", 0, 13, "P3"), finding("signed-by-person", "error", 38, 38, "P3"), finding("concrete-next-step", "warn", 0, 38, "P6")]);
    const grade = gradeReply({ scenario, playbook, reply, linter, secondsTaken: 0, trainee: "Dario Russo", now: NOW });
    const byItem = Object.fromEntries(grade.breakdown.map((i) => [i.item, i]));
    expect(byItem.lint?.points).toBe(WEIGHTS.lint - LINT_COST.error - 2 * LINT_COST.warn);
    expect(byItem.personalisation?.losses.map((l) => l.key)).toEqual(["personalisation/introduction"]);
    expect(byItem.personalisation?.why).toContain("already counted under lint (signed-by-person)");
    expect(byItem.personalisation?.why).toContain("already counted under lint (address-customer)");
    expect(byItem.commitments?.losses).toEqual([]);
    expect(byItem.commitments?.why).toContain("already counted under lint (concrete-next-step)");
  });
});
