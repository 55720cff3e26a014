import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile, loadScenarioPath, pickScenarios, scenarioFromExample, scenariosFromPlaybooks } from "../../src/drill/scenario.js";
import { tempDir } from "../helpers/cli.js";
import { shippedCatalog, shippedPlaybook } from "./helpers.js";

const GOOD = `# yaml-language-server: $schema=../schema/scenario.schema.json
playbook: parcel-damaged
locale: en
title: Monday drills
drills:
  - id: cracked-screen-instagram
    platform: instagram
    customer: { name: Giulia Neri, handle: "@giulian" }
    age: 30m
    complaint: My new phone arrived with the screen cracked. Thanks a lot.
    facts:
      - text: The courier can only come in 3 days.
        commitment: courier-collection
        earliest: 3d
      - text: Vouchers need a manager's approval.
        remedy-not-allowed: voucher
  - id: lost-on-facebook
    platform: facebook
    customer: { name: Ben Cole }
    expected-playbook: parcel-lost
    complaint: Where is my parcel? Ten days and nothing.
`;

function write(text: string, name = "monday.yaml"): string {
  const dir = tempDir("replybook-scenario-");
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("loadScenarioFile", () => {
  it("reads a trainer's file into scenarios, with durations parsed and defaults filled", async () => {
    const file = write(GOOD);
    const result = await loadScenarioFile(file, (await shippedCatalog()).playbooks);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ playbook: "parcel-damaged", locale: "en", title: "Monday drills" });
    const [first, second] = result.value.scenarios;
    expect(first).toMatchObject({ id: "cracked-screen-instagram", age: { minutes: 30 }, expectedPlaybook: "parcel-damaged", locale: "en", source: { kind: "file", file } });
    expect(first?.facts[0]).toEqual({ text: "The courier can only come in 3 days.", commitment: "courier-collection", earliest: { minutes: 4320, text: "3d" } });
    expect(first?.facts[1]).toEqual({ text: "Vouchers need a manager's approval.", remedyNotAllowed: "voucher" });
    expect(second).toMatchObject({ expectedPlaybook: "parcel-lost", age: { minutes: 0 } });
  });

  it("reports schema problems with file, line, column and key path", async () => {
    const file = write(GOOD.replace("platform: instagram", "platfrom: instagram"));
    const result = await loadScenarioFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.format())).toEqual([
      `${file}:6:5 drills[0]: missing required key "platform"`,
      `${file}:7:5 drills[0].platfrom: unknown key "platfrom" (did you mean "platform"?)`,
    ]);
  });

  it("checks durations and, with the catalog, the playbooks, commitments and remedies it names", async () => {
    const broken = GOOD.replace("age: 30m", "age: soon").replace("commitment: courier-collection", "commitment: courier").replace("remedy-not-allowed: voucher", "remedy-not-allowed: cash").replace("expected-playbook: parcel-lost", "expected-playbook: parcel-stolen");
    const result = await loadScenarioFile(write(broken), (await shippedCatalog()).playbooks);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((e) => `${e.line}:${e.column} ${e.keyPath}: ${e.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^9:10 drills\[0\]\.age: "soon" is not a duration/),
      expect.stringMatching(/^13:21 drills\[0\]\.facts\[0\]\.commitment: no commitment "courier" in playbook "parcel-damaged" \(it has: callback, courier-collection\)/),
      expect.stringMatching(/^16:29 drills\[0\]\.facts\[1\]\.remedy-not-allowed: no remedy "cash"/),
      expect.stringMatching(/^20:24 drills\[1\]\.expected-playbook: no playbook "parcel-stolen"/),
    ]);
  });

  it("refuses a fact that makes a bound sooner than the playbook's own", async () => {
    const result = await loadScenarioFile(write(GOOD.replace("earliest: 3d", "earliest: 12h")), (await shippedCatalog()).playbooks);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain("a fact can only make a bound later");
  });
});

describe("loadScenarioPath", () => {
  it("reads every scenario file under a folder, sorted, and finds duplicate ids across files", async () => {
    const dir = tempDir("replybook-scenarios-");
    mkdirSync(join(dir, "week-2"));
    writeFileSync(join(dir, "a.yaml"), GOOD);
    writeFileSync(join(dir, "week-2", "b.yml"), GOOD.replace("lost-on-facebook", "lost-on-x").replace("cracked-screen-instagram", "cracked-screen-x"));
    writeFileSync(join(dir, "notes.txt"), "not a scenario");
    const ok = await loadScenarioPath(dir);
    expect(ok.ok && ok.value.flatMap((f) => f.scenarios.map((s) => s.id))).toEqual(["cracked-screen-instagram", "lost-on-facebook", "cracked-screen-x", "lost-on-x"]);
    writeFileSync(join(dir, "c.yaml"), GOOD);
    const dup = await loadScenarioPath(dir);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.errors[0]?.message).toMatch(/duplicate drill id "cracked-screen-instagram"/);
  });

  it("says when the path does not exist", async () => {
    const result = await loadScenarioPath("/nonexistent/scenarios");
    expect(!result.ok && result.errors[0]?.format()).toBe("/nonexistent/scenarios no such scenario file or folder");
  });
});

describe("scenarios from playbooks", () => {
  it("lists the shipped playbooks' drills with their locale and source", async () => {
    const pool = scenariosFromPlaybooks((await shippedCatalog()).playbooks, "en");
    expect(pool.map((s) => s.id)).toEqual(expect.arrayContaining(["smashed-box-facebook", "wet-parcel-x", "marked-delivered-x"]));
    expect(pool.every((s) => s.locale === "en" && s.source.kind === "playbook")).toBe(true);
  });

  it("makes a scenario from a playbook's example", async () => {
    const s = scenarioFromExample(await shippedPlaybook("parcel-damaged"));
    expect(s).toMatchObject({ id: "parcel-damaged-example", customer: { name: "Laura Bianchi" }, platform: "facebook", expectedPlaybook: "parcel-damaged" });
  });

  it("draws the same scenarios for the same seed", async () => {
    const pool = scenariosFromPlaybooks((await shippedCatalog()).playbooks, "en");
    const a = pickScenarios(pool, 3, "week-12").map((s) => s.id);
    expect(pickScenarios(pool, 3, "week-12").map((s) => s.id)).toEqual(a);
    expect(new Set(a).size).toBe(3);
    expect(pickScenarios(pool, pool.length + 2, "x")).toHaveLength(pool.length + 2);
  });
});
