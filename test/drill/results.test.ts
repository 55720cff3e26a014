import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/drill/html.js";
import { formatSummaryMarkdown, formatSummaryTable, summariseResults } from "../../src/drill/report.js";
import { appendResult, defaultResultsFile, parseResultLine, readResults } from "../../src/drill/results.js";
import type { DrillResult } from "../../src/drill/types.js";
import { tempDir } from "../helpers/cli.js";

export function result(trainee: string, at: string, score: number, losses: Array<[string, number, string]> = []): DrillResult {
  return {
    version: 1,
    kind: "drill",
    trainee,
    at,
    locale: "en",
    scenario: "smashed-box-facebook",
    expectedPlaybook: "parcel-damaged",
    chosenPlaybook: "parcel-damaged",
    seconds: 240,
    hints: false,
    score,
    max: 100,
    breakdown: [{ item: "lint", points: 25 - losses.reduce((n, l) => n + l[1], 0), max: 25, why: "", principle: "P14", losses: losses.map(([key, points, principle]) => ({ key, points, principle, why: `${key} happened`, ruleId: key })) }],
  };
}

describe("results file", () => {
  it("lives in the data folder unless the config names one", () => {
    expect(defaultResultsFile({ REPLYBOOK_DATA_DIR: "/data" }, { drill: {} })).toBe("/data/drill-results.jsonl");
    expect(defaultResultsFile({ XDG_DATA_HOME: "/xdg" }, { drill: {} })).toBe("/xdg/replybook/drill-results.jsonl");
    expect(defaultResultsFile({ HOME: "/home/t" }, { drill: {} })).toBe("/home/t/.local/share/replybook/drill-results.jsonl");
    expect(defaultResultsFile({ REPLYBOOK_DATA_DIR: "/data" }, { drill: { results: "/team/r.jsonl" } })).toBe("/team/r.jsonl");
  });

  it("appends one JSON line per attempt, and reads them back with their line numbers", async () => {
    const file = join(tempDir(), "sub", "results.jsonl");
    await appendResult(file, result("Anna", "2025-05-01T09:00:00Z", 70));
    await appendResult(file, result("Ben", "2025-05-01T10:00:00Z", 90));
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(3);
    const read = await readResults([file]);
    expect(read.problems).toEqual([]);
    expect(read.results.map((r) => [r.trainee, r.line])).toEqual([["Anna", 1], ["Ben", 2]]);
  });

  it("reports malformed lines with file and line number and keeps the others", async () => {
    const file = join(tempDir(), "r.jsonl");
    writeFileSync(file, [JSON.stringify(result("Anna", "2025-05-01T09:00:00Z", 70)), "{not json", "", JSON.stringify({ ...result("Ben", "2025-05-01T09:00:00Z", 70), score: 140 }), JSON.stringify(result("Ben", "2025-05-02T09:00:00Z", 80))].join("\n"));
    const read = await readResults([file]);
    expect(read.results.map((r) => r.line)).toEqual([1, 5]);
    expect(read.problems.map((p) => p.format())).toEqual([expect.stringMatching(new RegExp(`^${file}:2:1 not a JSON line`)), `${file}:4:1 "score": expected a number from 0 to 100`]);
  });

  it("checks each field a report relies on", () => {
    expect(parseResultLine("[]")).toBe("expected a JSON object");
    expect(parseResultLine(JSON.stringify({ version: 2 }))).toMatch(/unknown results version/);
    expect(parseResultLine(JSON.stringify({ ...result("A", "x", 1) }))).toMatch(/"at"/);
    expect(parseResultLine(JSON.stringify({ ...result("A", "2025-01-01T00:00:00Z", 1), breakdown: [{}] }))).toMatch(/breakdown\[0\]/);
  });
});

describe("report", () => {
  const results = [
    result("Anna", "2025-05-01T09:00:00Z", 60, [["no-stock-phrase", 6, "P3"], ["calm-tone", 2, "P8"]]),
    result("Anna", "2025-05-03T09:00:00Z", 80, [["no-stock-phrase", 6, "P3"]]),
    result("Ben", "2025-05-02T09:00:00Z", 90, [["calm-tone", 2, "P8"]]),
    result("Ben", "2025-05-04T09:00:00Z", 100),
  ];

  it("summarises per trainee and per rule", () => {
    const summary = summariseResults(results);
    expect(summary.attempts).toBe(4);
    expect(summary.trainees).toEqual([
      expect.objectContaining({ trainee: "Anna", attempts: 2, average: 70, best: 80, last: 80, averageSeconds: 240, topMistakes: ["no-stock-phrase", "calm-tone"] }),
      expect.objectContaining({ trainee: "Ben", attempts: 2, average: 95, best: 100, last: 100 }),
    ]);
    expect(summary.mistakes.map((m) => [m.key, m.count, m.points, m.trainees, m.principle])).toEqual([
      ["no-stock-phrase", 2, 12, 1, "P3"],
      ["calm-tone", 2, 4, 2, "P8"],
    ]);
    expect(summary).toMatchObject({ from: "2025-05-01T09:00:00Z", to: "2025-05-04T09:00:00Z" });
  });

  it("prints a table and Markdown", () => {
    const summary = summariseResults(results);
    const table = formatSummaryTable(summary);
    expect(table).toContain("Drill results: 4 attempt(s) by 2 trainee(s), 2025-05-01 to 2025-05-04");
    expect(table).toMatch(/Anna\s+2\s+70\s+80\s+80\s+4m00s\s+no-stock-phrase, calm-tone/);
    expect(table).toMatch(/calm-tone\s+2\s+4\s+2\s+P8/);
    const md = formatSummaryMarkdown(summary);
    expect(md).toContain("| Anna | 2 | 70 | 80 | 80 | 4m00s | no-stock-phrase, calm-tone |");
    expect(md).toContain("| calm-tone | 2 | 4 | 2 | P8 | calm-tone happened |");
    expect(formatSummaryTable(summariseResults([]))).toBe("No drill results yet.");
  });

  it("writes one self-contained HTML page with both charts, escaping names", () => {
    const html = renderHtmlReport(summariseResults([...results, result("<script>alert(1)</script>", "2025-05-05T09:00:00Z", 50)]), { generatedAt: new Date("2025-05-06T00:00:00Z"), problems: ["r.jsonl:2:1 not a JSON line"] });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg class="chart" id="scores-chart"');
    expect(html).toContain('<svg class="chart" id="mistakes-chart"');
    expect((html.match(/<polyline /g) ?? []).length).toBe(3);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain("r.jsonl:2:1 not a JSON line");
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(renderHtmlReport(summariseResults([]), { generatedAt: new Date(0) })).toContain("No drill results yet.");
  });
});
