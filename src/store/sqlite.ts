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
import { InputError, ok, type Result } from "../core/errors.js";
import { foldHandle, foldKey } from "./fold.js";
import { MIGRATIONS, migrate, SCHEMA_VERSION, type MigrationCheck } from "./migrations.js";
import { refuseNetworkFolder } from "./netfs.js";
import { ensureCaseLogFile } from "./paths.js";
import {
  CASE_COLUMNS,
  caseValues,
  caseWhere,
  checkCommitmentIds,
  dueCountSelect,
  dueOf,
  dueSelect,
  isoOrThrow,
  Params,
  recordOf,
  summaryOf,
  type CaseRow,
  type CommitmentRow,
  type NoteRow,
} from "./sql.js";
import { reportFiguresOf } from "./report-query.js";
import type {
  CaseFilter,
  CaseId,
  CaseRecord,
  CaseStore,
  CaseSummary,
  CaseUpdate,
  CustomerRef,
  DueCommitment,
  DueCounts,
  DueFilter,
  InboxCounts,
  InboxRecord,
  LogCounts,
  NewCase,
  PurgeResult,
  ReportFigures,
  ReportRange,
  SchemaStatus,
  CaseCustomer,
  ClaimRequest,
  CustomerHistory,
  ImportResult,
  InboxFilter,
  InboxItem,
  NewComplaint,
  TeamFigures,
} from "./types.js";
import { planUpdate } from "./update.js";
import * as inbox from "./inbox.js";
import { sqliteSession } from "./sqlite-session.js";

export interface SqliteStoreOptions {
  /** Create the folder and file when missing (default true). */
  create?: boolean;
  /** How long a writer waits for another one, in ms (default 10000). */
  busyTimeoutMs?: number;
  /** The mount table to check the folder against (default /proc/mounts); for tests. */
  mountsFile?: string;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating and migrating when needed) the case log at `file`. Throws {@link InputError} for a log it cannot use. */
export function openSqliteCaseStore(file: string, options: SqliteStoreOptions = {}): SqliteCaseStore {
  // Before anything is created: nothing is left behind on a shared drive.
  refuseNetworkFolder(dirname(file), options.mountsFile);
  if (options.create !== false) ensureCaseLogFile(file, dirname(file));
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout, fileMustExist: true });
    setJournalModeWal(db, timeout);
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = FULL");
    db.pragma("secure_delete = ON");
    // Registered before migrating: migration 3 folds the keys of existing cases with them.
    db.function("rb_fold", { deterministic: true }, (text: unknown) => foldKey(typeof text === "string" ? text : null));
    db.function("rb_fold_handle", { deterministic: true }, (text: unknown) => foldHandle(typeof text === "string" ? text : null));
    const check = migrate(db);
    if (!check.ok) throw new InputError(migrationProblem(check), { file });
    return new SqliteCaseStore(db, file);
  } catch (error) {
    db?.close();
    throw sqliteInputError(error, file);
  }
}

