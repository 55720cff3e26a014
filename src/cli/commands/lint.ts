/**
 * `replybook lint [files...]`: check finished replies against the phrase lists and the
 * playbook. One reply per file (`-` or nothing: stdin), or a batch: `--jsonl` (one JSON
 * object per line in, one per line out) and `--csv` (a spreadsheet exported by a social tool).
 *
 * Exit codes: 0 no error-level finding, 1 error-level findings (or more warnings than
 * --max-warnings), 2 usage, configuration or input error (and an interrupted batch).
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import type { Worker } from "node:worker_threads";
import { InvalidArgumentError, Option, type Command } from "commander";
import { compiledPatterns } from "../../catalog/cache.js";
import type { Catalog } from "../../catalog/load.js";
import type { Config, RuleSetting } from "../../config/types.js";
import { InputError, UsageError, formatLocated } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import type { BatchOptions, Refusal } from "../../lint/batch.js";
import type { BlockReply, BlockRequest, WorkerSetup } from "../../lint/batch-worker.js";
import { createLinter } from "../../lint/engine.js";
import { lintAndFix } from "../../lint/fix.js";
import { FORMATS, NO_COLOR, formatCompact, formatGithub, formatJson, formatStylish, toFileReport, toMessages, type FileReport, type FormatName, type Painter } from "../../lint/format.js";
import { LOCALES } from "../../lint/locale.js";
import { customerOf } from "../../lint/names.js";
import { applyRuleFlags, resolveRuleSettings } from "../../lint/settings.js";
import { MAX_REPLY_BYTES, type LintContext, type LintResult, type Linter } from "../../lint/types.js";
import type { CommandContext } from "../context.js";
import { wantsColor, type CliIO } from "../io.js";
import { PACKAGE_ROOT } from "../../core/root.js";

const STDIN = "<stdin>";
/** node:fs/promises on first use: loading it costs a one-reply lint about a millisecond. */
const fsPromises = () => process.getBuiltinModule("node:fs/promises");
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
  complaintFile?: string;
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
    .addOption(new Option("-f, --format <name>", "stylish (default on a terminal), json (ESLint-compatible), compact (default otherwise), github").choices([...FORMATS]))
    .option("--jsonl <file|->", "batch: one JSON object per line { id, text, playbook?, customer?, agent?, locale?, channel? }; writes one result per line")
    .option("--csv <file|->", "batch: a CSV file with a header row; writes one JSON result per row")
    .option("--text-column <name>", "CSV column with the reply", "text")
    .option("--id-column <name>", "CSV column with an id (default: the row number)")
    .option("--playbook-column <name>", "CSV column with a playbook id")
    .option("--customer-column <name>", "CSV column with the customer's name")
    .option("--handle-column <name>", "CSV column with the customer's handle")
    .option("--agent-column <name>", "CSV column with the agent's name")
    .option("--locale-column <name>", "CSV column with the locale")
    .option("--channel-column <name>", "CSV column with the channel")
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
    .option("--no-progress", "no progress bar on stderr in batch mode")
    .option("--record", "record each reply in the case log (needs --playbook, --customer or --handle, and an agent)")
    .option("--commit <id=within>", "with --record: a promise the reply makes, e.g. callback=24h (repeatable)", collect)
    .option("--posted <when>", "with --record: when the complaint was posted (\"3h ago\" or an ISO time)")
    .option("--complaint-file <file>", "with --record: the complaint the reply answers")
    .option("--evidence <path|url>", "with --record: a screenshot of the post (P11)")
    .option("--workers <n>", "batch: threads that lint a --jsonl input (default: 2 on a multi-core machine for an input over 4 MB or on stdin, else 1)", parseCount)
    .addHelpText(
      "after",
      `
Examples:
  $ replybook lint reply.txt --playbook parcel-damaged --customer "Laura Bianchi" --agent Dario
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
  const checked = resolveRuleSettings(rules.value, catalog.phrases);
  if (checked.errors.length) throw locateRuleError(checked.errors[0]!, config, options.rule ?? []);
  if (options.playbook !== undefined) checkPlaybookId(catalog, options.playbook);
  const compiled = compiledPatterns(catalog);
  const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: rules.value, fallbackLocale: config.locale, ...compiled });

  const base: LintContext = baseContext(options, config);
  if (options.record) {
    if (batch) throw new UsageError("--record works on reply files, not on a batch");
    (await import("../lint-record.js")).checkRecordFlags(base, options, catalog);
  } else {
    for (const flag of ["commit", "posted", "complaintFile", "evidence"] as const) {
      if (options[flag] !== undefined) throw new UsageError(`--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --record`);
    }
  }
  if (batch) {
    const batchOptions: BatchOptions = { base, playbookIds: new Set(catalog.playbooks.map((p) => p.id)), fix: options.fix ?? false, quiet: options.quiet ?? false };
    return runBatch({ linter, options: batchOptions, catalog, rules: rules.value, fallbackLocale: config.locale }, options, io);
  }
  const linted: Array<{ text: string; result: LintResult }> = [];
  const code = await runFiles(linter, base, inputs, options, io, options.record ? linted : undefined);
  if (options.record && code !== EXIT.input) await (await import("../lint-record.js")).recordLintedReplies(linted, base, options, { config, catalog, io });
  return code;
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

async function runFiles(linter: Linter, base: LintContext, inputs: string[], options: LintOptions, io: CliIO, linted?: Array<{ text: string; result: LintResult }>): Promise<number> {
  const reports: FileReport[] = [];
  let inputErrors = 0;
  let fixedText: string | undefined;
  for (const input of inputs) {
    const name = input === "-" ? STDIN : input;
    let text: string;
    try {
      text = input === "-" ? await readStdin(io.stdin) : await readReply(input, io.cwd);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`replybook: ${error.format()}\n`);
      inputErrors++;
      continue;
    }
    if (options.fix) {
      const fixed = lintAndFix(linter, text, base);
      linted?.push({ text: fixed.output, result: fixed.result });
      reports.push(toFileReport(name, fixed.output, fixed.result, { quiet: options.quiet ?? false, output: fixed.output }));
      if (options.write) {
        if (fixed.output !== text) await fsPromises().writeFile(resolvePath(io.cwd, input), fixed.output);
      } else {
        fixedText = fixed.output;
      }
    } else {
      const result = linter.lint(text, base);
      linted?.push({ text, result });
      reports.push(toFileReport(name, text, result, { quiet: options.quiet ?? false }));
    }
  }

  const format = (options.format as FormatName | undefined) ?? (io.stdout.isTTY ? "stylish" : "compact");
  const report = await render(reports, format, io, fixedText !== undefined ? "stderr" : "stdout");
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

async function render(reports: FileReport[], format: FormatName, io: CliIO, stream: "stdout" | "stderr"): Promise<string> {
  switch (format) {
    case "json":
      return formatJson(reports);
    case "compact":
      return formatCompact(reports);
    case "github":
      return formatGithub(reports);
    default:
      return formatStylish(reports, await painter(io, stream), io[stream].columns ?? 100);
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

function resolvePath(cwd: string, file: string): string {
  return file.startsWith("/") ? file : `${cwd.replace(/\/$/, "")}/${file}`;
}

/** One reply from a file: UTF-8 text, at most 10 MB; binary and non-UTF-8 files are refused with a position. */
async function readReply(file: string, cwd: string): Promise<string> {
  const path = resolvePath(cwd, file);
  let bytes: Buffer;
  try {
    // Synchronous on purpose: a reply is small, and the first asynchronous read would start
    // libuv's thread pool, a millisecond or two of a one-reply lint.
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError("is a folder, expected a reply file", { file });
    if (info.size > MAX_REPLY_BYTES) throw new InputError(`file is too large (${info.size} bytes; a reply may be at most ${MAX_REPLY_BYTES} bytes)`, { file, line: 1, column: 1 });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const { describeFsError } = await import("../../yaml/read.js");
    throw new InputError(describeFsError(error), { file });
  }
  return decodeReply(bytes, file);
}

/** The fast path checks bytes natively; only a refused file pays for the positioned message. */
async function decodeReply(bytes: Buffer, file: string): Promise<string> {
  if (bytes.indexOf(0) === -1 && isUtf8(bytes)) {
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const { decodeText } = await import("../../yaml/read.js");
  const decoded = decodeText(bytes, file);
  if (decoded.ok) return decoded.value;
  throw decoded.errors[0]!;
}

async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_REPLY_BYTES) {
      stdin.destroy();
      throw new InputError(`input is too large (more than ${MAX_REPLY_BYTES} bytes; a reply may be at most that)`, { file: STDIN, line: 1, column: 1 });
    }
    chunks.push(buf);
  }
  return decodeReply(Buffer.concat(chunks), STDIN);
}

// ---------------------------------------------------------------------------------- batch

/** Input is cut into blocks of whole lines this big, linted in this thread or in workers. */
const BLOCK_BYTES = 128 * 1024;

interface BatchState {
  read: number;
  linted: number;
  refused: number;
  errors: number;
  warnings: number;
}

interface BatchContext {
  linter: Linter;
  options: BatchOptions;
  catalog: Catalog;
  rules: Record<string, RuleSetting>;
  fallbackLocale: string;
}

/** The batch code, loaded only for --jsonl and --csv: a one-reply run does not pay for it. */
let B: typeof import("../../lint/batch.js");

async function runBatch(batch: BatchContext, options: LintOptions, io: CliIO): Promise<number> {
  B = await import("../../lint/batch.js");
  const source = (options.jsonl ?? options.csv)!;
  const name = source === "-" ? STDIN : source;
  // stdin and CSV files as streams; a JSONL file read into one reused buffer (fileChunks).
  let input: Readable | undefined;
  let file: FileHandle | undefined;
  let total: number | undefined;
  if (source === "-") {
    input = io.stdin;
  } else {
    const path = resolvePath(io.cwd, source);
    try {
      const info = await fsPromises().stat(path);
      if (info.isDirectory()) throw new InputError("is a folder, expected a file", { file: source });
      total = info.size;
      if (options.jsonl !== undefined) file = await fsPromises().open(path, "r");
    } catch (error) {
      if (error instanceof InputError) throw error;
      const { describeFsError } = await import("../../yaml/read.js");
      throw new InputError(describeFsError(error), { file: source });
    }
    if (!file) input = createReadStream(path, { highWaterMark: 256 * 1024 });
  }

  const state: BatchState = { read: 0, linted: 0, refused: 0, errors: 0, warnings: 0 };
  const out = new OutputBuffer(io.stdout);
  const progress = options.progress && io.stderr.isTTY && (total === undefined || total >= PROGRESS_MIN_BYTES) ? new Progress(io, total) : undefined;
  const refuse = (r: Refusal) => {
    state.refused++;
    progress?.clear();
    io.stderr.write(`replybook: ${formatLocated(r.message, { file: name, line: r.line, column: r.column })}\n`);
  };

  // Ctrl-C, a kill or a closed terminal: stop reading, keep whole output lines, say so, exit 2.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    input?.destroy();
  };
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const started = Date.now();
  const threads = options.jsonl !== undefined ? threadCount(options.workers, total) : 1;
  let pool: WorkerPool | undefined;
  let heldBytes = 0;
  try {
    if (options.csv !== undefined) {
      await readCsv(input!, name, options, batch, state, refuse, out, progress, () => interrupted);
    } else {
      // N threads lint in N workers; this thread only reads, hands out blocks and writes, so its
      // heap stays small. An input of unknown size (stdin) is held until it proves large (workers)
      // or ends first (linted here: starting workers would cost more than they save).
      let decided = threads === 1 || total !== undefined || options.workers !== undefined;
      pool = decided && threads > 1 ? WorkerPool.start(threads, batch, options) : undefined;
      const held: Block[] = [];
      const encoder = new B.BlockEncoder();
      const ordered = new OrderedResults((r) => {
        state.read += r.read;
        state.linted += r.linted;
        state.errors += r.errors;
        state.warnings += r.warnings;
        for (const refusal of r.refusals) refuse(refusal);
        progress?.tick(state.read, r.bytes);
        return out.push(r.out, r.written);
      });
      const lintBlock = async (block: Block) => {
        if (block.tooLong !== undefined) {
          ordered.add(block.seq, { out: EMPTY, refusals: [{ line: block.tooLong, column: 1, message: `line is too long (more than ${B.MAX_LINE_BYTES} bytes); a reply may be at most ${MAX_REPLY_BYTES} bytes` }], read: 1, linted: 0, errors: 0, warnings: 0, bytes: 0 });
        } else if (pool) {
          // A few blocks in flight per worker, no more: memory stays flat whatever the input.
          await pool.room();
          // A failed block fails the pool; the loop sees it at room() or idle().
          pool.run(block).then((r) => ordered.add(block.seq, r), () => undefined);
        } else {
          // Lines go straight to UTF-8 (BlockEncoder): no joined strings, no garbage to speak of.
          const r = B.lintBlock(batch.linter, block.bytes, block.firstLine, batch.options, encoder.sink);
          ordered.add(block.seq, { out: encoder.take(), refusals: r.refusals, read: r.read, linted: r.linted, errors: r.errors, warnings: r.warnings, bytes: block.bytes.length });
        }
        await ordered.drained();
      };
      await readBlocks(file ? fileChunks(file) : input!, () => interrupted, async (block) => {
        if (decided) return lintBlock(block);
        // A block's bytes are only lent (readBlocks reuses its buffer): keep a copy.
        held.push({ ...block, bytes: Buffer.from(block.bytes) });
        heldBytes += block.bytes.length;
        if (heldBytes < PARALLEL_MIN_BYTES) return;
        decided = true;
        pool = WorkerPool.start(threads, batch, options);
        for (const b of held.splice(0)) await lintBlock(b);
      });
      for (const b of held.splice(0)) if (!interrupted) await lintBlock(b);
      if (pool) await pool.idle();
      await ordered.drained();
    }
  } catch (error) {
    if (!interrupted) throw error;
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    await pool?.close();
    await file?.close();
    progress?.clear();
    await out.flush();
  }

  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? `, ${Math.round(state.linted / seconds).toLocaleString("en")} replies/s` : "";
  if (interrupted) {
    io.stderr.write(`replybook: interrupted after ${state.read.toLocaleString("en")} lines; the output holds the ${state.linted.toLocaleString("en")} complete results\n`);
    return EXIT.input;
  }
  io.stderr.write(
    `replybook: ${state.read.toLocaleString("en")} read, ${state.linted.toLocaleString("en")} linted, ${state.refused.toLocaleString("en")} refused; ` +
      `${state.errors.toLocaleString("en")} errors, ${state.warnings.toLocaleString("en")} warnings (${seconds.toFixed(1)} s${rate})\n`,
  );
  if (state.refused) return EXIT.input;
  if (state.errors) return EXIT.findings;
  if (options.maxWarnings !== undefined && state.warnings > options.maxWarnings) {
    io.stderr.write(`replybook: ${state.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** Below this, a batch is linted in this thread: starting workers would cost more than it saves. */
const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
/**
 * Threads that lint a --jsonl batch: --workers, else two on a machine with two cores or more
 * for an input over PARALLEL_MIN_BYTES (or of unknown size: stdin), else one. Two by default,
 * not one per core: each thread is a V8 heap with its own matchers (~45 MB), and the batch's
 * peak memory must stay within 200 MB on any machine.
 */
export function threadCount(flag: number | undefined, inputBytes: number | undefined, cores = availableParallelism()): number {
  if (flag !== undefined) return Math.max(1, flag);
  if (cores < 2 || (inputBytes !== undefined && inputBytes < PARALLEL_MIN_BYTES)) return 1;
  return 2;
}

interface Block {
  seq: number;
  bytes: Buffer;
  firstLine: number;
  /** A line too long to keep: its number (bytes is empty). */
  tooLong?: number;
}

/**
 * A file's bytes, read into one buffer used again for every chunk: a stream allocates a new one
 * per chunk, garbage that piles up outside the heap of a thread that otherwise allocates little.
 * A chunk is valid until the next is asked for.
 */
async function* fileChunks(file: FileHandle, size = 256 * 1024): AsyncGenerator<Buffer> {
  const buf = Buffer.allocUnsafeSlow(size);
  for (;;) {
    const { bytesRead } = await file.read(buf, 0, size, null);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
  }
}

/**
 * Cuts chunks into blocks of whole lines without readline, gathered in one buffer used again
 * for every block (a block is valid until onBlock's promise settles; chunks may be reused as
 * soon as the next is read). A partial line waits for the next chunk, and a line longer than
 * MAX_LINE_BYTES is reported and skipped instead of held in memory, so memory stays flat
 * whatever the input.
 */
async function readBlocks(input: AsyncIterable<Buffer | string>, stop: () => boolean, onBlock: (block: Block) => Promise<void>): Promise<void> {
  let seq = 0;
  let line = 1;
  let acc = Buffer.allocUnsafeSlow(2 * BLOCK_BYTES);
  let used = 0;
  /** Where the last newline in acc is, -1 when none: only an open line is left. */
  let lastNewline = -1;
  let skipping = false;
  /** Hands on the whole lines gathered (all of them at the end of the input). */
  const flush = async (all: boolean) => {
    const end = all ? used : lastNewline + 1;
    lastNewline = -1;
    if (end === 0) return;
    const bytes = acc.subarray(0, end);
    const firstLine = line;
    line += countLines(bytes);
    await onBlock({ seq: seq++, bytes, firstLine });
    acc.copyWithin(0, end, used);
    used -= end;
    // A long line made the buffer big: give the memory back once it is handed on.
    if (acc.length > 8 * BLOCK_BYTES && used < 2 * BLOCK_BYTES) {
      const smaller = Buffer.allocUnsafeSlow(2 * BLOCK_BYTES);
      acc.copy(smaller, 0, 0, used);
      acc = smaller;
    }
  };
  for await (const chunk of input) {
    if (stop()) return;
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (skipping) {
      const nl = buf.indexOf(10);
      if (nl === -1) continue;
      skipping = false;
      line++;
      buf = buf.subarray(nl + 1);
    }
    if (used + buf.length > acc.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(acc.length * 2, used + buf.length));
      acc.copy(bigger, 0, 0, used);
      acc = bigger;
    }
    const nl = buf.lastIndexOf(10);
    if (nl !== -1) lastNewline = used + nl;
    buf.copy(acc, used);
    used += buf.length;
    if (used > B.MAX_LINE_BYTES && lastNewline === -1) {
      // One line, still open, already too long: report it and drop the rest of it.
      await onBlock({ seq: seq++, bytes: EMPTY_BUFFER, firstLine: line, tooLong: line });
      used = 0;
      skipping = true;
      continue;
    }
    if (used >= BLOCK_BYTES && lastNewline !== -1) await flush(false);
    if (stop()) return;
  }
  if (!stop() && used) await flush(true);
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

const EMPTY = new Uint8Array(0);
const EMPTY_BUFFER = Buffer.alloc(0);

interface OrderedResult {
  /** The block's output, in UTF-8 (from a worker; empty when written as it went). */
  out: Uint8Array;
  refusals: Refusal[];
  read: number;
  linted: number;
  errors: number;
  warnings: number;
  bytes: number;
  /** Called once `out` is written: its memory goes back to the worker that filled it. */
  written?: () => void;
}

/** Results of blocks, handed on in input order whatever order they finish in. */
class OrderedResults {
  private readonly waiting = new Map<number, OrderedResult>();
  private next = 0;
  private writing: Promise<void> = Promise.resolve();
  constructor(private readonly handle: (r: OrderedResult) => Promise<void> | undefined) {}

  add(seq: number, result: OrderedResult): void {
    this.waiting.set(seq, result);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      const wait = this.handle(r);
      if (wait) this.writing = this.writing.then(() => wait);
    }
  }

  /** Resolves when what was handed on has been written (stdout may be a slow pipe). */
  drained(): Promise<void> {
    return this.writing;
  }
}

/** Worker threads, each with its own linter; blocks go to the least busy one. */
class WorkerPool {
  private static readonly IN_FLIGHT = 2;
  /**
   * Memory handed back and forth instead of allocated per block: input copies come back with
   * the result, output buffers go back once written. Garbage ArrayBuffers would otherwise pile
   * up outside the small heap of this thread (it allocates little, so it rarely collects).
   */
  private readonly spareInputs: ArrayBuffer[] = [];
  /** Set by close(): written buffers are no longer sent back to terminated workers. */
  private closed = false;
  private readonly busy: number[];
  private readonly pending = new Map<number, { resolve: (reply: BlockReply) => void; reject: (error: Error) => void }>();
  private freed: Array<() => void> = [];
  /** A worker that died (a bug, or out of memory): the run stops with it. */
  failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {
    this.busy = workers.map(() => 0);
    workers.forEach((worker, i) => {
      worker.on("message", (reply: BlockReply) => {
        this.busy[i]!--;
        if (this.spareInputs.length < WorkerPool.IN_FLIGHT * this.workers.length) this.spareInputs.push(reply.input.buffer as ArrayBuffer);
        this.pending.get(reply.seq)?.resolve(reply);
        this.pending.delete(reply.seq);
        this.wake();
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 && this.pending.size) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
    });
  }

  static start(count: number, batch: BatchContext, options: LintOptions): WorkerPool {
    const setup: WorkerSetup = {
      phrases: batch.catalog.phrases,
      playbooks: batch.catalog.playbooks,
      rules: batch.rules,
      fallbackLocale: batch.fallbackLocale,
      prefilter: compiledPatterns(batch.catalog)?.prefilter,
      expanded: compiledPatterns(batch.catalog)?.expanded.entirely(),
      base: batch.options.base,
      playbookIds: [...batch.options.playbookIds],
      fix: options.fix ?? false,
      quiet: options.quiet ?? false,
    };
    // Loaded on first use, without import(): the bundled CLI runs as a script (src/cli/launch.cts).
    const { Worker } = process.getBuiltinModule("node:worker_threads");
    // A worker is a separate module graph: it loads tsc's output by path (see src/core/root.ts).
    const url = new URL("dist/lint/batch-worker.js", PACKAGE_ROOT);
    // A small young generation keeps each worker's heap, and the process's memory, small.
    const limits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 };
    return new WorkerPool(Array.from({ length: count }, () => new Worker(url, { workerData: setup, resourceLimits: limits })));
  }

  /** Resolves when a worker can take one more block; rejects when a worker died. */
  async room(): Promise<void> {
    while (!this.failure && Math.min(...this.busy) >= WorkerPool.IN_FLIGHT) await new Promise<void>((resolve) => this.freed.push(resolve));
    if (this.failure) throw this.failure;
  }

  run(block: Block): Promise<OrderedResult> {
    let i = 0;
    for (let k = 1; k < this.busy.length; k++) if (this.busy[k]! < this.busy[i]!) i = k;
    this.busy[i]!++;
    const length = block.bytes.length;
    let spare = this.spareInputs.pop();
    if (!spare || spare.byteLength < length) spare = new ArrayBuffer(Math.max(length, 2 * BLOCK_BYTES));
    const bytes = new Uint8Array(spare, 0, length);
    bytes.set(block.bytes);
    const request: BlockRequest = { seq: block.seq, bytes, firstLine: block.firstLine };
    const worker = this.workers[i]!;
    const written = (out: Uint8Array) => () => {
      if (!this.closed) worker.postMessage({ spare: out.buffer }, [out.buffer as ArrayBuffer]);
    };
    return new Promise((resolve, reject) => {
      this.pending.set(block.seq, { resolve: (reply) => resolve({ ...reply, bytes: length, written: written(reply.out) }), reject });
      worker.postMessage(request, [spare]);
    });
  }

  /** Resolves when every block sent has come back; rejects when a worker died. */
  async idle(): Promise<void> {
    while (this.pending.size && !this.failure) await new Promise<void>((resolve) => this.freed.push(resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.wake();
  }

  private wake(): void {
    const waiters = this.freed;
    this.freed = [];
    for (const w of waiters) w();
  }
}

async function readCsv(
  input: Readable,
  name: string,
  options: LintOptions,
  batch: BatchContext,
  state: BatchState,
  refuse: (r: Refusal) => void,
  out: OutputBuffer,
  progress: Progress | undefined,
  stop: () => boolean,
): Promise<void> {
  const { parse } = await import("csv-parse");
  const columns = {
    text: options.textColumn,
    id: options.idColumn,
    playbook: options.playbookColumn,
    customer: options.customerColumn,
    handle: options.handleColumn,
    agent: options.agentColumn,
    locale: options.localeColumn,
    channel: options.channelColumn,
  };
  let headerError: InputError | undefined;
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const missing = Object.entries(columns)
        .filter(([, col]) => col !== undefined && !header.includes(col))
        .map(([key, col]) => `--${key}-column "${col}"`);
      if (missing.length) {
        headerError = new InputError(`no such column: ${missing.join(", ")} (columns: ${header.join(", ")})`, { file: name, line: 1, column: 1 });
        throw headerError;
      }
      return header;
    },
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: B.MAX_LINE_BYTES,
    info: true,
    on_skip: (error) => {
      state.read++;
      const lines = typeof error?.lines === "number" ? error.lines : state.read + 1;
      refuse({ line: lines, column: 1, message: `malformed CSV: ${error?.message ?? "unreadable record"}` });
      return undefined;
    },
  });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let row = 0;
  const totals = B.emptyBlock();
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number } }>) {
      if (stop()) break;
      row++;
      state.read++;
      progress?.tick(state.read, 0, entry.info.bytes);
      const r = entry.record;
      const record: Record<string, unknown> = { text: r[columns.text], id: columns.id ? r[columns.id] || row : row };
      for (const key of ["playbook", "customer", "handle", "agent", "locale", "channel"] as const) {
        const col = columns[key];
        if (col && r[col]) record[key] = r[col];
      }
      const item = B.itemFrom(record, batch.options);
      if (typeof item === "string") {
        refuse({ line: entry.info.lines, column: 1, message: item });
        continue;
      }
      const before = { linted: totals.linted, errors: totals.errors, warnings: totals.warnings };
      const line = B.lintItem(batch.linter, item, batch.options, totals);
      state.linted += totals.linted - before.linted;
      state.errors += totals.errors - before.errors;
      state.warnings += totals.warnings - before.warnings;
      const wait = out.push(line);
      if (wait) await wait;
    }
  } catch (error) {
    if (headerError) throw headerError;
    if (stop()) return;
    const e = error as Error & { lines?: number; code?: string };
    if (e.code?.startsWith("CSV_")) {
      refuse({ line: e.lines ?? row + 1, column: 1, message: `malformed CSV: ${e.message}` });
      return;
    }
    throw error;
  }
}

