/**
 * The per-line work of batch linting: a JSONL line or a CSV row in, one result line out. It
 * works on blocks of complete lines (bytes) and returns the refused lines and the counts, so
 * the same code runs in the calling thread or in worker threads (./lint-worker.ts); the engine
 * around it (./run.ts) knows nothing of linting.
 *
 *   in:  {"id": "p1", "text": "...", "playbook": "parcel-damaged", "customer": "Laura Bianchi"}
 *   out: {"id":"p1","messages":[{"ruleId":"no-over-promise","severity":2,...}],"errorCount":1,"warningCount":0}
 */
import { isUtf8 } from "node:buffer";
import { lintAndFix } from "../fix.js";
import { customerOf } from "../names.js";
import { LOCALES } from "../locale.js";
import { MAX_REPLY_BYTES, type Finding, type LintContext, type Linter } from "../types.js";
import { lineOf, lineStarts } from "../positions.js";
import type { Playbook } from "../../playbook/types.js";
import { MAX_LINE_BYTES } from "./blocks.js";
import { isBlank, parseJsonLine } from "./json-line.js";
import { withComplaint } from "./complaint.js";
import type { BatchWork, BlockHandler, Refusal } from "./types.js";

/** How a batch is linted: the same for every line, in every thread. */
export interface LineOptions {
  /** Context from flags and config, under each line's own. */
  base: LintContext;
  playbookIds: ReadonlySet<string>;
  /** The catalog's playbooks: a line's complaint picks one when neither line nor flags do. */
  playbooks: Playbook[];
  fix: boolean;
  quiet: boolean;
}

export interface BatchItem {
  id: unknown;
  text: string;
  context: LintContext;
}

/** A refusal for a line longer than MAX_LINE_BYTES. */
export const LINE_TOO_LONG = `line is too long (more than ${MAX_LINE_BYTES} bytes); a reply may be at most ${MAX_REPLY_BYTES} bytes`;

/** What one block of lines gave (its output lines went to the sink). */
export interface LintBlockResult {
  refusals: Refusal[];
  read: number;
  linted: number;
  errors: number;
  warnings: number;
}

/** The counters of a lint batch: replies linted, and the findings at error and warning level. */
export interface LintCounts {
  linted: number;
  errors: number;
  warnings: number;
}
export const LINT_COUNTERS = ["linted", "errors", "warnings"] as const;

export function emptyBlock(): LintBlockResult {
  return { refusals: [], read: 0, linted: 0, errors: 0, warnings: 0 };
}

/**
 * Lints a block of complete JSONL lines; `firstLine` is the number of its first line. Each
 * output line goes to `sink` at once: holding a block's output until its end would keep
 * thousands of strings alive past V8's young generation, and memory would climb.
 */
export function lintBlock(linter: Linter, bytes: Uint8Array, firstLine: number, options: LineOptions, sink: (line: string) => void): LintBlockResult {
  const result = emptyBlock();
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // One check for the whole block: lines of a valid block need none of their own.
  const valid = isUtf8(buf);
  let lineNo = firstLine;
  let from = 0;
  while (from < buf.length) {
    let nl = buf.indexOf(10, from);
    if (nl === -1) nl = buf.length;
    if (!isBlank(buf, from, nl)) {
      result.read++;
      const item = parseLine(buf, from, nl, valid, lineNo, options, result.refusals);
      if (item) sink(lintItem(linter, item, options, result));
    }
    from = nl + 1;
    lineNo++;
  }
  return result;
}

/** Lints one record (a parsed line or a CSV row) to its output line. */
export function lintItem(linter: Linter, item: BatchItem, options: LineOptions, totals: LintCounts): string {
  let text = item.text;
  let output: string | undefined;
  let findings: Finding[];
  let errorCount: number;
  let warningCount: number;
  if (options.fix) {
    const fixed = lintAndFix(linter, item.text, item.context);
    ({ findings, errorCount, warningCount } = fixed.result);
    if (fixed.output !== item.text) output = fixed.output;
    text = fixed.output;
  } else {
    ({ findings, errorCount, warningCount } = linter.lint(item.text, item.context));
  }
  totals.linted++;
  totals.errors += errorCount;
  totals.warnings += warningCount;
  if (options.quiet) {
    findings = findings.filter((f) => f.severity === "error");
    warningCount = 0;
  }
  return formatResultLine(item.id, text, findings, errorCount, warningCount, output);
}

