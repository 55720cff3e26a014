/**
 * `replybook drill`: training drills (P16). The interactive drill, `drill grade` (no prompts,
 * for scripts and trainers) and `drill report` (per-trainee and per-rule summaries, an HTML
 * page with charts). The core is src/drill/; this module parses options, loads, prints.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Catalog } from "../../catalog/load.js";
import type { Config } from "../../config/types.js";
import { InputError, UsageError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import type { Linter } from "../../lint/types.js";
import type { Scenario } from "../../drill/types.js";
import type { CommandContext } from "../context.js";
import { printLine } from "../print.js";

interface DrillOptions {
  playbook?: string;
  scenario?: string[];
  drill?: string;
  random?: string;
  seed?: string;
  trainee?: string;
  hints?: boolean;
  locale?: string;
  crisis?: boolean;
  count?: string;
  results?: string;
  record: boolean;
  plain?: boolean;
}

interface GradeOptions {
  playbook?: string;
  scenario?: string | string[];
  drill?: string;
  reply?: string;
  trainee?: string;
  chosenPlaybook?: string;
  checklist?: string;
  seconds?: string;
  now?: string;
  locale?: string;
  json?: boolean;
  results?: string;
  record: boolean;
}

interface ReportOptions {
  format: string;
  html?: string;
  title?: string;
  locale?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function register(program: Command, ctx: CommandContext): void {
  const drill = program
    .command("drill")
    .description("training drills: practise the playbooks on realistic complaints, graded with every point lost explained")
    .enablePositionalOptions()
    .option("--playbook <id>", "drill on this playbook's scenarios")
    .option("--scenario <file|folder>", "a trainer's scenario file or folder (repeatable)", collect)
    .option("--drill <id>", "one scenario, by id")
    .option("--random <n>", "n scenarios drawn at random (see --seed)")
    .option("--crisis", "a burst of complaints arriving over a few simulated minutes: triage and answer them all")
    .option("--count <n>", "complaints in a crisis drill", "5")
    .option("--seed <text>", "makes --random and --crisis draw the same scenarios every time")
    .option("--trainee <name>", "who is training (recorded with the results; signs the model reply)")
    .option("--hints", "show which playbook the complaint's words point to")
    .option("--locale <code>", "scenarios and playbooks in this language (default: the config's)")
    .option("--results <file>", "results file (JSONL) to append to (default: drill-results.jsonl in the data folder)")
    .option("--no-record", "do not append the attempt to the results file")
    .option("--plain", "numbered questions, one answer per line (screen readers, logs)")
    .addHelpText(
      "after",
      `
Each drill shows the complaint as on its platform and starts a clock; choose the playbook,
tick the checklist, write the reply (type it, ending with a line holding ".", or use your
editor). The grade lists every point lost with the principle (docs/principles.md) behind it, and shows a
model reply beside yours.

Examples:
  $ replybook drill --trainee "Dario Russo"                         one random scenario
  $ replybook drill --playbook parcel-damaged --trainee Dario --hints
  $ replybook drill --scenario training/monday.yaml --trainee Dario  a trainer's scenarios
  $ replybook drill --random 3 --seed week-12 --trainee Dario        the same 3 for the whole team
  $ replybook drill --crisis --count 6 --seed peak --trainee Dario   a sudden peak of complaints
  $ replybook drill grade --playbook parcel-damaged --drill smashed-box-facebook --reply reply.txt --json
  $ replybook drill report --html drills.html

Exit codes: 0 done, 2 usage or input error, or the drill was interrupted.`,
    )
    .action(async (opts: DrillOptions) => runInteractive(ctx, opts));

  drill
    .command("grade")
    .description("grade a written reply against a scenario, without prompts")
    .option("--playbook <id>", "the scenario's playbook (its drills; its example when it has none)")
    .option("--scenario <file|folder>", "take the scenario from a trainer's scenario file")
    .option("--drill <id>", "the scenario, by id (default: the first)")
    .requiredOption("--reply <file>", 'the reply to grade ("-" reads standard input)')
    .option("--trainee <name>", "who wrote it: the signature is checked against this name; the attempt is recorded")
    .option("--chosen-playbook <id>", "the playbook the trainee chose (not assessed when absent)")
    .option("--checklist <ids>", 'checklist items done, comma-separated, or "all" (not assessed when absent)')
    .option("--seconds <n>", "how long the trainee took", "0")
    .option("--now <time>", "reference time (ISO) for relative promises such as \"by Monday\" (default: now)")
    .option("--locale <code>", "the playbook's language (default: the config's)")
    .option("--json", "print { score, max, breakdown: [{ item, points, max, why, principle }], ... }")
    .option("--results <file>", "results file to append to when --trainee is given")
    .option("--no-record", "do not append the attempt to the results file")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook drill grade --playbook parcel-damaged --reply reply.txt --json
  $ replybook drill grade --scenario training/monday.yaml --drill cracked-screen --reply reply.txt \\
      --trainee "Dario Russo" --chosen-playbook parcel-damaged --checklist all --seconds 240`,
    )
    .action(async (_opts: GradeOptions, cmd: Command) => runGrade(ctx, withParentOptions<GradeOptions>(cmd)));

  drill
    .command("report [results...]")
    .description("per-trainee and per-rule summaries of drill results; --html writes a page with charts")
    .option("--format <format>", "table, json or markdown", "table")
    .option("--html <file>", "also write one self-contained HTML page with charts (no external scripts or fonts)")
    .option("--title <text>", "title of the HTML page")
    .option("--locale <code>", "the language of the report (table, Markdown and HTML): en, it or el (default: the config's)")
    .addHelpText(
      "after",
      `
With no file, reads drill-results.jsonl in the data folder. A malformed line is reported
with its file and line number and the others are still counted (exit code 2 at the end).

Examples:
  $ replybook drill report
  $ replybook drill report team-a.jsonl team-b.jsonl --format markdown > drills.md
  $ replybook drill report --html drills.html --title "Care team, May"`,
    )
    .action(async (files: string[], opts: ReportOptions, cmd: Command) => runReport(ctx, files, { ...opts, ...(cmd.parent?.opts().locale !== undefined && opts.locale === undefined && { locale: cmd.parent.opts().locale as string }) }));
}

/**
 * `drill` and `drill grade` share option names (--playbook, --scenario, --trainee...). The
 * root program recognises options anywhere, so the parent `drill` takes them before the
 * subcommand sees them: what the parent parsed wins over the subcommand's defaults.
 */
