import { describe, expect, it } from "vitest";
import { applyFixes, lintAndFix } from "../../src/lint/fix.js";
import { formatCompact, formatGithub, formatJson, formatStylish, toFileReport, toMessages, type Painter } from "../../src/lint/format.js";
import type { Finding } from "../../src/lint/types.js";
import { NOW, shippedLinter } from "./helpers.js";

const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ ruleId: "calm-tone", messageId: "m", severity: "error", message: "too loud", start, end, ...extra });

describe("ESLint-compatible messages", () => {
  it("gives 1-based lines and columns, end exclusive like ESLint", () => {
    const text = "Hi Laura,\nWE ARE ON IT.\n— Dario";
    const [m] = toMessages(text, [finding(10, 22)]);
    expect(m).toMatchObject({ ruleId: "calm-tone", severity: 2, message: "too loud", line: 2, column: 1, endLine: 2, endColumn: 13, messageId: "m" });
  });

  it("carries fixes and suggestions in ESLint's shape", () => {
    const [m] = toMessages("Wow!!!", [finding(3, 6, { severity: "warn", suggestion: "one is enough", fix: { start: 3, end: 6, text: "!" } })]);
    expect(m).toMatchObject({ severity: 1, fix: { range: [3, 6], text: "!" }, suggestions: [{ desc: "one is enough", fix: { range: [3, 6], text: "!" } }] });
  });

  it("writes an ESLint results array", () => {
    const report = toFileReport("reply.txt", "Wow!!!", { findings: [finding(3, 6)], locale: "en", errorCount: 1, warningCount: 0 });
    const parsed = JSON.parse(formatJson([report]));
    expect(parsed).toEqual([
      {
        filePath: "reply.txt",
        messages: [{ ruleId: "calm-tone", severity: 2, message: "too loud", line: 1, column: 4, endLine: 1, endColumn: 7, messageId: "m" }],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it("drops warnings with --quiet", () => {
    const report = toFileReport("r", "abc", { findings: [finding(0, 1, { severity: "warn" }), finding(1, 2)], locale: "en", errorCount: 1, warningCount: 1 }, { quiet: true });
    expect(report.messages.map((m) => m.severity)).toEqual([2]);
    expect(report.warningCount).toBe(0);
  });
});

describe("text formats", () => {
  const text = "Dear customer,\nwe apologise for any inconvenience!!!";
  const report = toFileReport("replies/a.txt", text, {
    findings: [finding(15, 49, { ruleId: "no-canned-phrase", message: "stock phrase", suggestion: "I'm sorry" }), finding(49, 52, { severity: "warn", fix: { start: 49, end: 52, text: "!" } })],
    locale: "en",
    errorCount: 1,
    warningCount: 1,
  });

  it("compact: file:line:col: severity message [rule-id]", () => {
    expect(formatCompact([report])).toBe("replies/a.txt:2:1: error stock phrase [no-canned-phrase]\nreplies/a.txt:2:35: warning too loud [calm-tone]\n\n2 problems\n");
  });

  it("github: workflow-command annotations, escaped", () => {
    const out = formatGithub([{ ...report, filePath: "a,b:c.txt", messages: [{ ...report.messages[0]!, message: "50% off\nnow" }] }]);
    expect(out).toBe("::error file=a%2Cb%3Ac.txt,line=2,col=1,endLine=2,endColumn=35,title=no-canned-phrase::50%25 off%0Anow [no-canned-phrase]\n");
  });

  it("stylish: the reply line with the span marked, the suggestion, a summary", () => {
    const out = formatStylish([report]);
    expect(out).toBe(
      [
        "replies/a.txt",
        "  2:1   error    stock phrase  no-canned-phrase",
        "    │ we apologise for any inconvenience!!!",
        "    │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        "    ↳ I'm sorry",
        "  2:35  warning  too loud  calm-tone",
        "    │ we apologise for any inconvenience!!!",
        "    │                                   ^^^",
        "",
        "✖ 2 problems (1 error, 1 warning)",
        "  1 problem fixable with --fix",
        "",
      ].join("\n"),
    );
  });

  it("stylish: colours through the painter only", () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const paint: Painter = { error: tag("r"), warning: tag("y"), dim: (s) => s, bold: (s) => s, underline: (s) => s, mark: tag("m"), suggestion: (s) => s };
    expect(formatStylish([report], paint)).toContain("<m>we apologise for any inconvenience</m>!!!");
  });

  it("stylish: a window around the span of a long line", () => {
    const long = `${"a".repeat(300)} WRONG ${"b".repeat(300)}`;
    const r = toFileReport("x", long, { findings: [finding(301, 306)], locale: "en", errorCount: 1, warningCount: 0 });
    const lines = formatStylish([r], undefined, 80).split("\n");
    const excerpt = lines.find((l) => l.includes("WRONG"))!;
    expect(excerpt.length).toBeLessThan(90);
    expect(excerpt).toContain("…");
    const caret = lines[lines.indexOf(excerpt) + 1]!;
    expect(caret.indexOf("^")).toBe(excerpt.indexOf("WRONG"));
  });

  it("prints nothing for clean replies", () => {
    const clean = toFileReport("x", "fine", { findings: [], locale: "en", errorCount: 0, warningCount: 0 });
    expect(formatStylish([clean])).toBe("");
    expect(formatCompact([clean])).toBe("");
  });
});

describe("fixes", () => {
  it("applies non-overlapping fixes from the end of the text", () => {
    const out = applyFixes("abc def ghi", [finding(0, 3, { fix: { start: 0, end: 3, text: "ABC" } }), finding(2, 5, { fix: { start: 2, end: 5, text: "X" } }), finding(8, 11, { fix: { start: 8, end: 11, text: "" } })]);
    expect(out).toEqual({ output: "ABC def ", applied: 2 });
  });

  it("fixes a reply until nothing more applies", async () => {
    const linter = await shippedLinter();
    const text = "Dear customer, we apologise for any inconvenience!!! I'll call you back within 24 hours.";
    const { output, result } = lintAndFix(linter, text, { now: NOW, customer: { name: "Laura Bianchi" }, agent: "Dario Rossi", channel: "facebook" });
    expect(output).toBe("Dear Laura, I'm sorry! I'll call you back within 24 hours.\n— Dario");
    expect(result.findings.some((f) => f.fix)).toBe(false);
  });

  it("keeps the phrase's capital letter and takes one space with a deletion", async () => {
    const linter = await shippedLinter();
    const { output } = lintAndFix(linter, "Laura, I'm sorry. At this point in time I'll call you back within 24 hours. — Dario", { now: NOW });
    expect(output).toBe("Laura, I'm sorry. Now I'll call you back within 24 hours. — Dario");
  });
});
