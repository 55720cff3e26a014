import { describe, expect, it } from "vitest";
import { buildCrisis, CRISIS_WEIGHTS, gradeCrisis, idealOrder, type CrisisAnswer } from "../../src/drill/crisis.js";
import { gradeFrom } from "../../src/drill/grade.js";
import { scenariosFromPlaybooks } from "../../src/drill/scenario.js";
import type { Grade } from "../../src/drill/types.js";
import { shippedCatalog } from "./helpers.js";

const scored = (score: number): Grade => ({ score, max: 100, breakdown: [], passMark: 70, passed: score >= 70, fails: [] });

async function burst(count = 4, seed = "peak") {
  const { playbooks } = await shippedCatalog();
  return buildCrisis(scenariosFromPlaybooks(playbooks, "en"), playbooks, { count, seed });
}

describe("buildCrisis", () => {
  it("is the same for the same seed, arrivals spread over a few minutes from 0", async () => {
    const a = await burst();
    const b = await burst();
    expect(a).toEqual(b);
    expect(a.items).toHaveLength(4);
    expect(a.items[0]?.arrivesAfter).toBe(0);
    const offsets = a.items.map((i) => i.arrivesAfter);
    expect([...offsets].sort((x, y) => x - y)).toEqual(offsets);
    expect(Math.max(...offsets)).toBeLessThanOrEqual(4 * 60);
    expect((await burst(4, "other")).items.map((i) => i.scenario.id)).not.toEqual(a.items.map((i) => i.scenario.id));
  });

  it("gives a repeated scenario its own id in a large burst", async () => {
    const { playbooks } = await shippedCatalog();
    const pool = scenariosFromPlaybooks(playbooks, "en");
    const big = buildCrisis(pool, playbooks, { count: pool.length + 2, seed: "x" });
    expect(new Set(big.items.map((i) => i.scenario.id)).size).toBe(pool.length + 2);
  });

  it("puts the complaint closest to its deadline first", async () => {
    const b = await burst();
    const ideal = idealOrder(b.items);
    const deadlines = ideal.map((id) => b.items.find((i) => i.scenario.id === id)!.deadline);
    expect([...deadlines].sort((x, y) => x - y)).toEqual(deadlines);
  });
});

describe("gradeCrisis", () => {
  it("gives a post already past its target 15 minutes in the queue", async () => {
    const b = await burst(1, "late");
    const item = { ...b.items[0]!, scenario: { ...b.items[0]!.scenario, age: { minutes: 20 * 60, text: "20h" } } };
    const late = { ...b, items: [item] };
    const inTime = gradeCrisis(late, [{ scenario: item.scenario.id, answeredAt: item.arrivesAfter + 14 * 60, grade: scored(100) }]);
    expect(inTime.breakdown.find((i) => i.item === "waiting")?.points).toBe(CRISIS_WEIGHTS.waiting);
    const slow = gradeCrisis(late, [{ scenario: item.scenario.id, answeredAt: item.arrivesAfter + 16 * 60, grade: scored(100) }]);
    expect(slow.breakdown.find((i) => i.item === "waiting")?.losses[0]?.why).toContain("15m for a post already past its");
  });

  it("gives full marks for the right order, answered in time, with perfect replies", async () => {
    const b = await burst();
    let t = 0;
    const answers: CrisisAnswer[] = idealOrder(b.items).map((id) => ({ scenario: id, answeredAt: (t = Math.max(t, b.items.find((i) => i.scenario.id === id)!.arrivesAfter) + 60), grade: scored(100) }));
    const grade = gradeCrisis(b, answers);
    expect(grade.breakdown.find((i) => i.item === "order")?.points).toBe(CRISIS_WEIGHTS.order);
    expect(grade.breakdown.find((i) => i.item === "replies")?.points).toBe(CRISIS_WEIGHTS.replies);
    // Answered within a few minutes of arriving: in time, even a post that was already late.
    expect(grade.breakdown.find((i) => i.item === "waiting")?.points).toBe(CRISIS_WEIGHTS.waiting);
    expect(grade.order).toEqual(grade.ideal);
  });

  it("counts pairs out of order, and explains them (P1)", async () => {
    const b = await burst();
    const reversed = [...idealOrder(b.items)].reverse();
    const grade = gradeCrisis(b, reversed.map((id, k) => ({ scenario: id, answeredAt: 300 + k * 60, grade: scored(80) })));
    const order = grade.breakdown.find((i) => i.item === "order")!;
    expect(order.points).toBe(0);
    expect(order.why).toContain("6 of 6 pairs out of order");
    expect(order.losses[0]).toMatchObject({ points: CRISIS_WEIGHTS.order, principle: "P1" });
    expect(grade.breakdown.find((i) => i.item === "replies")?.points).toBe(48);
  });

  it("counts waiting past the target, and unanswered complaints as 0", async () => {
    const b = await burst(2, "wait");
    const [first] = b.items;
    const grade = gradeCrisis(b, [{ scenario: first!.scenario.id, answeredAt: first!.arrivesAfter + 24 * 3600, grade: scored(90) }]);
    const waiting = grade.breakdown.find((i) => i.item === "waiting")!;
    expect(waiting.points).toBe(0);
    expect(waiting.losses.map((l) => l.why).join(" ")).toMatch(/waited 1d in the queue.*never answered/);
    expect(waiting.losses.reduce((n, l) => n + l.points, 0)).toBe(CRISIS_WEIGHTS.waiting);
    expect(grade.breakdown.find((i) => i.item === "replies")?.points).toBe(27); // (90 + 0) / 2 * 0.6
    expect(grade).toMatchObject(gradeFrom(grade.breakdown));
  });
});
