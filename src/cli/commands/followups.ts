/**
 * `replybook followups`: the promises the team still has to keep, oldest due first, with the
 * customer and what was promised (P12: follow every case to the end).
 */
import { Chalk } from "chalk";
import { Option, type Command } from "commander";
import { InputError, UsageError } from "../../core/errors.js";
import { followupViews, formatFollowups } from "../../report/cases.js";
import { paintFrom } from "../../report/text.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption } from "../../store/options.js";
import { dueBefore, startOfLocalDay, type DueWindow } from "../../store/time.js";
import type { DueFilter } from "../../store/types.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

/** Follow-ups the table shows without --limit or --all. */
const TABLE_LIMIT = 200;

interface FollowupsOptions {
  due: DueWindow;
  agent?: string;
  limit?: string;
  all?: boolean;
  json?: boolean;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("followups")
    .description("commitments due and overdue, oldest first, with the customer and what was promised (P12)")
    .addOption(new Option("--due <when>", "today: overdue or due before midnight; overdue: past due; all: every open one").choices(["today", "overdue", "all"]).default("today"))
    .option("--agent <name>", "only cases answered by this agent")
    .option("--limit <n>", `at most this many, oldest due first (the table shows ${TABLE_LIMIT} by default)`)
    .option("--all", "every one in the table, however many")
    .option("--json", "print JSON (an array, oldest due first; all of them unless --limit)")
    .option("--now <time>", "measure against this ISO time instead of the clock")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook followups                        overdue and due today
  $ replybook followups --due overdue --agent Dario
  $ replybook followups --due all --limit 50
  $ replybook followups --due all --json | jq '.[] | select(.state == "overdue")'

The table shows the ${TABLE_LIMIT} oldest and counts the rest; --limit <n> or --all for more.

Done one? replybook case update <id> --done <commitment>`,
    )
    .action(async (options: FollowupsOptions) => {
      const now = nowOption(options.now);
      if (options.limit !== undefined && options.all) throw new UsageError("followups takes --limit or --all, not both");
      const filter: DueFilter = { before: dueBefore(options.due, now), ...(options.agent ? { agent: options.agent } : {}) };
      if (options.limit !== undefined) {
        if (!/^\d+$/.test(options.limit) || Number(options.limit) < 1) throw new InputError(`"${options.limit}" is not a positive whole number`, { keyPath: "--limit" });
        filter.limit = Number(options.limit);
      }
      // A table of tens of thousands of promises helps nobody: it shows the oldest and counts them all in the database.
      if (!options.json && !options.all && filter.limit === undefined) filter.limit = TABLE_LIMIT;
      const endOfToday = startOfLocalDay(now);
      endOfToday.setDate(endOfToday.getDate() + 1);
      const { items, counts } = await withCaseStore(await ctx.config(), ctx.io.env, async (store) => {
        const items = await store.dueCommitments(filter);
        const cut = filter.limit !== undefined && items.length === filter.limit;
        return { items, counts: cut ? await store.dueCounts(filter, { now: now.toISOString(), endOfToday: endOfToday.toISOString() }) : undefined };
      });
      const views = followupViews(items, now, endOfToday);
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
      else {
        const paint = paintFrom(new Chalk({ level: wantsColor(ctx.io) ? 1 : 0 }));
        const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
        ctx.io.stdout.write(`${formatFollowups(views, { window: options.due, paint, ...(width ? { width } : {}), ...(counts && { counts }) })}\n`);
      }
      ctx.exitCode = 0;
    });
}
