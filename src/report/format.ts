/**
 * `replybook report` as text, JSON or CSV. The CSV is long ("tidy"): one figure per line,
 * `section,key,metric,value`, so a spreadsheet pivot table or a script can take any slice
 * without knowing the layout.
 */
import { hasTeamFigures, type TeamReport } from "./team.js";
import { dueText } from "./inbox.js";
import type { CaseReport, CommitmentStats, ResponseStats } from "./build.js";
import { formatSpan, formatTime, NO_PAINT, percent, renderTable, type Cell, type Paint } from "./text.js";

export type ReportFormat = "table" | "json" | "csv";

export function formatReport(report: CaseReport, format: ReportFormat, opts: { width?: number; paint?: Paint } = {}): string {
  if (format === "json") return JSON.stringify(report, null, 2);
  if (format === "csv") return formatReportCsv(report);
  return formatReportTable(report, opts);
}

export function describeRange(range: CaseReport["range"]): string {
  if (range.since && range.until) return `${formatTime(range.since)} to ${formatTime(range.until)}`;
  if (range.since) return `since ${formatTime(range.since)}`;
  if (range.until) return `until ${formatTime(range.until)}`;
  return "all recorded cases";
}

function span(minutes: number | undefined): string {
  return minutes === undefined ? "–" : formatSpan(minutes);
}

export function formatReportTable(report: CaseReport, opts: { width?: number; paint?: Paint } = {}): string {
  const paint = opts.paint ?? NO_PAINT;
  const t = report.totals;
  const out: string[] = [];
  out.push(paint.bold(`Case report: ${describeRange(report.range)}`) + paint.dim(` (as of ${formatTime(report.range.now)})`));
  if (!t.cases) return [out[0], "", "No cases recorded in this period.", ...(report.team && hasTeamFigures(report.team) ? ["", formatTeamTable(report.team, opts)] : [])].join("\n");
  out.push(`${t.cases} ${t.cases === 1 ? "case" : "cases"} (${t.open} open, ${t.closed} closed), ${t.customers} customers, ${t.returningCustomers} returning`);
  if (report.team && hasTeamFigures(report.team)) out.push("", formatTeamTable(report.team, opts));

  out.push("", paint.bold("Recurring problems (P13)"));
  out.push(
    renderTable(
      ["Playbook", "Cases", "Share", "Open", "Locales"],
      report.playbooks.map((p) => [p.playbook, right(p.cases), right(percent(p.cases, t.cases)), right(p.open), p.locales.join(", ")]),
      opts,
    ),
  );

  // The store counts response times in whole minutes (src/store/report-query.ts): say so.
  out.push("", paint.bold("Response times against respond-within (P1)"), "From the post to the answer, in whole minutes; median and 90th percentile exact to the minute.");
  const responseRow = (name: string, r: ResponseStats, cases: number, target?: number): Cell[] => [
    name,
    right(span(target)),
    right(span(r.medianMinutes)),
    right(span(r.p90Minutes)),
    right(r.onTime),
    r.late ? { text: String(r.late), paint: paint.bad, align: "right" } : right(0),
    right(cases - r.measured),
  ];
  out.push(
    renderTable(
      ["Playbook", "Target", "Median", "90th pct", "On time", "Late", "Post time unknown"],
      [...report.playbooks.map((p) => responseRow(p.playbook, p.responses, p.cases, p.responses.targetMinutes)), responseRow("All", report.responses, t.cases)],
      opts,
    ),
  );

  out.push("", paint.bold("Commitments kept (P4, P12)"));
  const commitmentRow = (name: string, c: CommitmentStats): Cell[] => [
    name,
    right(c.total),
    right(c.keptOnTime),
    c.keptLate ? { text: String(c.keptLate), paint: paint.warn, align: "right" } : right(0),
    c.overdue ? { text: String(c.overdue), paint: paint.bad, align: "right" } : right(0),
    right(c.pending),
    right(c.dropped),
    right(percent(c.keptOnTime, c.keptOnTime + c.keptLate + c.overdue + c.dropped)),
  ];
  out.push(
    renderTable(
      ["Playbook", "Made", "On time", "Late", "Overdue", "Not yet due", "Closed undone", "Kept on time"],
      [...report.playbooks.map((p) => commitmentRow(p.playbook, p.commitments)), commitmentRow("All", report.commitments)],
      opts,
    ),
  );

  out.push("", paint.bold("Workload per agent (P17)"));
  out.push(
    renderTable(
      ["Agent", "Cases", "Open", "Median response", "Late answers", "Promises overdue", "Kept on time"],
      report.agents.map((a) => [
        a.agent,
        right(a.cases),
        right(a.openCases),
        right(span(a.responses.medianMinutes)),
        right(a.responses.late),
        a.commitments.overdue ? { text: String(a.commitments.overdue), paint: paint.bad, align: "right" } : right(0),
        right(percent(a.commitments.keptOnTime, a.commitments.keptOnTime + a.commitments.keptLate + a.commitments.overdue + a.commitments.dropped)),
      ]),
      opts,
    ),
  );
  return out.join("\n");
}

