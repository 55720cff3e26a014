/**
 * `replybook lint [files...]`: check finished replies against the phrase lists and the
 * playbook. One reply per file (`-` or nothing: stdin), or a batch: `--jsonl` (one JSON
 * object per line in, one per line out) and `--csv` (a spreadsheet exported by a social tool).
 *
 * Exit codes: 0 no error-level finding, 1 error-level findings (or more warnings than
 * --max-warnings), 2 usage, configuration or input error (and an interrupted batch).
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { compiledPatterns } from "../../catalog/cache.js";
import type { Catalog } from "../../catalog/load.js";
import type { Config, PluginRef, RuleSetting } from "../../config/types.js";
import { InputError, UsageError, formatLocated } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import { createLinter } from "../../lint/engine.js";
import { lintAndFix } from "../../lint/fix.js";
import { FORMATS, GITHUB_ANNOTATION_LIMIT, NO_COLOR, formatCompact, formatGithub, formatGithubSummary, formatJson, formatStylish, toFileReport, type FileReport, type FormatName, type Painter } from "../../lint/format.js";
import { LOCALES } from "../../lint/locale.js";
import { customerOf } from "../../lint/names.js";
import { applyRuleFlags, resolveRuleSettings } from "../../lint/settings.js";
import { readReply, readReplyStream, resolvePath } from "../../lint/reply-input.js";
import type { LintContext, LintResult, Linter } from "../../lint/types.js";
import type { Rule } from "../../lint/rule.js";
import type { CommandContext } from "../context.js";
import { wantsColor, type CliIO } from "../io.js";

/** Which thread count a batch gets (kept here too: scripts and tests import it from the command). */
export { threadCount } from "../../lint/batch/threads.js";

const STDIN = "<stdin>";
/** The largest complaint read from --complaint-file (as draft's complaint input). */
const MAX_COMPLAINT_BYTES = 256 * 1024;
/**
 * Reading a complaint (the router, its stemmers and word lists) and a thread's part, loaded
 * only when a flag gives one: a one-reply lint without them does not pay for their set-up.
 */
const complaints = () => import("../../lint/batch/complaint.js");
const lintLines = () => import("../../lint/batch/lint-lines.js");
/** node:fs/promises on first use: loading it costs a one-reply lint about a millisecond. */
const fsPromises = () => process.getBuiltinModule("node:fs/promises");
/** A progress bar only for a batch this big (or of unknown size). */
const PROGRESS_MIN_BYTES = 2 * 1024 * 1024;

