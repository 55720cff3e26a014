/**
 * The drill report as one self-contained HTML page a trainer can open offline or share:
 * inline CSS, charts drawn as inline SVG on the server side, a system font stack, and one
 * small inline script (allowed by its hash in the page's Content-Security-Policy) that marks
 * the page rendered and highlights a trainee's line on hover. Nothing is fetched: the policy
 * forbids every external source.
 *
 * The page's words follow `locale` (./messages.ts, ./grade-messages.ts): en, it or el.
 *
 * Charts: each trainee's score over time (a line per trainee), and the most frequent mistakes
 * by rule (horizontal bars).
 */
import { createHash } from "node:crypto";
import { gradeMessages, type ReportMessages } from "./grade-messages.js";
import { drillMessages, type HtmlMessages } from "./messages.js";
import { formatSeconds, type DrillSummary } from "./report.js";
import { escapeHtml } from "../text/html.js";

export interface HtmlReportOptions {
  title?: string;
  /** Printed in the footer; passed in so the page is the same for the same input. */
  generatedAt: Date;
  /** Malformed result lines, shown so the trainer knows something was left out. */
  problems?: string[];
  /** The page's language: en, it or el (default en). */
  locale?: string;
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];

export { escapeHtml };

const SCRIPT = `(function () {
  var charts = document.querySelectorAll("svg.chart");
  var lines = document.querySelectorAll("[data-trainee]");
  for (var i = 0; i < lines.length; i++) {
    lines[i].addEventListener("mouseenter", function (e) { highlight(e.currentTarget.getAttribute("data-trainee")); });
    lines[i].addEventListener("mouseleave", function () { highlight(null); });
  }
  function highlight(name) {
    for (var k = 0; k < lines.length; k++) {
      var on = name === null || lines[k].getAttribute("data-trainee") === name;
      lines[k].setAttribute("opacity", on ? "1" : "0.2");
    }
  }
  document.documentElement.setAttribute("data-charts", String(charts.length));
  document.documentElement.setAttribute("data-rendered", charts.length > 0 ? "true" : "false");
})();`;

