import { describe, expect, it } from "vitest";
import { applyAnswer, askedSteps, nextQuestion, offersFor, type FlowQuestion } from "../../src/draft/flow.js";
import { reopenAnswers, settle } from "../../src/draft/state.js";
import { parseDuration } from "../../src/text/duration.js";
import { flowContext, freshState, NOW, shippedPlaybooks } from "./helpers.js";

const playbooks = await shippedPlaybooks();
const damaged = playbooks.find((p) => p.id === "parcel-damaged" && p.locale === "en")!;

async function answerUntil(kind: FlowQuestion["kind"], state = freshState()) {
  const ctx = await flowContext();
  for (;;) {
    const q = nextQuestion(state, ctx)!;
    if (q.kind === kind) return { q, state, ctx };
    const value = { complaint: "My parcel arrived smashed\n— Laura", platform: "facebook", posted: undefined, playbook: "en/parcel-damaged", checklist: true, customer: "Laura", agent: "Dario" }[q.kind as string];
    state = applyAnswer(state, q, q.kind === "step" ? q.default : q.kind === "commitment" ? q.default : q.kind === "remedies" ? [] : value, ctx);
  }
}

describe("nextQuestion", () => {
  it("asks in order: complaint, platform, posted, playbook, checklist, customer, agent, steps, commitments, remedies", async () => {
    const ctx = await flowContext();
    let state = freshState();
    const kinds: string[] = [];
    for (let q = nextQuestion(state, ctx); q; q = nextQuestion(state, ctx)) {
      kinds.push(q.kind);
      const value =
        q.kind === "complaint" ? "my parcel arrived smashed" : q.kind === "platform" ? "x" : q.kind === "posted" ? undefined : q.kind === "playbook" ? "en/parcel-damaged" : q.kind === "checklist" ? true : q.kind === "customer" ? "Laura" : q.kind === "agent" ? "Dario" : q.kind === "step" ? q.default : q.kind === "commitment" ? q.default : [];
      state = applyAnswer(state, q, value, ctx);
    }
    const compact = kinds.filter((k, i) => k !== kinds[i - 1]);
    expect(compact).toEqual(["complaint", "platform", "posted", "playbook", "checklist", "customer", "agent", "step", "commitment", "remedies"]);
  });

  it("suggests playbooks from the complaint, with the words that matched", async () => {
    const { q } = await answerUntil("playbook");
    if (q.kind !== "playbook") throw new Error();
    expect(q.suggestions[0]).toMatchObject({ id: "parcel-damaged", locale: "en" });
    expect(q.suggestions[0]!.matched.join(" ")).toMatch(/smashed/);
  });

  it("defaults the customer's name from the complaint's signature", async () => {
    const { q } = await answerUntil("customer");
    expect(q).toMatchObject({ kind: "customer", default: "Laura", guess: { name: "Laura", from: "— Laura" } });
  });

  it("never offers a time frame sooner than the earliest", () => {
    const callback = { ...damaged.commitments[0]!, offer: [parseDuration("12h")!, parseDuration("24h")!, parseDuration("48h")!] };
    expect(offersFor(callback, null).map((d) => d.text)).toEqual(["24h", "48h"]);
    expect(offersFor(callback, parseDuration("3d")!).map((d) => d.text)).toEqual(["24h", "48h", "3d"]);
    expect(offersFor(callback, parseDuration("1h")!).map((d) => d.text)).toEqual(["24h", "48h"]);
  });

  it("refuses a commitment sooner than the earliest and a remedy that needs approval", async () => {
    const { q, state, ctx } = await answerUntil("commitment");
    expect(() => applyAnswer(state, q, parseDuration("2h"), ctx)).toThrow(/sooner than the earliest/);
    const remedies = { kind: "remedies" as const, key: "remedies" as const, allowed: [], notAllowed: damaged.remedies, default: [] };
    expect(() => applyAnswer(state, remedies, ["refund"], ctx)).toThrow(/not allowed without approval: refund/);
  });

  it("validates a step's answer with the playbook's own checks", async () => {
    let { q, state, ctx } = await answerUntil("step");
    while (q.kind === "step" && q.step.id !== "contact-email") {
      state = applyAnswer(state, q, q.default, ctx);
      q = nextQuestion(state, ctx)!;
    }
    expect(() => applyAnswer(state, q, "not an address", ctx)).toThrow(/an e-mail address/);
  });

  it("choosing another playbook drops the old one's answers", async () => {
    const { q, state, ctx } = await answerUntil("commitment");
    const changed = applyAnswer(state, { kind: "playbook", key: "playbook", suggestions: [], options: [] }, "en/parcel-lost", ctx);
    expect(changed.answers).toEqual({});
    expect(changed.settled.some((k) => k.startsWith("step:") || k.startsWith("checklist:"))).toBe(false);
    expect(nextQuestion(changed, ctx)?.kind).toBe("checklist");
    void q;
  });

  it("'change the answers' asks the steps again with the earlier answers as defaults", async () => {
    const { state, ctx } = await answerUntil("remedies");
    const withAnswer = { ...state, answers: { ...state.answers, damage: "box" } };
    const reopened = reopenAnswers(settle(withAnswer, "remedies", NOW), NOW);
    const q = nextQuestion(reopened, ctx)!;
    expect(q.kind).toBe("customer");
    const next = nextQuestion(applyAnswer(reopened, q, "Laura", ctx), ctx)!;
    expect(next.kind).toBe("step");
    expect(askedSteps(damaged, reopened.answers).map((s) => s.id)).toContain("damage");
  });
});
