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
  html?: string;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("report")
    .description("recurring problems, response times against respond-within, promises kept, workload per agent")
    .option("--since <when>", "cases answered since: a duration back from now (7d, 3 months) or a date (2025-03-01)")
    .option("--until <when>", "cases answered before: a duration or a date (a date includes that day)")
    .addOption(new Option("--format <format>", "how to print it").choices(["table", "json", "csv"]).default("table"))
    .option("--html <file>", "also write a self-contained HTML page with charts to this file")
    .option("--now <time>", "measure overdue promises and durations against this ISO time")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook report --since 30d
  $ replybook report --since 2025-03-01 --until 2025-03-31 --html march.html
  $ replybook report --format csv > cases.csv
  $ replybook report --since 7d --format json | jq '.playbooks[0]'

With --html alone the page is written and nothing else printed; add --format to print as well.`,
    )
    .action(async (options: ReportOptions, command: Command) => {
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
