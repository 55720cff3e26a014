/**
 * What the SQLite and PostgreSQL stores share: the WHERE clause of a case filter (with
 * parameters bound, never spliced), the keys a case is matched and counted by, and the
 * mapping from rows to the interface's records. Both stores keep the same table and column
 * names, so a row means the same thing whichever database it came from.
 */
import { InputError } from "../core/errors.js";
import { foldHandle, foldKey } from "./fold.js";
import type { CaseCommitment, CaseEvent, CaseEventKind, CaseFilter, CaseRecord, CaseSummary, DueCommitment, DueFilter, NewCase } from "./types.js";

export type Dialect = "sqlite" | "postgres";

/** A row of `cases`. Times are ISO strings in UTC (the PostgreSQL store parses timestamptz to them). */
export interface CaseRow {
  id: number;
  customer_name: string | null;
  customer_handle: string | null;
  customer_title: string | null;
  platform: string | null;
  complaint: string | null;
  playbook: string;
  locale: string;
  reply: string;
  follow_up: string | null;
  agent: string;
  posted_at: string | null;
  answered_at: string;
  respond_within_minutes: number | null;
  status: "open" | "closed";
  closed_at: string | null;
  recorded_at: string;
  answers_json: string;
  remedies_json: string;
  findings_json: string;
  checklist_json: string;
  override_json: string | null;
  evidence: string | null;
  csat?: number | null;
  reaction?: string | null;
}

export interface CommitmentRow {
  case_id: number;
  commitment_id: string;
  label: string | null;
  within: string;
  due_at: string;
  done_at: string | null;
  done_by: string | null;
  position: number;
}

export interface NoteRow {
  case_id: number;
  at: string;
  kind: CaseEventKind;
  text: string;
  author: string | null;
}

/** Collects bound parameters: `add(value)` returns the placeholder to write in the SQL. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.dialect === "postgres" ? `$${this.values.length}` : "?";
  }
}

/** The WHERE clause (or "") of a case filter over `cases c`. */
export function caseWhere(filter: CaseFilter, p: Params, dialect: Dialect): string {
  const contains = (column: string, placeholder: string) => (dialect === "postgres" ? `strpos(${column}, ${placeholder}) > 0` : `instr(${column}, ${placeholder}) > 0`);
  const clauses: string[] = [];
  if (filter.customer !== undefined && foldKey(filter.customer)) {
    clauses.push(`(${contains("c.name_key", p.add(foldKey(filter.customer)))} OR ${contains("c.handle_key", p.add(foldHandle(filter.customer)))})`);
  }
  if (filter.sameCustomer) {
    const either: string[] = [];
    const handle = foldHandle(filter.sameCustomer.handle);
    const name = foldKey(filter.sameCustomer.name);
    if (handle) either.push(`c.handle_key = ${p.add(handle)}`);
    if (name) either.push(`c.name_key = ${p.add(name)}`);
    // Nobody named: match nobody rather than everybody.
    clauses.push(either.length ? `(${either.join(" OR ")})` : "1 = 0");
  }
  if (filter.playbook) clauses.push(`c.playbook = ${p.add(filter.playbook)}`);
  if (filter.agent) clauses.push(`c.agent_key = ${p.add(foldKey(filter.agent))}`);
  if (filter.status) clauses.push(`c.status = ${p.add(filter.status)}`);
  if (filter.since) clauses.push(`c.answered_at >= ${p.add(isoOrThrow(filter.since, "since"))}`);
  if (filter.until) clauses.push(`c.answered_at < ${p.add(isoOrThrow(filter.until, "until"))}`);
  return clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
}

/**
 * The open commitments of open cases a due filter matches, joined to their cases: `FROM ... WHERE ...`
 * over `m` and `c`. `drive` says which index SQLite's planner must start from, as it cannot tell
 * without statistics: the open commitments in due order (a listing that stops at its limit), or
 * the open cases (counting: a few per open case). PostgreSQL's planner chooses by itself.
 */
export function dueFrom(filter: DueFilter, p: Params, dialect: Dialect, drive: "due" | "cases"): string {
  const lite = dialect === "sqlite";
  const clauses = ["m.done_at IS NULL", lite && drive === "due" ? "+c.status = 'open'" : "c.status = 'open'"];
  if (filter.before) clauses.push(`m.due_at < ${p.add(isoOrThrow(filter.before, "before"))}`);
  if (filter.agent) clauses.push(`c.agent_key = ${p.add(foldKey(filter.agent))}`);
  const commitments = lite && drive === "cases" ? "commitments m INDEXED BY commitments_undone" : "commitments m";
  return `FROM ${commitments} JOIN cases c ON c.id = m.case_id WHERE ${clauses.join(" AND ")}`;
}

