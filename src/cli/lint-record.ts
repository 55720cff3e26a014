/**
 * `lint --record`: replies written elsewhere (a social tool, an e-mail client) go into the
 * case log like accepted drafts, so their promises show up in `replybook followups` (P12)
 * and the complaint is counted (P13). Loaded only when --record is given.
 */
import type { Catalog } from "../catalog/load.js";
import type { Config } from "../config/types.js";
import { UsageError } from "../core/errors.js";
import type { LintContext, LintResult } from "../lint/types.js";
import { formatDuration, parseDuration, parsePostedAt, type Duration } from "../text/duration.js";
import type { CliIO } from "./io.js";

export interface RecordFlags {
  commit?: string[];
  posted?: string;
  evidence?: string;
}

export interface LintedReply {
  text: string;
  result: LintResult;
}

/** Checks what recording needs before anything is linted, so a mistake costs nothing. */
export function checkRecordFlags(base: LintContext, flags: RecordFlags, catalog: Catalog, fallbackLocale?: string): void {
  if (!base.playbookId) throw new UsageError("--record needs --playbook: the case log files each reply under its playbook");
  if (!base.customer?.name && !base.customer?.handle) throw new UsageError("--record needs --customer or --handle: a case belongs to a customer");
  if (!base.agent) throw new UsageError("--record needs --agent (or agent.name in the config): who answered");
  // The reply's language is known only once linted: until then, the one asked for, else the config's.
  const locale = base.locale ?? fallbackLocale;
  const playbook = catalog.playbooks.find((p) => p.id === base.playbookId && (!locale || p.locale === locale)) ?? catalog.playbooks.find((p) => p.id === base.playbookId);
  for (const flag of flags.commit ?? []) commitmentOf(flag, playbook);
  if (flags.posted !== undefined && !parsePostedAt(flags.posted, base.now ?? new Date())) throw new UsageError(`--posted "${flags.posted}": expected "3h ago", "2 days ago" or an ISO time`);
}

export async function recordLintedReplies(replies: LintedReply[], base: LintContext, flags: RecordFlags, ctx: { config: Config; catalog: Catalog; io: CliIO }): Promise<void> {
  const { outcomeFromReply, recordDraftOutcome } = await import("../draft/record.js");
  const now = base.now ?? new Date();
  // The complaint from --complaint or --complaint-file, read once by the command.
  const complaint = base.complaint;
  for (const { text, result } of replies) {
    const playbook = ctx.catalog.playbooks.find((p) => p.id === base.playbookId && p.locale === result.locale) ?? ctx.catalog.playbooks.find((p) => p.id === base.playbookId)!;
    const commitments: Record<string, Duration> = {};
    for (const flag of flags.commit ?? []) {
      const [id, d] = commitmentOf(flag, playbook);
      commitments[id] = d;
    }
    const outcome = outcomeFromReply({
      reply: text,
      playbook,
      locale: playbook.locale,
      ...(base.customer && { customer: base.customer }),
      agent: base.agent!,
      ...(base.channel && { platform: base.channel }),
      ...(complaint && { complaint: complaint.trim() }),
      ...(flags.posted && { postedAt: parsePostedAt(flags.posted, now)!.toISOString() }),
      answeredAt: now.toISOString(),
      findings: result.findings,
      commitments,
      ...(flags.evidence && { evidence: flags.evidence }),
    });
    const id = await recordDraftOutcome(outcome, { config: ctx.config, env: ctx.io.env, playbook });
    ctx.io.stderr.write(`Recorded as case ${id}. Promises due: replybook followups\n`);
  }
}

/** "callback=24h" -> the commitment and its time frame, never sooner than the playbook allows (P4). */
function commitmentOf(flag: string, playbook: Catalog["playbooks"][number] | undefined): [string, Duration] {
  const eq = flag.indexOf("=");
  const id = eq > 0 ? flag.slice(0, eq).trim() : "";
  const d = eq > 0 ? parseDuration(flag.slice(eq + 1)) : undefined;
  if (!id || !d) throw new UsageError(`--commit "${flag}": expected <commitment>=<time frame>, e.g. --commit callback=24h`);
  const spec = playbook?.commitments.find((c) => c.id === id);
  if (!spec) throw new UsageError(`--commit ${id}: playbook ${playbook?.id} has no such commitment (it has: ${playbook?.commitments.map((c) => c.id).join(", ") || "none"})`);
  if (d.minutes < spec.earliest.minutes) throw new UsageError(`--commit ${id}=${d.text}: sooner than the playbook allows (${formatDuration(spec.earliest, playbook!.locale)}, P4)`);
  return [id, d];
}
