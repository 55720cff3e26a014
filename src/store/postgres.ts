/**
 * The team's case log on a PostgreSQL server (node-postgres).
 *
 * - A small pool per process; every write is one transaction on one connection, so a lost
 *   connection or a killed process leaves the whole change or none of it.
 * - Only bound parameters reach the server ($1, $2...); identifiers are constants here.
 * - The connection URL is passed to pg as it is, so `sslmode`, `sslrootcert`, `host=/socket/dir`
 *   and the libpq environment (PGPASSWORD, ~/.pgpass) work as with psql.
 * - timestamptz comes back as ISO strings in UTC and bigint as numbers, so rows read the same
 *   as SQLite's (src/store/sql.ts maps both).
 */
import pg from "pg";
import { InputError, ok, type Result } from "../core/errors.js";
import { foldKey } from "./fold.js";
import { PG_MIGRATIONS, PG_SCHEMA_VERSION, pgMigrate, pgSchemaState } from "./postgres-migrations.js";
import { reportFiguresOf } from "./report-query.js";
import { isConnectionError, pgInputError, type WritePhase } from "./pg-errors.js";
import { CASE_COLUMNS, caseValues, caseWhere, checkCommitmentIds, dueCountSelect, dueOf, dueSelect, isoOrThrow, Params, recordOf, summaryOf, type CaseRow, type CommitmentRow, type NoteRow } from "./sql.js";
import { redactUrl } from "./target.js";
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
import type { Runner, Session } from "./inbox.js";

export interface PostgresStoreOptions {
  /** Apply missing migrations on open (default true). */
  migrate?: boolean;
  /** Connections in the pool (default 4: a command runs its queries one after another). */
  max?: number;
  /** How long to wait for a connection, in ms (default 10000). */
  connectTimeoutMs?: number;
}

const parseTimestamptz = pg.types.getTypeParser(1184) as (text: string) => Date;
/** Per pool, not global: another pg user in the same process keeps pg's defaults. */
const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (text: string) => Number(text); // bigint: case numbers and counts
    if (oid === 1184) return (text: string) => parseTimestamptz(text).toISOString();
    return pg.types.getTypeParser(oid, format);
  },
};

type Client = pg.PoolClient;

/**
 * A connection the server drops (shutdown, terminated backend) also emits "error", at any
 * moment, even while the pool is closing it; without a listener that event would end the
 * process with a stack trace. The query in progress, if any, fails on its own and is reported.
 */
class QuietClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on("error", () => undefined);
  }
}

/** Connects, checks the schema and (by default) migrates it. Throws an InputError for a server or database it cannot use. */
export async function openPostgresCaseStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresCaseStore> {
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: pgConnectionString(url),
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 10_000,
    application_name: "replybook",
    types: TYPES,
    Client: QuietClient,
  } as pg.PoolConfig);
  // An idle connection the server drops must not crash the process: the next query reports it.
  pool.on("error", () => undefined);
  const store = new PostgresCaseStore(pool, location);
  try {
    const status = await store.schemaStatus();
    if (status.current > status.latest)
      throw new InputError(`was migrated by a newer replybook (case log schema v${status.current}; this one knows up to v${status.latest}): upgrade replybook`, { file: location });
    if (status.pending.length && options.migrate !== false) await store.migrate();
    return store;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw pgInputError(error, location);
  }
}

/**
 * The URL as pg takes it. node-postgres 8 treats sslmode=prefer, require and verify-ca as
 * verify-full (certificate and host name checked) and warns about it on stderr in several
 * lines; saying verify-full outright keeps that behaviour and keeps a command's output to
 * its own lines. With uselibpqcompat=true the modes keep libpq's meanings instead.
 */
export function pgConnectionString(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const mode = u.searchParams.get("sslmode");
  if (u.searchParams.get("uselibpqcompat") === "true" || !mode || !["prefer", "require", "verify-ca"].includes(mode)) return url;
  u.searchParams.set("sslmode", "verify-full");
  return u.toString();
}

