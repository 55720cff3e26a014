/**
 * The embedded case log: one SQLite file (better-sqlite3) in the data folder.
 *
 * - WAL, so readers never block the one writer, and a 10 s busy timeout, so two terminals
 *   recording at once wait for each other instead of failing.
 * - Every write is one IMMEDIATE transaction: the write lock is taken up front, so a
 *   read-then-write can never deadlock against another writer, and a kill in the middle
 *   leaves either the whole case or nothing.
 * - synchronous=FULL: a recorded promise survives a power cut, not only a crash.
 * - secure_delete: purged cases are overwritten, not left in free pages (data protection).
 */
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { fail, InputError, ok, type Result } from "../core/errors.js";
import { buildReport, type CaseReport, type ReportCaseRow } from "../report/build.js";
import { foldHandle, foldKey } from "./fold.js";
import { migrate, SCHEMA_VERSION } from "./migrations.js";
import { ensureCaseLogFile } from "./paths.js";
import type {
  CaseCommitment,
  CaseEvent,
  CaseEventKind,
  CaseFilter,
  CaseId,
  CaseRecord,
  CaseStore,
  CaseSummary,
  CaseUpdate,
  CustomerRef,
  DueCommitment,
  DueFilter,
  NewCase,
  PurgeResult,
  ReportRange,
} from "./types.js";

export interface SqliteStoreOptions {
  /** Create the folder and file when missing (default true). */
  create?: boolean;
  /** How long a writer waits for another one, in ms (default 10000). */
  busyTimeoutMs?: number;
}

interface CaseRow {
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
}

interface CommitmentRow {
  case_id: number;
  commitment_id: string;
  label: string | null;
  within: string;
  due_at: string;
  done_at: string | null;
  done_by: string | null;
  position: number;
}

interface NoteRow {
  case_id: number;
  at: string;
  kind: CaseEventKind;
  text: string;
  author: string | null;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating and migrating when needed) the case log at `file`. Throws {@link InputError} for a log it cannot use. */
export function openSqliteCaseStore(file: string, options: SqliteStoreOptions = {}): SqliteCaseStore {
  if (options.create !== false) ensureCaseLogFile(file, dirname(file));
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout, fileMustExist: true });
    setJournalModeWal(db, timeout);
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = FULL");
    db.pragma("secure_delete = ON");
    const check = migrate(db);
    if (!check.ok) {
      throw new InputError(
        check.reason === "newer"
          ? `was written by a newer replybook (case log schema v${check.found}; this one knows up to v${SCHEMA_VERSION}): upgrade replybook`
          : "is a SQLite database but not a replybook case log: set REPLYBOOK_DATA_DIR or data-dir to another folder",
        { file },
      );
    }
    db.function("rb_fold", { deterministic: true }, (text: unknown) => foldKey(typeof text === "string" ? text : null));
    db.function("rb_fold_handle", { deterministic: true }, (text: unknown) => foldHandle(typeof text === "string" ? text : null));
    return new SqliteCaseStore(db, file);
  } catch (error) {
    db?.close();
    throw sqliteInputError(error, file);
  }
}

/** Switching to WAL needs a moment alone with the file; a second terminal doing the same may briefly hold it. */
function setJournalModeWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** SQLite's failures, in words a person can act on, naming the file. Other errors pass through. */
export function sqliteInputError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return error;
  const reason = (error as Error).message;
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"))
    return new InputError(`is not a readable case log (${reason}): move it aside or restore a backup`, { file });
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return new InputError("is locked by another replybook for too long: try again in a moment", { file });
  if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_PERM"))
    return new InputError(`cannot be written (${reason}): check the permissions of the file and its folder`, { file });
  if (code === "SQLITE_FULL") return new InputError("cannot be written: the disk is full", { file });
  if (code.startsWith("SQLITE_IOERR")) return new InputError(`cannot be read or written (${reason})`, { file });
  return error;
}

