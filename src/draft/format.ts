/**
 * Text for the person: the reply with its findings marked underneath (80 columns, no
 * colour needed), the summary, the final output. Pure functions from values to strings.
 */
import type { Finding } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import { formatDuration, parseDuration } from "../text/duration.js";
import type { DraftOutcome } from "./outcome.js";
import { messagesFor } from "./messages.js";

export interface Style {
  error(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const PLAIN_STYLE: Style = { error: (t) => t, warn: (t) => t, dim: (t) => t, bold: (t) => t };

export interface Segment {
  text: string;
  /** Offsets in the whole reply. */
  start: number;
  end: number;
}

/** Word-wraps text to `width` columns, keeping each piece's offsets in the original. */
export function wrapWithOffsets(text: string, width: number): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.length === 0) out.push({ text: "", start: lineStart, end: lineStart });
    let pos = 0;
    while (pos < line.length) {
      let end = Math.min(line.length, pos + width);
      if (end < line.length) {
        const space = line.lastIndexOf(" ", end);
        if (space > pos) end = space;
      }
      out.push({ text: line.slice(pos, end), start: lineStart + pos, end: lineStart + end });
      pos = end;
      while (line[pos] === " ") pos++;
    }
    lineStart += line.length + 1;
  }
  return out;
}

export interface ReviewView {
  reply: string;
  variant: string;
  findings: Finding[];
  locale: string;
  width: number;
  /** Plain mode: no caret lines (screen readers would read every ^). */
  plain: boolean;
  style?: Style;
}

/** The reply, indented, with ^^^ under each finding's words and a numbered list of findings with suggestions. */
export function formatReview(view: ReviewView): string {
  const m = messagesFor(view.locale);
  const style = view.style ?? PLAIN_STYLE;
  const width = Math.max(40, view.width) - 2;
  const lines: string[] = [style.bold(m.replyHeading(view.variant)), ""];
  const numbered = view.findings.map((f, i) => ({ f, n: i + 1 }));
  for (const seg of wrapWithOffsets(view.reply, width)) {
    lines.push(`  ${seg.text}`);
    if (view.plain) continue;
    const hits = numbered.filter(({ f }) => f.end > f.start && f.start < seg.end && f.end > seg.start);
    if (!hits.length) continue;
    const marks = Array.from({ length: seg.text.length }, () => " ");
    for (const { f } of hits) for (let i = Math.max(f.start, seg.start); i < Math.min(f.end, seg.end); i++) marks[i - seg.start] = "^";
    const caret = `  ${marks.join("").replace(/\s+$/, "")} ${hits.map(({ n }) => `[${n}]`).join("")}`;
    lines.push(hits.some(({ f }) => f.severity === "error") ? style.error(caret) : style.warn(caret));
  }
  lines.push("");
  lines.push(formatFindings(view.findings, view.reply, view.locale, view.width, style));
  return lines.join("\n");
}

export function formatFindings(findings: Finding[], reply: string, locale: string, lineWidth: number, style: Style = PLAIN_STYLE): string {
  const m = messagesFor(locale);
  if (!findings.length) return m.findingsNone;
  const errors = findings.filter((f) => f.severity === "error").length;
  const lines = [style.bold(m.findingsHeading(errors, findings.length - errors))];
  findings.forEach((f, i) => {
    const width = Math.max(m.severity.error.length, m.severity.warn.length);
    const sev = f.severity === "error" ? style.error(m.severity.error.padEnd(width)) : style.warn(m.severity.warn.padEnd(width));
    const quoted = f.end > f.start ? ` "${shorten(reply.slice(f.start, f.end).replace(/\s+/g, " "), 60)}"` : "";
    const principle = f.principle ? ` (${f.principle})` : "";
    lines.push(...wrapIndented(`[${i + 1}] ${sev} ${f.ruleId}${quoted}: ${f.message}${principle}`, lineWidth, "  ", "      "));
    if (f.suggestion) lines.push(...wrapIndented(`${m.suggestion}: ${f.suggestion}`, lineWidth, "      ", "      "));
  });
  return lines.join("\n");
}

/** Word-wraps every line of a text for the terminal (messages, notes). */
export function wrapText(text: string, width: number, indent = ""): string {
  return text
    .split("\n")
    .map((line) => {
      if (!line) return line;
      const lead = /^\s*/.exec(line)![0];
      const inner = `${indent}${lead}`;
      return wrapWithOffsets(line.slice(lead.length), Math.max(20, width - inner.length))
        .map((seg) => `${inner}${seg.text}`)
        .join("\n");
    })
    .join("\n");
}

/** "2025-05-03 15:00" in the local time zone. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Long quotes keep their start and end: "I'll also update you … ask for Dario." */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  return `${text.slice(0, half).trimEnd()} … ${text.slice(text.length - half).trimStart()}`;
}

function wrapIndented(text: string, width: number, first: string, rest: string): string[] {
  const segs = wrapWithOffsets(text, Math.max(20, width - rest.length));
  return segs.map((s, i) => `${i === 0 ? first : rest}${s.text}`);
}

/** The summary shown after accepting (on the terminal, not in the printed reply). */
export function formatSummary(outcome: DraftOutcome, playbook: Playbook, width: number): string {
  const m = messagesFor(outcome.locale);
  const lines = [m.summaryHeading];
  const row = (label: string, value: string) => lines.push(...wrapIndented(`${label}: ${value}`, width, "  ", "    "));
  row(m.summaryPlaybook, `${playbook.title} (${outcome.playbook}, ${outcome.locale})`);
  const c = outcome.customer;
  row(m.summaryCustomer, [c.name, c.handle].filter(Boolean).join(" ") || m.none);
  const promised = outcome.commitments.map((made) => {
    const spec = playbook.commitments.find((x) => x.id === made.id);
    const d = parseDuration(made.within);
    return `${spec?.label ?? made.id}: ${m.due(d ? formatDuration(d, outcome.locale) : made.within, localStamp(made.due))}`;
  });
  if (!promised.length) row(m.summaryCommitments, m.none);
  else {
    lines.push(`  ${m.summaryCommitments}:`);
    for (const p of promised) lines.push(...wrapIndented(`- ${p}`, width, "    ", "      "));
  }
  const skipped = outcome.checklist.skipped.map((id) => playbook.checklist.find((i) => i.id === id)?.text ?? id);
  if (skipped.length) {
    lines.push(`  ${m.summaryChecklistSkipped}:`);
    for (const s of skipped) lines.push(...wrapIndented(`- ${s}`, width, "    ", "      "));
  }
  const errors = outcome.findings.filter((f) => f.severity === "error").length;
  lines.push(`  ${m.findingsHeading(errors, outcome.findings.length - errors)}`);
  if (outcome.override) row(m.summaryOverride, `${outcome.override.findings.join(", ")}${outcome.override.reason ? ` (${outcome.override.reason})` : ""}`);
  return lines.join("\n");
}

/** What `draft` prints on stdout: the reply, plainly, then the private follow-up when there is one. */
export function formatOutput(outcome: DraftOutcome): string {
  const m = messagesFor(outcome.locale);
  if (outcome.followUp === undefined) return `${outcome.reply}\n`;
  return `${outcome.reply}\n\n--- ${m.followUpHeading} ---\n${outcome.followUp}\n`;
}