export class PostgresCaseStore implements CaseStore {
  readonly kind = "postgres";
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  async recordCase(input: NewCase): Promise<CaseId> {
    checkCommitmentIds(input);
    const values = caseValues(input, new Date().toISOString());
    const dues = input.commitments.map((c, i) => isoOrThrow(c.due, `commitments[${i}].due`));
    return this.write(async (client) => {
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO cases (${CASE_COLUMNS.join(", ")}, status) VALUES (${CASE_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")}, 'open') RETURNING id`,
        values,
      );
      const id = inserted.rows[0]!.id;
      if (input.commitments.length)
        await client.query(
          `INSERT INTO commitments (case_id, commitment_id, label, within, due_at, position)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::int[])`,
          [id, input.commitments.map((c) => c.id), input.commitments.map((c) => c.label), input.commitments.map((c) => c.within), dues, input.commitments.map((_, i) => i)],
        );
      return id;
    });
  }

  async getCase(id: CaseId): Promise<CaseRecord | undefined> {
    return this.read(async (client) => (await this.readCases(client, [id]))[0]);
  }

  async listCases(filter: CaseFilter = {}): Promise<CaseSummary[]> {
    const p = new Params("postgres");
    const where = caseWhere(filter, p, "postgres");
    const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${p.add(Math.floor(filter.limit))}` : "";
    const sql = `SELECT c.*,
        (SELECT count(*) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS open_commitments,
        (SELECT min(due_at) FROM commitments m WHERE m.case_id = c.id AND m.done_at IS NULL) AS next_due
      FROM cases c ${where} ORDER BY c.answered_at DESC, c.id DESC${limit}`;
    return this.read(async (client) => (await client.query<CaseRow & { open_commitments: number; next_due: string | null }>(sql, p.values)).rows.map(summaryOf));
  }

  async countCases(filter: CaseFilter = {}): Promise<number> {
    const p = new Params("postgres");
    const where = caseWhere({ ...filter, limit: undefined }, p, "postgres");
    return this.read(async (client) => (await client.query<{ n: number }>(`SELECT count(*) AS n FROM cases c ${where}`, p.values)).rows[0]!.n);
  }

  async updateCase(id: CaseId, update: CaseUpdate): Promise<Result<CaseRecord>> {
    return this.write(async (client) => {
      // FOR UPDATE: two people updating one case at once take turns, each seeing the other's change.
      const row = (await client.query<CaseRow>("SELECT status, closed_at, csat, reaction FROM cases WHERE id = $1 FOR UPDATE", [id])).rows[0];
      const commitments = (await client.query<CommitmentRow>("SELECT * FROM commitments WHERE case_id = $1 ORDER BY position, commitment_id", [id])).rows;
      const plan = planUpdate(id, row, commitments, update);
      if (!plan.ok) return plan;
      const { at, author, steps } = plan.value;
      for (const step of steps) {
        if (step.kind === "note") await client.query("INSERT INTO notes (case_id, at, kind, text, author) VALUES ($1, $2, $3, $4, $5)", [id, at, step.event, step.text, author]);
        else if (step.kind === "done")
          await client.query("UPDATE commitments SET done_at = $1, done_by = $2 WHERE case_id = $3 AND commitment_id = $4 AND done_at IS NULL", [at, author, id, step.commitment]);
        else if (step.kind === "satisfaction") await client.query("UPDATE cases SET csat = $1, reaction = $2 WHERE id = $3", [step.csat, step.reaction, id]);
        else await client.query("UPDATE cases SET status = $1, closed_at = $2 WHERE id = $3", [step.status, step.closedAt, id]);
      }
      return ok((await this.readCases(client, [id]))[0]!, plan.warnings);
    });
  }

  async dueCommitments(filter: DueFilter = {}): Promise<DueCommitment[]> {
    const p = new Params("postgres");
    const sql = dueSelect(filter, p, "postgres");
    return this.read(async (client) => (await client.query<CaseRow & CommitmentRow>(sql, p.values)).rows.map(dueOf));
  }

  async dueCounts(filter: DueFilter, marks: { now: string; endOfToday: string }): Promise<DueCounts> {
    const p = new Params("postgres");
    const sql = dueCountSelect(filter, marks, p, "postgres");
    const row = await this.read(async (client) => (await client.query<Record<keyof DueCounts, string | number>>(sql, p.values)).rows[0]!);
    return { overdue: Number(row.overdue), today: Number(row.today), later: Number(row.later) };
  }

  async reportFigures(range: ReportRange = {}): Promise<ReportFigures> {
    const now = range.now === undefined ? new Date().toISOString() : isoOrThrow(range.now, "now");
    // One snapshot for every figure: REPEATABLE READ, read only.
    return this.read(async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        // Sorts and hashes over the summaries stay in memory; compiling the queries (JIT) would
        // cost more than running them.
        await client.query("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off");
        return await reportFiguresOf(runnerOf(client), range, now);
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
      }
    });
  }

  async exportCases(filter: CaseFilter = {}): Promise<CaseRecord[]> {
    const p = new Params("postgres");
    const where = caseWhere(filter, p, "postgres");
    return this.read(async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const ids = (await client.query<{ id: number }>(`SELECT c.id FROM cases c ${where} ORDER BY c.answered_at, c.id`, p.values)).rows.map((r) => r.id);
        return await this.readCases(client, ids);
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
      }
    });
  }

  async purgeOlderThan(cutoff: string, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    return this.purge("c.answered_at < $1", [isoOrThrow(cutoff, "cutoff")], options.dryRun);
  }

  async purgeCustomer(customer: CustomerRef, options: { dryRun?: boolean } = {}): Promise<PurgeResult> {
    const p = new Params("postgres");
    const where = caseWhere({ sameCustomer: customer }, p, "postgres");
    return this.purge(where.replace(/^WHERE /, ""), p.values, options.dryRun);
  }

  async counts(): Promise<LogCounts> {
    return this.read(async (client) => {
      const r = await client.query<LogCounts>("SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM commitments) AS commitments, (SELECT count(*) FROM notes) AS events");
      return r.rows[0]!;
    });
  }

  async casesAfter(afterId: CaseId, limit: number): Promise<CaseRecord[]> {
    return this.read(async (client) => {
      const ids = (await client.query<{ id: number }>("SELECT id FROM cases WHERE id > $1 ORDER BY id LIMIT $2", [afterId, limit])).rows.map((r) => r.id);
      return this.readCases(client, ids);
    });
  }

  async importCases(records: CaseRecord[]): Promise<void> {
    if (!records.length) return;
    await this.write(async (client) => {
      const columns = ["id", ...CASE_COLUMNS, "status", "closed_at"];
      // Rows of ~28 values, in slices that stay under the protocol's 65535 parameters.
      for (let start = 0; start < records.length; start += 1000) {
        const slice = records.slice(start, start + 1000);
        const values: unknown[] = [];
        const rows = slice.map((r) => {
          const row = [r.id, ...caseValues(r, isoOrThrow(r.recordedAt, "recordedAt")), r.status, r.closedAt ?? null];
          const first = values.length;
          values.push(...row);
          return `(${row.map((_, i) => `$${first + i + 1}`).join(", ")})`;
        });
        await client.query(`INSERT INTO cases (${columns.join(", ")}) VALUES ${rows.join(", ")}`, values);
        const ms = slice.flatMap((r) => r.commitments.map((c, i) => ({ r, c, i })));
        if (ms.length)
          await client.query(
            `INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, done_by, position)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::int[])`,
            [ms.map((x) => x.r.id), ms.map((x) => x.c.id), ms.map((x) => x.c.label), ms.map((x) => x.c.within), ms.map((x) => x.c.due), ms.map((x) => x.c.doneAt ?? null), ms.map((x) => x.c.doneBy ?? null), ms.map((x) => x.i)],
          );
        const ns = slice.flatMap((r) => r.history.map((e) => ({ r, e })));
        if (ns.length)
          await client.query(
            "INSERT INTO notes (case_id, at, kind, text, author) SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[])",
            [ns.map((x) => x.r.id), ns.map((x) => x.e.at), ns.map((x) => x.e.kind), ns.map((x) => x.e.text), ns.map((x) => x.e.author ?? null)],
          );
      }
      // New cases continue after the highest number copied in.
      await client.query("SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases))");
    });
  }

  async schemaStatus(): Promise<SchemaStatus> {
    return this.read(async (client) => {
      const state = await pgSchemaState(client);
      if (state.foreign)
        throw new InputError("has a table named cases that replybook did not make: give replybook its own schema or database (see the README)", { file: this.location });
      const current = state.applied.length ? Math.max(...state.applied.map((a) => a.version)) : 0;
      return { current, latest: PG_SCHEMA_VERSION, pending: PG_MIGRATIONS.filter((m) => m.version > current).map(({ version, description }) => ({ version, description })) };
    });
  }

  async migrate(): Promise<SchemaStatus> {
    const result = await this.read((client) => pgMigrate(client));
    if (!result.ok)
      throw new InputError(
        result.reason === "newer"
          ? `was migrated by a newer replybook (case log schema v${result.found}; this one knows up to v${PG_SCHEMA_VERSION}): upgrade replybook`
          : "has a table named cases that replybook did not make: give replybook its own schema or database (see the README)",
        { file: this.location },
      );
    return this.schemaStatus();
  }

  // The inbox: the same queries as the SQLite store (src/store/inbox.ts), each write one transaction.
  private readonly session: Session = {
    read: (fn) => this.read((client) => fn(runnerOf(client))),
    write: (fn) => this.write((client) => fn(runnerOf(client))),
  };

  async importComplaints(items: NewComplaint[]): Promise<ImportResult> {
    return inbox.importComplaints(this.session, items);
  }

  async customerHistories(customers: CaseCustomer[]): Promise<CustomerHistory[]> {
    return inbox.customerHistories(this.session, customers);
  }

  async listInbox(filter: InboxFilter = {}): Promise<InboxItem[]> {
    return inbox.listInbox(this.session, filter);
  }

  async getComplaint(id: CaseId): Promise<InboxItem | undefined> {
    return inbox.getComplaint(this.session, id);
  }

  async claimNext(request: ClaimRequest): Promise<InboxItem | undefined> {
    return inbox.claimNext(this.session, request);
  }

  async releaseComplaints(which: { id?: CaseId; agent?: string }): Promise<InboxItem[]> {
    return inbox.releaseComplaints(this.session, which);
  }

  async assignComplaint(id: CaseId, agent: string, at: string): Promise<Result<InboxItem>> {
    return inbox.assignComplaint(this.session, id, agent, at);
  }

  async closeComplaint(id: CaseId, close: { at: string; by?: string; reason: string }): Promise<Result<InboxItem>> {
    return inbox.closeComplaint(this.session, id, close);
  }
  async acknowledgeComplaint(id: CaseId, ack: { at: string; by?: string; text: string }): Promise<Result<InboxItem>> {
    return inbox.acknowledgeComplaint(this.session, id, ack);
  }

  async answerComplaint(id: CaseId, input: NewCase): Promise<Result<CaseId>> {
    return inbox.answerComplaint(this.session, id, input);
  }

  async inboxCounts(): Promise<InboxCounts> {
    return inbox.inboxCounts(this.session);
  }

  async inboxAfter(afterId: CaseId, limit: number): Promise<InboxRecord[]> {
    return inbox.inboxAfter(this.session, afterId, limit);
  }

  async importInbox(rows: InboxRecord[]): Promise<void> {
    return inbox.importInbox(this.session, rows);
  }

  async teamFigures(range: ReportRange = {}): Promise<TeamFigures> {
    return inbox.teamFigures(this.session, range);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end().catch(() => undefined);
  }

  private async purge(condition: string, params: unknown[], dryRun = false): Promise<PurgeResult> {
    return this.write(async (client) => {
      const counts = (
        await client.query<PurgeResult>(
          `WITH doomed AS (SELECT c.id FROM cases c WHERE ${condition})
           SELECT (SELECT count(*) FROM doomed) AS cases,
             (SELECT count(*) FROM commitments m WHERE m.case_id IN (SELECT id FROM doomed)) AS commitments,
             (SELECT count(*) FROM notes n WHERE n.case_id IN (SELECT id FROM doomed)) AS events`,
          params,
        )
      ).rows[0]!;
      if (!dryRun && counts.cases > 0) await client.query(`DELETE FROM cases c WHERE ${condition}`, params);
      return counts;
    });
  }

  /** Whole cases in the order of `ids`, with three queries whatever their number. */
  private async readCases(client: Client, ids: number[]): Promise<CaseRecord[]> {
    if (!ids.length) return [];
    const cases = (await client.query<CaseRow>("SELECT * FROM cases WHERE id = ANY($1::bigint[])", [ids])).rows;
    const commitments = (await client.query<CommitmentRow>("SELECT * FROM commitments WHERE case_id = ANY($1::bigint[]) ORDER BY case_id, position, commitment_id", [ids])).rows;
    const notes = (await client.query<NoteRow>("SELECT * FROM notes WHERE case_id = ANY($1::bigint[]) ORDER BY case_id, at, id", [ids])).rows;
    const byId = new Map(cases.map((c) => [Number(c.id), c]));
    const group = <T extends { case_id: number }>(rows: T[]) => {
      const map = new Map<number, T[]>();
      for (const r of rows) map.set(Number(r.case_id), [...(map.get(Number(r.case_id)) ?? []), r]);
      return map;
    };
    const ms = group(commitments);
    const ns = group(notes);
    return ids.filter((id) => byId.has(id)).map((id) => recordOf(byId.get(id)!, ms.get(id) ?? [], ns.get(id) ?? []));
  }

  /** Runs `fn` on one connection, outside a transaction. */
  private async read<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.connect("read");
    let broken = false;
    try {
      return await fn(client);
    } catch (error) {
      broken = isConnectionError(error);
      throw pgInputError(error, this.location, "read");
    } finally {
      client.release(broken);
    }
  }

  /** Runs `fn` in one transaction: committed whole, or rolled back whole. */
  private async write<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.connect("write");
    let phase: WritePhase = "write";
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      // A Result carrying errors changed nothing: roll back rather than commit an empty transaction.
      if (isFailedResult(result)) {
        await client.query("ROLLBACK");
        return result;
      }
      phase = "commit";
      await client.query("COMMIT");
      return result;
    } catch (error) {
      broken = isConnectionError(error);
      if (!broken) await client.query("ROLLBACK").catch(() => undefined);
      throw pgInputError(error, this.location, phase);
    } finally {
      client.release(broken);
    }
  }

  private async connect(phase: WritePhase): Promise<Client> {
    if (this.closed) throw new Error("the case log is closed");
    try {
      const client = await this.pool.connect();
      return client;
    } catch (error) {
      throw pgInputError(error, this.location, phase === "write" ? "write" : "read");
    }
  }
}

function isFailedResult(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && Array.isArray((value as { errors?: unknown }).errors);
}

function runnerOf(client: Client): Runner {
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      await client.query(sql, params);
    },
  };
}
