/**
 * How right the lint rules are on labelled replies. A labelled line says which rules must fire
 * (`expect`) and which must not (`ok`); a rule named in neither is not judged on that reply.
 *
 *   {"id":"r1","text":"@Sam Sorry for any inconvenience. ^AB","complaint":"my bag never arrived","channel":"x","expect":["no-canned-phrase"],"ok":["signed-by-person","no-blame"]}
 *
 * Per rule: how often it fires, its precision (of the judged replies it fires on, the share
 * labelled `expect`) and recall (of the replies labelled `expect`, the share it fires on), and
 * how many `ok` replies it leaves alone. Lines with a complaint are linted twice, with and
 * without it, so that a rule's figures show what the complaint is worth. The figures come for
 * each part of the set (./split.ts): rules are tuned on "calibration" only, and "held-out"
 * shows whether what was tuned holds on replies the tuning never saw.
 */
import type { Catalog } from "../catalog/load.js";
import { createLinter } from "../lint/engine.js";
import { playbookForComplaint } from "../lint/batch/complaint.js";
import { ruleIds } from "../lint/engine.js";
import type { LintContext, Linter } from "../lint/types.js";
import { partOf, type Part } from "./split.js";

export interface LintLine {
  id: string;
  text: string;
  complaint?: string;
  channel?: string;
  locale?: string;
  playbook?: string;
  /** This reply is a part of a thread that more parts follow. */
  final?: boolean;
  expect: string[];
  ok: string[];
}

/** What is wrong with a line: the key and the message. */
export interface Problem {
  key: string;
  message: string;
}

/** A lint line from a parsed JSON object, or the problem with it. */
export function parseLintLine(value: Record<string, unknown>, known: ReadonlySet<string>): LintLine | Problem {
  const { id, text, complaint, channel, locale, playbook, final, expect, ok } = value;
  if (typeof text !== "string" || text === "") return { key: "text", message: "expected a non-empty string" };
  for (const [key, v] of Object.entries({ complaint, channel, locale, playbook })) if (v !== undefined && v !== null && typeof v !== "string") return { key, message: "expected a string" };
  if (final !== undefined && typeof final !== "boolean") return { key: "final", message: "expected true or false" };
  const ids = (key: string, v: unknown): string[] | Problem => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) return { key, message: "expected a list of rule ids" };
    const unknown = (v as string[]).find((x) => !known.has(x));
    return unknown === undefined ? (v as string[]) : { key, message: `unknown rule id "${unknown}"` };
  };
  const e = ids("expect", expect);
  if (!Array.isArray(e)) return e;
  const o = ids("ok", ok);
  if (!Array.isArray(o)) return o;
  const both = e.find((r) => o.includes(r));
  if (both) return { key: "ok", message: `"${both}" is in both expect and ok` };
  const line: LintLine = { id: String(id ?? ""), text, expect: e, ok: o };
  if (complaint) line.complaint = complaint as string;
  if (channel) line.channel = channel as string;
  if (locale) line.locale = locale as string;
  if (playbook) line.playbook = playbook as string;
  if (final !== undefined) line.final = final as boolean;
  return line;
}

export interface RuleFigures {
  rule: string;
  /** Replies it fired on (judged or not). */
  fires: number;
  /** Fired and labelled expect / fired and labelled ok / labelled expect and silent. */
  right: number;
  wrong: number;
  missed: number;
  /** Replies labelled expect / ok for it. */
  expected: number;
  okLabelled: number;
}

export interface Miss {
  id: string;
  part: Part;
  rule: string;
  /** "false alarm": fired on an ok reply; "missed": silent on an expect reply. */
  kind: "false alarm" | "missed";
  text: string;
  messages: string[];
}

export interface LintRun {
  replies: number;
  figures: RuleFigures[];
  misses: Miss[];
}

/** The families whose recall the targets name: stock phrases (hand-offs among them), blame, over-promises. */
export const PHRASE_RULES = ["no-canned-phrase", "no-blame", "no-over-promise"] as const;

export function linterFor(catalog: Catalog): Linter {
  return createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks });
}