interface LintOptions {
  format?: string;
  jsonl?: string;
  csv?: string;
  textColumn: string;
  idColumn?: string;
  playbookColumn?: string;
  customerColumn?: string;
  handleColumn?: string;
  agentColumn?: string;
  localeColumn?: string;
  channelColumn?: string;
  complaintColumn?: string;
  partColumn?: string;
  fix?: boolean;
  write?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: string[];
  playbook?: string;
  customer?: string;
  handle?: string;
  title?: string;
  agent?: string;
  locale?: string;
  channel?: string;
  now?: Date;
  progress: boolean;
  workers?: number;
  record?: boolean;
  commit?: string[];
  posted?: string;
  complaint?: string;
  complaintFile?: string;
  part?: string;
  evidence?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("lint")
    .summary("check finished replies against the phrase lists and the playbook")
    .description(
      "Check finished replies against the phrase lists and the playbook: stock phrases, over-promises, blame, a missing name, signature, apology, next step or private channel, shouting, length.",
    )
    .argument("[files...]", "reply files, one reply each; - or nothing reads stdin")
    .addOption(new Option("-f, --format <name>", "stylish (default on a terminal), json (ESLint-compatible), compact (default otherwise), github, sarif (code scanning), checkstyle, junit").choices([...FORMATS]))
    .option("--jsonl <file|->", "batch: one JSON object per line { id, text, complaint?, part?, playbook?, customer?, agent?, locale?, channel? }; writes one result per line")
    .option("--csv <file|->", "batch: a CSV file with a header row; writes one JSON result per row")
    .option("--text-column <name>", "CSV column with the reply", "text")
    .option("--id-column <name>", "CSV column with an id (default: the row number)")
    .option("--playbook-column <name>", "CSV column with a playbook id")
    .option("--customer-column <name>", "CSV column with the customer's name")
    .option("--handle-column <name>", "CSV column with the customer's handle")
    .option("--agent-column <name>", "CSV column with the agent's name")
    .option("--locale-column <name>", "CSV column with the locale")
    .option("--channel-column <name>", "CSV column with the channel")
    .option("--complaint-column <name>", "CSV column with the message each reply answers")
    .option("--part-column <name>", "CSV column with the part of a thread (\"1/2\")")
    .option("--fix", "apply unambiguous fixes and print the fixed reply (batch: an \"output\" field)")
    .option("--write", "with --fix: write the fixed replies back to their files")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseCount)
    .option("--quiet", "report errors only")
    .option("--rule <id=severity>", "override a rule's severity (repeatable): --rule max-length=off", collect)
    .option("--playbook <id>", "the playbook the reply follows (commitments, remedies, private channel)")
    .option("--customer <name>", "the customer's name (\"Laura Bianchi\")")
    .option("--handle <@handle>", "the customer's handle")
    .option("--title <title>", "the customer's title, used with the surname (Ms, Sig.ra)")
    .option("--agent <name>", "who signs the reply (default: agent.name from the config)")
    .addOption(new Option("--locale <locale>", "the reply's language (default: detected)").choices([...LOCALES]))
    .option("--channel <name>", "x, facebook, instagram, email... (length limits depend on it; default: config channel)")
    .option("--now <iso-time>", "reference time for \"today\", \"by Monday\" (default: now)", parseNow)
    .option("--complaint <text>", "the message the reply answers: whether an apology and a next step are owed, the playbook and the customer when not given")
    .option("--complaint-file <file>", "the same, from a file")
    .option("--part <k/n>", "which part of a thread the reply is (\"1/2\"): only the last part must be signed")
    .option("--no-progress", "no progress bar on stderr in batch mode")
    .option("--record", "record each reply in the case log (needs --playbook, --customer or --handle, and an agent)")
    .option("--commit <id=within>", "with --record: a promise the reply makes, e.g. callback=24h (repeatable)", collect)
    .option("--posted <when>", "with --record: when the complaint was posted (\"3h ago\" or an ISO time)")
    .option("--evidence <path|url>", "with --record: a screenshot of the post (P11)")
    .option("--workers <n>", "batch: threads that lint a --jsonl input (default: 2 on a multi-core machine for an input over 24 MB or on stdin, else 1)", parseCount)
    .addHelpText(
      "after",
      `
Examples:
  $ replybook lint reply.txt --playbook parcel-damaged --customer "Laura Bianchi" --agent Dario
  $ replybook lint reply.txt --complaint "My parcel arrived smashed. — Laura" --agent Dario
  $ replybook lint part1.txt --part 1/2 --channel x
  $ pbpaste | replybook lint - --channel x
  $ replybook lint replies/*.txt --format json > report.json
  $ replybook lint --jsonl export.jsonl > results.jsonl
  $ replybook lint --csv export.csv --text-column message --id-column post_id --playbook parcel-lost
  $ replybook lint reply.txt --fix --write
  $ replybook lint reply.txt --playbook late-delivery --handle @laurab --record --commit status-update=24h

Rules: docs/rules/<rule-id>.md. Exit codes: 0 clean, 1 error-level findings (or too many
warnings), 2 usage, configuration or input error.`,
    )
    .action(async (files: string[], options: LintOptions) => {
      ctx.exitCode = await runLint(files, options, ctx);
    });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number (0 or more)");
  return Number(value);
}

function parseNow(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new InvalidArgumentError("expected an ISO time such as 2026-01-14T10:00");
  return date;
}

