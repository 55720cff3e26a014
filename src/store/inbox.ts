/**
 * The inbox's queries, written once for both stores: each store hands in a {@link Session}
 * (reads, and writes in one transaction: SQLite's BEGIN IMMEDIATE, PostgreSQL's BEGIN) and the
 * same SQL runs on either, with bound parameters only. Claims are safe against each other:
 * on SQLite the IMMEDIATE transaction holds the one write lock from the read to the update; on
 * PostgreSQL the candidate row is read FOR UPDATE SKIP LOCKED, so a second claimer skips it
 * and takes the next one instead of waiting or taking the same.
 */
import { fail, InputError, ok, type Result } from "../core/errors.js";
import { foldHandle, foldKey } from "./fold.js";
import { CASE_COLUMNS, caseValues, checkCommitmentIds, isoOrThrow, Params, type Dialect } from "./sql.js";
import { floorMonth, groupRows, inboxAnswerRows, nextMonth, planRange } from "./report-query.js";
import { REACTIONS } from "./types.js";
import type {
  CaseCustomer,
  CaseId,
  ClaimRequest,
  CustomerHistory,
  ImportResult,
  InboxCounts,
  InboxRecord,
  InboxFilter,
  InboxItem,
  NewCase,
  NewComplaint,
  Reaction,
  ReportRange,
  TeamFigures,
} from "./types.js";

/** One statement at a time, on the connection of the transaction (or read) in progress. */
export interface Runner {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
}

export interface Session {
  read<T>(fn: (q: Runner) => Promise<T>): Promise<T>;
  /** One transaction: committed whole, or rolled back whole (also when `fn` returns a failed Result). */
  write<T>(fn: (q: Runner) => Promise<T>): Promise<T>;
}

interface InboxRow {
  id: number;
  source_key: string;
  external_id: string | null;
  source: string | null;
  text: string;
  customer_name: string | null;
  customer_handle: string | null;
  platform: string | null;
  link: string | null;
  orders: number | null;
  posted_at: string | null;
  imported_at: string;
  playbook: string | null;
  locale: string | null;
  route_words: string;
  respond_within_minutes: number | null;
  due_ms: number | string;
  rank_ms: number | string;
  vip: number | boolean;
  vip_reason: string | null;
  returning_agent: string | null;
  returning_key: string | null;
  status: "waiting" | "answered";
  close_reason?: string | null;
  closed_by?: string | null;
  claimed_by: string | null;
  claimed_key: string | null;
  claimed_at: string | null;
  lease_until_ms: number | string | null;
  ack_at: string | null;
  ack_by: string | null;
  ack_text: string | null;
  answered_at: string | null;
  case_id: number | null;
}

const CHUNK = 400;

function itemOf(r: InboxRow): InboxItem {
  const customer: CaseCustomer = {};
  if (r.customer_name) customer.name = r.customer_name;
  if (r.customer_handle) customer.handle = r.customer_handle;
  const item: InboxItem = {
    id: Number(r.id),
    status: r.status,
    text: r.text,
    customer,
    importedAt: r.imported_at,
    routeWords: parseWords(r.route_words),
    due: new Date(Number(r.due_ms)).toISOString(),
    rankMs: Number(r.rank_ms),
    vip: Boolean(Number(r.vip)),
  };
  if (r.platform) item.platform = r.platform;
  if (r.link) item.link = r.link;
  if (r.orders !== null) item.orders = Number(r.orders);
  if (r.external_id) item.externalId = r.external_id;
  if (r.source) item.source = r.source;
  if (r.posted_at) item.postedAt = r.posted_at;
  if (r.playbook) item.playbook = r.playbook;
  if (r.locale) item.locale = r.locale;
  if (r.respond_within_minutes !== null) item.respondWithinMinutes = Number(r.respond_within_minutes);
  if (r.vip_reason) item.vipReason = r.vip_reason;
  if (r.returning_agent) item.returningAgent = r.returning_agent;
  if (r.claimed_by) item.claimedBy = r.claimed_by;
  if (r.claimed_at) item.claimedAt = r.claimed_at;
  if (r.lease_until_ms !== null) item.leaseUntil = new Date(Number(r.lease_until_ms)).toISOString();
  if (r.ack_at && r.ack_text) item.acknowledgement = { at: r.ack_at, text: r.ack_text, ...(r.ack_by && { by: r.ack_by }) };
  if (r.answered_at) item.answeredAt = r.answered_at;
  if (r.case_id !== null) item.caseId = Number(r.case_id);
  if (r.close_reason) {
    item.status = "closed";
    item.closed = { reason: r.close_reason, ...(r.closed_by && { by: r.closed_by }) };
  }
  return item;
}