/** Why a log cannot be used, in one line after its path. */
function migrationProblem(check: Exclude<MigrationCheck, { ok: true }>): string {
  switch (check.reason) {
    case "newer":
      return `was written by a newer replybook (case log schema v${check.found}; this one knows up to v${SCHEMA_VERSION}): upgrade replybook`;
    case "foreign":
      return "is a SQLite database but not a replybook case log: set REPLYBOOK_DATA_DIR or data-dir to another folder";
    case "failed":
      // Its tables are not what its schema version says (changed by hand, or by a build that
      // numbered its migrations differently): upgrading it would guess, so nothing is changed.
      return `could not be upgraded from schema v${check.from} (migration v${check.version} failed: ${check.message}); its tables do not match its version, so nothing was changed: restore a backup, or set REPLYBOOK_DATA_DIR to another folder`;
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
  readonly kind = "sqlite";
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.stmt = {
      insertCase: db.prepare(`INSERT INTO cases (${CASE_COLUMNS.join(", ")}, status) VALUES (${CASE_COLUMNS.map(() => "?").join(", ")}, 'open')`),
      insertCommitment: db.prepare("INSERT INTO commitments (case_id, commitment_id, label, within, due_at, position) VALUES (?, ?, ?, ?, ?, ?)"),
      insertNote: db.prepare("INSERT INTO notes (case_id, at, kind, text, author) VALUES (?, ?, ?, ?, ?)"),
      getCase: db.prepare("SELECT * FROM cases WHERE id = ?"),
      commitmentsOf: db.prepare("SELECT * FROM commitments WHERE case_id = ? ORDER BY position, commitment_id"),
      notesOf: db.prepare("SELECT * FROM notes WHERE case_id = ? ORDER BY at, id"),
      markDone: db.prepare("UPDATE commitments SET done_at = ?, done_by = ? WHERE case_id = ? AND commitment_id = ? AND done_at IS NULL"),
      setStatus: db.prepare("UPDATE cases SET status = ?, closed_at = ? WHERE id = ?"),
      setSatisfaction: db.prepare("UPDATE cases SET csat = ?, reaction = ? WHERE id = ?"),
    };
  }

  async recordCase(input: NewCase): Promise<CaseId> {
    return this.guard(() => {
      checkCommitmentIds(input);
      const values = caseValues(input, new Date().toISOString());
      const dues = input.commitments.map((c, i) => isoOrThrow(c.due, `commitments[${i}].due`));
      const write = this.db.transaction(() => {
        const id = Number(this.stmt.insertCase.run(values).lastInsertRowid);
        input.commitments.forEach((c, position) => this.stmt.insertCommitment.run(id, c.id, c.label, c.within, dues[position], position));
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
      const p = new Params("sqlite");
      const where = caseWhere(filter, p, "sqlite");
      const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${p.add(Math.floor(filter.limit))}` : "";
      const rows = this.db
        .prepare(
          `SELECT c.*,
             (SELECT count(*) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS open_commitments,
             (SELECT min(due_at) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS next_due
           FROM cases c ${where} ORDER BY c.answered_at DESC, c.id DESC${limit}`,
        )
        .all(p.values) as Array<CaseRow & { open_commitments: number; next_due: string | null }>;
      return rows.map(summaryOf);
    });
  }

  async countCases(filter: CaseFilter = {}): Promise<number> {
    return this.guard(() => {
      const p = new Params("sqlite");
      const where = caseWhere({ ...filter, limit: undefined }, p, "sqlite");
      return (this.db.prepare(`SELECT count(*) AS n FROM cases c ${where}`).get(p.values) as { n: number }).n;
    });
  }

  async updateCase(id: CaseId, update: CaseUpdate): Promise<Result<CaseRecord>> {
    return this.guard(() => {
      const apply = this.db.transaction((): Result<CaseRecord> => {
        const row = this.stmt.getCase.get(id) as CaseRow | undefined;
        const plan = planUpdate(id, row, this.stmt.commitmentsOf.all(id) as CommitmentRow[], update);
        if (!plan.ok) return plan;
        const { at, author, steps } = plan.value;
        for (const step of steps) {
          if (step.kind === "note") this.stmt.insertNote.run(id, at, step.event, step.text, author);
          else if (step.kind === "done") this.stmt.markDone.run(at, author, id, step.commitment);
          else if (step.kind === "satisfaction") this.stmt.setSatisfaction.run(step.csat, step.reaction, id);
          else this.stmt.setStatus.run(step.status, step.closedAt, id);
        }
        return ok(this.readCase(id)!, plan.warnings);
      });
      return apply.immediate();
    });
  }

  async dueCommitments(filter: DueFilter = {}): Promise<DueCommitment[]> {
    return this.guard(() => {
      const p = new Params("sqlite");
      const sql = dueSelect(filter, p, "sqlite");
      return (this.db.prepare(sql).all(p.values) as Array<CaseRow & CommitmentRow>).map(dueOf);
    });
  }

  async dueCounts(filter: DueFilter, marks: { now: string; endOfToday: string }): Promise<DueCounts> {
    return this.guard(() => {
      const p = new Params("sqlite");
      const sql = dueCountSelect(filter, marks, p, "sqlite");
      return this.db.prepare(sql).get(p.values) as DueCounts;
    });
  }

  async reportFigures(range: ReportRange = {}): Promise<ReportFigures> {
    return this.guardAsync(async () => {
      const now = range.now === undefined ? new Date().toISOString() : isoOrThrow(range.now, "now");
      // One read transaction: the figures come from one consistent snapshot. Its statements
      // are awaited one by one, so two reports asked at once on this connection take turns.
      const turn = this.reportTurn.then(async () => {
        this.db.exec("BEGIN DEFERRED");
        try {
          return await this.session.read((q) => reportFiguresOf(q, range, now));
        } finally {
          if (this.db.inTransaction) this.db.exec("COMMIT");
        }
      });
      this.reportTurn = turn.then(
        () => undefined,
        () => undefined,
      );
      return turn;
    });
  }

  async exportCases(filter: CaseFilter = {}): Promise<CaseRecord[]> {
    return this.guard(() => {
      const p = new Params("sqlite");
      const where = caseWhere(filter, p, "sqlite");
      const read = this.db.transaction(() => {
        const ids = this.db.prepare(`SELECT c.id FROM cases c ${where} ORDER BY c.answered_at, c.id`).pluck().all(p.values) as number[];
        return ids.map((id) => this.readCase(id)!);
      });
      return read.deferred();
    });
  }

  async purgeOlderThan(cutoff: string, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    return this.guard(() => this.purge("c.answered_at < ?", [isoOrThrow(cutoff, "cutoff")], options.dryRun));
  }

  async purgeCustomer(customer: CustomerRef, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    return this.guard(() => {
      const p = new Params("sqlite");
      const where = caseWhere({ sameCustomer: customer }, p, "sqlite");
      return this.purge(where.replace(/^WHERE /, ""), p.values, options.dryRun);
    });
  }

  async counts(): Promise<LogCounts> {
    return this.guard(
      () => this.db.prepare("SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM commitments) AS commitments, (SELECT count(*) FROM notes) AS events").get() as LogCounts,
    );
  }

  async casesAfter(afterId: CaseId, limit: number): Promise<CaseRecord[]> {
    return this.guard(() => {
      const read = this.db.transaction(() => {
        const ids = this.db.prepare("SELECT id FROM cases WHERE id > ? ORDER BY id LIMIT ?").pluck().all(afterId, limit) as number[];
        return ids.map((id) => this.readCase(id)!);
      });
      return read.deferred();
    });
  }

  async importCases(records: CaseRecord[]): Promise<void> {
    return this.guard(() => {
      const insert = this.db.prepare(
        `INSERT INTO cases (id, ${CASE_COLUMNS.join(", ")}, status, closed_at) VALUES (?, ${CASE_COLUMNS.map(() => "?").join(", ")}, ?, ?)`,
      );
      const commitment = this.db.prepare("INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, done_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      const write = this.db.transaction(() => {
        for (const r of records) {
          insert.run(r.id, ...caseValues(r, isoOrThrow(r.recordedAt, "recordedAt")), r.status, r.closedAt ?? null);
          r.commitments.forEach((c, i) => commitment.run(r.id, c.id, c.label, c.within, isoOrThrow(c.due, "due"), c.doneAt ?? null, c.doneBy ?? null, i));
          for (const e of r.history) this.stmt.insertNote.run(r.id, isoOrThrow(e.at, "at"), e.kind, e.text, e.author ?? null);
        }
      });
      write.immediate();
    });
  }

  async schemaStatus(): Promise<SchemaStatus> {
    return this.guard(() => {
      const current = this.db.pragma("user_version", { simple: true }) as number;
      return { current, latest: SCHEMA_VERSION, pending: MIGRATIONS.filter((m) => m.version > current).map(({ version, description }) => ({ version, description })) };
    });
  }

  /** Opening a SQLite log already migrates it (under its write lock); this reports where it stands. */
  async migrate(): Promise<SchemaStatus> {
    const check = this.guard(() => migrate(this.db));
    if (!check.ok) throw new InputError(migrationProblem(check), { file: this.location });
    return this.schemaStatus();
  }

  // The inbox: the same queries as the PostgreSQL store (src/store/inbox.ts).
  private sessionCache: ReturnType<typeof sqliteSession> | undefined;
  private reportTurn: Promise<void> = Promise.resolve();
  private get session() {
    return (this.sessionCache ??= sqliteSession(this.db));
  }

  async importComplaints(items: NewComplaint[]): Promise<ImportResult> {
    return this.guardAsync(() => inbox.importComplaints(this.session, items));
  }

  async customerHistories(customers: CaseCustomer[]): Promise<CustomerHistory[]> {
    return this.guardAsync(() => inbox.customerHistories(this.session, customers));
  }

  async listInbox(filter: InboxFilter = {}): Promise<InboxItem[]> {
    return this.guardAsync(() => inbox.listInbox(this.session, filter));
  }

  async getComplaint(id: CaseId): Promise<InboxItem | undefined> {
    return this.guardAsync(() => inbox.getComplaint(this.session, id));
  }

  async claimNext(request: ClaimRequest): Promise<InboxItem | undefined> {
    return this.guardAsync(() => inbox.claimNext(this.session, request));
  }

  async releaseComplaints(which: { id?: CaseId; agent?: string }): Promise<InboxItem[]> {
    return this.guardAsync(() => inbox.releaseComplaints(this.session, which));
  }

  async assignComplaint(id: CaseId, agent: string, at: string): Promise<Result<InboxItem>> {
    return this.guardAsync(() => inbox.assignComplaint(this.session, id, agent, at));
  }

  async closeComplaint(id: CaseId, close: { at: string; by?: string; reason: string }): Promise<Result<InboxItem>> {
    return this.guardAsync(() => inbox.closeComplaint(this.session, id, close));
  }
  async acknowledgeComplaint(id: CaseId, ack: { at: string; by?: string; text: string }): Promise<Result<InboxItem>> {
    return this.guardAsync(() => inbox.acknowledgeComplaint(this.session, id, ack));
  }

  async answerComplaint(id: CaseId, input: NewCase): Promise<Result<CaseId>> {
    return this.guardAsync(() => inbox.answerComplaint(this.session, id, input));
  }

  async inboxCounts(): Promise<InboxCounts> {
    return this.guardAsync(() => inbox.inboxCounts(this.session));
  }

  async inboxAfter(afterId: CaseId, limit: number): Promise<InboxRecord[]> {
    return this.guardAsync(() => inbox.inboxAfter(this.session, afterId, limit));
  }

  async importInbox(rows: InboxRecord[]): Promise<void> {
    return this.guardAsync(() => inbox.importInbox(this.session, rows));
  }

  async teamFigures(range: ReportRange = {}): Promise<TeamFigures> {
    return this.guardAsync(() => inbox.teamFigures(this.session, range));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private async guardAsync<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.db.open) throw new Error("the case log is closed");
    try {
      return await fn();
    } catch (error) {
      throw sqliteInputError(error, this.location);
    }
  }

  /** The raw connection, for tests and maintenance (integrity checks). */
  get database(): Database.Database {
    return this.db;
  }

  private purge(condition: string, params: unknown[], dryRun = false): PurgeResult {
    const run = this.db.transaction((): PurgeResult => {
      const counts = this.db
        .prepare(
          `SELECT count(*) AS cases,
             (SELECT count(*) FROM commitments m WHERE m.case_id IN (SELECT c.id FROM cases c WHERE ${condition})) AS commitments,
             (SELECT count(*) FROM notes n WHERE n.case_id IN (SELECT c.id FROM cases c WHERE ${condition})) AS events
           FROM cases c WHERE ${condition}`,
        )
        .get([...params, ...params, ...params]) as PurgeResult;
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
    return recordOf(row, this.stmt.commitmentsOf.all(id) as CommitmentRow[], this.stmt.notesOf.all(id) as NoteRow[]);
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
