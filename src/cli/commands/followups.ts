/**
 * `replybook followups`: the promises the team still has to keep, oldest due first, with the
 * customer and what was promised (P12: follow every case to the end).
 */
import { Chalk } from "chalk";
import { Option, type Command } from "commander";
import { followupViews, formatFollowups } from "../../report/cases.js";
import { paintFrom } from "../../report/text.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption } from "../../store/options.js";
import { dueBefore, startOfLocalDay, type DueWindow } from "../../store/time.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

interface FollowupsOptions {
  due: DueWindow;
  agent?: string;
  json?: boolean;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("followups")
    .description("commitments due and overdue, oldest first, with the customer and what was promised (P12)")
    .addOption(new Option("--due <when>", "today: overdue or due before midnight; overdue: past due; all: every open one").choices(["today", "overdue", "all"]).default("today"))
    .option("--agent <name>", "only cases answered by this agent")
    .option("--json", "print JSON (an array, oldest due first)")
    .option("--now <time>", "measure against this ISO time instead of the clock")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook followups                        overdue and due today
  $ replybook followups --due overdue --agent Dario
  $ replybook followups --due all --json | jq '.[] | select(.state == "overdue")'

Done one? replybook case update <id> --done <commitment>`,
    )
    .action(async (options: FollowupsOptions) => {
      const now = nowOption(options.now);
      const filter = { before: dueBefore(options.due, now), ...(options.agent ? { agent: options.agent } : {}) };
      const items = await withCaseStore(await ctx.config(), ctx.io.env, (store) => store.dueCommitments(filter));
      const endOfToday = startOfLocalDay(now);
      endOfToday.setDate(endOfToday.getDate() + 1);
      const views = followupViews(items, now, endOfToday);
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
      else {
        const paint = paintFrom(new Chalk({ level: wantsColor(ctx.io) ? 1 : 0 }));
        const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
        ctx.io.stdout.write(`${formatFollowups(views, { window: options.due, paint, ...(width ? { width } : {}) })}\n`);
      }
      ctx.exitCode = 0;
    });
}