async function runLint(files: string[], options: LintOptions, ctx: CommandContext): Promise<number> {
  const io = ctx.io;
  const batch = options.jsonl !== undefined || options.csv !== undefined;
  if (options.jsonl !== undefined && options.csv !== undefined) throw new UsageError("use --jsonl or --csv, not both");
  if (batch && files.length) throw new UsageError(`reply files and --${options.jsonl !== undefined ? "jsonl" : "csv"} cannot be combined`);
  if (batch && options.format) throw new UsageError("batch mode always writes JSON Lines; --format applies to reply files");
  if (options.write && !options.fix) throw new UsageError("--write needs --fix");
  if (options.write && batch) throw new UsageError("--write works on reply files, not on a batch (the output has an \"output\" field with --fix)");
  const inputs = files.length ? files : batch ? [] : ["-"];
  if (options.write && inputs.includes("-")) throw new UsageError("--write cannot write back to stdin; name the files");
  if (options.fix && !options.write && inputs.length > 1) throw new UsageError("--fix prints one fixed reply; add --write to fix several files in place");
  if (inputs.filter((f) => f === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const readsStdin = inputs.includes("-") || options.jsonl === "-" || options.csv === "-";
  if (readsStdin && io.stdin.isTTY && !files.includes("-") && options.jsonl !== "-" && options.csv !== "-") {
    throw new UsageError("no reply to lint: name a file, pipe a reply into stdin (or pass - to type one), or use --jsonl/--csv. See replybook lint --help");
  }

  const config = await ctx.config();
  const rules = applyRuleFlags(config.rules, options.rule ?? []);
  if (rules.errors.length) throw rules.errors[0]!;
  // Lint needs no templates: they are neither stamped nor kept (src/catalog/cache.ts).
  const catalog = await ctx.catalog({ templates: false });
  const plugins = config.plugins?.length ? await loadConfiguredPlugins(config.plugins) : undefined;
  const checked = resolveRuleSettings(rules.value, catalog.phrases, plugins?.rules);
  if (checked.errors.length) throw locateRuleError(checked.errors[0]!, config, options.rule ?? []);
  if (options.playbook !== undefined) checkPlaybookId(catalog, options.playbook);
  const compiled = compiledPatterns(catalog);
  const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: rules.value, fallbackLocale: config.locale, ...compiled, ...(plugins && { plugins: plugins.rules }) });

  const base: LintContext = baseContext(options, config);
  if (options.complaint !== undefined && options.complaintFile !== undefined) throw new UsageError("use --complaint or --complaint-file, not both");
  if (options.complaintFile !== undefined) base.complaint = await readComplaintFile(options.complaintFile, io.cwd);
  else if (options.complaint !== undefined) base.complaint = options.complaint;
  if (options.part !== undefined) base.thread = parsePartFlag(options.part, (await lintLines()).parsePart);
  if (!batch && base.complaint !== undefined && !base.complaint.trim()) base.complaint = undefined;
  if (!batch && base.complaint && !base.playbookId) {
    // The playbook the complaint points to, once for every file (--record needs one); the
    // customer is read per file, where the reply's leading @mention is their handle.
    base.playbookId = (await complaints()).playbookForComplaint(base.complaint, catalog.playbooks, base.locale);
    if (base.playbookId) base.playbookRouted = true;
  }
  if (options.record) {
    if (batch) throw new UsageError("--record works on reply files, not on a batch");
    (await import("../lint-record.js")).checkRecordFlags(base, options, catalog, config.locale);
  } else {
    for (const flag of ["commit", "posted", "evidence"] as const) {
      if (options[flag] !== undefined) throw new UsageError(`--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --record`);
    }
  }
  if (batch) return runBatch({ linter, base, catalog, rules: rules.value, fallbackLocale: config.locale, ...(plugins && { plugins }) }, options, io);
  const linted: Array<{ text: string; result: LintResult }> = [];
  const code = await runFiles(linter, base, inputs, options, io, options.record ? linted : undefined, catalog, plugins?.rules, config.docsUrl);
  if (options.record && code !== EXIT.input) await (await import("../lint-record.js")).recordLintedReplies(linted, base, options, { config, catalog, io });
  return code;
}

