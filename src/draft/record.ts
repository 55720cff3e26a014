/**
 * Drafts and the case log: the draft layer turns an accepted reply into a case and asks the
 * store about a customer; the store knows nothing of drafts.
 *
 * - {@link recordDraftOutcome}: after `draft` (unless `--no-record`) and `lint --record`,
 *   write the accepted reply and its promises (P11, P12).
 * - {@link earlierCasesFor}: before drafting for a customer, their earlier cases and who
 *   handled them, to suggest the same person (P15).
 *
 * Both open the log, do one thing and close it, unless handed an open `store`.
 */
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";
import type { Finding } from "../lint/types.js";
import type { Customer, Playbook } from "../playbook/types.js";
import { openCaseStore } from "../store/open.js";
import type { CaseId, CaseStore, CaseSummary, EarlierCases, NewCase } from "../store/types.js";
import { parseDuration, type Duration, dueAfter } from "../text/duration.js";
import type { CommitmentMade, DraftOutcome } from "./outcome.js";

export type { EarlierCases } from "../store/types.js";

/** The parts of a playbook a case keeps: its respond-within target and its commitments' labels. */
export type PlaybookFacts = Pick<Playbook, "respondWithin" | "commitments">;

export interface RecordOptions {
  config: Config;
  env?: NodeJS.ProcessEnv;
  /** Screenshot path or URL of the post (P11); overrides `outcome.evidence`. */
  evidence?: string;
  /**
   * The playbook followed. Pass it when you have it (draft and lint do): it supplies
   * respond-within and the commitments' labels. When absent it is looked up in the catalog,
   * and a catalog that cannot be loaded only costs the labels (ids are shown instead).
   */
  playbook?: PlaybookFacts;
  /** An open store to write to (kept open); by default the configured one is opened and closed. */
  store?: CaseStore;
  /** The inbox complaint this answers: the case takes its number and the complaint leaves the queue. */
  complaintId?: CaseId;
}

/**
 * Records an accepted draft in the case log and returns its case number.
 * Throws an InputError (exit 2) when the log cannot be opened or a time in the outcome is
 * not a time.
 *
 * @example
 *   // in `draft`, after the person accepts (skipped with --no-record or `record: false`):
 *   if (shouldRecord(config, options.record)) {
 *     const id = await recordDraftOutcome(outcome, { config, env: io.env, playbook, evidence: options.evidence });
 *     io.stderr.write(`Recorded as case ${id}. Follow-ups: replybook followups\n`);
 *   }
 */
export async function recordDraftOutcome(outcome: DraftOutcome, opts: RecordOptions): Promise<CaseId> {
  const env = opts.env ?? process.env;
  const playbook = opts.playbook ?? (await lookUpPlaybook(opts.config, env, outcome.playbook, outcome.locale));
  const input = caseFromOutcome(outcome, { playbook, evidence: opts.evidence });
  const write = async (store: CaseStore): Promise<CaseId> => {
    if (opts.complaintId === undefined) return store.recordCase(input);
    const answered = await store.answerComplaint(opts.complaintId, input);
    if (!answered.ok) throw answered.errors[0]!;
    return answered.value;
  };
  if (opts.store) return write(opts.store);
  const store = await openCaseStore(opts.config, env);
  try {
    return await write(store);
  } finally {
    await store.close();
  }
}

/**
 * Whether to record: the `--record` / `--no-record` flag when given, else the config's
 * `record` (true by default).
 */
export function shouldRecord(config: Pick<Config, "record">, flag?: boolean): boolean {
  return flag ?? config.record;
}

/** The case a draft outcome becomes: times normalised to UTC, due times checked, labels filled in. */
export function caseFromOutcome(outcome: DraftOutcome, opts: { playbook?: PlaybookFacts; evidence?: string } = {}): NewCase {
  const answeredAt = isoTime(outcome.answeredAt, "answeredAt");
  if (!answeredAt) throw new InputError("the outcome has no answer time", { keyPath: "answeredAt" });
  const postedAt = isoTime(outcome.postedAt, "postedAt");
  const seen = new Set<string>();
  const commitments: NewCase["commitments"] = [];
  outcome.commitments.forEach((c, i) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    const label = opts.playbook?.commitments.find((p) => p.id === c.id)?.label ?? c.id;
    commitments.push({ id: c.id, label, within: c.within, due: dueTime(c, answeredAt, i) });
  });
  const input: NewCase = {
    customer: customerOf(outcome.customer),
    playbook: outcome.playbook,
    locale: outcome.locale,
    reply: outcome.reply,
    agent: outcome.agent.trim() || "unknown",
    answeredAt,
    commitments,
    answers: outcome.answers ?? {},
    remedies: outcome.remedies ?? [],
    findings: outcome.findings ?? [],
    checklist: outcome.checklist ?? { done: [], skipped: [] },
  };
  if (outcome.platform) input.platform = outcome.platform;
  if (outcome.complaint) input.complaint = outcome.complaint;
  if (outcome.followUp) input.followUp = outcome.followUp;
  if (postedAt) input.postedAt = postedAt;
  if (opts.playbook) input.respondWithinMinutes = Math.round(opts.playbook.respondWithin.minutes);
  if (outcome.override) input.override = outcome.override;
  const evidence = opts.evidence ?? outcome.evidence;
  if (evidence) input.evidence = evidence;
  return input;
}

/**
 * A {@link DraftOutcome} for a reply written outside `draft`, for `lint --record`.
 * `commitments` maps a commitment id to the time frame promised ("24h", or a parsed Duration);
 * due times count from `answeredAt` (default: now).
 *
 * @example
 *   const outcome = outcomeFromReply({ reply: text, playbook, customer: { name: "Laura Bianchi" }, agent: "Dario",
 *     findings: result.findings, commitments: { callback: "24h" } });
 *   await recordDraftOutcome(outcome, { config, env, playbook });
 */