function right(value: string | number): Cell {
  return { text: String(value), align: "right" };
}

export function formatReportCsv(report: CaseReport): string {
  const lines = [["section", "key", "metric", "value"]];
  const add = (section: string, key: string, metric: string, value: string | number | undefined) => {
    if (value !== undefined) lines.push([section, key, metric, String(value)]);
  };
  add("range", "", "since", report.range.since ?? "");
  add("range", "", "until", report.range.until ?? "");
  add("range", "", "now", report.range.now);
  for (const [k, v] of Object.entries(report.totals)) add("totals", "", k, v);
  const responses = (section: string, key: string, r: ResponseStats) => {
    for (const m of ["measured", "onTime", "late", "noTarget", "medianMinutes", "p90Minutes", "targetMinutes"] as const) add(section, key, `responses.${m}`, r[m]);
  };
  const commitments = (section: string, key: string, c: CommitmentStats) => {
    for (const [m, v] of Object.entries(c)) add(section, key, `commitments.${m}`, v);
  };
  for (const p of report.playbooks) {
    add("playbook", p.playbook, "cases", p.cases);
    add("playbook", p.playbook, "share", p.share.toFixed(4));
    add("playbook", p.playbook, "open", p.open);
    add("playbook", p.playbook, "locales", p.locales.join(" "));
    responses("playbook", p.playbook, p.responses);
    commitments("playbook", p.playbook, p.commitments);
  }
  responses("all", "", report.responses);
  commitments("all", "", report.commitments);
  for (const a of report.agents) {
    add("agent", a.agent, "cases", a.cases);
    add("agent", a.agent, "openCases", a.openCases);
    responses("agent", a.agent, a.responses);
    commitments("agent", a.agent, a.commitments);
  }
  for (const d of report.daily) add("daily", d.date, "cases", d.cases);
  const team = report.team;
  if (team) {
    for (const [k, v] of Object.entries(team.queue)) add("queue", "", k, v);
    add("team", "", "slaMet", team.slaMet?.toFixed(4));
    add("team", "", "csat", team.satisfaction.csat);
    add("team", "", "rated", team.satisfaction.rated);
    for (const [k, v] of Object.entries(team.satisfaction.reactions)) add("team", "", `reactions.${k}`, v);
    for (const a of team.agents) {
      add("team-agent", a.agent, "holding", a.holding);
      add("team-agent", a.agent, "answeredFromInbox", a.answeredFromInbox);
      add("team-agent", a.agent, "slaMet", a.slaMet?.toFixed(4));
      add("team-agent", a.agent, "csat", a.csat);
      add("team-agent", a.agent, "rated", a.rated);
      for (const [k, v] of Object.entries(a.reactions)) add("team-agent", a.agent, `reactions.${k}`, v);
    }
    for (const p of team.playbooks) {
      add("team-playbook", p.playbook, "waiting", p.waiting);
      add("team-playbook", p.playbook, "csat", p.csat);
      add("team-playbook", p.playbook, "rated", p.rated);
    }
  }
  return lines.map((l) => l.map(csvField).join(",")).join("\n");
}

