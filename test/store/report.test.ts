// The report's figures (src/report/build.ts) and how they are printed: table, JSON, CSV, HTML.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport, type CaseReport } from "../../src/report/build.js";
import { formatReport, formatReportCsv } from "../../src/report/format.js";
import { renderReportHtml } from "../../src/report/html.js";
import { renderTable } from "../../src/report/text.js";
import { caseFromOutcome } from "../../src/draft/record.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN, tempDir } from "./helpers.js";
import { reportOf, type ReportCaseRow } from "./report-rows.js";

const row = (over: Partial<ReportCaseRow>): ReportCaseRow => ({
  id: 1,
  playbook: "parcel-damaged",
  locale: "en",
  agent: "Dario",
  customerKey: "@laurab",
  answeredAt: "2025-03-01T10:00:00.000Z",
  status: "open",
  commitments: [],
  ...over,
});

describe("buildReport", () => {
  const now = "2025-03-10T00:00:00.000Z";
  const rows = [
    row({ id: 1, postedAt: "2025-03-01T08:00:00.000Z", respondWithinMinutes: 360, commitments: [{ id: "callback", due: "2025-03-02T10:00:00.000Z", doneAt: "2025-03-02T09:00:00.000Z" }] }),
    row({ id: 2, postedAt: "2025-03-01T00:00:00.000Z", respondWithinMinutes: 360, commitments: [{ id: "callback", due: "2025-03-02T10:00:00.000Z", doneAt: "2025-03-03T09:00:00.000Z" }] }),
    row({ id: 3, agent: "Anna", customerKey: "@marcor", commitments: [{ id: "callback", due: "2025-03-05T10:00:00.000Z" }, { id: "courier", due: "2025-03-20T10:00:00.000Z" }] }),
    row({ id: 4, playbook: "pacco-danneggiato", locale: "it", agent: "Giulia", customerKey: "marco rossi", status: "closed", postedAt: "2025-03-03T09:00:00.000Z", answeredAt: "2025-03-03T09:30:00.000Z", commitments: [{ id: "richiamata", due: "2025-03-04T10:00:00.000Z" }] }),
  ];
  let report: CaseReport;
  beforeAll(async () => {
    report = await reportOf(rows, { since: "2025-03-01T00:00:00.000Z", now });
  });

  it("counts recurring problems, most frequent first", () => {
    expect(report.totals).toEqual({ cases: 4, open: 3, closed: 1, customers: 3, returningCustomers: 1 });
    expect(report.playbooks.map((p) => [p.playbook, p.cases, p.share, p.open, p.locales])).toEqual([
      ["parcel-damaged", 3, 0.75, 3, ["en"]],
      ["pacco-danneggiato", 1, 0.25, 0, ["it"]],
    ]);
  });

  it("measures response times against respond-within", () => {
    const pd = report.playbooks[0]!.responses;
    expect(pd).toEqual({ measured: 2, onTime: 1, late: 1, noTarget: 0, medianMinutes: 360, p90Minutes: 552, targetMinutes: 360 });
    expect(report.responses).toMatchObject({ measured: 3, onTime: 1, late: 1, noTarget: 1, medianMinutes: 120 });
  });

  it("sorts commitments into kept on time, kept late, overdue, pending and dropped", () => {
    expect(report.commitments).toEqual({ total: 5, keptOnTime: 1, keptLate: 1, overdue: 1, pending: 1, dropped: 1 });
  });

  it("shows the workload per agent, busiest first, and cases per day with quiet days", () => {
    expect(report.agents.map((a) => [a.agent, a.cases, a.openCases])).toEqual([
      ["Dario", 2, 2],
      ["Anna", 1, 1],
      ["Giulia", 1, 0],
    ]);
    expect(report.daily.map((d) => d.cases)).toEqual([3, 0, 1]);
  });

  it("prints a table, JSON and long CSV", () => {
    const table = formatReport(report, "table");
    expect(table).toContain("Recurring problems (P13)");
    expect(table).toMatch(/parcel-damaged\s+3\s+75%\s+3\s+en/);
    expect(table).toContain("Workload per agent (P17)");
    expect(JSON.parse(formatReport(report, "json"))).toEqual(report);
    const csv = formatReportCsv(report).split("\n");
    expect(csv[0]).toBe("section,key,metric,value");
    expect(csv).toContain("playbook,parcel-damaged,cases,3");
    expect(csv).toContain("agent,Giulia,commitments.dropped,1");
    expect(csv).toContain("all,,commitments.keptLate,1");
  });

  it("keeps CSV cells from running as spreadsheet formulas", async () => {
    const csv = formatReportCsv(await reportOf([row({ agent: "=HYPERLINK(\"x\")" })], { now }));
    expect(csv).toContain(`agent,"'=HYPERLINK(""x"")",cases,1`);
  });

  it("says so when there is nothing in the period", async () => {
    const empty = await reportOf([], { now });
    expect(formatReport(empty, "table")).toContain("No cases recorded in this period.");
    expect(renderReportHtml(empty)).toContain("No cases recorded in this period.");
  });
});

describe("the HTML report", () => {
  it("is one self-contained page: inline CSS and SVG, no scripts, no external resources, text escaped", async () => {
    const store = openSqliteCaseStore(join(tempDir(), "cases.db"));
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-01T09:30:00.000Z"), { playbook: PARCEL_DAMAGED_EN }));
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-03T09:30:00.000Z", { agent: "<b>Mallory</b>" }), { playbook: PARCEL_DAMAGED_EN }));
    await store.recordCase(caseFromOutcome(outcomeIt("2025-03-02T10:00:00.000Z"), { playbook: PACCO_DANNEGGIATO_IT }));
    const report = await buildReport(store, { now: "2025-03-05T00:00:00.000Z" });
    await store.close();
    const html = renderReportHtml(report);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/|src=/i);
    expect(html).toContain("&lt;b&gt;Mallory&lt;/b&gt;");
    expect(html).not.toContain("<b>Mallory</b>");
    for (const heading of ["Recurring problems", "Response times against respond-within", "Commitments kept", "Workload per agent", "Cases per day"]) expect(html).toContain(`<h2>${heading}</h2>`);
  });
});

describe("renderTable", () => {
  it("aligns columns and cuts the widest to fit", () => {
    expect(renderTable(["A", "Bee"], [["xx", "y"], [{ text: "1", align: "right" }, "zzzz"]])).toBe("A   Bee\nxx  y\n 1  zzzz");
    const wide = renderTable(["Name", "Text"], [["a", "x".repeat(100)]], { width: 40 });
    expect(Math.max(...wide.split("\n").map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(wide).toContain("…");
  });
});