/** The config's plug-ins, loaded (lint/plugins.ts); the first problem is the error. */
async function loadConfiguredPlugins(refs: PluginRef[]): Promise<{ refs: PluginRef[]; rules: ReadonlyMap<string, Rule> }> {
  const { loadPlugins } = await import("../../lint/plugins.js");
  const loaded = await loadPlugins(refs);
  if (!loaded.ok) throw loaded.errors[0]!;
  return { refs, rules: loaded.value.rules };
}

function baseContext(options: LintOptions, config: Config): LintContext {
  return {
    locale: options.locale,
    playbook: undefined,
    playbookId: options.playbook,
    customer: customerOf(options.customer, options.handle, options.title),
    agent: options.agent ?? config.agent?.name,
    agentInitials: options.agent ? undefined : config.agent?.initials,
    channel: options.channel ?? config.channel,
    now: options.now ?? new Date(),
  };
}

/** The complaint from --complaint-file: UTF-8 text; a missing or unreadable file is one line naming it and the flag. */
async function readComplaintFile(file: string, cwd: string): Promise<string> {
  const { readTextFile } = await import("../../yaml/read.js");
  const read = await readTextFile(resolvePath(cwd, file), MAX_COMPLAINT_BYTES);
  if (read.ok) return read.value;
  const error = read.errors[0]!;
  // Named as typed (not the resolved path), under the flag that named it.
  throw new InputError(error.message, { file, ...(error.line !== undefined && { line: error.line, column: error.column ?? 1 }), keyPath: "--complaint-file" });
}

function parsePartFlag(value: string, parsePart: (value: string) => { final: boolean } | string): { final: boolean } {
  const part = parsePart(value);
  if (typeof part === "string") throw new InputError(part, { keyPath: "--part" });
  return part;
}

function checkPlaybookId(catalog: Catalog, id: string): void {
  if (catalog.playbooks.some((p) => p.id === id)) return;
  const ids = [...new Set(catalog.playbooks.map((p) => p.id))].sort();
  throw new UsageError(`--playbook: no playbook "${id}"; playbooks: ${ids.join(", ")}`);
}