function csvField(value: string): string {
  // A leading = + - @ makes spreadsheets run the cell as a formula: agent names are free text.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The team's part of the report: queue by urgency, workload, response and SLA, satisfaction, VIPs waiting. */
export function formatTeamTable(team: TeamReport, opts: { width?: number; paint?: Paint } = {}): string {
  const paint = opts.paint ?? NO_PAINT;
  const q = team.queue;
  const out: string[] = [];
  out.push(paint.bold("Queue by urgency (P1)"));
  out.push(`${q.waiting} waiting: ${q.overdue} overdue, ${q.vipWaiting} VIP, ${q.claimed} held, ${q.acknowledged} acknowledged out of hours, ${q.unrouted} without a playbook`);
  if (team.urgent.length)
    out.push(
      renderTable(
        ["Case", "Due", "Platform", "Customer", "Playbook", "Held by"],
        team.urgent.map((v) => [
          `#${v.id}`,
          v.overdue ? { text: dueText(v), paint: paint.bad } : dueText(v),
          v.platform ?? "",
          `${v.customer.name ?? v.customer.handle ?? ""}${v.vip ? " VIP" : ""}`,
          v.playbook ?? "(unrouted)",
          v.held ? (v.claimedBy ?? "") : "",
        ]),
        opts,
      ),
    );
  out.push("", paint.bold("Team: workload, response times, SLA, satisfaction (P15, P17)"));
  out.push(`SLA met: ${team.slaMet === undefined ? "–" : pct(team.slaMet)} of answers within the playbook's respond-within; satisfaction ${team.satisfaction.csat === undefined ? "–" : `${team.satisfaction.csat}/5`} (${team.satisfaction.rated} rated)`);
  if (team.agents.length)
    out.push(
      renderTable(
        ["Agent", "Holding", "Cases", "From inbox", "Median response", "SLA met", "Satisfaction", "Thanked", "Angry", "Silent", "Escalated"],
        team.agents.map((a) => [
          a.agent,
          right(a.holding),
          right(a.cases),
          right(a.answeredFromInbox),
          right(span(a.medianResponseMinutes)),
          right(a.slaMet === undefined ? "–" : pct(a.slaMet)),
          right(a.csat === undefined ? "–" : `${a.csat} (${a.rated})`),
          right(a.reactions.thanked),
          right(a.reactions.angry),
          right(a.reactions.silent),
          right(a.reactions.escalated),
        ]),
        opts,
      ),
    );
  const rated = team.playbooks.filter((p) => p.rated || p.waiting);
  if (rated.length) {
    out.push("", paint.bold("Satisfaction and queue per playbook"));
    out.push(renderTable(["Playbook", "Waiting", "Satisfaction", "Thanked", "Angry", "Silent", "Escalated"], rated.map((p) => [p.playbook, right(p.waiting), right(p.csat === undefined ? "–" : `${p.csat} (${p.rated})`), right(p.reactions.thanked), right(p.reactions.angry), right(p.reactions.silent), right(p.reactions.escalated)]), opts));
  }
  out.push("", paint.bold("VIPs waiting (P15)"));
  out.push(
    team.vipsWaiting.length
      ? renderTable(["Case", "Due", "Customer", "Why", "Held by"], team.vipsWaiting.map((v) => [`#${v.id}`, v.overdue ? { text: dueText(v), paint: paint.bad } : dueText(v), v.customer.name ?? v.customer.handle ?? "", v.vipReason ?? "", v.held ? (v.claimedBy ?? "") : ""]), opts)
      : "none",
  );
  return out.join("\n");
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}
