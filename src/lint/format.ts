/**
 * Turning lint results into text: ESLint-compatible JSON messages, and the stylish, compact
 * and github (workflow command) formats. Pure: the command decides colours and where to write.
 */
import { LineIndex } from "./positions.js";
import type { Finding, LintResult } from "./types.js";

export type FormatName = "stylish" | "json" | "compact" | "github" | "sarif" | "checkstyle" | "junit";
export const FORMATS: readonly FormatName[] = ["stylish", "json", "compact", "github", "sarif", "checkstyle", "junit"];

/** An ESLint message (`LintMessage`), with our message id. */
export interface LintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix?: { range: [number, number]; text: string } }>;
}

/** An ESLint result (`LintResult`) for one reply. */
export interface FileReport {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The reply, for stylish excerpts (left out of JSON). */
  source?: string;
  /** The fixed reply, with --fix. */
  output?: string;
}

export function toMessages(text: string, findings: readonly Finding[]): LintMessage[] {
  if (findings.length === 0) return [];
  const index = new LineIndex(text);
  return findings.map((f) => {
    const start = index.at(f.start);
    const end = index.at(f.end);
    const m: LintMessage = {
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: f.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      messageId: f.messageId,
    };
    if (f.fix) m.fix = { range: [f.fix.start, f.fix.end], text: f.fix.text };
    if (f.suggestion) m.suggestions = [f.fix ? { desc: f.suggestion, fix: m.fix! } : { desc: f.suggestion }];
    return m;
  });
}