export function renderHtmlReport(summary: DrillSummary, options: HtmlReportOptions): string {
  const locale = options.locale;
  const w = drillMessages(locale).html;
  const r = gradeMessages(locale).report;
  const title = options.title ?? w.title;
  const scriptHash = createHash("sha256").update(SCRIPT).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;
  const body = summary.attempts
    ? [scoresChart(summary, w), mistakesChart(summary, w), traineeTable(summary, r, locale), mistakeTable(summary, r)].join("\n")
    : `<p class="empty">${escapeHtml(w.empty)}</p>`;
  const problems = options.problems?.length
    ? `<section class="problems"><h2>${escapeHtml(w.problems)}</h2><ul>${options.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul></section>`
    : "";
  return `<!doctype html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title>
<style>
  :root { color-scheme: light; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; background: #fff; }
  h1 { font-size: 1.6rem; margin-bottom: .2rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; }
  .meta { color: #555; margin-top: 0; }
  figure { margin: 1rem 0; }
  figcaption { font-weight: 600; margin-bottom: .4rem; }
  svg.chart { width: 100%; height: auto; background: #fafafa; border: 1px solid #ddd; border-radius: 6px; }
  svg text { font-family: inherit; font-size: 12px; fill: #333; }
  svg .axis { stroke: #999; stroke-width: 1; }
  svg .grid { stroke: #e3e3e3; stroke-width: 1; }
  table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
  th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .4rem; vertical-align: -1px; }
  .problems { border: 1px solid #e0b4b4; background: #fff6f6; padding: .5rem 1rem; border-radius: 6px; }
  footer { color: #777; margin-top: 2rem; font-size: .85rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(w.meta(summary.attempts, summary.trainees.length, summary.from?.slice(0, 10), summary.to?.slice(0, 10)))}</p>
${problems}
${body}
<footer>${escapeHtml(w.footer(options.generatedAt.toISOString().slice(0, 16).replace("T", " ")))}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function colourOf(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

function scoresChart(summary: DrillSummary, w: HtmlMessages): string {
  const W = 1000;
  const H = 360;
  const pad = { left: 50, right: 20, top: 20, bottom: 60 };
  const times = summary.trainees.flatMap((t) => t.scores.map((s) => Date.parse(s.at)));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const innerW = W - pad.left - pad.right;
  const innerH = H - pad.top - pad.bottom;
  const x = (t: number, i: number, n: number) => pad.left + (t1 > t0 ? ((t - t0) / (t1 - t0)) * innerW : n > 1 ? (i / (n - 1)) * innerW : innerW / 2);
  const y = (score: number) => pad.top + innerH - (score / 100) * innerH;
  const grid = [0, 25, 50, 75, 100]
    .map((v) => `<line class="grid" x1="${pad.left}" x2="${W - pad.right}" y1="${y(v)}" y2="${y(v)}"/><text x="${pad.left - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`)
    .join("");
  const series = summary.trainees
    .map((t, k) => {
      const points = t.scores.map((s, i) => [x(Date.parse(s.at), i, t.scores.length), y(s.score), s] as const);
      const colour = colourOf(k);
      const dots = points
        .map(([px, py, s]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4.5" fill="${colour}"><title>${escapeHtml(w.scoreTip(t.trainee, s.score, s.scenario, s.at.slice(0, 16).replace("T", " ")))}</title></circle>`)
        .join("");
      return `<g class="series" data-trainee="${escapeHtml(t.trainee)}"><polyline fill="none" stroke="${colour}" stroke-width="2.5" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ")}"/>${dots}</g>`;
    })
    .join("");
  const legend = summary.trainees
    .map((t, k) => `<g transform="translate(${pad.left + (k % 6) * 160},${H - 30 + Math.floor(k / 6) * 16})"><rect width="12" height="12" fill="${colourOf(k)}" rx="2"/><text x="18" y="10">${escapeHtml(truncate(t.trainee, 20))}</text></g>`)
    .join("");
  const axisLabels = t1 > t0
    ? `<text x="${pad.left}" y="${H - 42}">${escapeHtml(new Date(t0).toISOString().slice(0, 10))}</text><text x="${W - pad.right}" y="${H - 42}" text-anchor="end">${escapeHtml(new Date(t1).toISOString().slice(0, 10))}</text>`
    : "";
  return `<figure>
<figcaption>${escapeHtml(w.scoresCaption)}</figcaption>
<svg class="chart" id="scores-chart" role="img" aria-label="${escapeHtml(w.scoresCaption)}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
${grid}<line class="axis" x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${pad.top + innerH}"/><line class="axis" x1="${pad.left}" x2="${W - pad.right}" y1="${pad.top + innerH}" y2="${pad.top + innerH}"/>${axisLabels}
${series}
${legend}
</svg>
</figure>`;
}

function mistakesChart(summary: DrillSummary, words: HtmlMessages): string {
  const top = summary.mistakes.slice(0, 10);
  const W = 1000;
  const row = 28;
  const labelW = 330;
  const H = Math.max(1, top.length) * row + 40;
  const most = Math.max(1, ...top.map((m) => m.count));
  const barMax = W - labelW - 80;
  const bars = top.length
    ? top
        .map((m, i) => {
          const w = Math.max(2, (m.count / most) * barMax);
          const yy = 20 + i * row;
          return `<g class="bar"><text x="${labelW - 10}" y="${yy + 15}" text-anchor="end">${escapeHtml(truncate(m.key, 44))} (${escapeHtml(m.principle)})</text><rect x="${labelW}" y="${yy}" width="${w.toFixed(1)}" height="${row - 8}" rx="3" fill="#d62728"><title>${escapeHtml(words.mistakeTip(m.key, m.count, m.points, m.trainees, m.example))}</title></rect><text x="${(labelW + w + 8).toFixed(1)}" y="${yy + 15}">${m.count}</text></g>`;
        })
        .join("")
    : `<text x="20" y="30">${escapeHtml(words.noMistakes)}</text>`;
  return `<figure>
<figcaption>${escapeHtml(words.mistakesCaption)}</figcaption>
<svg class="chart" id="mistakes-chart" role="img" aria-label="${escapeHtml(words.mistakesCaption)}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
${bars}
</svg>
</figure>`;
}

function traineeTable(summary: DrillSummary, r: ReportMessages, locale: string | undefined): string {
  const rows = summary.trainees
    .map(
      (t, k) =>
        `<tr><td><span class="swatch" style="background:${colourOf(k)}"></span>${escapeHtml(t.trainee)}</td><td class="num">${t.attempts}</td><td class="num">${t.average}</td><td class="num">${t.best}</td><td class="num">${t.last}</td><td class="num">${escapeHtml(formatSeconds(t.averageSeconds, locale))}</td><td>${escapeHtml(t.topMistakes.join(", ") || "-")}</td></tr>`,
    )
    .join("\n");
  const h = r.traineeHead.map((x) => escapeHtml(capitalise(x)));
  return `<h2>${escapeHtml(r.trainees)}</h2>
<table><thead><tr><th>${h[0]}</th><th class="num">${h[1]}</th><th class="num">${h[2]}</th><th class="num">${h[3]}</th><th class="num">${h[4]}</th><th class="num">${h[5]}</th><th>${h[6]}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function mistakeTable(summary: DrillSummary, r: ReportMessages): string {
  if (!summary.mistakes.length) return "";
  const rows = summary.mistakes
    .map((m) => `<tr><td>${escapeHtml(m.key)}</td><td class="num">${m.count}</td><td class="num">${m.points}</td><td class="num">${m.trainees}</td><td>${escapeHtml(m.principle)}</td><td>${escapeHtml(m.example)}</td></tr>`)
    .join("\n");
  const h = [...r.mistakeHead, r.example].map((x) => escapeHtml(capitalise(x)));
  return `<h2>${escapeHtml(r.mistakesBy)}</h2>
<table><thead><tr><th>${h[0]}</th><th class="num">${h[1]}</th><th class="num">${h[2]}</th><th class="num">${h[3]}</th><th>${h[4]}</th><th>${h[5]}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function truncate(text: string, n: number): string {
  return [...text].length > n ? [...text].slice(0, n - 1).join("") + "…" : text;
}
