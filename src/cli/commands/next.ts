/**
 * `replybook next`: the most urgent waiting complaint that fits me (my skills and languages;
 * my returning customers first, and other working agents' returning customers left to them,
 * P15), claimed with a lease so nobody else answers it meanwhile. Four agents asking at once
 * get four different complaints (the store claims in one transaction).
 */
import type { Command } from "commander";
import { UsageError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import { withCaseStore } from "../../store/open.js";
import { nowOption } from "../../store/options.js";
import type { CommandContext } from "../context.js";
import { teamOf } from "../team.js";

interface NextOptions {
  agent?: string;
  lease?: string;
  json?: boolean;
  now?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("next")
    .description("claim the most urgent complaint that fits you, with a lease, and show it")
    .option("--agent <name>", "who is asking (default: agent.name in the config)")
    .option("--lease <time>", "how long the claim holds: 30m, 1h (default: inbox.lease in the config, else 30m)")
    .option("--json", "print the complaint as JSON (null when nothing fits)")
    .option("--now <time>", "the time of the claim (ISO)")
    .addHelpText(
      "after",
      `
Asking again while you hold a complaint gives you the same one (its lease renewed):
answer it with 'replybook draft --case <id>', or let go with 'replybook inbox release <id>'.
A complaint assigned to you (inbox assign) comes first; then your returning customers;
then the queue's order. Complaints of other agents' returning customers wait for them
while they are working. Outside working hours the answer also offers the honest
acknowledgement to send ('replybook inbox acknowledge <id>').

Examples:
  $ replybook next
  $ replybook next --agent "Anna Pace" --json`,
    )
    .action(async (options: NextOptions) => {
      ctx.exitCode = await nextCommand(options, ctx);
    });
}

async function nextCommand(options: NextOptions, ctx: CommandContext): Promise<number> {
  const now = nowOption(options.now);
  const [config, catalog] = await Promise.all([ctx.config(), ctx.catalog()]);
  const team = teamOf(config);
  const [{ currentAgent, isWorking }, { parseDuration }, { inboxView, formatClaim }, { acknowledgementFor, outOfHours }] = await Promise.all([
    import("../../team/agents.js"),
    import("../../text/duration.js"),
    import("../../report/inbox.js"),
    import("../../inbox/acknowledge.js"),
  ]);
  const who = currentAgent(team, options.agent, config.agent?.name);
  if (!who.ok) throw who.errors[0]!;
  const agent = who.value;
  const leaseText = options.lease ?? config.inbox?.lease ?? "30m";
  const lease = parseDuration(leaseText);
  if (!lease || lease.minutes <= 0) throw new UsageError(`${options.lease ? "--lease" : "inbox.lease"} ${leaseText}: expected a time such as 30m or 1h`);
  const othersWorking = team.filter((a) => a !== agent && isWorking(a, now)).map((a) => a.name);
  const { claimed, waiting } = await withCaseStore(config, ctx.io.env, async (store) => {
    const claimed = await store.claimNext({
      agent: agent.name,
      now: now.toISOString(),
      leaseMs: lease.minutes * 60_000,
      ...(agent.skills.length && { playbooks: agent.skills }),
      ...(agent.languages.length && { locales: agent.languages }),
      othersWorking,
    });
    const waiting = claimed ? 0 : (await store.listInbox({ status: "waiting" })).length;
    return { claimed, waiting };
  });
  if (!claimed) {
    if (options.json) ctx.io.stdout.write("null\n");
    else ctx.io.stdout.write(waiting ? `Nothing that fits ${agent.name}: ${waiting} waiting, each for another playbook, language or agent (see: replybook inbox).\n` : "Nothing waits: the inbox is empty.\n");
    return EXIT.ok;
  }
  const view = inboxView(claimed, now);
  const away = outOfHours(team, now) || (agent.hours !== undefined && !isWorking(agent, now));
  const ack = away && !claimed.acknowledgement ? acknowledgementFor(claimed, { team, now, playbooks: catalog.playbooks }) : undefined;
  const agentFlag = options.agent ? ` --agent "${agent.name}"` : "";
  if (options.json) {
    ctx.io.stdout.write(`${JSON.stringify({ ...view, agent: agent.name, ...(away && { outOfHours: true }), ...(ack && { acknowledgementOffer: ack }) }, null, 2)}\n`);
    return EXIT.ok;
  }
  ctx.io.stdout.write(`${formatClaim(view, { agent: agent.name, agentFlag, now })}\n`);
  if (ack)
    ctx.io.stdout.write(`\nOutside working hours. Until the full reply, this acknowledgement tells the customer who will answer and when:\n  ${ack.text}\nSend and record it: replybook inbox acknowledge ${claimed.id} (the full reply stays due)\n`);
  return EXIT.ok;
}
