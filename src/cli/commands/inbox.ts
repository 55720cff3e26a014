/**
 * `replybook inbox`: the team's queue (P1, P15). `inbox` lists what waits, most urgent first;
 * `inbox import <file>` takes a CSV or JSONL export; `inbox release`, `inbox assign` and
 * `inbox acknowledge` change who holds a complaint and what the customer has heard.
 */
import { Chalk } from "chalk";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import { paintFrom } from "../../report/text.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption, parseCaseId } from "../../store/options.js";
import type { CommandContext } from "../context.js";
import { wantsColor } from "../io.js";
import { teamOf } from "../team.js";

interface ImportOptions {
  format?: string;
  platform?: string;
  textColumn?: string;
  idColumn?: string;
  authorColumn?: string;
  nameColumn?: string;
  handleColumn?: string;
  platformColumn?: string;
  postedColumn?: string;
  linkColumn?: string;
  ordersColumn?: string;
  localeColumn?: string;
  json?: boolean;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  const command = program
    .command("inbox")
    .description("the team's queue of complaints: list, import, release, assign, close, acknowledge")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook inbox import export.csv
  $ replybook inbox import tweets.jsonl --text-column full_text --platform x
  $ replybook inbox
  $ replybook inbox --json
  $ replybook inbox assign 42 "Anna Pace"
  $ replybook inbox release 42
  $ replybook inbox close 43 --reason "praise, liked"
  $ replybook inbox acknowledge --all`,
    );

  command
    .command("list", { isDefault: true })
    .description("what waits, most urgent first (the default)")
    .option("--all", "answered complaints too")
    .option("--agent <name>", "only what this agent holds")
    .option("--limit <n>", "at most this many")
    .option("--json", "print an array of complaints with their waiting times")
    .option("--now <time>", "measure waiting against this ISO time")
    .addHelpText(
      "after",
      `
Urgency: the time left before the playbook's respond-within runs out, with a head
start for public platforms (x 60m, instagram and facebook 45m, review sites 30m)
and for VIP customers (2h). Complaints held by someone show who and for how long.

Examples:
  $ replybook inbox
  $ replybook inbox --agent Anna --json`,
    )
    .action(async (options: { all?: boolean; agent?: string; limit?: string; json?: boolean; now?: string }) => {
      const now = nowOption(options.now);
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--limit ${options.limit}: expected a whole number above 0`);
      const items = await withCaseStore(await ctx.config(), ctx.io.env, (store) =>
        store.listInbox({ status: options.all ? "all" : "waiting", ...(options.agent && { claimedBy: options.agent }), ...(limit && { limit }) }),
      );
      const { inboxView, formatInbox } = await import("../../report/inbox.js");
      const views = items.map((i) => inboxView(i, now));
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
      else ctx.io.stdout.write(`${formatInbox(views, { now, ...textOptions(ctx) })}\n`);
      ctx.exitCode = EXIT.ok;
    });

  command
    .command("import")
    .description("add complaints from a CSV or JSONL export; bad lines are reported, duplicates recognised")
    .argument("<file>", "a .csv or .jsonl file exported by a social tool")
    .option("--format <csv|jsonl>", "the file's format (default: from its extension)")
    .option("--platform <name>", "the platform of lines that do not say (x, facebook, instagram, email...)")
    .option("--text-column <name>", "the column with the complaint's words (default: text, message, body...)")
    .option("--id-column <name>", "the platform's id of the post (default: id, post_id...)")
    .option("--author-column <name>", "the author: @handle or name (default: author, user, from)")
    .option("--name-column <name>", "the customer's full name (default: name, customer_name...)")
    .option("--handle-column <name>", "the customer's @handle (default: handle, username, screen_name)")
    .option("--platform-column <name>", "the platform (default: platform, channel, network)")
    .option("--posted-column <name>", "when it was posted (default: posted_at, created_at, date...)")
    .option("--link-column <name>", "the post's address (default: link, url, permalink)")
    .option("--orders-column <name>", "how many orders the customer placed (default: orders)")
    .option("--locale-column <name>", "the post's language (default: lang, language, locale)")
    .option("--json", "print the outcome as JSON")
    .option("--now <time>", "the import time (ISO), for complaints without a post time")
    .addHelpText(
      "after",
      `
Recognised headers (any case): id, text/message/body, author/user/handle/username,
name/customer_name, platform/channel, posted_at/created_at/date, link/url, orders, lang.
A line without text, with a time that is not a time, or that is not valid CSV/JSON
is refused and reported as file:line; the rest are imported. Importing the same
export again adds nothing: each complaint is recognised by its platform id, else by
its words, author and time. Exit code 2 when a line was refused.

Examples:
  $ replybook inbox import export.csv
  $ replybook inbox import posts.jsonl --text-column message_body --author-column from_user`,
    )
    .action(async (file: string, options: ImportOptions) => {
      if (options.format && options.format !== "csv" && options.format !== "jsonl") throw new UsageError(`--format ${options.format}: csv or jsonl`);
      const now = nowOption(options.now);
      const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
      const [{ readComplaintFile }, { importComplaints }] = await Promise.all([import("../../inbox/read.js"), import("../../inbox/import.js")]);
      const columns = Object.fromEntries(
        (
          [
            ["text", options.textColumn],
            ["id", options.idColumn],
            ["author", options.authorColumn],
            ["name", options.nameColumn],
            ["handle", options.handleColumn],
            ["platform", options.platformColumn],
            ["posted", options.postedColumn],
            ["link", options.linkColumn],
            ["orders", options.ordersColumn],
            ["locale", options.localeColumn],
          ] as const
        ).filter(([, v]) => v !== undefined),
      );
      const read = await readComplaintFile(file, { ...(options.format && { format: options.format as "csv" | "jsonl" }), columns, ...(options.platform && { platform: options.platform }) });
      const outcome = await withCaseStore(config, ctx.io.env, (store) => importComplaints(read, { store, playbooks: catalog.playbooks, config, now }));
      const { formatLocated } = await import("../../core/errors.js");
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
      else {
        for (const r of outcome.refused) ctx.io.stderr.write(`${formatLocated(r.message, { file, line: r.line, column: r.column })}\n`);
        const unrouted = outcome.added.filter((a) => !a.playbook).length;
        const vip = outcome.added.filter((a) => a.vip).length;
        const parts = [`${outcome.added.length} imported${outcome.added.length ? ` (#${outcome.added[0]!.id}–#${outcome.added.at(-1)!.id})` : ""}`, `${outcome.duplicates.length} already in the inbox`, `${outcome.refused.length} refused`];
        ctx.io.stdout.write(`${file}: ${outcome.read} read: ${parts.join(", ")}.${vip ? ` ${vip} VIP.` : ""}${unrouted ? ` ${unrouted} without a playbook (the router found none): choose one when answering.` : ""}\n`);
        if (outcome.added.length) ctx.io.stdout.write("See the queue: replybook inbox. Take the most urgent: replybook next\n");
      }
      ctx.exitCode = outcome.refused.length ? EXIT.input : EXIT.ok;
    });

  command
    .command("release")
    .description("let go of a complaint (or every complaint an agent holds) so someone else can take it")
    .argument("[id]", "the complaint's case number")
    .option("--agent <name>", "every complaint this agent holds (default with no id: you, agent.name in the config)")
    .option("--json", "print the complaints released")
    .action(async (idText: string | undefined, options: { agent?: string; json?: boolean }) => {
      const config = await ctx.config();
      const agent = options.agent ?? (idText === undefined ? config.agent?.name : undefined);
      if (idText === undefined && !agent) throw new UsageError("inbox release needs a case number, or --agent <name> (or agent.name in the config)");
      const which = { ...(idText !== undefined && { id: parseCaseId(idText) }), ...(agent && { agent }) };
      const released = await withCaseStore(config, ctx.io.env, (store) => store.releaseComplaints(which));
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(released, null, 2)}\n`);
      else if (!released.length) ctx.io.stdout.write(`Nothing to release: ${idText !== undefined ? `complaint ${idText} is not held by ${agent ?? "anyone"}` : `${agent} holds nothing`}.\n`);
      else ctx.io.stdout.write(`Released ${released.map((r) => `#${r.id} (held by ${r.claimedBy})`).join(", ")}: back in the queue.\n`);
      ctx.exitCode = EXIT.ok;
    });

  command
    .command("assign")
    .description("give a waiting complaint to an agent (no lease: it stays theirs until answered or released)")
    .argument("<id>", "the complaint's case number")
    .argument("<agent>", "the agent's name (as in the config's agents)")
    .option("--json", "print the complaint")
    .action(async (idText: string, agentName: string, options: { json?: boolean }) => {
      const id = parseCaseId(idText);
      const config = await ctx.config();
      const team = teamOf(config);
      const { findAgent, fits } = await import("../../team/agents.js");
      const agent = team.length ? findAgent(team, agentName) : undefined;
      if (team.length && !agent) throw new UsageError(`no agent "${agentName}" in the config's agents: ${team.map((a) => a.name).join(", ")}`);
      const result = await withCaseStore(config, ctx.io.env, async (store) => {
        const item = await store.getComplaint(id);
        if (item && agent && !fits(agent, { ...(item.playbook && { playbook: item.playbook }), ...(item.locale && { locale: item.locale }) }))
          ctx.io.stderr.write(`replybook: note: ${agent.name} does not list ${item.playbook ?? "this playbook"}${item.locale ? ` (${item.locale})` : ""} among their skills and languages\n`);
        return store.assignComplaint(id, agent?.name ?? agentName, new Date().toISOString());
      });
      if (!result.ok) throw result.errors[0]!;
      for (const w of result.warnings ?? []) ctx.io.stderr.write(`replybook: note: ${w.message}\n`);
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      else ctx.io.stdout.write(`#${id} assigned to ${result.value.claimedBy}. They get it first from: replybook next --agent "${result.value.claimedBy}"\n`);
      ctx.exitCode = EXIT.ok;
    });

  command
    .command("close")
    .description("take a complaint out of the queue without a reply (praise already liked, spam, a duplicate), saying why")
    .argument("<id>", "the complaint's case number")
    .requiredOption("--reason <why>", "why no reply is due: praise, spam, duplicate of #12, ...")
    .option("--agent <name>", "who closes it (default: agent.name in the config)")
    .option("--json", "print the complaint")
    .action(async (idText: string, options: { reason: string; agent?: string; json?: boolean }) => {
      const id = parseCaseId(idText);
      const reason = options.reason.replace(/\s+/g, " ").trim();
      if (!reason) throw new UsageError("--reason is empty: say why no reply is due (praise, spam, duplicate of #12)");
      const config = await ctx.config();
      const team = teamOf(config);
      const { findAgent } = await import("../../team/agents.js");
      const named = options.agent ?? config.agent?.name;
      const by = named ? ((team.length ? findAgent(team, named)?.name : undefined) ?? named) : undefined;
      const result = await withCaseStore(config, ctx.io.env, (store) => store.closeComplaint(id, { at: new Date().toISOString(), reason, ...(by && { by }) }));
      if (!result.ok) throw result.errors[0]!;
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      else ctx.io.stdout.write(`Closed #${id} without a reply (${reason})${by ? `, by ${by}` : ""}: it has left the queue.\n`);
      ctx.exitCode = EXIT.ok;
    });

  command
    .command("acknowledge")
    .description("outside working hours: send (print) and record an honest acknowledgement; the full reply stays due")
    .argument("[id]", "the complaint's case number")
    .option("--all", "every waiting complaint not yet acknowledged")
    .option("--json", "print the acknowledgements as JSON")
    .option("--now <time>", "the time to measure working hours against (ISO)")
    .addHelpText(
      "after",
      `
The acknowledgement tells the customer their message arrived, who will answer and
when the team is back (from the agents' working hours); it promises nothing else.
It is recorded with the complaint, which stays in the queue until answered.

Examples:
  $ replybook inbox acknowledge 42
  $ replybook inbox acknowledge --all --json`,
    )
    .action(async (idText: string | undefined, options: { all?: boolean; json?: boolean; now?: string }) => {
      if ((idText === undefined) === !options.all) throw new UsageError("inbox acknowledge needs a case number or --all (not both)");
      const now = nowOption(options.now);
      const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
      const team = teamOf(config);
      const { acknowledgementFor, outOfHours } = await import("../../inbox/acknowledge.js");
      if (!team.some((a) => a.hours)) throw new UsageError("no working hours in the config: give the agents hours (agents[].hours) to know when the team is away");
      const inHours = !outOfHours(team, now);
      const done = await withCaseStore(config, ctx.io.env, async (store) => {
        const items = idText !== undefined ? [await store.getComplaint(parseCaseId(idText))].filter((x) => x !== undefined) : (await store.listInbox({ status: "waiting" })).filter((i) => !i.acknowledgement);
        if (idText !== undefined && !items.length) throw new UsageError(`no complaint ${idText} in the inbox (list them with: replybook inbox)`);
        const out: Array<{ id: number; text: string; answerer: string; opens: string }> = [];
        for (const item of items) {
          const ack = acknowledgementFor(item, { team, now, playbooks: catalog.playbooks });
          if (!ack) continue;
          const saved = await store.acknowledgeComplaint(item.id, { at: now.toISOString(), by: ack.answerer, text: ack.text });
          if (!saved.ok) throw saved.errors[0]!;
          out.push({ id: item.id, text: ack.text, answerer: ack.answerer, opens: ack.opens });
        }
        return out;
      });
      if (inHours && !options.json) ctx.io.stderr.write("replybook: note: someone on the team is working now: a full reply beats an acknowledgement\n");
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(done, null, 2)}\n`);
      else {
        for (const d of done) ctx.io.stdout.write(`#${d.id} (${d.answerer} will answer):\n${d.text}\n\n`);
        ctx.io.stdout.write(`${done.length} acknowledgement${done.length === 1 ? "" : "s"} recorded; the full replies stay due (replybook inbox).\n`);
      }
      ctx.exitCode = EXIT.ok;
    });
}

function textOptions(ctx: CommandContext) {
  const paint = paintFrom(new Chalk({ level: wantsColor(ctx.io) ? 1 : 0 }));
  const width = ctx.io.stdout.isTTY ? ctx.io.stdout.columns : undefined;
  return { paint, ...(width ? { width } : {}) };
}