/** Whole output lines, written in large chunks; waits for the reader when stdout is full. */
class OutputBuffer {
  private chunks: string[] = [];
  private size = 0;
  private closed = false;
  constructor(private readonly stream: CliIO["stdout"]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      // A reader that went away (| head) ends the output, not the run with a stack trace.
      if (error.code === "EPIPE") this.closed = true;
    });
  }

  push(data: string | Uint8Array, written?: () => void): Promise<void> | undefined {
    if (this.closed || data.length === 0) return undefined;
    if (typeof data !== "string") {
      // A worker's block, already encoded: written as it is.
      const wait = this.write();
      return this.send(data, written) ?? wait;
    }
    this.chunks.push(data);
    this.size += data.length;
    // Joined strings stay under V8's large-object size, so they die young.
    if (this.size < 1 << 15) return undefined;
    return this.write();
  }

  private write(): Promise<void> | undefined {
    const chunks = this.chunks;
    this.chunks = [];
    this.size = 0;
    if (chunks.length === 0 || this.closed) return undefined;
    return this.send(chunks.join(""));
  }

  private send(data: string | Uint8Array, written?: () => void): Promise<void> | undefined {
    if (this.closed) return undefined;
    if (this.stream.write(data, written && (() => written()))) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.removeListener("drain", done);
        this.stream.removeListener("close", done);
        resolve();
      };
      this.stream.once("drain", done);
      this.stream.once("close", done);
    });
  }

  async flush(): Promise<void> {
    await this.write();
  }
}

/** A progress bar on stderr (only on a terminal, for a large input), redrawn at most four times a second. */
class Progress {
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  constructor(
    private readonly io: CliIO,
    private readonly total: number | undefined,
  ) {}

  tick(count: number, bytes: number, absoluteBytes?: number): void {
    this.bytes = absoluteBytes ?? this.bytes + bytes;
    // Input of unknown size (stdin) shows a counter once it is clearly a big one.
    if (this.total === undefined && count < 10_000) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const rate = Math.round(count / Math.max(0.001, (now - this.started) / 1000));
    const width = 24;
    let bar = "";
    if (this.total) {
      const share = Math.min(1, this.bytes / this.total);
      const full = Math.round(share * width);
      bar = `${"█".repeat(full)}${"░".repeat(width - full)} ${(share * 100).toFixed(0).padStart(3)}%  `;
    }
    this.io.stderr.write(`\r${bar}${count.toLocaleString("en")} replies  ${rate.toLocaleString("en")}/s\u001b[K`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.io.stderr.write("\r\u001b[K");
    this.drawn = false;
  }
}
