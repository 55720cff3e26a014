// The evaluation harness: labelled lines in, per-rule figures out (our own wording).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateLint, linterFor, parseLintLine, type LintLine } from "../../src/eval/lint.js";
import { runEval } from "../../src/eval/run.js";
import { partOf } from "../../src/eval/split.js";
import { ruleIds } from "../../src/lint/engine.js";
import { shippedCatalog } from "../helpers/catalog.js";

const known = new Set(ruleIds());

describe("parseLintLine", () => {
  it("reads a labelled line", () => {
    expect(parseLintLine({ id: "a", text: "Hi", expect: ["no-blame"], ok: ["calm-tone"] }, known)).toEqual({ id: "a", text: "Hi", expect: ["no-blame"], ok: ["calm-tone"] });
  });
  it.each([
    [{ text: "" }, "text"],
    [{ text: "Hi", expect: "no-blame" }, "expect"],
    [{ text: "Hi", ok: ["no-such-rule"] }, "ok"],
    [{ text: "Hi", expect: ["no-blame"], ok: ["no-blame"] }, "ok"],
    [{ text: "Hi", complaint: 3, expect: [] }, "complaint"],
  ])("refuses %j at key %s", (value, key) => {
    const parsed = parseLintLine(value as Record<string, unknown>, known);
    expect("key" in parsed && parsed.key).toBe(key);
  });
});

describe("evaluateLint", () => {
  const lines: LintLine[] = [
    { id: "stock", text: "We apologise for any inconvenience caused. ^JT", channel: "x", locale: "en", expect: ["no-canned-phrase"], ok: ["no-blame"] },
    { id: "clean", text: "Tom, I'm sorry the box arrived crushed. I'll call you back within 24 hours. ^JT", channel: "x", locale: "en", expect: [], ok: ["no-canned-phrase", "no-blame"] },
    { id: "missed", text: "Per our terms you really ought to have read the small print. ^JT", channel: "x", locale: "en", expect: ["no-blame"], ok: [] },
  ];
  it("counts fires, right, wrong and missed per rule", async () => {
    const catalog = await shippedCatalog();
    const run = evaluateLint(lines, catalog, linterFor(catalog), true);
    const canned = run.figures.find((f) => f.rule === "no-canned-phrase")!;
    expect(canned).toMatchObject({ right: 1, wrong: 0, expected: 1, okLabelled: 1 });
    const blame = run.figures.find((f) => f.rule === "no-blame")!;
    expect(blame).toMatchObject({ expected: 1, okLabelled: 2 });
    expect(run.misses.filter((m) => m.kind === "missed").map((m) => m.id)).toContain("missed");
  });
});

describe("runEval", () => {
  const dir = mkdtempSync(join(tmpdir(), "replybook-eval-"));
  it("names the file, line, column and key of a bad line, exit 2", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"id":"1","text":"Hi","expect":[]}\n{"id":"2","text":"Hi","expect":["nope"]}\n');
    const result = await runEval([file]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`${file}:2:23 expect: unknown rule id "nope"\n`);
  });
  it("prints a table per rule, with and without the complaint", async () => {
    const file = join(dir, "ok.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "1", text: "We apologise for any inconvenience. ^JT", complaint: "my order is late", locale: "en", expect: ["no-canned-phrase"], ok: [] })}\n`);
    const result = await runEval([file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("with the complaint, calibration (");
    expect(result.out).toContain("with the complaint, held-out (");
    expect(result.out).toContain("without the complaint, all 1 replies:");
    expect(result.out).toMatch(/\| no-canned-phrase \| 1 \(100\.0%\) \| 100\.0% \(1\/1\) \| 100\.0% \(1\/1\) \|/);
  });
  // Ids whose part is known: the split is by the SHA-1 of the id.
  const inPart = (part: string) => Array.from({ length: 40 }, (_, i) => `r${i}`).find((id) => partOf(id) === part)!;
  it("splits the lines by a hash of their id and prints each part", async () => {
    const file = join(dir, "split.jsonl");
    const line = (id: string) => JSON.stringify({ id, text: "We apologise for any inconvenience. ^JT", locale: "en", expect: [], ok: ["no-canned-phrase"] });
    writeFileSync(file, `${line(inPart("calibration"))}\n${line(inPart("held-out"))}\n${line(`${inPart("held-out")}x`)}\n`);
    const result = await runEval([file]);
    const calibration = partOf(`${inPart("held-out")}x`) === "calibration" ? 2 : 1;
    expect(result.out).toContain(`calibration (${calibration} replies):`);
    expect(result.out).toContain(`held-out (${3 - calibration} replies):`);
    expect(result.out).toContain("all 3 replies:");
  });
  it("--show fp lists the false alarms of the calibration part, --part and --rule narrow or widen it", async () => {
    const file = join(dir, "fp.jsonl");
    const cal = inPart("calibration");
    const held = inPart("held-out");
    writeFileSync(file, [
      JSON.stringify({ id: cal, text: "We apologise for any inconvenience. ^JT", locale: "en", expect: [], ok: ["no-canned-phrase"] }),
      JSON.stringify({ id: held, text: "We apologise for any inconvenience. ^JT", locale: "en", expect: [], ok: ["no-canned-phrase"] }),
    ].join("\n"));
    const fp = await runEval([file, "--show", "fp"]);
    expect(fp.out).toContain(`FALSE  no-canned-phrase ${cal} [calibration]`);
    expect(fp.out).not.toContain(`${held} [held-out]`);
    const all = await runEval([file, "--show", "fp", "--part", "all", "--rule", "no-canned-phrase"]);
    expect(all.out).toContain(`${held} [held-out]`);
    const none = await runEval([file, "--show", "fn"]);
    expect(none.out).toContain("(none)");
  });
  it.each([[["--show", "maybe"]], [["--part", "half"]], [["--frobnicate"]]])("refuses %j, exit 2", async (extra) => {
    const result = await runEval([join(dir, "ok.jsonl"), ...extra]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("usage: npm run eval");
  });
});
