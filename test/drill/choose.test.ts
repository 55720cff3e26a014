// Which scenarios a drill uses (src/drill/choose.ts): the pool, the choice among it, and the
// checklist given to `drill grade`.
import { describe, expect, it } from "vitest";
import { chooseScenarios, findScenario, parseChecklist, scenarioPool } from "../../src/drill/choose.js";
import { shippedCatalog, shippedPlaybook } from "./helpers.js";

describe("scenarioPool", () => {
  it("takes the playbooks' drills in a locale, narrowed to one playbook", async () => {
    const { playbooks } = await shippedCatalog();
    const pool = await scenarioPool(playbooks, { paths: [], locale: "en", playbook: "parcel-damaged" });
    expect(pool.length).toBeGreaterThan(0);
    expect(pool.every((s) => s.expectedPlaybook === "parcel-damaged" && s.locale === "en")).toBe(true);
  });

  it("refuses a playbook that does not exist, naming it", async () => {
    const { playbooks } = await shippedCatalog();
    await expect(scenarioPool(playbooks, { paths: [], locale: "en", playbook: "no-such-one" })).rejects.toThrow('no playbook "no-such-one"');
  });
});

describe("chooseScenarios", () => {
  it("picks one by id, n by seed (the same n for the same seed), or one at random", async () => {
    const { playbooks } = await shippedCatalog();
    const pool = await scenarioPool(playbooks, { paths: [], locale: "en", playbook: undefined });
    const first = pool[0]!;
    expect(chooseScenarios(pool, { drill: first.id, fromFiles: false, seed: "s" })).toEqual([first]);
    const two = chooseScenarios(pool, { random: 2, fromFiles: false, seed: "week-12" });
    expect(two).toHaveLength(2);
    expect(chooseScenarios(pool, { random: 2, fromFiles: false, seed: "week-12" })).toEqual(two);
    expect(chooseScenarios(pool, { fromFiles: false, seed: "s" })).toHaveLength(1);
    expect(chooseScenarios(pool, { fromFiles: true, seed: "s" })).toEqual(pool);
    expect(() => findScenario(pool, "nope")).toThrow(/^no scenario "nope"; known: /);
  });
});

describe("parseChecklist", () => {
  it('takes "all" or listed ids, and names the ids the playbook does not have', async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    expect(parseChecklist("all", pb)).toEqual(pb.checklist.map((c) => c.id));
    expect(parseChecklist("read-all, screenshot", pb)).toEqual(["read-all", "screenshot"]);
    expect(() => parseChecklist("read-all,fly", pb)).toThrow(/^--checklist: no item "fly" in "parcel-damaged"/);
  });
});
