/**
 * The inbox table, in both dialects (SQLite migration 4, PostgreSQL's next migration): the
 * same columns and names, so src/store/inbox.ts runs the same queries on both.
 *
 * - `id` is the case number the complaint will be answered as: imported complaints take their
 *   numbers from the cases' own sequence, so `next`, `draft --case`, `case` and `case update`
 *   all speak of one number.
 * - Ordering and leases use whole milliseconds since 1970 (`*_ms`), which compare the same way
 *   in both databases without date functions.
 */
const columns = (t: { id: string; text: string; int: string; time: string }) => `
  CREATE TABLE inbox (
    id ${t.id} PRIMARY KEY,
    source_key ${t.text} NOT NULL UNIQUE,
    external_id ${t.text},
    source ${t.text},
    text ${t.text} NOT NULL,
    customer_name ${t.text},
    customer_handle ${t.text},
    name_key ${t.text} NOT NULL DEFAULT '',
    handle_key ${t.text} NOT NULL DEFAULT '',
    platform ${t.text},
    link ${t.text},
    orders ${t.int},
    posted_at ${t.time},
    imported_at ${t.time} NOT NULL,
    playbook ${t.text},
    locale ${t.text},
    route_words ${t.text} NOT NULL DEFAULT '[]',
    respond_within_minutes ${t.int},
    due_ms ${t.int} NOT NULL,
    rank_ms ${t.int} NOT NULL,
    vip ${t.int} NOT NULL DEFAULT 0,
    vip_reason ${t.text},
    returning_agent ${t.text},
    returning_key ${t.text},
    status ${t.text} NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'answered')),
    claimed_by ${t.text},
    claimed_key ${t.text},
    claimed_at ${t.time},
    lease_until_ms ${t.int},
    ack_at ${t.time},
    ack_by ${t.text},
    ack_text ${t.text},
    answered_at ${t.time},
    case_id ${t.int}
  );
  CREATE INDEX inbox_waiting ON inbox (status, rank_ms);
  CREATE INDEX inbox_claimed ON inbox (claimed_key) WHERE claimed_key IS NOT NULL;
  CREATE INDEX inbox_customer ON inbox (handle_key, name_key);
`;

/**
 * A complaint closed without a reply (praise already liked, spam, a duplicate, not for this team)
 * keeps status 'answered' (the CHECK of the first inbox table allows no other, and nothing is
 * due any more) with `close_reason` set and no `case_id`: src/store/inbox.ts reports it as
 * "closed".
 */
const closeColumns = (t: { text: string }) => `
  ALTER TABLE inbox ADD COLUMN close_reason ${t.text};
  ALTER TABLE inbox ADD COLUMN closed_by ${t.text};
`;

export const INBOX_CLOSE_SQL = {
  sqlite: closeColumns({ text: "TEXT" }),
  postgres: closeColumns({ text: "text" }),
};

export const INBOX_TABLE_SQL = {
  sqlite: columns({ id: "INTEGER", text: "TEXT", int: "INTEGER", time: "TEXT" }),
  postgres: columns({ id: "bigint", text: "text", int: "bigint", time: "timestamptz" }),
};
