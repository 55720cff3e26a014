/**
 * `replybook report`: recurring problems by playbook (P13), response times against each
 * playbook's respond-within (P1), commitments kept on time or late (P12), workload per agent
 * (P17). As a table, JSON or CSV, and as one self-contained HTML page with charts.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Chalk } from "chalk";
import { Option, type Command } from "commander";
import { InputError } from "../../core/errors.js";
import { formatReport, type ReportFormat } from "../../report/format.js";
import { renderReportHtml } from "../../report/html.js";
import { paintFrom } from "../../report/text.js";
import { buildReport } from "../../report/build.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption, timeOption } from "../../store/options.js";
import type { ReportRange } from "../../store/types.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

interface ReportOptions {
  since?: string;
  until?: string;
  format: ReportFormat;
  html?: string | boolean;
  watch?: string | boolean;
  interval?: string;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("report")
    .description("recurring problems, response times against respond-within, promises kept, workload per agent")
    .option("--since <when>", "cases answered since: a duration back from now (7d, 3 months) or a date (2025-03-01)")
    .option("--until <when>", "cases answered before: a duration or a date (a date includes that day)")
    .addOption(new Option("--format <format>", "how to print it").choices(["table", "json", "csv"]).default("table"))
    .option("--html [file]", "also write a self-contained HTML page with charts to this file")
    .option("--watch [file]", "keep the HTML page up to date: rewrite it whenever the case log or the inbox changes (Ctrl-C stops)")
    .option("--interval <time>", "with --watch, how often to look for changes: 2s (default), 10s, 1m")
    .option("--now <time>", "measure overdue promises and durations against this ISO time")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook report --since 30d
  $ replybook report --since 2025-03-01 --until 2025-03-31 --html march.html
  $ replybook report --format csv > cases.csv
  $ replybook report --since 7d --format json | jq '.playbooks[0]'
  $ replybook report --html --watch board.html      # the supervisor's screen, kept current

With --html alone the page is written and nothing else printed; add --format to print as well.`,
    )
    .action(async (options: ReportOptions, command: Command) => {
      const target = typeof options.watch === "string" ? options.watch : typeof options.html === "string" ? options.html : undefined;
      if (options.watch !== undefined) {
        if (!target) throw new InputError("--watch needs the page to keep up to date: --watch board.html");
        if (options.now !== undefined) throw new InputError("--watch follows the clock: leave out --now");
        ctx.exitCode = await watchReport(options, target, ctx);
        return;
      }
      if (options.interval !== undefined) throw new InputError("--interval goes with --watch");
      if (options.html === true) throw new InputError("--html needs a file: --html report.html");
      const now = nowOption(options.now);
      const range: ReportRange = { now: now.toISOString() };
      if (options.since !== undefined) range.since = timeOption("--since", options.since, now).toISOString();
      if (options.until !== undefined) range.until = timeOption("--until", options.until, now, { endOfDay: true }).toISOString();
      if (range.since && range.until && range.since >= range.until) throw new InputError("--since must be before --until");
      const report = await withCaseStore(await ctx.config(), ctx.io.env, (store) => buildReport(store, range));
      const printToo = !options.html || command.getOptionValueSource("format") === "cli";
      if (options.html) {
        const file = resolve(ctx.io.cwd, options.html);
        try {
          await writeFile(file, renderReportHtml(report, { generatedAt: new Date() }));
        } catch (error) {
          throw new InputError(`cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: options.html });
        }
        ctx.io.stderr.write(`Report written to ${options.html}\n`);
      }
      if (printToo) {
        const paint = paintFrom(new Chalk({ level: options.format === "table" && wantsColor(ctx.io) ? 1 : 0 }));
        const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
        ctx.io.stdout.write(`${formatReport(report, options.format, { paint, ...(width ? { width } : {}) })}\n`);
      }
      ctx.exitCode = 0;
    });
}

/**
 * `report --watch <file>`: the page is rebuilt every interval and rewritten (atomically: a
 * temporary file renamed over it) when a figure changed, and at least once a minute so waiting
 * times stay true. The page reloads itself in the browser (a meta refresh; still no script).
 */
async function watchReport(options: ReportOptions, target: string, ctx: CommandContext): Promise<number> {
  const { parseDuration } = await import("../../text/duration.js");
  const { rename } = await import("node:fs/promises");
  const intervalText = options.interval ?? "2s";
  const seconds = /^\s*(\d+(?:\.\d+)?)\s*s(?:ec(?:onds?)?)?\s*$/i.exec(intervalText);
  const ms = seconds ? Number(seconds[1]) * 1000 : (parseDuration(intervalText)?.minutes ?? NaN) * 60_000;
  if (!(ms >= 500)) throw new InputError(`--interval ${intervalText}: expected a time such as 2s, 10s or 1m (at least 0.5s)`);
  const file = resolve(ctx.io.cwd, target);
  const config = await ctx.config();
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((done) => (stop = done));
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const sig of signals) process.once(sig, stop);
  ctx.io.stderr.write(`Watching the case log: ${target} is rewritten when it changes (every ${intervalText}); Ctrl-C stops.\n`);
  try {
    await withCaseStore(config, ctx.io.env, async (store) => {
      let last = "";
      let writtenAt = 0;
      let running = true;
      void stopped.then(() => (running = false));
      while (running) {
        const now = new Date();
        const range: ReportRange = { now: now.toISOString() };
        if (options.since !== undefined) range.since = timeOption("--since", options.since, now).toISOString();
        if (options.until !== undefined) range.until = timeOption("--until", options.until, now, { endOfDay: true }).toISOString();
        const report = await buildReport(store, range);
        const print = JSON.stringify(report, (key, value) => (["now", "waitedMinutes", "leftMinutes", "overdue", "held"].includes(key) ? undefined : value));
        if (print !== last || now.getTime() - writtenAt >= 60_000) {
          const temp = `${file}.${process.pid}.tmp`;
          try {
            await writeFile(temp, renderReportHtml(report, { generatedAt: now, refreshSeconds: Math.max(2, ms / 1000) }));
            await rename(temp, file);
          } catch (error) {
            throw new InputError(`cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: target });
          }
          const q = report.team?.queue;
          ctx.io.stderr.write(`${now.toISOString().slice(11, 19)} ${target}: ${report.totals.cases} cases${q ? `, ${q.waiting} waiting (${q.overdue} overdue, ${q.vipWaiting} VIP)` : ""}\n`);
          last = print;
          writtenAt = now.getTime();
        }
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([stopped, new Promise((r) => (timer = setTimeout(r, ms)))]);
        clearTimeout(timer);
      }
    });
  } finally {
    for (const sig of signals) process.off(sig, stop);
  }
  return 0;
}