function withParentOptions<T>(cmd: Command): T {
  const parent = Object.entries(cmd.parent?.opts() ?? {}).filter(([key, value]) => value !== undefined && key !== "count");
  return { ...cmd.opts(), ...Object.fromEntries(parent) } as T;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number above 0, got "${value}"`);
  return n;
}

async function createDrillLinter(catalog: Catalog, config: Config): Promise<Linter> {
  const [{ createLinter }, { pluginRulesFor }] = await Promise.all([import("../../lint/engine.js"), import("../../lint/plugins.js")]);
  const plugins = await pluginRulesFor(config);
  return createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules, ...(plugins && { plugins }) });
}

async function scenarioPool(catalog: Catalog, paths: string[], locale: string | undefined, playbook: string | undefined): Promise<Scenario[]> {
  const { scenarioPool } = await import("../../drill/choose.js");
  return scenarioPool(catalog.playbooks, { paths, locale, playbook });
}

async function resultsFile(ctx: CommandContext, config: Config, given: string | undefined): Promise<string> {
  if (given) return given;
  const { defaultResultsFile } = await import("../../drill/results.js");
  return defaultResultsFile(ctx.io.env, config);
}

async function runInteractive(ctx: CommandContext, opts: DrillOptions): Promise<void> {
  if (!opts.trainee?.trim()) throw new UsageError('who is training? add --trainee "<name>" (it is recorded with the results)');
  const trainee = opts.trainee.trim();
  const random = positiveInt(opts.random, "--random");
  const count = positiveInt(opts.count, "--count")!;
  if (random && opts.drill) throw new UsageError("--random and --drill do not go together: pick one scenario or draw several");
  if (opts.crisis && opts.drill) throw new UsageError("--crisis draws its own scenarios; leave out --drill");
  const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
  const paths = opts.scenario ?? [];
  const locale = opts.locale ?? (paths.length ? undefined : config.locale);
  const pool = await scenarioPool(catalog, paths, locale, opts.playbook);
  const seed = opts.seed ?? String(Date.now());
  const [{ chooseScenarios }, { runDrills, runCrisis }, { appendResult }, { createPrompter, isPromptInterrupted }, { drillMessages }] = await Promise.all([
    import("../../drill/choose.js"),
    import("../../drill/session.js"),
    import("../../drill/results.js"),
    import("../../prompts/index.js"),
    import("../../drill/messages.js"),
  ]);
  const scenarios = chooseScenarios(pool, { drill: opts.drill, random, fromFiles: paths.length > 0, seed });
  // The notes after the drills speak the drills' language.
  const t = drillMessages(opts.crisis ? pool[0]?.locale : scenarios[0]?.locale ?? config.locale);

  const file = await resultsFile(ctx, config, opts.results);
  const linter = await createDrillLinter(catalog, config);
  const prompter = await createPrompter({ plain: Boolean(opts.plain) || !ctx.io.stdin.isTTY, input: ctx.io.stdin, output: ctx.io.stdout, env: ctx.io.env, locale: scenarios[0]?.locale ?? config.locale });
  let recorded = 0;
  const deps = {
    prompter,
    playbooks: catalog.playbooks,
    templates: catalog.templates,
    linter,
    trainee,
    brand: config.brand,
    hints: Boolean(opts.hints),
    width: ctx.io.stdout.columns ?? 80,
    clock: () => performance.now(),
    now: () => new Date(),
    onResult: async (result: Parameters<typeof appendResult>[1]) => {
      if (!opts.record) return;
      await appendResult(file, result);
      recorded++;
    },
  };
  try {
    if (opts.crisis) await runCrisis(pool, { count, seed }, deps);
    else await runDrills(scenarios, deps);
    if (opts.record) prompter.note(`\n${t.recorded(file)}`);
    if (opts.crisis || random) prompter.note(t.sameDraw(seed));
  } catch (error) {
    if (!isPromptInterrupted(error)) throw error;
    ctx.io.stderr.write(`replybook: ${t.interrupted(recorded, file)}\n`);
    ctx.exitCode = EXIT.input;
  } finally {
    prompter.close();
  }
}

async function runGrade(ctx: CommandContext, opts: GradeOptions): Promise<void> {
  if (!opts.playbook && !opts.scenario) throw new UsageError("say which scenario to grade against: --playbook <id> and/or --scenario <file>");
  const seconds = Number(opts.seconds ?? "0");
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--seconds takes a number of seconds, got "${opts.seconds}"`);
  const now = opts.now ? new Date(opts.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now takes an ISO time such as 2025-05-02T10:00:00Z, got "${opts.now}"`);
  const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
  const paths = opts.scenario === undefined ? [] : Array.isArray(opts.scenario) ? opts.scenario : [opts.scenario];
  const locale = opts.locale ?? (paths.length ? undefined : config.locale);
  const pool = await scenarioPool(catalog, paths, locale, opts.playbook);
  const [{ findScenario }, { gradeWrittenReply, readWrittenReply }, { formatGrade, sideBySide }] = await Promise.all([
    import("../../drill/choose.js"),
    import("../../drill/grade-written.js"),
    import("../../drill/format.js"),
  ]);
  const scenario = findScenario(pool, opts.drill ?? pool[0]!.id);
  const reply = await readWrittenReply(opts.reply!, ctx.io.stdin);
  const trainee = opts.trainee?.trim() || undefined;
  const { playbook, grade, model, result } = await gradeWrittenReply({
    scenario,
    reply,
    playbooks: catalog.playbooks,
    templates: catalog.templates,
    linter: await createDrillLinter(catalog, config),
    agent: config.agent,
    brand: config.brand,
    trainee,
    chosenPlaybook: opts.chosenPlaybook,
    checklist: opts.checklist,
    secondsTaken: seconds,
    now,
  });
  if (result && opts.record) {
    const { appendResult } = await import("../../drill/results.js");
    await appendResult(await resultsFile(ctx, config, opts.results), result);
  }
  if (opts.json) {
    printLine(ctx.io, JSON.stringify({ score: grade.score, max: grade.max, passMark: grade.passMark, passed: grade.passed, fails: grade.fails, breakdown: grade.breakdown, playbook: playbook.id, scenario: scenario.id, ...(model && { modelReply: model.text }) }, null, 2));
    return;
  }
  const { gradeMessages } = await import("../../drill/grade-messages.js");
  const m = gradeMessages(scenario.locale);
  printLine(ctx.io, m.scenario(scenario.id, playbook.id, scenario.platform));
  printLine(ctx.io, formatGrade(grade, undefined, scenario.locale));
  printLine(ctx.io, "");
  printLine(ctx.io, sideBySide({ title: m.reply, text: reply || m.empty }, { title: m.modelReply(model?.template), text: model?.text ?? m.noModel }, ctx.io.stdout.columns ?? 80));
}

async function runReport(ctx: CommandContext, files: string[], opts: ReportOptions): Promise<void> {
  if (!["table", "json", "markdown"].includes(opts.format)) throw new UsageError(`--format takes table, json or markdown, got "${opts.format}"`);
  const config = await ctx.config();
  const [{ readResults }, { summariseResults, formatSummaryTable, formatSummaryMarkdown }] = await Promise.all([import("../../drill/results.js"), import("../../drill/report.js")]);
  let paths = files;
  if (!paths.length) {
    const file = await resultsFile(ctx, config, undefined);
    if (existsSync(file)) paths = [file];
    else if (opts.format !== "json") ctx.io.stderr.write(`No drill results yet (looked for ${file}). Run: replybook drill --trainee "<name>"\n`);
  }
  const { results, problems } = await readResults(paths);
  const summary = summariseResults(results);
  // The report's language: --locale, else the config's (a team in Greece reads it in Greek).
  const locale = opts.locale ?? config.locale;
  if (opts.format === "json") printLine(ctx.io, JSON.stringify(summary, null, 2));
  else if (opts.format === "markdown") printLine(ctx.io, formatSummaryMarkdown(summary, locale));
  else printLine(ctx.io, formatSummaryTable(summary, locale));
  if (opts.html) {
    const { renderHtmlReport } = await import("../../drill/html.js");
    const html = renderHtmlReport(summary, { ...(opts.title && { title: opts.title }), generatedAt: new Date(), problems: problems.map((p) => p.format()), ...(locale && { locale }) });
    try {
      await writeFile(opts.html, html, "utf8");
    } catch (error) {
      throw new InputError(`cannot write the HTML report: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: opts.html });
    }
    ctx.io.stderr.write(`HTML report written to ${opts.html}\n`);
  }
  for (const p of problems) ctx.io.stderr.write(`replybook: ${p.format()}\n`);
  if (problems.length) {
    ctx.io.stderr.write(`replybook: ${problems.length} line(s) left out; the other ${results.length} result(s) were counted\n`);
    ctx.exitCode = EXIT.input;
  }
}