export class SqliteCaseStore implements CaseStore {
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.stmt = {
      insertCase: db.prepare(`
        INSERT INTO cases (customer_name, customer_handle, customer_title, platform, complaint, playbook, locale, reply, follow_up,
          agent, posted_at, answered_at, respond_within_minutes, status, recorded_at, answers_json, remedies_json, findings_json,
          checklist_json, override_json, evidence)
        VALUES (@customer_name, @customer_handle, @customer_title, @platform, @complaint, @playbook, @locale, @reply, @follow_up,
          @agent, @posted_at, @answered_at, @respond_within_minutes, 'open', @recorded_at, @answers_json, @remedies_json, @findings_json,
          @checklist_json, @override_json, @evidence)`),
      insertCommitment: db.prepare(`
        INSERT INTO commitments (case_id, commitment_id, label, within, due_at, position)
        VALUES (@case_id, @commitment_id, @label, @within, @due_at, @position)`),
      insertNote: db.prepare("INSERT INTO notes (case_id, at, kind, text, author) VALUES (?, ?, ?, ?, ?)"),
      getCase: db.prepare("SELECT * FROM cases WHERE id = ?"),
      commitmentsOf: db.prepare("SELECT * FROM commitments WHERE case_id = ? ORDER BY position, commitment_id"),
      notesOf: db.prepare("SELECT * FROM notes WHERE case_id = ? ORDER BY at, id"),
      markDone: db.prepare("UPDATE commitments SET done_at = ?, done_by = ? WHERE case_id = ? AND commitment_id = ? AND done_at IS NULL"),
      setStatus: db.prepare("UPDATE cases SET status = ?, closed_at = ? WHERE id = ?"),
    };
  }

  async recordCase(input: NewCase): Promise<CaseId> {
    return this.guard(() => {
      const seen = new Set<string>();
      for (const c of input.commitments) {
        if (seen.has(c.id)) throw new InputError(`commitment "${c.id}" is listed twice`, { keyPath: "commitments" });
        seen.add(c.id);
      }
      const write = this.db.transaction(() => {
        const info = this.stmt.insertCase.run({
          customer_name: input.customer.name ?? null,
          customer_handle: input.customer.handle ?? null,
          customer_title: input.customer.title ?? null,
          platform: input.platform ?? null,
          complaint: input.complaint ?? null,
          playbook: input.playbook,
          locale: input.locale,
          reply: input.reply,
          follow_up: input.followUp ?? null,
          agent: input.agent,
          posted_at: input.postedAt ?? null,
          answered_at: input.answeredAt,
          respond_within_minutes: input.respondWithinMinutes ?? null,
          recorded_at: new Date().toISOString(),
          answers_json: JSON.stringify(input.answers ?? {}),
          remedies_json: JSON.stringify(input.remedies ?? []),
          findings_json: JSON.stringify(input.findings ?? []),
          checklist_json: JSON.stringify(input.checklist ?? { done: [], skipped: [] }),
          override_json: input.override ? JSON.stringify(input.override) : null,
          evidence: input.evidence ?? null,
        });
        const id = Number(info.lastInsertRowid);
        input.commitments.forEach((c, position) =>
          this.stmt.insertCommitment.run({ case_id: id, commitment_id: c.id, label: c.label, within: c.within, due_at: c.due, position }),
        );
        return id;
      });
      return write.immediate();
    });
  }

  async getCase(id: CaseId): Promise<CaseRecord | undefined> {
    return this.guard(() => this.readCase(id));
  }

  async listCases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    return this.guard(() => {
      const { where, params } = caseWhere(filter);
      const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : "";
      const rows = this.db
        .prepare(
          `SELECT c.*,
             (SELECT count(*) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS open_commitments,
             (SELECT min(due_at) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS next_due
           FROM cases c ${where} ORDER BY c.answered_at DESC, c.id DESC${limit}`,
        )
        .all(params) as Array<CaseRow & { open_commitments: number; next_due: string | null }>;
      return rows.map((r) => {
        const summary: CaseSummary = {
          id: r.id,
          customer: customerOf(r),
          playbook: r.playbook,
          locale: r.locale,
          agent: r.agent,
          answeredAt: r.answered_at,
          status: r.status,
          openCommitments: r.open_commitments,
        };
        if (r.platform) summary.platform = r.platform;
        if (r.posted_at) summary.postedAt = r.posted_at;
        if (r.next_due) summary.nextDue = r.next_due;
        return summary;
      });
    });
  }

  async updateCase(id: CaseId, update: CaseUpdate): Promise<Result<CaseRecord>> {
    return this.guard(() => {
      const at = update.at ?? new Date().toISOString();
      const author = update.author ?? null;
      const apply = this.db.transaction((): Result<CaseRecord> => {
        const row = this.stmt.getCase.get(id) as CaseRow | undefined;
        if (!row) return fail(new InputError(`no case ${id} in the case log (list them with: replybook cases)`));
        const commitments = this.stmt.commitmentsOf.all(id) as CommitmentRow[];
        const warnings: InputError[] = [];
        const done = [...new Set(update.done ?? [])];
        for (const wanted of done) {
          const c = commitments.find((m) => m.commitment_id === wanted);
          if (!c) {
            const known = commitments.map((m) => m.commitment_id);
            return fail(new InputError(`case ${id} has no commitment "${wanted}" (${known.length ? `it has: ${known.join(", ")}` : "it has none"})`));
          }
        }
        const note = update.note?.trim();
        if (update.note !== undefined && !note) return fail(new InputError("the note is empty"));
        if (update.close && update.reopen) return fail(new InputError("cannot close and reopen a case at once"));
        if (note) this.stmt.insertNote.run(id, at, "note", note, author);
        for (const wanted of done) {
          const c = commitments.find((m) => m.commitment_id === wanted)!;
          if (c.done_at) {
            warnings.push(new InputError(`commitment "${wanted}" of case ${id} was already marked done at ${c.done_at}`));
            continue;
          }
          this.stmt.markDone.run(at, author, id, wanted);
          this.stmt.insertNote.run(id, at, "done", `${c.label ?? wanted} (${wanted})`, author);
        }
        if (update.close) {
          if (row.status === "closed") warnings.push(new InputError(`case ${id} was already closed at ${row.closed_at}`));
          else {
            this.stmt.setStatus.run("closed", at, id);
            const open = commitments.filter((m) => !m.done_at && !done.includes(m.commitment_id)).map((m) => m.commitment_id);
            this.stmt.insertNote.run(id, at, "close", open.length ? `closed with commitments not marked done: ${open.join(", ")}` : "closed", author);
          }
        }
        if (update.reopen) {
          if (row.status === "open") warnings.push(new InputError(`case ${id} is already open`));
          else {
            this.stmt.setStatus.run("open", null, id);
            this.stmt.insertNote.run(id, at, "reopen", "reopened", author);
          }
        }
        return ok(this.readCase(id)!, warnings);
      });
      return apply.immediate();
    });
  }

  async dueCommitments(filter: DueFilter = {}): Promise<DueCommitment[]> {
    return this.guard(() => {
      const clauses = ["m.done_at IS NULL", "c.status = 'open'"];
      const params: Record<string, unknown> = {};
      if (filter.before) {
        clauses.push("m.due_at < @before");
        params.before = filter.before;
      }
      if (filter.agent) {
        clauses.push("rb_fold(c.agent) = @agent");
        params.agent = foldKey(filter.agent);
      }
      const rows = this.db
        .prepare(
          `SELECT c.*, m.commitment_id, m.label, m.within, m.due_at, m.done_at, m.done_by, m.position
           FROM commitments m JOIN cases c ON c.id = m.case_id
           WHERE ${clauses.join(" AND ")} ORDER BY m.due_at, c.id, m.position`,
        )
        .all(params) as Array<CaseRow & CommitmentRow>;
      return rows.map((r) => {
        const due: DueCommitment = {
          caseId: r.id,
          customer: customerOf(r),
          playbook: r.playbook,
          locale: r.locale,
          agent: r.agent,
          answeredAt: r.answered_at,
          commitment: commitmentOf(r),
        };
        if (r.platform) due.platform = r.platform;
        return due;
      });
    });
  }

  async reportData(range: ReportRange = {}): Promise<CaseReport> {
    return this.guard(() => {
      const { where, params } = caseWhere({ since: range.since, until: range.until });
      const read = this.db.transaction(() => {
        const cases = this.db.prepare(`SELECT * FROM cases c ${where} ORDER BY c.answered_at, c.id`).all(params) as CaseRow[];
        const commitments = this.db
          .prepare(`SELECT m.* FROM commitments m JOIN cases c ON c.id = m.case_id ${where} ORDER BY m.case_id, m.position`)
          .all(params) as CommitmentRow[];
        return { cases, commitments };
      });
      // One read transaction: the figures come from one consistent snapshot.
      const { cases, commitments } = read.deferred();
      const byCase = new Map<number, ReportCaseRow["commitments"]>();
      for (const m of commitments) {
        const list = byCase.get(m.case_id) ?? [];
        list.push({ id: m.commitment_id, due: m.due_at, ...(m.done_at ? { doneAt: m.done_at } : {}) });
        byCase.set(m.case_id, list);
      }
      const rows: ReportCaseRow[] = cases.map((c) => ({
        id: c.id,
        playbook: c.playbook,
        locale: c.locale,
        agent: c.agent,
        customerKey: c.customer_handle ? `@${foldHandle(c.customer_handle)}` : foldKey(c.customer_name),
        ...(c.posted_at ? { postedAt: c.posted_at } : {}),
        answeredAt: c.answered_at,
        ...(c.respond_within_minutes !== null ? { respondWithinMinutes: c.respond_within_minutes } : {}),
        status: c.status,
        commitments: byCase.get(c.id) ?? [],
      }));
      return buildReport(rows, range);
    });
  }

  async exportCases(filter: CaseFilter = {}): Promise<CaseRecord[]> {
    return this.guard(() => {
      const { where, params } = caseWhere(filter);
      const read = this.db.transaction(() => {
        const ids = this.db.prepare(`SELECT c.id FROM cases c ${where} ORDER BY c.answered_at, c.id`).pluck().all(params) as number[];
        return ids.map((id) => this.readCase(id)!);
      });
      return read.deferred();
    });
  }

  async purgeOlderThan(cutoff: string, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    return this.guard(() => this.purge("c.answered_at < @cutoff", { cutoff }, options.dryRun));
  }

  async purgeCustomer(customer: CustomerRef, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    return this.guard(() => {
      const { where, params } = caseWhere({ sameCustomer: customer });
      if (!where) return { cases: 0, commitments: 0, events: 0 };
      return this.purge(where.replace(/^WHERE /, ""), params, options.dryRun);
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** The raw connection, for tests and maintenance (integrity checks). */
  get database(): Database.Database {
    return this.db;
  }

  private purge(condition: string, params: Record<string, unknown>, dryRun = false): PurgeResult {
    const run = this.db.transaction((): PurgeResult => {
      const counts = this.db
        .prepare(
          `SELECT count(*) AS cases,
             (SELECT count(*) FROM commitments m WHERE m.case_id IN (SELECT c.id FROM cases c WHERE ${condition})) AS commitments,
             (SELECT count(*) FROM notes n WHERE n.case_id IN (SELECT c.id FROM cases c WHERE ${condition})) AS events
           FROM cases c WHERE ${condition}`,
        )
        .get(params) as PurgeResult;
      if (!dryRun && counts.cases > 0) this.db.prepare(`DELETE FROM cases AS c WHERE ${condition}`).run(params);
      return { cases: counts.cases, commitments: counts.commitments, events: counts.events };
    });
    const result = run.immediate();
    // The WAL still holds copies of the deleted pages until a checkpoint resets it.
    if (!dryRun && result.cases > 0) this.db.pragma("wal_checkpoint(TRUNCATE)");
    return result;
  }

  private readCase(id: CaseId): CaseRecord | undefined {
    const row = this.stmt.getCase.get(id) as CaseRow | undefined;
    if (!row) return undefined;
    const commitments = (this.stmt.commitmentsOf.all(id) as CommitmentRow[]).map(commitmentOf);
    const history = (this.stmt.notesOf.all(id) as NoteRow[]).map((n) => {
      const e: CaseEvent = { at: n.at, kind: n.kind, text: n.text };
      if (n.author) e.author = n.author;
      return e;
    });
    const record: CaseRecord = {
      id: row.id,
      customer: customerOf(row),
      playbook: row.playbook,
      locale: row.locale,
      reply: row.reply,
      agent: row.agent,
      answeredAt: row.answered_at,
      commitments,
      answers: parseJson(row.answers_json, {}),
      remedies: parseJson(row.remedies_json, []),
      findings: parseJson(row.findings_json, []),
      checklist: parseJson(row.checklist_json, { done: [], skipped: [] }),
      status: row.status,
      recordedAt: row.recorded_at,
      history,
    };
    if (row.platform) record.platform = row.platform;
    if (row.complaint) record.complaint = row.complaint;
    if (row.follow_up) record.followUp = row.follow_up;
    if (row.posted_at) record.postedAt = row.posted_at;
    if (row.respond_within_minutes !== null) record.respondWithinMinutes = row.respond_within_minutes;
    if (row.override_json) record.override = parseJson(row.override_json, { findings: [] });
    if (row.evidence) record.evidence = row.evidence;
    if (row.closed_at) record.closedAt = row.closed_at;
    return record;
  }

  private guard<T>(fn: () => T): T {
    if (!this.db.open) throw new Error("the case log is closed");
    try {
      return fn();
    } catch (error) {
      throw sqliteInputError(error, this.location);
    }
  }
}

function caseWhere(filter: CaseFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.customer !== undefined && foldKey(filter.customer)) {
    params.customer = foldKey(filter.customer);
    params.customerHandle = foldHandle(filter.customer);
    clauses.push("(instr(rb_fold(c.customer_name), @customer) > 0 OR instr(rb_fold_handle(c.customer_handle), @customerHandle) > 0)");
  }
  if (filter.sameCustomer) {
    const either: string[] = [];
    if (filter.sameCustomer.handle && foldHandle(filter.sameCustomer.handle)) {
      params.sameHandle = foldHandle(filter.sameCustomer.handle);
      either.push("rb_fold_handle(c.customer_handle) = @sameHandle");
    }
    if (filter.sameCustomer.name && foldKey(filter.sameCustomer.name)) {
      params.sameName = foldKey(filter.sameCustomer.name);
      either.push("rb_fold(c.customer_name) = @sameName");
    }
    // Nobody named: match nobody rather than everybody.
    clauses.push(either.length ? `(${either.join(" OR ")})` : "0");
  }
  if (filter.playbook) {
    clauses.push("c.playbook = @playbook");
    params.playbook = filter.playbook;
  }
  if (filter.agent) {
    clauses.push("rb_fold(c.agent) = @agent");
    params.agent = foldKey(filter.agent);
  }
  if (filter.status) {
    clauses.push("c.status = @status");
    params.status = filter.status;
  }
  if (filter.since) {
    clauses.push("c.answered_at >= @since");
    params.since = filter.since;
  }
  if (filter.until) {
    clauses.push("c.answered_at < @until");
    params.until = filter.until;
  }
  return { where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

function customerOf(row: Pick<CaseRow, "customer_name" | "customer_handle" | "customer_title">): CaseRecord["customer"] {
  const c: CaseRecord["customer"] = {};
  if (row.customer_name) c.name = row.customer_name;
  if (row.customer_handle) c.handle = row.customer_handle;
  if (row.customer_title) c.title = row.customer_title;
  return c;
}

function commitmentOf(row: CommitmentRow): CaseCommitment {
  const c: CaseCommitment = { id: row.commitment_id, label: row.label ?? row.commitment_id, within: row.within, due: row.due_at };
  if (row.done_at) c.doneAt = row.done_at;
  if (row.done_by) c.doneBy = row.done_by;
  return c;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
