/**
 * The case log's schema, as a list of migrations. `PRAGMA user_version` holds the number of
 * migrations applied; opening a log applies the missing ones in one IMMEDIATE transaction,
 * after checking the version again inside it, so two terminals opening a new log at once
 * migrate it once.
 *
 * Never edit a migration that has shipped: add a new one at the end. A log written by a
 * newer replybook (user_version above {@link SCHEMA_VERSION}) is refused, not downgraded.
 */
import type Database from "better-sqlite3";
import { INBOX_CLOSE_SQL, INBOX_TABLE_SQL } from "./inbox-schema.js";
import { reportSummaryMoreSql, reportSummarySql } from "./report-schema.js";

export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: "cases, their commitments and notes",
    up(db) {
      db.exec(`
        CREATE TABLE cases (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          customer_name TEXT,
          customer_handle TEXT,
          platform TEXT,
          complaint TEXT,
          playbook TEXT NOT NULL,
          locale TEXT NOT NULL,
          reply TEXT NOT NULL,
          agent TEXT NOT NULL,
          posted_at TEXT,
          answered_at TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
          closed_at TEXT,
          recorded_at TEXT NOT NULL
        );
        CREATE INDEX cases_answered_at ON cases (answered_at);
        CREATE TABLE commitments (
          case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
          commitment_id TEXT NOT NULL,
          within TEXT NOT NULL,
          due_at TEXT NOT NULL,
          done_at TEXT,
          PRIMARY KEY (case_id, commitment_id)
        );
        CREATE TABLE notes (
          id INTEGER PRIMARY KEY,
          case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
          at TEXT NOT NULL,
          text TEXT NOT NULL
        );
        CREATE INDEX notes_case ON notes (case_id);
      `);
    },
  },
  {
    version: 2,
    description: "everything a draft outcome carries; commitment labels; history kinds and authors",
    up(db) {
      db.exec(`
        ALTER TABLE cases ADD COLUMN customer_title TEXT;
        ALTER TABLE cases ADD COLUMN follow_up TEXT;
        ALTER TABLE cases ADD COLUMN respond_within_minutes INTEGER;
        ALTER TABLE cases ADD COLUMN answers_json TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE cases ADD COLUMN remedies_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE cases ADD COLUMN findings_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE cases ADD COLUMN checklist_json TEXT NOT NULL DEFAULT '{"done":[],"skipped":[]}';
        ALTER TABLE cases ADD COLUMN override_json TEXT;
        ALTER TABLE cases ADD COLUMN evidence TEXT;
        CREATE INDEX cases_playbook ON cases (playbook);
        CREATE INDEX cases_agent ON cases (agent);

        ALTER TABLE commitments ADD COLUMN label TEXT;
        ALTER TABLE commitments ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE commitments ADD COLUMN done_by TEXT;
        UPDATE commitments SET label = commitment_id WHERE label IS NULL;
        CREATE INDEX commitments_open ON commitments (done_at, due_at);

        ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'done', 'close', 'reopen'));
        ALTER TABLE notes ADD COLUMN author TEXT;
      `);
    },
  },
  {
    version: 3,
    description: "folded customer and agent keys, response time in ms: matched, counted and aggregated in SQL",
    up(db) {
      // rb_fold and rb_fold_handle are registered on the connection before migrating (sqlite.ts):
      // the keys are folded by the same JavaScript as every later insert.
      db.exec(`
        ALTER TABLE cases ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE cases ADD COLUMN handle_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE cases ADD COLUMN customer_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE cases ADD COLUMN agent_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE cases ADD COLUMN response_ms INTEGER;
        UPDATE cases SET name_key = rb_fold(customer_name), handle_key = rb_fold_handle(customer_handle), agent_key = rb_fold(agent),
          response_ms = CASE WHEN posted_at IS NOT NULL
            THEN max(0, CAST(round((unixepoch(answered_at, 'subsec') - unixepoch(posted_at, 'subsec')) * 1000) AS INTEGER)) END;
        UPDATE cases SET customer_key = CASE WHEN handle_key <> '' THEN '@' || handle_key ELSE name_key END;
        DROP INDEX cases_agent;
        DROP INDEX cases_playbook;
        CREATE INDEX cases_playbook_answered ON cases (playbook, answered_at);
        CREATE INDEX cases_agent_key ON cases (agent_key);
        CREATE INDEX cases_handle_key ON cases (handle_key) WHERE handle_key <> '';
        CREATE INDEX cases_name_key ON cases (name_key) WHERE name_key <> '';
        CREATE INDEX cases_open ON cases (status) WHERE status = 'open';
      `);
    },
  },
  {
    version: 4,
    description: "the team's inbox (imported complaints, claims with a lease, acknowledgements); satisfaction and reaction on cases",
    up(db) {
      db.exec(`${INBOX_TABLE_SQL.sqlite}
        ALTER TABLE cases ADD COLUMN csat INTEGER CHECK (csat BETWEEN 1 AND 5);
        ALTER TABLE cases ADD COLUMN reaction TEXT CHECK (reaction IN ('thanked', 'angry', 'silent', 'escalated'));
      `);
    },
  },
  {
    version: 5,
    description: "indexes for a long log: open commitments in due order, and by case",
    up(db) {
      // `followups` reads the oldest open commitments first and stops at its limit; its counts
      // look up the open ones of each open case. Both only ever ask for done_at IS NULL.
      db.exec(`
        DROP INDEX commitments_open;
        CREATE INDEX commitments_due ON commitments (due_at, case_id, position) WHERE done_at IS NULL;
        CREATE INDEX commitments_undone ON commitments (case_id, due_at, done_at) WHERE done_at IS NULL;
      `);
    },
  },
  {
    version: 6,
    description: "complaints closed without a reply (praise, spam, a duplicate): who closed them and why",
    up(db) {
      db.exec(INBOX_CLOSE_SQL.sqlite);
    },
  },
  {
    version: 7,
    description: "the report at scale: commitments counted on their case (kept, late, not done) by triggers; covering indexes",
    up(db) {
      // The report sums these per playbook and agent instead of joining every commitment to its
      // case; the triggers keep them right whichever statement changes a commitment.
      const counted = (row: "NEW" | "OLD", sign: "+" | "-") =>
        `UPDATE cases SET kept_on_time = kept_on_time ${sign} (${row}.done_at IS NOT NULL AND ${row}.done_at <= ${row}.due_at),
           kept_late = kept_late ${sign} (${row}.done_at IS NOT NULL AND ${row}.done_at > ${row}.due_at),
           undone = undone ${sign} (${row}.done_at IS NULL) WHERE id = ${row}.case_id;`;
      db.exec(`
        ALTER TABLE cases ADD COLUMN kept_on_time INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN kept_late INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
        UPDATE cases SET kept_on_time = x.kept_on_time, kept_late = x.kept_late, undone = x.undone
          FROM (SELECT case_id, sum(done_at IS NOT NULL AND done_at <= due_at) AS kept_on_time, sum(done_at IS NOT NULL AND done_at > due_at) AS kept_late,
                  sum(done_at IS NULL) AS undone FROM commitments GROUP BY case_id) AS x
          WHERE x.case_id = cases.id;
        CREATE TRIGGER commitments_counted_insert AFTER INSERT ON commitments BEGIN ${counted("NEW", "+")} END;
        CREATE TRIGGER commitments_counted_delete AFTER DELETE ON commitments BEGIN ${counted("OLD", "-")} END;
        CREATE TRIGGER commitments_counted_update AFTER UPDATE OF case_id, due_at, done_at ON commitments BEGIN ${counted("OLD", "-")} ${counted("NEW", "+")} END;
        DROP INDEX cases_open;
        CREATE INDEX cases_open ON cases (status, playbook, agent, answered_at) WHERE status = 'open';
        CREATE INDEX cases_report ON cases (playbook, agent, answered_at, status, response_ms, respond_within_minutes, locale, csat, reaction, kept_on_time, kept_late, undone);
        CREATE INDEX cases_customer_key ON cases (customer_key, answered_at);
        CREATE INDEX cases_quarter ON cases (${QUARTER_SQL}, answered_at);
      `);
    },
  },
  {
    version: 8,
    description: "the report at scale: summaries per month, playbook and agent, response minutes, quarter-hours and customers, kept by triggers",
    up(db) {
      // Filled from the cases already there (a few seconds for a million), then kept by triggers
      // in the same transaction as every change to a case (src/store/report-schema.ts).
      db.exec(reportSummarySql("sqlite"));
    },
  },
  {
    version: 9,
    description: "the report at scale: response minutes over the whole log, answers from the inbox per month and agent, cases with a target per playbook",
    up(db) {
      db.exec(reportSummaryMoreSql("sqlite"));
    },
  },
];