function parseWords(text: string): string[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/** Numbers from the cases' own sequence, so a complaint is answered as the case of its number. */
async function reserveCaseNumbers(q: Runner, count: number): Promise<number[]> {
  if (count === 0) return [];
  if (q.dialect === "postgres") {
    const rows = await q.all<{ id: number | string }>("SELECT nextval(pg_get_serial_sequence('cases', 'id')) AS id FROM generate_series(1, $1)", [count]);
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }
  // AUTOINCREMENT keeps the highest number given out in sqlite_sequence; moving it on reserves numbers.
  await q.run("INSERT INTO sqlite_sequence (name, seq) SELECT 'cases', coalesce((SELECT max(id) FROM cases), 0) WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'cases')");
  const [row] = await q.all<{ seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'cases'");
  const first = Math.max(Number(row?.seq ?? 0), Number((await q.all<{ m: number | null }>("SELECT max(id) AS m FROM inbox"))[0]?.m ?? 0)) + 1;
  await q.run("UPDATE sqlite_sequence SET seq = ? WHERE name = 'cases'", [first + count - 1]);
  return Array.from({ length: count }, (_, i) => first + i);
}

const INSERT_COLUMNS = [
  "id", "source_key", "external_id", "source", "text", "customer_name", "customer_handle", "name_key", "handle_key", "platform", "link", "orders",
  "posted_at", "imported_at", "playbook", "locale", "route_words", "respond_within_minutes", "due_ms", "rank_ms", "vip", "vip_reason",
  "returning_agent", "returning_key",
] as const;

export async function importComplaints(s: Session, items: NewComplaint[]): Promise<ImportResult> {
  const now = new Date().toISOString();
  return s.write(async (q) => {
    const existing = new Map<string, number>();
    const keys = [...new Set(items.map((i) => i.sourceKey))];
    for (let i = 0; i < keys.length; i += CHUNK) {
      const p = new Params(q.dialect);
      const slice = keys.slice(i, i + CHUNK);
      const rows = await q.all<{ id: number; source_key: string }>(`SELECT id, source_key FROM inbox WHERE source_key IN (${slice.map((k) => p.add(k)).join(", ")})`, p.values);
      for (const r of rows) existing.set(r.source_key, Number(r.id));
    }
    const fresh: NewComplaint[] = [];
    const result: ImportResult = { added: [], duplicates: [] };
    const seen = new Set<string>();
    for (const item of items) {
      const id = existing.get(item.sourceKey);
      if (id !== undefined) result.duplicates.push({ id, sourceKey: item.sourceKey });
      else if (seen.has(item.sourceKey)) result.duplicates.push({ id: -1, sourceKey: item.sourceKey });
      else {
        seen.add(item.sourceKey);
        fresh.push(item);
      }
    }
    const ids = await reserveCaseNumbers(q, fresh.length);
    const byKey = new Map<string, number>();
    for (let i = 0; i < fresh.length; i++) {
      const c = fresh[i]!;
      const p = new Params(q.dialect);
      const values = [
        ids[i], c.sourceKey, c.externalId ?? null, c.source ?? null, c.text, c.customer.name ?? null, c.customer.handle ?? null,
        foldKey(c.customer.name), foldHandle(c.customer.handle), c.platform ?? null, c.link ?? null, c.orders ?? null,
        c.postedAt ? isoOrThrow(c.postedAt, "postedAt") : null, now, c.playbook ?? null, c.locale ?? null, JSON.stringify(c.routeWords),
        c.respondWithinMinutes ?? null, Math.round(c.dueMs), Math.round(c.rankMs), c.vip ? 1 : 0, c.vipReason ?? null,
        c.returningAgent ?? null, c.returningAgent ? foldKey(c.returningAgent) : null,
      ];
      await q.run(`INSERT INTO inbox (${INSERT_COLUMNS.join(", ")}) VALUES (${values.map((v) => p.add(v)).join(", ")})`, p.values);
      result.added.push({ id: ids[i]!, sourceKey: c.sourceKey });
      byKey.set(c.sourceKey, ids[i]!);
    }
    // A line repeated within the same file points at the number its first copy got.
    for (const d of result.duplicates) if (d.id === -1) d.id = byKey.get(d.sourceKey) ?? -1;
    return result;
  });
}

export async function customerHistories(s: Session, customers: CaseCustomer[]): Promise<CustomerHistory[]> {
  const keyed = customers.map((c) => ({ handle: foldHandle(c.handle), name: foldKey(c.name) }));
  const handles = [...new Set(keyed.map((k) => k.handle).filter(Boolean))];
  const names = [...new Set(keyed.map((k) => k.name).filter(Boolean))];
  const rows: Array<{ id: number; handle_key: string; name_key: string; agent: string; reaction: string | null; answered_at: string }> = [];
  await s.read(async (q) => {
    for (const [column, list] of [["handle_key", handles], ["name_key", names]] as const) {
      for (let i = 0; i < list.length; i += CHUNK) {
        const p = new Params(q.dialect);
        const slice = list.slice(i, i + CHUNK);
        rows.push(...(await q.all<(typeof rows)[number]>(`SELECT handle_key, name_key, agent, reaction, answered_at, id FROM cases WHERE ${column} IN (${slice.map((k) => p.add(k)).join(", ")})`, p.values)));
      }
    }
  });
  return keyed.map((k) => {
    const mine = new Map<string, (typeof rows)[number]>();
    for (const r of rows) if ((k.handle && r.handle_key === k.handle) || (k.name && r.name_key === k.name)) mine.set(String(r.id), r);
    const list = [...mine.values()].sort((a, b) => String(b.answered_at).localeCompare(String(a.answered_at)));
    const out: CustomerHistory = { cases: list.length, thanked: list.filter((r) => r.reaction === "thanked").length };
    if (list[0]) out.latestAgent = list[0].agent;
    return out;
  });
}

export async function listInbox(s: Session, filter: InboxFilter = {}): Promise<InboxItem[]> {
  return s.read(async (q) => {
    const p = new Params(q.dialect);
    const clauses: string[] = [];
    const status = filter.status ?? "waiting";
    // Closed complaints are stored as answered ones with a reason (src/store/inbox-schema.ts).
    if (status === "closed") clauses.push("status = 'answered' AND close_reason IS NOT NULL");
    else if (status === "answered") clauses.push("status = 'answered' AND close_reason IS NULL");
    // Written out, not bound: SQLite's planner then sees that the few waiting rows are in inbox_waiting.
    else if (status === "waiting") clauses.push("status = 'waiting'");
    else if (status !== "all") clauses.push(`status = ${p.add(status)}`);
    if (filter.claimedBy) clauses.push(`claimed_key = ${p.add(foldKey(filter.claimedBy))}`);
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
    const limit = filter.limit && filter.limit > 0 ? ` LIMIT ${p.add(Math.floor(filter.limit))}` : "";
    const rows = await q.all<InboxRow>(`SELECT * FROM inbox ${where} ORDER BY CASE WHEN status = 'waiting' THEN 0 ELSE 1 END, rank_ms, id${limit}`, p.values);
    return rows.map(itemOf);
  });
}

export async function getComplaint(s: Session, id: CaseId): Promise<InboxItem | undefined> {
  return s.read(async (q) => {
    const rows = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${new Params(q.dialect).add(id)}`, [id]);
    return rows[0] && itemOf(rows[0]);
  });
}

export async function claimNext(s: Session, req: ClaimRequest): Promise<InboxItem | undefined> {
  const nowMs = Date.parse(isoOrThrow(req.now, "now"));
  const me = foldKey(req.agent);
  return s.write(async (q) => {
    // SQLite's "?" takes one value each time it appears: every use adds its value again, in text order.
    const p = new Params(q.dialect);
    const mine = () => `(claimed_key = ${p.add(me)} AND (lease_until_ms IS NULL OR lease_until_ms >= ${p.add(nowMs)}))`;
    // Mine (claimed by me, lease live, or assigned to me), or free (never claimed, or the lease ran out).
    const clauses = ["status = 'waiting'", `(${mine()} OR claimed_key IS NULL OR lease_until_ms < ${p.add(nowMs)})`];
    if (req.playbooks) clauses.push(req.playbooks.length ? `(playbook IS NULL OR playbook IN (${req.playbooks.map((x) => p.add(x)).join(", ")}))` : "playbook IS NULL");
    if (req.locales?.length) clauses.push(`(locale IS NULL OR locale IN (${req.locales.map((x) => p.add(x)).join(", ")}))`);
    const others = (req.othersWorking ?? []).map(foldKey).filter((k) => k && k !== me);
    if (others.length) clauses.push(`(returning_key IS NULL OR returning_key NOT IN (${others.map((k) => p.add(k)).join(", ")}))`);
    const lock = q.dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
    const order = `CASE WHEN ${mine()} THEN 0 WHEN returning_key = ${p.add(me)} THEN 1 ELSE 2 END, rank_ms, id`;
    const [row] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE ${clauses.join(" AND ")} ORDER BY ${order} LIMIT 1${lock}`, p.values);
    if (!row) return undefined;
    const assigned = row.claimed_by !== null && row.lease_until_ms === null && foldKey(row.claimed_by) === me;
    const u = new Params(q.dialect);
    const lease = assigned ? null : nowMs + req.leaseMs;
    const claimedAt = row.claimed_at && foldKey(row.claimed_by) === me ? row.claimed_at : new Date(nowMs).toISOString();
    await q.run(
      `UPDATE inbox SET claimed_by = ${u.add(assigned ? row.claimed_by : req.agent)}, claimed_key = ${u.add(me)}, claimed_at = ${u.add(claimedAt)}, lease_until_ms = ${u.add(lease)} WHERE id = ${u.add(Number(row.id))}`,
      u.values,
    );
    const [after] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${new Params(q.dialect).add(Number(row.id))}`, [Number(row.id)]);
    return itemOf(after!);
  });
}

export async function releaseComplaints(s: Session, which: { id?: CaseId; agent?: string }): Promise<InboxItem[]> {
  return s.write(async (q) => {
    const p = new Params(q.dialect);
    const clauses = ["status = 'waiting'", "claimed_key IS NOT NULL"];
    if (which.id !== undefined) clauses.push(`id = ${p.add(which.id)}`);
    if (which.agent) clauses.push(`claimed_key = ${p.add(foldKey(which.agent))}`);
    const rows = await q.all<InboxRow>(`SELECT * FROM inbox WHERE ${clauses.join(" AND ")} ORDER BY rank_ms, id`, p.values);
    for (const r of rows) {
      const u = new Params(q.dialect);
      await q.run(`UPDATE inbox SET claimed_by = NULL, claimed_key = NULL, claimed_at = NULL, lease_until_ms = NULL WHERE id = ${u.add(Number(r.id))}`, u.values);
    }
    return rows.map(itemOf);
  });
}

async function waitingRow(q: Runner, id: CaseId): Promise<Result<InboxRow>> {
  const p = new Params(q.dialect);
  const lock = q.dialect === "postgres" ? " FOR UPDATE" : "";
  const [row] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${p.add(id)}${lock}`, p.values);
  if (!row) return fail(new InputError(`no complaint ${id} in the inbox (list them with: replybook inbox)`));
  if (row.status === "answered" && row.close_reason)
    return fail(new InputError(`complaint ${id} was closed without a reply (${row.close_reason})${row.closed_by ? ` by ${row.closed_by}` : ""}${row.answered_at ? ` at ${row.answered_at}` : ""}`));
  if (row.status === "answered") return fail(new InputError(`complaint ${id} was already answered${row.answered_at ? ` at ${row.answered_at}` : ""} (see: replybook case ${id})`));
  return ok(row);
}

export async function assignComplaint(s: Session, id: CaseId, agent: string, at: string): Promise<Result<InboxItem>> {
  return s.write(async (q) => {
    const row = await waitingRow(q, id);
    if (!row.ok) return row;
    const p = new Params(q.dialect);
    await q.run(
      `UPDATE inbox SET claimed_by = ${p.add(agent)}, claimed_key = ${p.add(foldKey(agent))}, claimed_at = ${p.add(isoOrThrow(at, "at"))}, lease_until_ms = NULL WHERE id = ${p.add(id)}`,
      p.values,
    );
    const [after] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${new Params(q.dialect).add(id)}`, [id]);
    const warnings = row.value.claimed_by && foldKey(row.value.claimed_by) !== foldKey(agent) ? [new InputError(`complaint ${id} was held by ${row.value.claimed_by}`)] : [];
    return ok(itemOf(after!), warnings);
  });
}

export async function acknowledgeComplaint(s: Session, id: CaseId, ack: { at: string; by?: string; text: string }): Promise<Result<InboxItem>> {
  return s.write(async (q) => {
    const row = await waitingRow(q, id);
    if (!row.ok) return row;
    const p = new Params(q.dialect);
    await q.run(`UPDATE inbox SET ack_at = ${p.add(isoOrThrow(ack.at, "at"))}, ack_by = ${p.add(ack.by ?? null)}, ack_text = ${p.add(ack.text)} WHERE id = ${p.add(id)}`, p.values);
    const [after] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${new Params(q.dialect).add(id)}`, [id]);
    return ok(itemOf(after!));
  });
}

/** Whether another agent holds the complaint now: an assignment, or a claim whose lease still runs. */
function heldByOther(r: InboxRow, agent: string | undefined, nowMs: number): boolean {
  return Boolean(r.claimed_key && r.claimed_key !== foldKey(agent ?? "") && (r.lease_until_ms === null || Number(r.lease_until_ms) >= nowMs));
}

const heldError = (id: CaseId, r: InboxRow) =>
  new InputError(`complaint ${id} is held by ${r.claimed_by}${r.lease_until_ms === null ? " (assigned)" : ""}: ask them, or free it with replybook inbox release ${id}`);

export async function closeComplaint(s: Session, id: CaseId, close: { at: string; by?: string; reason: string }): Promise<Result<InboxItem>> {
  const at = isoOrThrow(close.at, "at");
  return s.write(async (q) => {
    const row = await waitingRow(q, id);
    if (!row.ok) return row;
    if (heldByOther(row.value, close.by, Date.parse(at))) return fail(heldError(id, row.value));
    const p = new Params(q.dialect);
    await q.run(
      `UPDATE inbox SET status = 'answered', answered_at = ${p.add(at)}, close_reason = ${p.add(close.reason)}, closed_by = ${p.add(close.by ?? null)}, claimed_by = NULL, claimed_key = NULL, claimed_at = NULL, lease_until_ms = NULL WHERE id = ${p.add(id)}`,
      p.values,
    );
    const [after] = await q.all<InboxRow>(`SELECT * FROM inbox WHERE id = ${new Params(q.dialect).add(id)}`, [id]);
    return ok(itemOf(after!));
  });
}

export async function answerComplaint(s: Session, id: CaseId, input: NewCase): Promise<Result<CaseId>> {
  checkCommitmentIds(input);
  const values = caseValues(input, new Date().toISOString());
  const dues = input.commitments.map((c, i) => isoOrThrow(c.due, `commitments[${i}].due`));
  return s.write(async (q) => {
    const row = await waitingRow(q, id);
    if (!row.ok) return row;
    const r = row.value;
    if (heldByOther(r, input.agent, Date.now())) return fail(heldError(id, r));
    const p = new Params(q.dialect);
    await q.run(`INSERT INTO cases (id, ${CASE_COLUMNS.join(", ")}, status) VALUES (${p.add(id)}, ${values.map((v) => p.add(v)).join(", ")}, 'open')`, p.values);
    for (const [position, c] of input.commitments.entries()) {
      const m = new Params(q.dialect);
      await q.run(
        `INSERT INTO commitments (case_id, commitment_id, label, within, due_at, position) VALUES (${m.add(id)}, ${m.add(c.id)}, ${m.add(c.label)}, ${m.add(c.within)}, ${m.add(dues[position])}, ${m.add(position)})`,
        m.values,
      );
    }
    const u = new Params(q.dialect);
    await q.run(`UPDATE inbox SET status = 'answered', answered_at = ${u.add(isoOrThrow(input.answeredAt, "answeredAt"))}, case_id = ${u.add(id)} WHERE id = ${u.add(id)}`, u.values);
    return ok(id);
  });
}

const noReactions = (): Record<Reaction, number> => Object.fromEntries(REACTIONS.map((r) => [r, 0])) as Record<Reaction, number>;

/** Every column of an inbox row, as `db copy` moves it: the complaint, its claim and lease, acknowledgement, answer and closing. */
const COPY_COLUMNS = [
  ...INSERT_COLUMNS,
  "status", "claimed_by", "claimed_key", "claimed_at", "lease_until_ms", "ack_at", "ack_by", "ack_text", "answered_at", "case_id", "close_reason", "closed_by",
] as const;
const NUMBER_COLUMNS = new Set(["id", "orders", "respond_within_minutes", "due_ms", "rank_ms", "vip", "lease_until_ms", "case_id"]);

/** How many complaints the inbox holds, and how many of them are claimed or answered (`db copy` checks). */
export async function inboxCounts(s: Session): Promise<InboxCounts> {
  return s.read(async (q) => {
    const [row] = await q.all<Record<keyof InboxCounts, number | string | null>>(
      "SELECT count(*) AS complaints, count(claimed_key) AS claimed, count(case_id) AS answered FROM inbox",
    );
    return { complaints: Number(row?.complaints ?? 0), claimed: Number(row?.claimed ?? 0), answered: Number(row?.answered ?? 0) };
  });
}

/** Inbox rows numbered above `afterId`, in number order, at most `limit`, every column: a page of `db copy`. */
export async function inboxAfter(s: Session, afterId: CaseId, limit: number): Promise<InboxRecord[]> {
  return s.read(async (q) => {
    const p = new Params(q.dialect);
    const rows = await q.all<Record<string, unknown>>(`SELECT ${COPY_COLUMNS.join(", ")} FROM inbox WHERE id > ${p.add(afterId)} ORDER BY id LIMIT ${p.add(limit)}`, p.values);
    return rows.map((r) => {
      const out: InboxRecord = {};
      for (const c of COPY_COLUMNS) {
        const v = r[c];
        out[c] = v === null || v === undefined ? null : NUMBER_COLUMNS.has(c) ? Number(v) : v instanceof Date ? v.toISOString() : String(v);
      }
      return out;
    });
  });
}

/**
 * Writes inbox rows as they are, in one transaction (`db copy`), then moves the cases' number
 * sequence past them, so a new case never takes the number of a copied complaint.
 */
export async function importInbox(s: Session, rows: InboxRecord[]): Promise<void> {
  await s.write(async (q) => {
    for (const r of rows) {
      const p = new Params(q.dialect);
      const values = COPY_COLUMNS.map((c) => p.add(r[c] ?? null));
      await q.run(`INSERT INTO inbox (${COPY_COLUMNS.join(", ")}) VALUES (${values.join(", ")})`, p.values);
    }
    if (q.dialect === "postgres")
      await q.run(
        `SELECT setval(pg_get_serial_sequence('cases', 'id'), m) FROM (SELECT greatest((SELECT max(id) FROM cases), (SELECT max(id) FROM inbox)) AS m) t WHERE m IS NOT NULL`,
      );
    else {
      await q.run("INSERT INTO sqlite_sequence (name, seq) SELECT 'cases', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'cases')");
      await q.run("UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM cases), 0), coalesce((SELECT max(id) FROM inbox), 0)) WHERE name = 'cases'");
    }
  });
}

export async function teamFigures(s: Session, range: ReportRange = {}): Promise<TeamFigures> {
  const now = range.now === undefined ? new Date().toISOString() : isoOrThrow(range.now, "now");
  const nowMs = Date.parse(now);
  return s.read(async (q) => {
    const p = new Params(q.dialect);
    const [queue] = await q.all<Record<keyof TeamFigures["queue"], number | string | null>>(
      `SELECT count(*) AS waiting,
         sum(CASE WHEN due_ms < ${p.add(nowMs)} THEN 1 ELSE 0 END) AS overdue,
         sum(CASE WHEN vip <> 0 THEN 1 ELSE 0 END) AS "vipWaiting",
         sum(CASE WHEN claimed_key IS NOT NULL AND (lease_until_ms IS NULL OR lease_until_ms >= ${p.add(nowMs)}) THEN 1 ELSE 0 END) AS claimed,
         sum(CASE WHEN ack_at IS NOT NULL THEN 1 ELSE 0 END) AS acknowledged,
         sum(CASE WHEN playbook IS NULL THEN 1 ELSE 0 END) AS unrouted
       FROM inbox WHERE status = 'waiting'`,
      p.values,
    );
    const holding = await q.all<{ agent: string; n: number | string }>(
      `SELECT min(claimed_by) AS agent, count(*) AS n FROM inbox
       WHERE status = 'waiting' AND claimed_key IS NOT NULL AND (lease_until_ms IS NULL OR lease_until_ms >= ${new Params(q.dialect).add(nowMs)}) GROUP BY claimed_key`,
      [nowMs],
    );
    // Ratings and reactions per agent and playbook from the report's summaries (src/store/report-query.ts).
    const groups = await groupRows(q, planRange(range, floorMonth, nextMonth, range.source));
    type Sat = { key: string; rated: number; csat_sum: number; from_inbox: number | string } & Record<string, number | string | null>;
    const satOf = (dim: "agent" | "playbook"): Sat[] => {
      const keys = new Map<string, Sat>();
      for (const g of groups) {
        if (g.dim !== dim) continue;
        const row = keys.get(g.key) ?? ({ key: g.key, rated: 0, csat_sum: 0, from_inbox: 0, ...Object.fromEntries(REACTIONS.map((x) => [`r_${x}`, 0])) } as Sat);
        row.rated += g.f.rated;
        row.csat_sum += g.f.csat_sum;
        for (const x of REACTIONS) row[`r_${x}`] = Number(row[`r_${x}`]) + g.f[`r_${x}`];
        keys.set(g.key, row);
      }
      return [...keys.values()];
    };
    const byAgent = satOf("agent");
    // The answered complaints, per agent of their case (report_inbox, and the inbox joined to the range's ends).
    const fromInbox = await inboxAnswerRows(q, planRange(range, floorMonth, nextMonth, range.source));
    for (const row of byAgent) row.from_inbox = fromInbox.find((f) => f.key === row.key)?.n ?? 0;
    const byPlaybook = satOf("playbook");
    const waitingByPlaybook = await q.all<{ playbook: string; n: number | string }>("SELECT playbook, count(*) AS n FROM inbox WHERE status = 'waiting' AND playbook IS NOT NULL GROUP BY playbook");
    const reactionsOf = (row: Sat) => Object.fromEntries(REACTIONS.map((x) => [x, Number(row[`r_${x}`] ?? 0)])) as Record<Reaction, number>;
    const num = (v: number | string | null | undefined) => Number(v ?? 0);
    const agents = new Map<string, TeamFigures["agents"][number]>();
    for (const a of byAgent) agents.set(foldKey(a.key), { agent: a.key, holding: 0, answeredFromInbox: num(a.from_inbox), rated: num(a.rated), csatSum: num(a.csat_sum), reactions: reactionsOf(a) });
    for (const h of holding) {
      const entry = agents.get(foldKey(h.agent)) ?? { agent: h.agent, holding: 0, answeredFromInbox: 0, rated: 0, csatSum: 0, reactions: noReactions() };
      entry.holding = num(h.n);
      agents.set(foldKey(h.agent), entry);
    }
    const playbooks = new Map<string, TeamFigures["playbooks"][number]>();
    for (const b of byPlaybook) playbooks.set(b.key, { playbook: b.key, waiting: 0, rated: num(b.rated), csatSum: num(b.csat_sum), reactions: reactionsOf(b) });
    for (const w of waitingByPlaybook) {
      const entry = playbooks.get(w.playbook) ?? { playbook: w.playbook, waiting: 0, rated: 0, csatSum: 0, reactions: noReactions() };
      entry.waiting = num(w.n);
      playbooks.set(w.playbook, entry);
    }
    const all = { rated: 0, csatSum: 0, reactions: noReactions() };
    for (const b of playbooks.values()) {
      all.rated += b.rated;
      all.csatSum += b.csatSum;
      for (const x of REACTIONS) all.reactions[x] += b.reactions[x];
    }
    return {
      now,
      queue: {
        waiting: num(queue?.waiting),
        overdue: num(queue?.overdue),
        vipWaiting: num(queue?.vipWaiting),
        claimed: num(queue?.claimed),
        acknowledged: num(queue?.acknowledged),
        unrouted: num(queue?.unrouted),
      },
      agents: [...agents.values()],
      playbooks: [...playbooks.values()],
      all,
    };
  });
}
