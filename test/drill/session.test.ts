import { describe, expect, it } from "vitest";
import { ScriptedPrompter, INTERRUPT } from "../../src/prompts/scripted.js";
import { isPromptInterrupted } from "../../src/prompts/types.js";
import { idealOrder, buildCrisis } from "../../src/drill/crisis.js";
import { scenariosFromPlaybooks } from "../../src/drill/scenario.js";
import { runCrisis, runDrills, type DrillDeps } from "../../src/drill/session.js";
import type { DrillResult } from "../../src/drill/types.js";
import { fakeLinter, finding, NOW, shippedCatalog, shippedScenario } from "./helpers.js";

const REPLY = `Hi Marco, I'm Dario from Acme. I'm so sorry your coffee machine arrived broken, and I've taken this on personally.
Could you send me a photo of the damaged parcel? The courier will collect it within 48 hours, and I'll call you back within 24 hours.
Please send me a direct message with your order number.
— Dario`;

/** A stopwatch that moves on by `step` seconds each time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => {
    const now = t;
    t += step * 1000;
    return now;
  };
}

async function deps(prompter: ScriptedPrompter, extra: Partial<DrillDeps> = {}): Promise<DrillDeps & { recorded: DrillResult[] }> {
  const catalog = await shippedCatalog();
  const recorded: DrillResult[] = [];
  return {
    prompter,
    playbooks: catalog.playbooks,
    templates: catalog.templates,
    linter: fakeLinter((text) => (text.includes("inconvenience") ? [finding("no-canned-phrase", "error", 0, 5, "P3")] : [])),
    trainee: "Dario Russo",
    brand: "Acme",
    hints: false,
    width: 120,
    clock: steppingClock(120),
    now: () => NOW,
    onResult: (r) => void recorded.push(r),
    recorded,
    ...extra,
  };
}

describe("an interactive drill, with injected answers", () => {
  it("shows the card, asks playbook, checklist and reply, grades and records", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const prompter = new ScriptedPrompter({ playbook: "parcel-damaged", checklist: [["read-all", "screenshot", "no-delete", "check-order"]], "reply-method": "type", reply: REPLY }, { strict: true });
    const d = await deps(prompter);
    const [outcome] = await runDrills([scenario], d);

    expect(prompter.asked).toEqual(["playbook", "checklist", "reply-method", "reply"]);
    const notes = prompter.notes;
    expect(notes).toContain("┌─ Facebook");
    expect(notes).toContain("Marco Rossi · posted 2 hours ago");
    expect(notes).toContain("Ordered a coffee machine");
    expect(notes).toMatch(/Score: \d+\/100/);
    expect(notes).toContain("Model reply (parcel-damaged.public)");
    expect(notes).toContain("The courier can only come in 3 days.");

    expect(outcome?.seconds).toBe(120);
    const items = Object.fromEntries(outcome!.grade.breakdown.map((i) => [i.item, i.points]));
    expect(items).toMatchObject({ playbook: 10, checklist: 10, time: 15, lint: 25, personalisation: 15, commitments: 15 });
    // 90 points, but "within 48 hours" promises the courier sooner than the facts allow (3 days):
    // an over-promise fails the drill, so the score stays under the pass mark.
    expect(outcome?.grade).toMatchObject({ score: 69, passMark: 70, passed: false });
    expect(outcome?.grade.fails).toEqual([expect.stringMatching(/^an over-promise: promises "within 48 hours" .* contradicts the facts/)]);
    expect(notes).toContain("Score: 69/100, not passed");
    expect(d.recorded).toEqual([expect.objectContaining({ version: 1, kind: "drill", trainee: "Dario Russo", scenario: "smashed-box-facebook", chosenPlaybook: "parcel-damaged", seconds: 120, score: 69, passed: false, at: NOW.toISOString(), hints: false })]);
  });

  it("offers no routing hint unless asked, and marks the suggestion with --hints", async () => {
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const seen: string[][] = [];
    const capture = (q: { choices?: Array<{ name: string }> }) => {
      seen.push((q.choices ?? []).map((c) => c.name));
      return "parcel-lost";
    };
    for (const hints of [false, true]) {
      const prompter = new ScriptedPrompter({ playbook: capture, checklist: [[]], reply: "sorry for the inconvenience" });
      const [outcome] = await runDrills([scenario], await deps(prompter, { hints }));
      expect(outcome?.grade.breakdown.find((i) => i.item === "playbook")?.points).toBe(0);
    }
    expect(seen[0]!.some((n) => n.includes("suggested"))).toBe(false);
    expect(seen[1]![0]).toMatch(/\(parcel-damaged\)\s+<- suggested/);
  });

  it("stops on Ctrl-C with the attempts finished so far recorded", async () => {
    const pool = [await shippedScenario("parcel-damaged", "smashed-box-facebook"), await shippedScenario("parcel-damaged", "wet-parcel-x")];
    const prompter = new ScriptedPrompter({ playbook: ["parcel-damaged", INTERRUPT], checklist: [[]], reply: REPLY });
    const d = await deps(prompter);
    const error = await runDrills(pool, d).catch((e: unknown) => e);
    expect(isPromptInterrupted(error)).toBe(true);
    expect(d.recorded).toHaveLength(1);
  });
});

describe("an interactive crisis drill", () => {
  it("shows arrivals, lets the trainee triage, and grades order and waiting", async () => {
    const catalog = await shippedCatalog();
    const pool = scenariosFromPlaybooks(catalog.playbooks, "en");
    const burst = buildCrisis(pool, catalog.playbooks, { count: 3, seed: "peak" });
    const ideal = idealOrder(burst.items);
    // Pick whatever is closest to its deadline among what has arrived: the ideal order when all have.
    const next = (q: { choices?: Array<{ value: unknown }> }) => {
      const open = (q.choices ?? []).map((c) => c.value as string);
      return ideal.find((id) => open.includes(id));
    };
    const prompter = new ScriptedPrompter({ next, playbook: (q: { choices?: Array<{ value: unknown }> }) => q.choices?.[0]?.value, checklist: [[]], reply: REPLY });
    const d = await deps(prompter, { clock: steppingClock(30) });
    const outcome = await runCrisis(pool, { count: 3, seed: "peak" }, d);

    expect(outcome.burst).toEqual(burst);
    expect(prompter.asked.filter((k) => k === "next")).toHaveLength(3);
    expect(prompter.notes).toMatch(/Crisis drill: 3 complaints are arriving/);
    expect(prompter.notes).toMatch(/arrived at \+0:00/);
    expect(prompter.notes).toMatch(/Crisis score: \d+\/100/);
    expect(outcome.grade.breakdown.map((i) => i.item)).toEqual(["replies", "order", "waiting"]);
    expect(outcome.result).toMatchObject({ kind: "crisis", scenario: "crisis:peak", trainee: "Dario Russo" });
    expect(outcome.result.replies).toHaveLength(3);
    expect(d.recorded).toEqual([outcome.result]);
  });
});
