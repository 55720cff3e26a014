/**
 * `replybook cases`: list and search the case log; `cases export` for data-protection access
 * requests; `cases purge` for retention and erasure requests.
 */
import { Chalk } from "chalk";
import { Option, type Command } from "commander";
import { InputError, UsageError } from "../../core/errors.js";
import { formatCaseList } from "../../report/cases.js";
import { formatTime, paintFrom } from "../../report/text.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption, timeOption } from "../../store/options.js";
import type { CaseFilter, CaseStatus, CaseStore, CustomerRef, PurgeResult } from "../../store/types.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

/** Cases the listing shows without --limit. */
const TABLE_LIMIT = 200;

interface ListOptions {
  customer?: string;
  playbook?: string;
  agent?: string;
  status?: CaseStatus;
  since?: string;
  until?: string;
  limit?: string;
  json?: boolean;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  // The listing is the default subcommand rather than the action of `cases` itself: commander
  // would otherwise give `cases export --customer x` the listing's --customer.
  const cases = program
    .command("cases")
    .description("list and search recorded cases, newest first; export or purge them")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook cases --since 7d
  $ replybook cases --customer laurab --json
  $ replybook cases --playbook parcel-damaged --status open
  $ replybook cases export --customer "Laura Bianchi" > laura.json
  $ replybook cases purge --older-than 2y --dry-run
  $ replybook cases purge --customer @laurab

The listing's options: replybook cases list --help`,
    );

  cases
    .command("list", { isDefault: true })
    .description("list and search recorded cases, newest first (the default)")
    .option("--customer <text>", "part of the customer's name or handle (any case, accents ignored)")
    .option("--playbook <id>", "only cases that followed this playbook")
    .option("--agent <name>", "only cases answered by this agent")
    .addOption(new Option("--status <status>", "only open or closed cases").choices(["open", "closed"]))
    .option("--since <when>", "answered since: a duration back from now (7d, 24h) or a date (2025-03-01)")
    .option("--until <when>", "answered before: a duration or a date (a date includes that day)")
    .option("--limit <n>", "at most this many cases")
    .option("--json", "print JSON (an array)")
    .option("--now <time>", "count --since/--until durations back from this ISO time")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook cases --since 7d
  $ replybook cases --customer laurab --json
  $ replybook cases --playbook parcel-damaged --status open --limit 20`,
    )
    .action(async (options: ListOptions) => {
      const now = nowOption(options.now);
      const filter: CaseFilter = {};
      if (options.customer !== undefined) filter.customer = options.customer;
      if (options.playbook) filter.playbook = options.playbook;
      if (options.agent) filter.agent = options.agent;
      if (options.status) filter.status = options.status;
      if (options.since !== undefined) filter.since = timeOption("--since", options.since, now).toISOString();
      if (options.until !== undefined) filter.until = timeOption("--until", options.until, now, { endOfDay: true }).toISOString();
      if (options.limit !== undefined) {
        if (!/^\d+$/.test(options.limit) || Number(options.limit) < 1) throw new InputError(`"${options.limit}" is not a positive whole number`, { keyPath: "--limit" });
        filter.limit = Number(options.limit);
      }
      // A table of a whole long log helps nobody: without --limit it shows the newest cases and says how many there are.
      const capped = !options.json && filter.limit === undefined;
      if (capped) filter.limit = TABLE_LIMIT;
      const { list, total } = await withStore(ctx, async (store) => {
        const list = await store.listCases(filter);
        return { list, total: capped && list.length === TABLE_LIMIT ? await store.countCases(filter) : undefined };
      });
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else {
        const paint = paintFrom(new Chalk({ level: wantsColor(ctx.io) ? 1 : 0 }));
        const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
        ctx.io.stdout.write(`${formatCaseList(list, { paint, ...(width ? { width } : {}), ...(total !== undefined && { total }) })}\n`);
      }
      ctx.exitCode = 0;
    });

  cases
    .command("export")
    .description("every recorded case with its history, as JSON (data-protection access requests)")
    .option("--customer <handle-or-name>", "only this customer's cases: exact handle (the @ optional) or full name, any case")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook cases export > all-cases.json
  $ replybook cases export --customer @laurab > laurab.json
  $ replybook cases export --customer "Laura Bianchi" > laura.json

--customer matches exactly (as purge does), so an access request never returns another
person's cases; to search by part of a name use: replybook cases --customer <text>`,
    )
    .action(async (options: { customer?: string }) => {
      let filter: CaseFilter = {};
      if (options.customer !== undefined) {
        const who = options.customer.trim();
        if (!who) throw new InputError("the customer is empty", { keyPath: "--customer" });
        filter = { sameCustomer: customerRef(who) };
      }
      const list = await withStore(ctx, (store) => store.exportCases(filter));
      const doc = {
        exportedAt: new Date().toISOString(),
        ...(options.customer !== undefined ? { customer: options.customer } : {}),
        count: list.length,
        cases: list,
      };
      ctx.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      ctx.exitCode = 0;
    });

  cases
    .command("purge")
    .description("delete old cases (retention) or one customer's cases (erasure requests)")
    .option("--older-than <when>", "cases answered before: a time back from now (90d, 12 months, 2 years) or a date (2024-01-01)")
    .option("--customer <handle-or-name>", "every case of this customer: exact handle (the @ optional) or full name, any case")
    .option("--dry-run", "only say how many would be removed")
    .option("--now <time>", "count --older-than back from this ISO time")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook cases purge --older-than 90d
  $ replybook cases purge --older-than 2024-01-01 --dry-run
  $ replybook cases purge --customer @laurab

Deleted cases are overwritten in the file, not only unlinked (SQLite secure_delete).`,
    )
    .action(async (options: { olderThan?: string; customer?: string; dryRun?: boolean; now?: string }) => {
      if (options.olderThan === undefined && options.customer === undefined) throw new UsageError("cases purge needs --older-than <duration> or --customer <handle-or-name>");
      if (options.olderThan !== undefined && options.customer !== undefined) throw new UsageError("cases purge takes --older-than or --customer, not both");
      const now = nowOption(options.now);
      const dryRun = Boolean(options.dryRun);
      let what: string;
      let result: PurgeResult;
      if (options.olderThan !== undefined) {
        const cutoff = timeOption("--older-than", options.olderThan, now);
        what = `answered before ${formatTime(cutoff.toISOString())}`;
        result = await withStore(ctx, (store) => store.purgeOlderThan(cutoff.toISOString(), { dryRun }));
      } else {
        const who = options.customer!.trim();
        if (!who) throw new InputError("the customer is empty", { keyPath: "--customer" });
        what = `of ${who}`;
        result = await withStore(ctx, (store) => store.purgeCustomer(customerRef(who), { dryRun }));
      }
      const noun = result.cases === 1 ? "case" : "cases";
      const detail = `(${result.commitments} commitments, ${result.events} history entries)`;
      if (!result.cases) ctx.io.stdout.write(`Nothing to remove: no cases ${what}.\n`);
      else if (dryRun) ctx.io.stdout.write(`Would remove ${result.cases} ${noun} ${what} ${detail}. Run again without --dry-run to remove them.\n`);
      else ctx.io.stdout.write(`Removed ${result.cases} ${noun} ${what} ${detail}.\n`);
      ctx.exitCode = 0;
    });
}

/** "@laurab" is a handle; anything else may be a handle written without its "@" or a full name. */
function customerRef(who: string): CustomerRef {
  return who.startsWith("@") ? { handle: who } : { handle: who, name: who };
}

async function withStore<T>(ctx: CommandContext, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  return withCaseStore(await ctx.config(), ctx.io.env, fn);
}
