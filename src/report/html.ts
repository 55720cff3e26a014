/**
 * `replybook report --html <file>`: one self-contained page a supervisor can open, mail or
 * archive. Inline CSS and inline SVG charts only: no scripts, no fonts, no external address,
 * so it renders the same offline and leaks nothing when opened. Every chart has a table with
 * the same figures next to it (screen readers, printing, copying into a slide).
 */
import type { CaseReport, CommitmentStats } from "./build.js";
import { describeRange } from "./format.js";
import { formatSpan, formatTime, percent } from "./text.js";
import { escapeHtml } from "../text/html.js";
import { dueText } from "./inbox.js";
import { hasTeamFigures, type TeamReport } from "./team.js";

const COLOURS = {
  bar: "#3b6ea5",
  target: "#222",
  late: "#c0392b",
  onTime: "#2e8b57",
  keptLate: "#e0a030",
  overdue: "#c0392b",
  pending: "#8fa9c7",
  dropped: "#aaaaaa",
  open: "#e0a030",
};

export function renderReportHtml(report: CaseReport, opts: { title?: string; generatedAt?: Date; refreshSeconds?: number } = {}): string {
  const title = opts.title ?? "replybook case report";
  const t = report.totals;
  const sections: string[] = [];
  sections.push(`<p class="lead">${t.cases} ${t.cases === 1 ? "case" : "cases"} (${t.open} open, ${t.closed} closed), ${t.customers} customers, ${t.returningCustomers} returning.</p>`);
  if (report.team && hasTeamFigures(report.team)) sections.push(...teamSections(report.team));
  if (!t.cases) sections.push("<p>No cases recorded in this period.</p>");
  else {
    sections.push(section("Recurring problems", "P13: the list to bring to whoever runs the business.", problemsChart(report), problemsTable(report)));
    sections.push(section("Response times against respond-within", "P1: median time from the post to the answer, in whole minutes (exact to the minute); the black line is the playbook's target.", responseChart(report), responseTable(report)));
    sections.push(section("Commitments kept", "P4, P12: promises marked done on time, late, overdue, not yet due, or closed without being marked done.", commitmentChart(report), commitmentTable(report)));
    sections.push(section("Workload per agent", "P17: cases handled, of which still open.", agentChart(report), agentTable(report)));
    if (report.daily.length > 1) sections.push(section("Cases per day", "", dailyChart(report), ""));
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${opts.refreshSeconds ? `\n<meta http-equiv="refresh" content="${Math.max(1, Math.round(opts.refreshSeconds))}">` : ""}
<title>${esc(title)}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2330;background:#fff;margin:0 auto;max-width:980px;padding:24px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:32px 0 4px;border-bottom:1px solid #dde3ea;padding-bottom:4px}
.sub{color:#5b6675;margin:0 0 16px}.lead{font-size:1.1em}.note{color:#5b6675;margin:0 0 8px;font-size:.92em}
table{border-collapse:collapse;margin:8px 0 0;font-size:.92em}th,td{padding:3px 10px;text-align:right;border-bottom:1px solid #eef1f4}
th:first-child,td:first-child{text-align:left}th{color:#5b6675;font-weight:600}
svg{display:block;max-width:100%;height:auto}svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;fill:#1d2330}
.legend{font-size:.85em;color:#5b6675}.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;vertical-align:middle}
.bad{color:${COLOURS.late};font-weight:600}.vip{color:#7a4fb5;font-weight:600}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}.tile{border:1px solid #dde3ea;border-radius:6px;padding:8px 14px;min-width:110px}.tile b{display:block;font-size:1.6em}.tile span{color:#5b6675;font-size:.88em}
@media print{body{padding:0}h2{break-after:avoid}section{break-inside:avoid}}
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="sub">${esc(describeRange(report.range))}; figures as of ${esc(formatTime(report.range.now))}${opts.generatedAt ? `; generated ${esc(formatTime(opts.generatedAt.toISOString()))}` : ""}.</p>
${sections.join("\n")}
</body>
</html>
`;
}

function teamSections(team: TeamReport): string[] {
  const q = team.queue;
  const tile = (value: string | number, label: string, bad = false) => `<div class="tile"><b${bad ? ' class="bad"' : ""}>${esc(String(value))}</b><span>${esc(label)}</span></div>`;
  const tiles = `<div class="tiles">${[
    tile(q.waiting, "waiting"),
    tile(q.overdue, "overdue", q.overdue > 0),
    tile(q.vipWaiting, "VIPs waiting", q.vipWaiting > 0),
    tile(q.claimed, "held by an agent"),
    tile(team.slaMet === undefined ? "–" : percent(Math.round(team.slaMet * 1000), 1000), "SLA met"),
    tile(team.satisfaction.csat === undefined ? "–" : `${team.satisfaction.csat}/5`, `satisfaction (${team.satisfaction.rated} rated)`),
  ].join("")}</div>`;
  const urgent = team.urgent.length
    ? table(
        ["Case", "Due", "Platform", "Customer", "Playbook", "Held by"],
        team.urgent.map((v) => [
          `#${v.id}`,
          v.overdue ? { html: `<span class="bad">${esc(dueText(v))}</span>` } : dueText(v),
          v.platform ?? "",
          { html: `${esc(clip(v.customer.name ?? v.customer.handle ?? "", 28))}${v.vip ? ' <span class="vip">VIP</span>' : ""}` },
          v.playbook ?? "(unrouted)",
          v.held ? (v.claimedBy ?? "") : "",
        ]),
      )
    : "<p>Nothing waits.</p>";
  const out = [section("Queue by urgency", "P1: time left before the playbook's respond-within runs out, with a head start for public platforms and VIPs.", tiles, urgent)];
  if (team.agents.length) {
    const max = Math.max(1, ...team.agents.map((a) => a.cases + a.holding));
    const chart = hbars(
      "Workload per agent",
      team.agents.map((a) => ({
        label: a.agent,
        segments: [
          { value: a.cases, colour: COLOURS.bar, name: "answered" },
          { value: a.holding, colour: COLOURS.open, name: "holding" },
        ],
        text: `${a.cases} answered, ${a.holding} held`,
      })),
      max,
    );
    const rows = table(
      ["Agent", "Holding", "Cases", "From inbox", "Median response", "SLA met", "Satisfaction", "Thanked", "Angry", "Silent", "Escalated"],
      team.agents.map((a) => [
        a.agent,
        a.holding,
        a.cases,
        a.answeredFromInbox,
        a.medianResponseMinutes === undefined ? "–" : formatSpan(a.medianResponseMinutes),
        a.slaMet === undefined ? "–" : percent(Math.round(a.slaMet * 1000), 1000),
        a.csat === undefined ? "–" : `${a.csat} (${a.rated})`,
        a.reactions.thanked,
        a.reactions.angry,
        a.reactions.silent,
        a.reactions.escalated,
      ]),
    );
    out.push(section("Team: workload, response times, satisfaction", "P15, P17: answered (blue) and held now (amber) per agent; SLA met is the share answered within the playbook's respond-within.", chart + legend([["answered", COLOURS.bar], ["held now", COLOURS.open]]), rows));
  }
  const pbs = team.playbooks.filter((p) => p.rated || p.waiting);
  if (pbs.length)
    out.push(section("Satisfaction and queue per playbook", "", "", table(["Playbook", "Waiting", "Satisfaction", "Thanked", "Angry", "Silent", "Escalated"], pbs.map((p) => [p.playbook, p.waiting, p.csat === undefined ? "–" : `${p.csat} (${p.rated})`, p.reactions.thanked, p.reactions.angry, p.reactions.silent, p.reactions.escalated]))));
  out.push(
    section(
      "VIPs waiting",
      "P15: the most valuable customers still without an answer.",
      "",
      team.vipsWaiting.length
        ? table(["Case", "Due", "Customer", "Why", "Held by"], team.vipsWaiting.map((v) => [`#${v.id}`, v.overdue ? { html: `<span class="bad">${esc(dueText(v))}</span>` } : dueText(v), v.customer.name ?? v.customer.handle ?? "", v.vipReason ?? "", v.held ? (v.claimedBy ?? "") : ""]))
        : "<p>None.</p>",
    ),
  );
  return out;
}

function section(title: string, note: string, chart: string, table: string): string {
  return `<section>\n<h2>${esc(title)}</h2>\n${note ? `<p class="note">${esc(note)}</p>\n` : ""}${chart}\n${table}\n</section>`;
}

/** Horizontal bars: one row per label, scaled to the largest value. */
function hbars(title: string, rows: Array<{ label: string; segments: Array<{ value: number; colour: string; name: string }>; marker?: number; text: string }>, max: number): string {
  const labelWidth = 170;
  const barWidth = 520;
  const rowHeight = 24;
  const height = rows.length * rowHeight + 8;
  // Room after the longest bar for its figures ("2 answered, 1 held now"), about 7 px a character at 12 px.
  const textRoom = Math.max(110, ...rows.map((r) => 7 * r.text.length + 12));
  const width = labelWidth + barWidth + textRoom;
  const scale = (v: number) => (max > 0 ? (v / max) * barWidth : 0);
  const body = rows
    .map((r, i) => {
      const y = i * rowHeight + 4;
      let x = labelWidth;
      const rects = r.segments
        .filter((s) => s.value > 0)
        .map((s) => {
          const w = Math.max(1, scale(s.value));
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${s.colour}"><title>${esc(`${r.label}: ${s.name} ${s.value}`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      const marker =
        r.marker !== undefined
          ? `<line x1="${(labelWidth + scale(r.marker)).toFixed(1)}" x2="${(labelWidth + scale(r.marker)).toFixed(1)}" y1="${y - 2}" y2="${y + rowHeight - 6}" stroke="${COLOURS.target}" stroke-width="2"/>`
          : "";
      const end = Math.max(x, r.marker !== undefined ? labelWidth + scale(r.marker) : 0);
      return `<text x="${labelWidth - 8}" y="${y + rowHeight / 2}" text-anchor="end">${esc(clip(r.label, 26))}</text>${rects}${marker}<text x="${(end + 6).toFixed(1)}" y="${y + rowHeight / 2}">${esc(r.text)}</text>`;
    })
    .join("\n");
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>\n${body}\n</svg>`;
}

function legend(items: Array<[string, string]>): string {
  return `<p class="legend">${items.map(([name, colour]) => `<span style="background:${colour}"></span>${esc(name)}`).join("")}</p>`;
}

function problemsChart(r: CaseReport): string {
  const max = Math.max(...r.playbooks.map((p) => p.cases));
  return hbars(
    "Cases per playbook",
    r.playbooks.map((p) => ({
      label: p.playbook,
      segments: [
        { value: p.cases - p.open, colour: COLOURS.bar, name: "closed" },
        { value: p.open, colour: COLOURS.open, name: "open" },
      ],
      text: `${p.cases} (${percent(p.cases, r.totals.cases)})`,
    })),
    max,
  ) + legend([["closed", COLOURS.bar], ["open", COLOURS.open]]);
}

function problemsTable(r: CaseReport): string {
  return table(
    ["Playbook", "Cases", "Share", "Open", "Locales"],
    r.playbooks.map((p) => [p.playbook, p.cases, percent(p.cases, r.totals.cases), p.open, p.locales.join(", ")]),
  );
}

function responseChart(r: CaseReport): string {
  const rows = r.playbooks.filter((p) => p.responses.medianMinutes !== undefined);
  if (!rows.length) return `<p class="note">No case has a post time, so response times cannot be measured.</p>`;
  const max = Math.max(...rows.map((p) => Math.max(p.responses.medianMinutes ?? 0, p.responses.targetMinutes ?? 0)));
  return hbars(
    "Median response time per playbook against its target",
    rows.map((p) => {
      const median = p.responses.medianMinutes ?? 0;
      const target = p.responses.targetMinutes;
      const late = target !== undefined && median > target;
      return {
        label: p.playbook,
        segments: [{ value: median, colour: late ? COLOURS.late : COLOURS.onTime, name: "median minutes" }],
        ...(target !== undefined ? { marker: target } : {}),
        text: `${formatSpan(median)}${target !== undefined ? ` / ${formatSpan(target)}` : ""}`,
      };
    }),
    max,
  ) + legend([["median within target", COLOURS.onTime], ["median over target", COLOURS.late], ["target", COLOURS.target]]);
}

function responseTable(r: CaseReport): string {
  const row = (name: string, s: CaseReport["responses"], cases: number, target?: number) => [
    name,
    target === undefined ? "–" : formatSpan(target),
    s.medianMinutes === undefined ? "–" : formatSpan(s.medianMinutes),
    s.p90Minutes === undefined ? "–" : formatSpan(s.p90Minutes),
    s.onTime,
    s.late ? { html: `<span class="bad">${s.late}</span>` } : 0,
    cases - s.measured,
  ];
  return table(
    ["Playbook", "Target", "Median", "90th pct", "On time", "Late", "Post time unknown"],
    [...r.playbooks.map((p) => row(p.playbook, p.responses, p.cases, p.responses.targetMinutes)), row("All", r.responses, r.totals.cases)],
  );
}

const COMMITMENT_PARTS: Array<[keyof CommitmentStats, string, string]> = [
  ["keptOnTime", "kept on time", COLOURS.onTime],
  ["keptLate", "kept late", COLOURS.keptLate],
  ["overdue", "overdue", COLOURS.overdue],
  ["pending", "not yet due", COLOURS.pending],
  ["dropped", "closed undone", COLOURS.dropped],
];

function commitmentChart(r: CaseReport): string {
  if (!r.commitments.total) return `<p class="note">No commitments recorded in this period.</p>`;
  const rows = [{ label: "All", c: r.commitments }, ...r.agents.map((a) => ({ label: a.agent, c: a.commitments }))].filter((x) => x.c.total > 0);
  const max = Math.max(...rows.map((x) => x.c.total));
  return hbars(
    "Commitments by outcome, all and per agent",
    rows.map((x) => ({
      label: x.label,
      segments: COMMITMENT_PARTS.map(([key, name, colour]) => ({ value: x.c[key], colour, name })),
      text: `${percent(x.c.keptOnTime, x.c.keptOnTime + x.c.keptLate + x.c.overdue + x.c.dropped)} on time`,
    })),
    max,
  ) + legend(COMMITMENT_PARTS.map(([, name, colour]) => [name, colour]));
}

function commitmentTable(r: CaseReport): string {
  const row = (name: string, c: CommitmentStats) => [name, c.total, c.keptOnTime, c.keptLate, c.overdue ? { html: `<span class="bad">${c.overdue}</span>` } : 0, c.pending, c.dropped];
  return table(
    ["Playbook", "Made", "On time", "Late", "Overdue", "Not yet due", "Closed undone"],
    [...r.playbooks.map((p) => row(p.playbook, p.commitments)), row("All", r.commitments)],
  );
}

function agentChart(r: CaseReport): string {
  const max = Math.max(...r.agents.map((a) => a.cases));
  return hbars(
    "Cases per agent",
    r.agents.map((a) => ({
      label: a.agent,
      segments: [
        { value: a.cases - a.openCases, colour: COLOURS.bar, name: "closed" },
        { value: a.openCases, colour: COLOURS.open, name: "open" },
      ],
      text: `${a.cases} (${a.openCases} open)`,
    })),
    max,
  );
}

function agentTable(r: CaseReport): string {
  return table(
    ["Agent", "Cases", "Open", "Median response", "Late answers", "Promises overdue", "Kept on time"],
    r.agents.map((a) => [
      a.agent,
      a.cases,
      a.openCases,
      a.responses.medianMinutes === undefined ? "–" : formatSpan(a.responses.medianMinutes),
      a.responses.late,
      a.commitments.overdue,
      percent(a.commitments.keptOnTime, a.commitments.keptOnTime + a.commitments.keptLate + a.commitments.overdue + a.commitments.dropped),
    ]),
  );
}

function dailyChart(r: CaseReport): string {
  const days = r.daily;
  const width = 800;
  const height = 180;
  const left = 36;
  const bottom = 24;
  const max = Math.max(1, ...days.map((d) => d.cases));
  const slot = (width - left) / days.length;
  const barW = Math.max(1, slot * 0.8);
  const scale = (v: number) => (v / max) * (height - bottom - 10);
  const bars = days
    .map((d, i) => {
      const h = scale(d.cases);
      const x = left + i * slot + (slot - barW) / 2;
      return `<rect x="${x.toFixed(1)}" y="${(height - bottom - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLOURS.bar}"><title>${esc(`${d.date}: ${d.cases}`)}</title></rect>`;
    })
    .join("");
  const every = Math.ceil(days.length / 8);
  const labels = days
    .map((d, i) => (i % every === 0 ? `<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${height - 6}" text-anchor="middle">${esc(d.date.slice(5))}</text>` : ""))
    .join("");
  const axis = `<text x="${left - 6}" y="14" text-anchor="end">${max}</text><text x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text><line x1="${left}" x2="${width}" y1="${height - bottom}" y2="${height - bottom}" stroke="#999"/>`;
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Cases per day"><title>Cases per day</title>${axis}${bars}${labels}</svg>`;
}

type HtmlCell = string | number | { html: string };

function table(header: string[], rows: HtmlCell[][]): string {
  const cell = (c: HtmlCell) => (typeof c === "object" ? c.html : esc(String(c)));
  return `<table>\n<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("\n")}\n</tbody>\n</table>`;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export const esc = escapeHtml;
