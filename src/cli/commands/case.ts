/**
 * `replybook case <id>` shows one case; `case update <id>` records progress on it: a note,
 * a commitment kept, the case closed (P12: keep the customer updated until it is solved).
 */
import { Chalk } from "chalk";
import type { Command } from "commander";
import { InputError, UsageError } from "../../core/errors.js";
import { formatCase } from "../../report/cases.js";
import { paintFrom } from "../../report/text.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption, parseCaseId, timeOption } from "../../store/options.js";
import type { CaseUpdate } from "../../store/types.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";

interface UpdateOptions {
  note?: string;
  done?: string[];
  close?: boolean;
  reopen?: boolean;
  at?: string;
  by?: string;
  csat?: string;
  reaction?: string;
  json?: boolean;
}

export function register(program: Command, ctx: CommandContext): void {
  // Showing is the default subcommand rather than the action of `case` itself: commander
  // would otherwise give `case update 42 --json` the show's --json.
  const command = program
    .command("case")
    .description("show one case, or record progress on it with `case update`")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook case 42
  $ replybook case 42 --json
  $ replybook case update 42 --note "Called Laura, courier booked for Thursday"
  $ replybook case update 42 --done callback
  $ replybook case update 42 --done courier-collection --close`,
    );

  command
    .command("show", { isDefault: true })
    .description("show one case: customer, reply, commitments, history (the default)")
    .argument("<id>", "the case number (replybook cases lists them)")
    .option("--json", "print the case as JSON")
    .option("--now <time>", "measure overdue commitments against this ISO time")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook case 42
  $ replybook case show 42 --json`,
    )
    .action(async (idText: string, options: { json?: boolean; now?: string }) => {
      const id = parseCaseId(idText);
      const now = nowOption(options.now);
      const found = await withCaseStore(await ctx.config(), ctx.io.env, (store) => store.getCase(id));
      if (!found) throw new InputError(`no case ${id} in the case log (list them with: replybook cases)`);
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else ctx.io.stdout.write(`${formatCase(found, { now, ...textOptions(ctx) })}\n`);
      ctx.exitCode = 0;
    });

  command
    .command("update")
    .description("record progress: a note, a commitment kept, the case closed or reopened")
    .argument("<id>", "the case number")
    .option("--note <text>", "add a note to the case history")
    .option("--done <commitment>", "mark a commitment kept (its id, such as callback); repeat for more", collect, [])
    .option("--close", "close the case: solved, nothing more to follow up")
    .option("--reopen", "reopen a closed case")
    .option("--csat <1-5>", "the customer's satisfaction, 1 (very unhappy) to 5 (very happy)")
    .option("--reaction <how>", "how the customer took the reply: thanked, angry, silent or escalated")
    .option("--at <when>", "when it happened, if not now: an ISO time or a duration back (2h)")
    .option("--by <name>", "who did it (default: the agent in the config, else $USER)")
    .option("--json", "print the updated case as JSON")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook case update 42 --note "Photo received, claim opened with the courier"
  $ replybook case update 42 --done callback --at 2h
  $ replybook case update 42 --done callback,courier-collection --close --by Dario
  $ replybook case update 42 --csat 4 --reaction thanked`,
    )
    .action(async (idText: string, options: UpdateOptions) => {
      const id = parseCaseId(idText);
      const done = (options.done ?? []).flatMap((d) => d.split(",")).map((d) => d.trim()).filter(Boolean);
      if (options.note === undefined && !done.length && !options.close && !options.reopen && options.csat === undefined && options.reaction === undefined) {
        throw new UsageError("case update needs --note <text>, --done <commitment>, --close, --reopen, --csat <1-5> or --reaction <how>");
      }
      const config = await ctx.config();
      const update: CaseUpdate = {};
      if (options.note !== undefined) update.note = options.note;
      if (done.length) update.done = done;
      if (options.close) update.close = true;
      if (options.reopen) update.reopen = true;
      if (options.csat !== undefined) {
        if (!/^\s*\d+\s*$/.test(options.csat)) throw new UsageError(`--csat ${options.csat}: satisfaction is a whole number from 1 (very unhappy) to 5 (very happy)`);
        update.csat = Number(options.csat);
      }
      if (options.reaction !== undefined) update.reaction = options.reaction.trim().toLowerCase() as CaseUpdate["reaction"];
      update.at = (options.at !== undefined ? timeOption("--at", options.at, new Date()) : new Date()).toISOString();
      const author = options.by ?? config.agent?.name ?? ctx.io.env.USER ?? ctx.io.env.USERNAME;
      if (author) update.author = author;
      const result = await withCaseStore(config, ctx.io.env, (store) => store.updateCase(id, update));
      if (!result.ok) throw result.errors[0]!;
      for (const w of result.warnings ?? []) ctx.io.stderr.write(`replybook: ${w.format()}\n`);
      const c = result.value;
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
      else {
        const open = c.commitments.filter((m) => !m.doneAt).map((m) => m.id);
        const parts = [update.note !== undefined ? "note added" : "", update.csat !== undefined ? `satisfaction ${update.csat}/5` : "", update.reaction ? `reaction: ${update.reaction}` : "", done.length ? `marked done: ${done.join(", ")}` : "", update.close ? "closed" : "", update.reopen ? "reopened" : ""].filter(Boolean);
        const state = c.status === "closed" ? "closed" : open.length ? `open; still to do: ${open.join(", ")}` : "open; every commitment done (close it with --close)";
        ctx.io.stdout.write(`Case #${id}: ${parts.join(", ")}. Now ${state}.\n`);
      }
      ctx.exitCode = 0;
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function textOptions(ctx: CommandContext) {
  const paint = paintFrom(new Chalk({ level: wantsColor(ctx.io) ? 1 : 0 }));
  const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
  return { paint, ...(width ? { width } : {}) };
}