export function toFileReport(filePath: string, text: string, result: LintResult, options: { quiet?: boolean; output?: string } = {}): FileReport {
  const findings = options.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const report: FileReport = {
    filePath,
    messages: toMessages(text, findings),
    errorCount: result.errorCount,
    warningCount: options.quiet ? 0 : result.warningCount,
    fatalErrorCount: 0,
    fixableErrorCount: findings.filter((f) => f.fix && f.severity === "error").length,
    fixableWarningCount: findings.filter((f) => f.fix && f.severity === "warn").length,
    source: text,
  };
  if (options.output !== undefined && options.output !== text) report.output = options.output;
  return report;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports.map(({ source: _source, ...rest }) => rest))}\n`;
}

/**
 * Text from a reply is shown, never obeyed: control characters (ESC, BEL, CSI...) become
 * visible symbols of the same length (␛, ␇), so a reply cannot drive the reader's terminal
 * and carets stay aligned.
 */
export function visible(s: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

export function formatCompact(reports: readonly FileReport[]): string {
  let out = "";
  let total = 0;
  for (const r of reports) {
    for (const m of r.messages) {
      out += `${visible(r.filePath)}:${m.line}:${m.column}: ${m.severity === 2 ? "error" : "warning"} ${visible(m.message)} [${m.ruleId}]\n`;
      total++;
    }
  }
  if (total) out += `\n${total} problem${total === 1 ? "" : "s"}\n`;
  return out;
}

/** GitHub Actions workflow commands: annotations on the files in a pull request. */
export function formatGithub(reports: readonly FileReport[]): string {
  let out = "";
  for (const r of reports) {
    for (const m of r.messages) {
      const props = [`file=${escapeProperty(visible(r.filePath))}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(m.ruleId)}`];
      out += `::${m.severity === 2 ? "error" : "warning"} ${props.join(",")}::${escapeData(visible(`${m.message} [${m.ruleId}]`).replace(/\u240a/g, "\n").replace(/\u240d/g, "\r"))}\n`;
    }
  }
  return out;
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Colours for stylish output; identity functions when colour is off. */
export interface Painter {
  error(s: string): string;
  warning(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  mark(s: string, severity: 1 | 2): string;
  suggestion(s: string): string;
}

const plain = (s: string) => s;
export const NO_COLOR: Painter = { error: plain, warning: plain, dim: plain, bold: plain, underline: plain, mark: plain, suggestion: plain };

/**
 * The reply with each offending span marked, then what is wrong and what to write instead:
 *
 *   reply.txt
 *     1:16  error  "we apologise for any inconvenience": The classic stock formula...  no-canned-phrase
 *       │ Dear Laura, we apologise for any inconvenience.
 *       │             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *       ↳ I'm sorry your parcel arrived damaged.
 */
export function formatStylish(reports: readonly FileReport[], paint: Painter = NO_COLOR, width = 100): string {
  let out = "";
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const r of reports) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    if (r.messages.length === 0) continue;
    out += `${paint.underline(visible(r.filePath))}\n`;
    const index = new LineIndex(r.source ?? "");
    const where = r.messages.map((m) => `${m.line}:${m.column}`);
    const pad = Math.max(...where.map((w) => w.length));
    r.messages.forEach((m, i) => {
      const level = m.severity === 2 ? paint.error("error  ") : paint.warning("warning");
      out += `  ${paint.dim(where[i]!.padEnd(pad))}  ${level}  ${visible(m.message)}  ${paint.dim(m.ruleId)}\n`;
      if (r.source !== undefined) out += excerptLines(index, m, paint, width);
      const suggestion = m.suggestions?.[0]?.desc;
      if (suggestion) out += `    ${paint.dim("↳")} ${paint.suggestion(visible(suggestion))}${m.fix ? paint.dim("  (fixable)") : ""}\n`;
    });
    out += "\n";
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
    out += `${errors ? paint.error(paint.bold(summary)) : paint.warning(paint.bold(summary))}\n`;
    if (fixable) out += `  ${fixable} problem${fixable === 1 ? "" : "s"} fixable with --fix\n`;
  }
  return out;
}

function excerptLines(index: LineIndex, m: LintMessage, paint: Painter, width: number): string {
  const line = index.line(m.line);
  const from = m.column - 1;
  const to = m.endLine === m.line ? Math.max(from + 1, m.endColumn - 1) : line.length;
  // Long lines (a whole reply on one line): a window around the span.
  const room = Math.max(40, width - 8);
  let start = 0;
  if (line.length > room) start = Math.max(0, Math.min(from - Math.floor(room / 3), line.length - room));
  const end = Math.min(line.length, start + room);
  const prefix = start > 0 ? "…" : "";
  const suffix = end < line.length ? "…" : "";
  const shown = visible(line.slice(start, end).replace(/\t/g, " "));
  const a = Math.max(0, from - start);
  const b = Math.min(shown.length, to - start);
  const marked = `${shown.slice(0, a)}${paint.mark(shown.slice(a, b), m.severity)}${shown.slice(b)}`;
  const caret = `${" ".repeat(prefix.length + a)}${"^".repeat(Math.max(1, b - a))}`;
  const bar = paint.dim("│");
  return `    ${bar} ${prefix}${marked}${suffix}\n    ${bar} ${m.severity === 2 ? paint.error(caret) : paint.warning(caret)}\n`;
}

/** GitHub shows at most 10 annotations of a kind per step: above that, a digest goes to the job summary. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * The job summary (`$GITHUB_STEP_SUMMARY`, Markdown) for a run with more findings than GitHub
 * annotates: totals, findings by rule, and every finding by file, line and column.
 */
export function formatGithubSummary(reports: readonly FileReport[], docsUrl: (ruleId: string) => string | undefined = () => undefined): string {
  const messages = reports.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, m })));
  const errors = messages.filter((x) => x.m.severity === 2).length;
  const cell = (s: string) => visible(s).replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const { m } of messages) {
    const n = byRule.get(m.ruleId) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) n.errors++;
    else n.warnings++;
    byRule.set(m.ruleId, n);
  }
  let out = `## replybook: ${messages.length} finding${messages.length === 1 ? "" : "s"} in ${reports.filter((r) => r.messages.length).length} of ${reports.length} repl${reports.length === 1 ? "y" : "ies"}\n\n`;
  out += `${errors} error${errors === 1 ? "" : "s"}, ${messages.length - errors} warning${messages.length - errors === 1 ? "" : "s"}. GitHub annotates only the first ${GITHUB_ANNOTATION_LIMIT} of each kind; all of them are below.\n\n`;
  out += `| rule | errors | warnings |\n| --- | ---: | ---: |\n`;
  for (const [id, n] of [...byRule].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || a[0].localeCompare(b[0]))) {
    const url = docsUrl(id);
    out += `| ${url ? `[${cell(id)}](${url})` : cell(id)} | ${n.errors} | ${n.warnings} |\n`;
  }
  out += `\n| file | line:col | severity | message | rule |\n| --- | --- | --- | --- | --- |\n`;
  for (const { file, m } of messages) out += `| ${cell(file)} | ${m.line}:${m.column} | ${m.severity === 2 ? "error" : "warning"} | ${cell(m.message)} | ${cell(m.ruleId)} |\n`;
  return `${out}\n`;
}