/** `followups`: the due commitments, oldest due first, at most `filter.limit`. */
export function dueSelect(filter: DueFilter, p: Params, dialect: Dialect): string {
  const from = dueFrom(filter, p, dialect, "due");
  const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${p.add(Math.floor(filter.limit))}` : "";
  return `SELECT c.*, m.commitment_id, m.label, m.within, m.due_at, m.done_at, m.done_by, m.position ${from} ORDER BY m.due_at, m.case_id, m.position${limit}`;
}

/** The heading's counts of `followups`: one pass over the open commitments of open cases. */
export function dueCountSelect(filter: DueFilter, marks: { now: string; endOfToday: string }, p: Params, dialect: Dialect): string {
  // SQLite binds "?" in the order they appear: the marks come first in the text, so they are added first.
  const now = p.add(isoOrThrow(marks.now, "now"));
  const now2 = p.add(isoOrThrow(marks.now, "now"));
  const eod = p.add(isoOrThrow(marks.endOfToday, "endOfToday"));
  const eod2 = p.add(isoOrThrow(marks.endOfToday, "endOfToday"));
  const from = dueFrom({ ...filter, limit: undefined }, p, dialect, "cases");
  return `SELECT coalesce(sum(CASE WHEN m.due_at < ${now} THEN 1 ELSE 0 END), 0) AS overdue,
      coalesce(sum(CASE WHEN m.due_at >= ${now2} AND m.due_at < ${eod} THEN 1 ELSE 0 END), 0) AS today,
      coalesce(sum(CASE WHEN m.due_at >= ${eod2} THEN 1 ELSE 0 END), 0) AS later ${from}`;
}

/** The derived columns every insert writes, so matching and counting need no per-row function. */
export function caseKeys(input: Pick<NewCase, "customer" | "agent" | "postedAt" | "answeredAt">): {
  name_key: string;
  handle_key: string;
  customer_key: string;
  agent_key: string;
  response_ms: number | null;
} {
  const handle = foldHandle(input.customer.handle);
  const name = foldKey(input.customer.name);
  return {
    name_key: name,
    handle_key: handle,
    customer_key: handle ? `@${handle}` : name,
    agent_key: foldKey(input.agent),
    response_ms: responseMs(input.postedAt, input.answeredAt),
  };
}

/** Post to reply in whole ms, never negative (a clock a little off is not a negative wait); null when unknown. */
function responseMs(postedAt: string | undefined, answeredAt: string): number | null {
  if (!postedAt) return null;
  const ms = Date.parse(answeredAt) - Date.parse(postedAt);
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

/** A time as the interface keeps it: ISO, UTC, milliseconds. Throws an InputError naming `key` for a non-time. */
export function isoOrThrow(value: string, key: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InputError(`"${value}" is not a time (expected ISO 8601, such as 2025-03-01T09:30:00Z)`, { keyPath: key });
  return new Date(ms).toISOString();
}

export function optionalIso(value: string | undefined, key: string): string | null {
  return value === undefined || value === "" ? null : isoOrThrow(value, key);
}

/** Refuses a commitment id listed twice before anything is written. */
export function checkCommitmentIds(input: NewCase): void {
  const seen = new Set<string>();
  for (const c of input.commitments) {
    if (seen.has(c.id)) throw new InputError(`commitment "${c.id}" is listed twice`, { keyPath: "commitments" });
    seen.add(c.id);
  }
}

/** The values of a new `cases` row, in {@link CASE_COLUMNS} order. */
export function caseValues(input: NewCase, recordedAt: string): unknown[] {
  const keys = caseKeys(input);
  return [
    input.customer.name ?? null,
    input.customer.handle ?? null,
    input.customer.title ?? null,
    input.platform ?? null,
    input.complaint ?? null,
    input.playbook,
    input.locale,
    input.reply,
    input.followUp ?? null,
    input.agent,
    optionalIso(input.postedAt, "postedAt"),
    isoOrThrow(input.answeredAt, "answeredAt"),
    input.respondWithinMinutes ?? null,
    recordedAt,
    JSON.stringify(input.answers ?? {}),
    JSON.stringify(input.remedies ?? []),
    JSON.stringify(input.findings ?? []),
    JSON.stringify(input.checklist ?? { done: [], skipped: [] }),
    input.override ? JSON.stringify(input.override) : null,
    input.evidence ?? null,
    keys.name_key,
    keys.handle_key,
    keys.customer_key,
    keys.agent_key,
    keys.response_ms,
    // Only a whole case being copied (db copy) carries these; a new case has none yet.
    (input as Partial<CaseRecord>).csat ?? null,
    (input as Partial<CaseRecord>).reaction ?? null,
  ];
}

export const CASE_COLUMNS = [
  "customer_name",
  "customer_handle",
  "customer_title",
  "platform",
  "complaint",
  "playbook",
  "locale",
  "reply",
  "follow_up",
  "agent",
  "posted_at",
  "answered_at",
  "respond_within_minutes",
  "recorded_at",
  "answers_json",
  "remedies_json",
  "findings_json",
  "checklist_json",
  "override_json",
  "evidence",
  "name_key",
  "handle_key",
  "customer_key",
  "agent_key",
  "response_ms",
  "csat",
  "reaction",
] as const;

export function customerOf(row: Pick<CaseRow, "customer_name" | "customer_handle" | "customer_title">): CaseRecord["customer"] {
  const c: CaseRecord["customer"] = {};
  if (row.customer_name) c.name = row.customer_name;
  if (row.customer_handle) c.handle = row.customer_handle;
  if (row.customer_title) c.title = row.customer_title;
  return c;
}

export function commitmentOf(row: CommitmentRow): CaseCommitment {
  const c: CaseCommitment = { id: row.commitment_id, label: row.label ?? row.commitment_id, within: row.within, due: row.due_at };
  if (row.done_at) c.doneAt = row.done_at;
  if (row.done_by) c.doneBy = row.done_by;
  return c;
}

export function eventOf(n: NoteRow): CaseEvent {
  const e: CaseEvent = { at: n.at, kind: n.kind, text: n.text };
  if (n.author) e.author = n.author;
  return e;
}

export function summaryOf(r: CaseRow & { open_commitments: number | string; next_due: string | null }): CaseSummary {
  const summary: CaseSummary = {
    id: Number(r.id),
    customer: customerOf(r),
    playbook: r.playbook,
    locale: r.locale,
    agent: r.agent,
    answeredAt: r.answered_at,
    status: r.status,
    openCommitments: Number(r.open_commitments),
  };
  if (r.platform) summary.platform = r.platform;
  if (r.posted_at) summary.postedAt = r.posted_at;
  if (r.next_due) summary.nextDue = r.next_due;
  return summary;
}

export function recordOf(row: CaseRow, commitments: CommitmentRow[], notes: NoteRow[]): CaseRecord {
  const record: CaseRecord = {
    id: Number(row.id),
    customer: customerOf(row),
    playbook: row.playbook,
    locale: row.locale,
    reply: row.reply,
    agent: row.agent,
    answeredAt: row.answered_at,
    commitments: commitments.map(commitmentOf),
    answers: parseJson(row.answers_json, {}),
    remedies: parseJson(row.remedies_json, []),
    findings: parseJson(row.findings_json, []),
    checklist: parseJson(row.checklist_json, { done: [], skipped: [] }),
    status: row.status,
    recordedAt: row.recorded_at,
    history: notes.map(eventOf),
  };
  if (row.platform) record.platform = row.platform;
  if (row.complaint) record.complaint = row.complaint;
  if (row.follow_up) record.followUp = row.follow_up;
  if (row.posted_at) record.postedAt = row.posted_at;
  if (row.respond_within_minutes !== null) record.respondWithinMinutes = Number(row.respond_within_minutes);
  if (row.override_json) record.override = parseJson(row.override_json, { findings: [] });
  if (row.evidence) record.evidence = row.evidence;
  if (row.closed_at) record.closedAt = row.closed_at;
  if (row.csat !== undefined && row.csat !== null) record.csat = Number(row.csat);
  if (row.reaction) record.reaction = row.reaction as CaseRecord["reaction"];
  return record;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** One row of the due-commitments join as the interface's DueCommitment. */
export function dueOf(r: CaseRow & CommitmentRow): DueCommitment {
  const due: DueCommitment = {
    caseId: Number(r.id),
    customer: customerOf(r),
    playbook: r.playbook,
    locale: r.locale,
    agent: r.agent,
    answeredAt: r.answered_at,
    commitment: commitmentOf(r),
  };
  if (r.platform) due.platform = r.platform;
  return due;
}