/** A bad rule setting, pinned to the config file that set `rules` (or to --rule). */
function locateRuleError(error: InputError, config: Config, flags: string[]): InputError {
  const id = error.keyPath?.replace(/^rules\./, "").replace(/\[.*$/, "");
  if (id && flags.some((f) => f.startsWith(`${id}=`))) return new UsageError(`--rule ${id}: ${error.message}`);
  const file = config.origins.rules && config.origins.rules !== "default" ? config.origins.rules : undefined;
  return new InputError(error.message, { ...(file && { file }), ...(error.keyPath && { keyPath: error.keyPath }) });
}

// ---------------------------------------------------------------------------- reply files

async function runFiles(linter: Linter, base: LintContext, inputs: string[], options: LintOptions, io: CliIO, linted: Array<{ text: string; result: LintResult }> | undefined, catalog: Catalog, pluginRules?: ReadonlyMap<string, Rule>, docsUrl?: string): Promise<number> {
  const reports: FileReport[] = [];
  let inputErrors = 0;
  let fixedText: string | undefined;
  const withComplaint = base.complaint ? (await complaints()).withComplaint : undefined;
  for (const input of inputs) {
    const name = input === "-" ? STDIN : input;
    let text: string;
    try {
      text = input === "-" ? await readReplyStream(io.stdin, STDIN) : await readReply(input, io.cwd);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`replybook: ${error.format()}\n`);
      inputErrors++;
      continue;
    }
    // A complaint's guessed customer takes the reply's leading @mention as their handle (X).
    const context = withComplaint && !base.customer ? withComplaint({ ...base, customer: undefined }, base.complaint, text, catalog.playbooks) : base;
    if (options.fix) {
      const fixed = lintAndFix(linter, text, context);
      linted?.push({ text: fixed.output, result: fixed.result });
      reports.push(toFileReport(name, fixed.output, fixed.result, { quiet: options.quiet ?? false, output: fixed.output }));
      if (options.write) {
        if (fixed.output !== text) await fsPromises().writeFile(resolvePath(io.cwd, input), fixed.output);
      } else {
        fixedText = fixed.output;
      }
    } else {
      const result = linter.lint(text, context);
      linted?.push({ text, result });
      reports.push(toFileReport(name, text, result, { quiet: options.quiet ?? false }));
    }
  }

  const format = (options.format as FormatName | undefined) ?? (io.stdout.isTTY ? "stylish" : "compact");
  const report = await render(reports, format, io, fixedText !== undefined ? "stderr" : "stdout", pluginRules, docsUrl);
  if (fixedText !== undefined) {
    // The fixed reply is the output; the findings left go to stderr.
    io.stdout.write(fixedText);
    if (report) io.stderr.write(report);
  } else if (report) {
    io.stdout.write(report);
  }
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  if (inputErrors) return EXIT.input;
  if (errors) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`replybook: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

async function render(reports: FileReport[], format: FormatName, io: CliIO, stream: "stdout" | "stderr", pluginRules?: ReadonlyMap<string, Rule>, docsUrl?: string): Promise<string> {
  /** Built-in and plug-in rules' metadata, for the formats that describe the rules. */
  const allRules = async (): Promise<ReadonlyMap<string, Rule>> => {
    const { RULES } = await import("../../lint/rules/index.js");
    return pluginRules?.size ? new Map<string, Rule>([...RULES, ...pluginRules]) : RULES;
  };
  switch (format) {
    case "json":
      return formatJson(reports);
    case "compact":
      return formatCompact(reports);
    case "github":
      await writeGithubSummary(reports, io, allRules, docsUrl);
      return formatGithub(reports);
    case "sarif": {
      const [{ formatSarif }, rules, { packageVersion }] = await Promise.all([import("../../lint/format-sarif.js"), allRules(), import("../../core/root.js")]);
      return formatSarif(reports, { rules, version: await packageVersion(), cwd: io.cwd, ...(docsUrl && { docsUrl }) });
    }
    case "checkstyle":
      return (await import("../../lint/format-xml.js")).formatCheckstyle(reports);
    case "junit":
      return (await import("../../lint/format-xml.js")).formatJunit(reports);
    default:
      return formatStylish(reports, await painter(io, stream), io[stream].columns ?? 100);
  }
}

/**
 * In a GitHub Actions step with more findings than GitHub annotates, the whole list goes to the
 * job summary too (appended: other steps write there as well).
 */
async function writeGithubSummary(reports: FileReport[], io: CliIO, allRules: () => Promise<ReadonlyMap<string, Rule>>, docsUrl: string | undefined): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  const total = reports.reduce((n, r) => n + r.messages.length, 0);
  if (!file || total <= GITHUB_ANNOTATION_LIMIT) return;
  const [RULES, { docsBase, ruleDocsUrl }] = await Promise.all([allRules(), import("../../lint/docs-links.js")]);
  const base = docsBase(docsUrl ? { docsUrl } : undefined);
  const docs = (id: string) => {
    const rule = RULES.get(id);
    return rule && ruleDocsUrl(rule, base);
  };
  try {
    await fsPromises().appendFile(file, formatGithubSummary(reports, docs));
  } catch (error) {
    throw new InputError(`cannot write the job summary: ${(error as Error).message}`, { file });
  }
}

/** chalk, loaded only when colours are wanted. */
async function painter(io: CliIO, stream: "stdout" | "stderr"): Promise<Painter> {
  if (!wantsColor(io, stream)) return NO_COLOR;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return {
    error: (s) => c.red(s),
    warning: (s) => c.yellow(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    underline: (s) => c.underline(s),
    mark: (s, severity) => (severity === 2 ? c.red.bold.underline(s) : c.yellow.bold.underline(s)),
    suggestion: (s) => c.green(s),
  };
}

// ---------------------------------------------------------------------------------- batch

interface BatchContext {
  linter: Linter;
  base: LintContext;
  catalog: Catalog;
  rules: Record<string, RuleSetting>;
  fallbackLocale: string;
  plugins?: { refs: PluginRef[]; rules: ReadonlyMap<string, Rule> };
}

/** --jsonl and --csv: the batch core (loaded only for a batch) yields events; this prints them. */
async function runBatch(batch: BatchContext, options: LintOptions, io: CliIO): Promise<number> {
  const [{ lintBatch, OutputBuffer }, { Progress }] = await Promise.all([import("../../lint/batch/index.js"), import("../progress.js")]);
  const source = (options.jsonl ?? options.csv)!;
  const name = source === "-" ? STDIN : source;
  const csv = options.csv !== undefined;
  const columns = {
    text: options.textColumn,
    id: options.idColumn,
    playbook: options.playbookColumn,
    customer: options.customerColumn,
    handle: options.handleColumn,
    agent: options.agentColumn,
    locale: options.localeColumn,
    channel: options.channelColumn,
    complaint: options.complaintColumn,
    part: options.partColumn,
  };
  // Ctrl-C, a kill or a closed terminal: stop reading, keep whole output lines, say so, exit 2.
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const out = new OutputBuffer(io.stdout);
  let progress: InstanceType<typeof Progress> | undefined;
  let progressChecked = false;
  const started = Date.now();
  let summary: import("../../lint/batch/index.js").BatchSummary | undefined;
  try {
    const events = lintBatch(source === "-" ? io.stdin : source, {
      ...batch,
      fix: options.fix ?? false,
      quiet: options.quiet ?? false,
      input: csv ? { columns } : "jsonl",
      ...(options.workers !== undefined && { workers: options.workers }),
      cwd: io.cwd,
      signal: controller.signal,
    });
    for await (const event of events) {
      if (event.type === "output") {
        const wait = out.push(event.data, event.release);
        if (wait) await wait;
      } else if (event.type === "refusal") {
        progress?.clear();
        io.stderr.write(`replybook: ${formatLocated(event.refusal.message, { file: name, line: event.refusal.line, column: event.refusal.column, ...(event.refusal.key && { keyPath: event.refusal.key }) })}\n`);
      } else if (event.type === "progress") {
        if (!progressChecked) {
          progressChecked = true;
          const total = event.totalBytes;
          if (options.progress && io.stderr.isTTY && (total === undefined || total >= PROGRESS_MIN_BYTES)) progress = new Progress(io, total);
        }
        progress?.tick(event.read, event.bytes);
      } else {
        summary = event.summary;
      }
    }
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    progress?.clear();
    await out.flush();
  }
  return printSummary(summary!, started, options, io);
}

function printSummary(summary: import("../../lint/batch/index.js").BatchSummary, started: number, options: LintOptions, io: CliIO): number {
  const { read, refused } = summary;
  const { linted = 0, errors = 0, warnings = 0 } = summary.counts;
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? `, ${Math.round(linted / seconds).toLocaleString("en")} replies/s` : "";
  if (summary.interrupted) {
    io.stderr.write(`replybook: interrupted after ${read.toLocaleString("en")} lines; the output holds the ${linted.toLocaleString("en")} complete results\n`);
    return EXIT.input;
  }
  io.stderr.write(
    `replybook: ${read.toLocaleString("en")} read, ${linted.toLocaleString("en")} linted, ${refused.toLocaleString("en")} refused; ` +
      `${errors.toLocaleString("en")} errors, ${warnings.toLocaleString("en")} warnings (${seconds.toFixed(1)} s${rate})\n`,
  );
  if (refused) return EXIT.input;
  if (errors) return EXIT.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`replybook: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