/** Line `lineNo`, bytes [from, to) of the block; `valid` when the whole block is UTF-8. */
function parseLine(bytes: Buffer, from: number, to: number, valid: boolean, lineNo: number, options: LineOptions, refusals: Refusal[]): BatchItem | undefined {
  const line = parseJsonLine(bytes, from, to, valid, lineNo, LINE_TOO_LONG, refusals);
  if (!line) return undefined;
  const item = itemFrom(line.json, options);
  if (!("text" in item)) {
    refusals.push(refusalAt(lineNo, item, () => bytes.toString("utf8", line.start, line.end)));
    return undefined;
  }
  if (item.id === undefined) item.id = lineNo;
  return item;
}

/** What is wrong with a batch record: the key (absent for the record as a whole) and the message. */
export interface RecordProblem {
  key?: string;
  message: string;
}

/** "1/2": the first of two parts. */
const PART = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/;

/** `--part 2/3` or a line's "part": whether the reply is its thread's last part; a problem in words when it is not "k/n". */
export function parsePart(value: string): { final: boolean } | string {
  const m = PART.exec(value);
  if (!m) return `expected a part of a thread as k/n, e.g. "1/2" (got "${value}")`;
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (k < 1 || k > n) return `part ${k}/${n} does not exist: expected 1 to ${n} out of ${n}`;
  return { final: k === n };
}

/** A batch record to a lint input, or the problem with it (key and message). */
export function itemFrom(value: unknown, options: LineOptions): BatchItem | RecordProblem {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { message: 'expected a JSON object such as {"id": 1, "text": "..."}' };
  const v = value as Record<string, unknown>;
  if (typeof v.text !== "string") return { key: "text", message: `expected a string${v.text === undefined ? " (the reply is missing)" : ""}` };
  if (v.text.length > MAX_REPLY_BYTES) return { key: "text", message: `the reply is too large (more than ${MAX_REPLY_BYTES} characters)` };
  if (v.id !== undefined && v.id !== null && typeof v.id !== "string" && typeof v.id !== "number") return { key: "id", message: "expected a string or a number" };
  // One named check per field, not a loop over key names: a read by a variable key is slow.
  if (!isOptionalString(v.playbook)) return { key: "playbook", message: "expected a string" };
  if (!isOptionalString(v.agent)) return { key: "agent", message: "expected a string" };
  if (!isOptionalString(v.locale)) return { key: "locale", message: "expected a string" };
  if (!isOptionalString(v.channel)) return { key: "channel", message: "expected a string" };
  if (!isOptionalString(v.handle)) return { key: "handle", message: "expected a string" };
  if (!isOptionalString(v.complaint)) return { key: "complaint", message: "expected a string (the message the reply answers)" };
  if (!isOptionalString(v.part)) return { key: "part", message: 'expected a string such as "1/2"' };
  if (typeof v.complaint === "string" && v.complaint.length > MAX_REPLY_BYTES) return { key: "complaint", message: `the complaint is too large (more than ${MAX_REPLY_BYTES} characters)` };
  const base = options.base;
  // Every context has the same shape (absent fields undefined): the linter reads them fast.
  const context: LintContext = {
    locale: base.locale,
    playbook: undefined,
    playbookId: base.playbookId,
    customer: base.customer,
    agent: base.agent,
    agentInitials: base.agentInitials,
    channel: base.channel,
    now: base.now,
    complaint: base.complaint,
    thread: base.thread,
  };
  if (typeof v.playbook === "string" && v.playbook) {
    if (!options.playbookIds.has(v.playbook)) return { key: "playbook", message: `no playbook "${v.playbook}"` };
    context.playbookId = v.playbook;
  }
  if (typeof v.locale === "string" && v.locale) {
    if (!(LOCALES as readonly string[]).includes(v.locale)) return { key: "locale", message: `expected one of ${LOCALES.join(", ")}` };
    context.locale = v.locale;
  }
  if (typeof v.agent === "string" && v.agent) {
    context.agent = v.agent;
    context.agentInitials = undefined;
  }
  if (typeof v.channel === "string" && v.channel) context.channel = v.channel;
  if (v.customer !== undefined && v.customer !== null) {
    if (typeof v.customer === "string") {
      const c = customerOf(v.customer, typeof v.handle === "string" ? v.handle : undefined, undefined);
      if (c) context.customer = c;
    } else if (typeof v.customer === "object" && !Array.isArray(v.customer)) {
      const c = v.customer as Record<string, unknown>;
      if ([c.name, c.handle, c.title].some((x) => x !== undefined && typeof x !== "string")) return { key: "customer", message: "expected a name or { name, handle, title } strings" };
      const customer = customerOf(c.name as string | undefined, c.handle as string | undefined, c.title as string | undefined);
      if (customer) context.customer = customer;
    } else {
      return { key: "customer", message: "expected a name or { name, handle, title }" };
    }
  } else if (typeof v.handle === "string" && v.handle) {
    context.customer = customerOf(undefined, v.handle, undefined);
  }
  if (typeof v.now === "string") {
    const now = new Date(v.now);
    if (Number.isNaN(now.getTime())) return { key: "now", message: "expected an ISO time" };
    context.now = now;
  }
  if (typeof v.part === "string" && v.part) {
    const part = parsePart(v.part);
    if (typeof part === "string") return { key: "part", message: part };
    context.thread = part;
  }
  // The line's own complaint, else the one from flags: the playbook and customer the line does
  // not give come from it (flags' playbook and customer still win over a guess).
  if (typeof v.complaint === "string" && v.complaint.trim()) {
    withComplaint(context, v.complaint, v.text, options.playbooks);
  } else if (context.complaint && (!context.playbookId || !context.customer)) {
    withComplaint(context, context.complaint, v.text, options.playbooks);
  }
  return { id: v.id ?? undefined, text: v.text, context };
}