export function outcomeFromReply(input: {
  reply: string;
  playbook: Pick<Playbook, "id" | "locale"> | string;
  locale?: string;
  customer?: Customer;
  agent: string;
  platform?: string;
  complaint?: string;
  postedAt?: string;
  answeredAt?: string;
  findings?: Finding[];
  commitments?: Record<string, Duration | string>;
  evidence?: string;
}): DraftOutcome {
  const answeredAt = input.answeredAt ?? new Date().toISOString();
  const start = Date.parse(answeredAt);
  const id = typeof input.playbook === "string" ? input.playbook : input.playbook.id;
  const locale = input.locale ?? (typeof input.playbook === "string" ? "en" : input.playbook.locale);
  const commitments: CommitmentMade[] = Object.entries(input.commitments ?? {}).map(([cid, frame]) => {
    const d = typeof frame === "string" ? parseDuration(frame) : frame;
    if (!d) throw new InputError(`"${String(frame)}" is not a time frame (24h, 2d)`, { keyPath: `commitments.${cid}` });
    return { id: cid, within: d.text, due: dueAfter(new Date(start), d).toISOString() };
  });
  const outcome: DraftOutcome = {
    reply: input.reply,
    playbook: id,
    locale,
    customer: input.customer ?? {},
    agent: input.agent,
    answeredAt,
    answers: {},
    commitments,
    findings: input.findings ?? [],
    checklist: { done: [], skipped: [] },
  };
  if (input.platform) outcome.platform = input.platform;
  if (input.complaint) outcome.complaint = input.complaint;
  if (input.postedAt) outcome.postedAt = input.postedAt;
  if (input.evidence) outcome.evidence = input.evidence;
  return outcome;
}

/**
 * The earlier cases of a customer, matched by handle (the "@" optional) or full name, any
 * case and accents ignored, and the agent to suggest. Empty when neither is given.
 *
 * @example
 *   const earlier = await earlierCasesFor({ handle: "@laurab", name: "Laura Bianchi" }, { config, env: io.env });
 *   if (earlier.total) io.stderr.write(formatEarlierCases(earlier) + "\n"); // src/report/cases.ts
 */
export async function earlierCasesFor(
  customer: { handle?: string; name?: string },
  opts: { config: Config; env?: NodeJS.ProcessEnv; store?: CaseStore; limit?: number },
): Promise<EarlierCases> {
  if (!customer.handle?.trim() && !customer.name?.trim()) return { cases: [], total: 0, agents: [] };
  const store = opts.store ?? (await openCaseStore(opts.config, opts.env ?? process.env));
  try {
    const all = await store.listCases({ sameCustomer: customer });
    return summariseEarlier(all, opts.limit ?? 5);
  } finally {
    if (!opts.store) await store.close();
  }
}

/** Pure part of {@link earlierCasesFor}: `cases` newest first. */
export function summariseEarlier(cases: CaseSummary[], limit = 5): EarlierCases {
  const agents = new Map<string, { agent: string; cases: number; lastAnsweredAt: string }>();
  for (const c of cases) {
    const a = agents.get(c.agent);
    if (a) {
      a.cases++;
      if (c.answeredAt > a.lastAnsweredAt) a.lastAnsweredAt = c.answeredAt;
    } else agents.set(c.agent, { agent: c.agent, cases: 1, lastAnsweredAt: c.answeredAt });
  }
  const out: EarlierCases = {
    cases: cases.slice(0, limit),
    total: cases.length,
    agents: [...agents.values()].sort((x, y) => y.lastAnsweredAt.localeCompare(x.lastAnsweredAt)),
  };
  if (cases[0]) out.suggestedAgent = cases[0].agent;
  return out;
}

async function lookUpPlaybook(config: Config, env: NodeJS.ProcessEnv, id: string, locale: string): Promise<PlaybookFacts | undefined> {
  try {
    const [{ loadCatalogCached }, { findPlaybook }] = await Promise.all([import("../catalog/cache.js"), import("../catalog/load.js")]);
    const catalog = await loadCatalogCached(config, env);
    if (!catalog.ok) return undefined;
    return findPlaybook(catalog.value, id, locale) ?? findPlaybook(catalog.value, id);
  } catch {
    // Recording must not fail because a playbook file is being edited: the case keeps ids instead of labels.
    return undefined;
  }
}

function isoTime(value: string | undefined, key: string): string | undefined {
  if (value === undefined || value === "") return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InputError(`"${value}" is not a time (expected ISO 8601, such as 2025-03-01T09:30:00Z)`, { keyPath: key });
  return new Date(ms).toISOString();
}

/** The outcome's due time, or, when it has none, the answer time plus the time frame promised. */
function dueTime(c: CommitmentMade, answeredAt: string, index: number): string {
  const given = isoTime(c.due || undefined, `commitments[${index}].due`);
  if (given) return given;
  const d = parseDuration(c.within);
  if (!d) throw new InputError(`commitment "${c.id}" has no due time and "${c.within}" is not a time frame`, { keyPath: `commitments[${index}].within` });
  return dueAfter(new Date(Date.parse(answeredAt)), d).toISOString();
}

function customerOf(c: Customer): NewCase["customer"] {
  const out: NewCase["customer"] = {};
  if (c.name?.trim()) out.name = c.name.trim();
  if (c.handle?.trim()) out.handle = c.handle.trim();
  if (c.title?.trim()) out.title = c.title.trim();
  return out;
}