/** Lints every line (with its complaint, or `withComplaint: false` without) and counts per rule. */
export function evaluateLint(lines: readonly LintLine[], catalog: Catalog, linter: Linter, withComplaint: boolean): LintRun {
  const rules = ruleIds();
  const figures = new Map(rules.map((rule) => [rule, { rule, fires: 0, right: 0, wrong: 0, missed: 0, expected: 0, okLabelled: 0 } as RuleFigures]));
  const misses: Miss[] = [];
  for (const line of lines) {
    const context: LintContext = {};
    if (line.channel) context.channel = line.channel;
    if (line.locale) context.locale = line.locale;
    if (line.final === false) context.thread = { final: false };
    if (line.playbook) context.playbookId = line.playbook;
    if (withComplaint && line.complaint) {
      context.complaint = line.complaint;
      // The playbook the router picks for the complaint, when the line names none.
      if (!line.playbook) {
        const picked = playbookForComplaint(line.complaint, catalog.playbooks, line.locale);
        if (picked) {
          context.playbookId = picked;
          context.playbookRouted = true;
        }
      }
    }
    const result = linter.lint(line.text, context);
    const fired = new Map<string, string[]>();
    for (const f of result.findings) {
      const list = fired.get(f.ruleId) ?? [];
      list.push(f.message);
      fired.set(f.ruleId, list);
    }
    for (const [rule, fig] of figures) {
      const fires = fired.has(rule);
      const expected = line.expect.includes(rule);
      const ok = line.ok.includes(rule);
      if (fires) fig.fires++;
      if (expected) fig.expected++;
      if (ok) fig.okLabelled++;
      if (fires && expected) fig.right++;
      if (fires && ok) {
        fig.wrong++;
        misses.push({ id: line.id, part: partOf(line.id), rule, kind: "false alarm", text: line.text, messages: fired.get(rule)! });
      }
      if (!fires && expected) {
        fig.missed++;
        misses.push({ id: line.id, part: partOf(line.id), rule, kind: "missed", text: line.text, messages: [] });
      }
    }
  }
  return { replies: lines.length, figures: [...figures.values()], misses };
}

const pct = (n: number, d: number): string => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

/** One Markdown table: rule, fires on, precision, recall, ok replies left alone. */
export function formatLintTable(run: LintRun): string {
  const rows = ["| rule | fires on | right when it fires | recall | ok replies left alone |", "| --- | --- | --- | --- | --- |"];
  for (const f of run.figures) {
    rows.push(`| ${f.rule} | ${f.fires} (${pct(f.fires, run.replies)}) | ${pct(f.right, f.right + f.wrong)} (${f.right}/${f.right + f.wrong}) | ${pct(f.right, f.expected)} (${f.right}/${f.expected}) | ${pct(f.okLabelled - f.wrong, f.okLabelled)} (${f.okLabelled - f.wrong}/${f.okLabelled}) |`);
  }
  const fam = run.figures.filter((f) => (PHRASE_RULES as readonly string[]).includes(f.rule));
  const right = fam.reduce((n, f) => n + f.right, 0);
  const expected = fam.reduce((n, f) => n + f.expected, 0);
  rows.push("", `Stock phrases, hand-offs, blame and over-promises caught: ${pct(right, expected)} (${right}/${expected}).`);
  return rows.join("\n");
}

/** The lines of one part of the set, and the other. */
export function splitLines<T extends { id: string }>(lines: readonly T[]): Record<Part, T[]> {
  const parts: Record<Part, T[]> = { calibration: [], "held-out": [] };
  for (const line of lines) parts[partOf(line.id)].push(line);
  return parts;
}

/** Which misses to list: false alarms ("fp"), misses ("fn") or both; one rule or all; one part or both. */
export interface MissFilter {
  kind?: "fp" | "fn";
  rule?: string;
  part?: Part;
}

/** The false alarms and misses, one per line, for reading them through. */
export function formatMisses(run: LintRun, filter: MissFilter = {}): string {
  return run.misses
    .filter((m) => (!filter.rule || m.rule === filter.rule) && (!filter.part || m.part === filter.part) && (!filter.kind || (filter.kind === "fp") === (m.kind === "false alarm")))
    .map((m) => `${m.kind === "missed" ? "MISSED" : "FALSE "} ${m.rule} ${m.id} [${m.part}]: ${m.text.replace(/\s+/g, " ")}${m.messages.length ? `  <- ${m.messages.join(" | ")}` : ""}`)
    .join("\n");
}