/**
 * The start of a case's UTC quarter-hour, as ISO text; the report groups by it, and an index on
 * the same expression lets SQLite read the groups in order instead of sorting a million rows.
 */
export const QUARTER_SQL = "substr(answered_at, 1, 14) || printf('%02d', CAST(substr(answered_at, 15, 2) AS INTEGER) / 15 * 15) || ':00.000Z'";

export const SCHEMA_VERSION = MIGRATIONS.length;

export type MigrationCheck =
  | { ok: true; from: number; to: number }
  | { ok: false; reason: "newer"; found: number }
  | { ok: false; reason: "foreign" }
  /** A migration failed (its tables do not match its schema version); nothing was changed. */
  | { ok: false; reason: "failed"; from: number; version: number; message: string };

/** Thrown inside the migrating transaction so that it rolls back; turned into a check outside. */
class MigrationFailed extends Error {
  constructor(
    readonly version: number,
    readonly from: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Brings the database to {@link SCHEMA_VERSION}. Returns the versions, or why it cannot:
 * a newer schema, or a database that has tables but is not a replybook case log.
 */
export function migrate(db: Database.Database): MigrationCheck {
  const current = () => db.pragma("user_version", { simple: true }) as number;
  // Cheap check outside a transaction: the common case is "already current".
  const seen = current();
  if (seen === SCHEMA_VERSION) return { ok: true, from: seen, to: seen };
  if (seen > SCHEMA_VERSION) return { ok: false, reason: "newer", found: seen };
  try {
    return db.transaction((): MigrationCheck => {
      const from = current();
      if (from > SCHEMA_VERSION) return { ok: false, reason: "newer", found: from };
      if (from === 0) {
        const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number };
        if (tables.n > 0) return { ok: false, reason: "foreign" };
      }
      for (const m of MIGRATIONS) {
        if (m.version <= from) continue;
        try {
          m.up(db);
        } catch (error) {
          // A busy or locked file is not the schema's fault: let the caller's handling see it.
          if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY") || (error as { code?: string }).code?.startsWith("SQLITE_LOCKED")) throw error;
          throw new MigrationFailed(m.version, from, error);
        }
      }
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return { ok: true, from, to: SCHEMA_VERSION };
    }).immediate();
  } catch (error) {
    if (error instanceof MigrationFailed) return { ok: false, reason: "failed", from: error.from, version: error.version, message: error.message };
    throw error;
  }
}