/** A refused line, at the column of the key it names ("complaint": ...), else column 1. */
function refusalAt(line: number, problem: RecordProblem, raw: () => string): Refusal {
  const column = problem.key ? raw().indexOf(`"${problem.key}"`) + 1 : 0;
  return { line, column: Math.max(1, column), message: problem.message, ...(problem.key && { key: problem.key }) };
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === "string";
}

const quoted = new Map<string, string>();
/** JSON for the strings that repeat on every line (rule and message ids). */
function q(s: string): string {
  let out = quoted.get(s);
  if (out === undefined) {
    out = JSON.stringify(s);
    if (quoted.size < 10_000) quoted.set(s, out);
  }
  return out;
}

/**
 * One output line, written directly rather than through objects and JSON.stringify: this is
 * the batch's hot path. The messages are those of format.ts#toMessages, in the same order of keys.
 */
export function formatResultLine(id: unknown, text: string, findings: readonly Finding[], errorCount: number, warningCount: number, output?: string): string {
  let s = `{"id":${id === undefined ? "null" : JSON.stringify(id)},"messages":[`;
  if (findings.length) {
    // Most replies are one line: columns are offsets + 1 without an index of lines.
    const starts = text.includes("\n") ? lineStarts(text) : undefined;
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      let line = 1;
      let column = f.start + 1;
      let endLine = 1;
      let endColumn = f.end + 1;
      if (starts) {
        line = lineOf(starts, f.start);
        column = f.start - starts[line - 1]! + 1;
        endLine = lineOf(starts, f.end);
        endColumn = f.end - starts[endLine - 1]! + 1;
      }
      if (i) s += ",";
      s += `{"ruleId":${q(f.ruleId)},"severity":${f.severity === "error" ? 2 : 1},"message":${JSON.stringify(f.message)},"line":${line},"column":${column},"endLine":${endLine},"endColumn":${endColumn},"messageId":${q(f.messageId)}`;
      const fix = f.fix ? `{"range":[${f.fix.start},${f.fix.end}],"text":${JSON.stringify(f.fix.text)}}` : undefined;
      if (fix) s += `,"fix":${fix}`;
      if (f.suggestion) s += `,"suggestions":[{"desc":${JSON.stringify(f.suggestion)}${fix ? `,"fix":${fix}` : ""}}]`;
      s += "}";
    }
  }
  s += `],"errorCount":${errorCount},"warningCount":${warningCount}`;
  if (output !== undefined) s += `,"output":${JSON.stringify(output)}`;
  return `${s}}\n`;
}

/** Batch linting as the engine's work (./types.ts#BatchWork), minus the worker module. */
export function lintLines(linter: Linter, options: LineOptions): Omit<BatchWork, "worker"> {
  return {
    counters: LINT_COUNTERS,
    lineTooLong: LINE_TOO_LONG,
    block: lintBlockHandler(linter, options),
    record(value, counts) {
      const item = itemFrom(value, options);
      if (!("text" in item)) return { refused: item.message, ...(item.key && { key: item.key }) };
      return lintItem(linter, item, options, counts as unknown as LintCounts);
    },
  };
}

export function lintBlockHandler(linter: Linter, options: LineOptions): BlockHandler {
  return (bytes, firstLine, sink) => {
    const r = lintBlock(linter, bytes, firstLine, options, sink);
    return { refusals: r.refusals, read: r.read, counts: { linted: r.linted, errors: r.errors, warnings: r.warnings } };
  };
}
