/**
 * The report's summary tables, kept by triggers in the same transaction as every change to a
 * case, so `report` adds up a few thousand rows instead of reading a million cases:
 *
 * - `report_groups`: per UTC month, per playbook and locale, and per agent, the counts the
 *   report shows (cases, open, closed, answers on time and late, commitments kept, ratings...);
 * - `report_minutes`: per UTC month, per playbook and per agent, how many answers took each
 *   whole number of minutes from the post: a histogram the median and the 90th percentile are
 *   read from, exact to the minute;
 * - `report_quarters`: cases per UTC quarter-hour (the report's days in any time zone);
 * - `report_customers`: cases per customer, over the whole log.
 *
 * One description of what a case adds to each table gives the triggers (a case inserted adds,
 * deleted subtracts, updated subtracts its old row and adds its new one) and the backfill of an
 * existing log, on both stores. The migrations that create them (SQLite 8, PostgreSQL 6) are
 * generated from here: change what a shipped migration makes only by adding a migration.
 */
import { REACTIONS, type Reaction } from "./types.js";
import type { Dialect } from "./sql.js";

/** A 0/1 count of a condition over the row `r` (NULL counts 0). */
const counted = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/** The counts `report_groups` keeps per month and group. */
export const GROUP_FIGURES = [
  "cases",
  "open",
  "closed",
  "measured",
  "on_time",
  "late",
  "no_target",
  "commitments",
  "kept_on_time",
  "kept_late",
  "dropped",
  "rated",
  "csat_sum",
  "r_thanked",
  "r_angry",
  "r_silent",
  "r_escalated",
] as const satisfies ReadonlyArray<string>;

export type GroupFigure = (typeof GROUP_FIGURES)[number];

/** What one case adds to each count of its `report_groups` rows, as expressions over the case row `r`. */
export function groupFigureColumns(dialect: Dialect, r: string): Array<[name: GroupFigure, expr: string]> {
  const ms = dialect === "postgres" ? "60000::bigint" : "60000";
  const exprs: Record<GroupFigure, string> = {
    cases: "1",
    open: counted(`${r}.status = 'open'`),
    closed: counted(`${r}.status = 'closed'`),
    measured: counted(`${r}.response_ms IS NOT NULL`),
    on_time: counted(`${r}.response_ms <= ${r}.respond_within_minutes * ${ms}`),
    late: counted(`${r}.response_ms > ${r}.respond_within_minutes * ${ms}`),
    no_target: counted(`${r}.response_ms IS NOT NULL AND ${r}.respond_within_minutes IS NULL`),
    commitments: `${r}.kept_on_time + ${r}.kept_late + ${r}.undone`,
    kept_on_time: `${r}.kept_on_time`,
    kept_late: `${r}.kept_late`,
    dropped: `CASE WHEN ${r}.status = 'closed' THEN ${r}.undone ELSE 0 END`,
    rated: counted(`${r}.csat IS NOT NULL`),
    csat_sum: `coalesce(${r}.csat, 0)`,
    ...(Object.fromEntries(REACTIONS.map((x) => [`r_${x}`, counted(`${r}.reaction = '${x}'`)])) as Record<`r_${Reaction}`, string>),
  };
  return GROUP_FIGURES.map((name) => [name, exprs[name]]);
}

/** The start of the case's UTC month: ISO text on SQLite, timestamptz on PostgreSQL. */
export function monthOf(dialect: Dialect, r: string): string {
  return dialect === "postgres" ? `(date_trunc('month', ${r}.answered_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')` : `(substr(${r}.answered_at, 1, 7) || '-01T00:00:00.000Z')`;
}

/** The start of the case's UTC quarter-hour. */
export function quarterOf(dialect: Dialect, r: string): string {
  if (dialect === "postgres") return `date_bin('15 minutes', ${r}.answered_at, TIMESTAMPTZ '2000-01-01 00:00:00+00')`;
  return `(substr(${r}.answered_at, 1, 14) || printf('%02d', CAST(substr(${r}.answered_at, 15, 2) AS INTEGER) / 15 * 15) || ':00.000Z')`;
}

/** The whole minutes from the post to the answer (response_ms is never negative). */
export function minuteOf(dialect: Dialect, r: string): string {
  return dialect === "postgres" ? `(${r}.response_ms / 60000)` : `CAST(${r}.response_ms / 60000 AS INTEGER)`;
}

/** CREATE TABLE statements for the four summary tables. */
function tables(dialect: Dialect): string {
  const text = dialect === "postgres" ? "text" : "TEXT";
  const time = dialect === "postgres" ? "timestamptz" : "TEXT";
  const int = dialect === "postgres" ? "bigint" : "INTEGER";
  const rowid = dialect === "postgres" ? "" : " WITHOUT ROWID";
  const figures = GROUP_FIGURES.map((f) => `${f} ${int} NOT NULL DEFAULT 0`).join(", ");
  return `
    CREATE TABLE report_groups (month ${time} NOT NULL, dim ${text} NOT NULL, key ${text} NOT NULL, locale ${text} NOT NULL, ${figures},
      PRIMARY KEY (month, dim, key, locale))${rowid};
    CREATE TABLE report_minutes (dim ${text} NOT NULL, key ${text} NOT NULL, minute ${int} NOT NULL, month ${time} NOT NULL, n ${int} NOT NULL,
      PRIMARY KEY (dim, key, minute, month))${rowid};
    CREATE TABLE report_quarters (quarter ${time} PRIMARY KEY, cases ${int} NOT NULL)${rowid};
    CREATE TABLE report_customers (customer_key ${text} PRIMARY KEY, cases ${int} NOT NULL)${rowid};`;
}

/** The upserts that add (sign "+") or take away ("-") the case row `r` from every summary. */
function changes(dialect: Dialect, r: string, sign: "+" | "-"): string {
  const cols = groupFigureColumns(dialect, r);
  const s = (expr: string) => (sign === "+" ? `(${expr})` : `-(${expr})`);
  const add = (table: string, column: string) => `${column} = ${table}.${column} + excluded.${column}`;
  const group = (dim: string, key: string, locale: string) =>
    `INSERT INTO report_groups (month, dim, key, locale, ${cols.map(([n]) => n).join(", ")})
       VALUES (${monthOf(dialect, r)}, '${dim}', ${key}, ${locale}, ${cols.map(([, e]) => s(e)).join(", ")})
       ON CONFLICT (month, dim, key, locale) DO UPDATE SET ${cols.map(([n]) => add("report_groups", n)).join(", ")};`;
  const minutes = (dim: string, key: string) =>
    `INSERT INTO report_minutes (dim, key, minute, month, n) SELECT '${dim}', ${key}, ${minuteOf(dialect, r)}, ${monthOf(dialect, r)}, ${s("1")} WHERE ${r}.response_ms IS NOT NULL
       ON CONFLICT (dim, key, minute, month) DO UPDATE SET ${add("report_minutes", "n")};`;
  return `
    ${group("playbook", `${r}.playbook`, `${r}.locale`)}
    ${group("agent", `${r}.agent`, "''")}
    ${minutes("playbook", `${r}.playbook`)}
    ${minutes("agent", `${r}.agent`)}
    INSERT INTO report_quarters (quarter, cases) VALUES (${quarterOf(dialect, r)}, ${s("1")}) ON CONFLICT (quarter) DO UPDATE SET ${add("report_quarters", "cases")};
    INSERT INTO report_customers (customer_key, cases) SELECT ${r}.customer_key, ${s("1")} WHERE ${r}.customer_key <> ''
      ON CONFLICT (customer_key) DO UPDATE SET ${add("report_customers", "cases")};`;
}

/** The columns whose change moves a case in the summaries. */
const WATCHED = ["answered_at", "playbook", "locale", "agent", "status", "response_ms", "respond_within_minutes", "kept_on_time", "kept_late", "undone", "csat", "reaction", "customer_key"];

/** The summaries filled from the cases already in the log. */
function backfill(dialect: Dialect): string {
  const cols = groupFigureColumns(dialect, "c");
  const sums = cols.map(([, e]) => `sum(${e})`).join(", ");
  const names = cols.map(([n]) => n).join(", ");
  const month = monthOf(dialect, "c");
  const minute = minuteOf(dialect, "c");
  return `
    INSERT INTO report_groups (month, dim, key, locale, ${names})
      SELECT ${month}, 'playbook', c.playbook, c.locale, ${sums} FROM cases c GROUP BY ${month}, c.playbook, c.locale
      UNION ALL SELECT ${month}, 'agent', c.agent, '', ${sums} FROM cases c GROUP BY ${month}, c.agent;
    INSERT INTO report_minutes (dim, key, minute, month, n)
      SELECT 'playbook', c.playbook, ${minute}, ${month}, count(*) FROM cases c WHERE c.response_ms IS NOT NULL GROUP BY c.playbook, ${minute}, ${month}
      UNION ALL SELECT 'agent', c.agent, ${minute}, ${month}, count(*) FROM cases c WHERE c.response_ms IS NOT NULL GROUP BY c.agent, ${minute}, ${month};
    INSERT INTO report_quarters (quarter, cases) SELECT ${quarterOf(dialect, "c")}, count(*) FROM cases c GROUP BY ${quarterOf(dialect, "c")};
    INSERT INTO report_customers (customer_key, cases) SELECT c.customer_key, count(*) FROM cases c WHERE c.customer_key <> '' GROUP BY c.customer_key;`;
}

/** The summary tables, their triggers on `cases`, and their contents from the cases already there. */
export function reportSummarySql(dialect: Dialect): string {
  if (dialect === "sqlite")
    return `${tables(dialect)}
      ${backfill(dialect)}
      CREATE TRIGGER cases_report_insert AFTER INSERT ON cases BEGIN ${changes(dialect, "NEW", "+")} END;
      CREATE TRIGGER cases_report_delete AFTER DELETE ON cases BEGIN ${changes(dialect, "OLD", "-")} END;
      CREATE TRIGGER cases_report_update AFTER UPDATE OF ${WATCHED.join(", ")} ON cases BEGIN ${changes(dialect, "OLD", "-")} ${changes(dialect, "NEW", "+")} END;`;
  return `${tables(dialect)}
    ${backfill(dialect)}
    CREATE FUNCTION replybook_report_summary() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN ${changes(dialect, "OLD", "-")}
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN ${changes(dialect, "NEW", "+")}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER cases_report AFTER INSERT OR DELETE OR UPDATE OF ${WATCHED.join(", ")} ON cases
      FOR EACH ROW EXECUTE FUNCTION replybook_report_summary();
    ANALYZE report_groups, report_minutes, report_quarters, report_customers;`;
}

/**
 * The second step (SQLite migration 9, PostgreSQL 7), added beside the first without changing it:
 * - `report_minutes_all`: the response minutes' histogram over the whole log, per playbook and
 *   agent, so a report over everything adds up a few thousand rows instead of every month's;
 * - `report_inbox`: per UTC month and agent, the cases answered from the inbox (an inbox row
 *   whose case_id is the case), kept from both sides: a case recorded, moved or deleted, and an
 *   inbox row added, answered or deleted;
 * - `cases_playbook_target`: the cases that carry a respond-within, per playbook in time order,
 *   so the latest target of a playbook that never had one is found at once, not after its cases;
 * - `report_customer_totals`: one row, how many customers have a case and how many more than one,
 *   kept by a trigger on report_customers as a customer's count crosses 1 or 2.
 */
export function reportSummaryMoreSql(dialect: Dialect): string {
  const time = dialect === "postgres" ? "timestamptz" : "TEXT";
  const text = dialect === "postgres" ? "text" : "TEXT";
  const int = dialect === "postgres" ? "bigint" : "INTEGER";
  const rowid = dialect === "postgres" ? "" : " WITHOUT ROWID";
  const s = (sign: "+" | "-", expr: string) => (sign === "+" ? `(${expr})` : `-(${expr})`);
  const minutesAll = (r: string, sign: "+" | "-") => `
    INSERT INTO report_minutes_all (dim, key, minute, n) SELECT 'playbook', ${r}.playbook, ${minuteOf(dialect, r)}, ${s(sign, "1")} WHERE ${r}.response_ms IS NOT NULL
      ON CONFLICT (dim, key, minute) DO UPDATE SET n = report_minutes_all.n + excluded.n;
    INSERT INTO report_minutes_all (dim, key, minute, n) SELECT 'agent', ${r}.agent, ${minuteOf(dialect, r)}, ${s(sign, "1")} WHERE ${r}.response_ms IS NOT NULL
      ON CONFLICT (dim, key, minute) DO UPDATE SET n = report_minutes_all.n + excluded.n;`;
  // A case's answers from the inbox: the inbox rows that name it.
  const caseInbox = (r: string, sign: "+" | "-") => `
    INSERT INTO report_inbox (month, agent, n) SELECT ${monthOf(dialect, r)}, ${r}.agent, ${s(sign, "count(*)")} FROM inbox i WHERE i.case_id = ${r}.id HAVING count(*) > 0
      ON CONFLICT (month, agent) DO UPDATE SET n = report_inbox.n + excluded.n;`;
  // An inbox row's answer: the case it names, when that case is there.
  const inboxCase = (r: string, sign: "+" | "-") => `
    INSERT INTO report_inbox (month, agent, n) SELECT ${monthOf(dialect, "c")}, c.agent, ${s(sign, "1")} FROM cases c WHERE c.id = ${r}.case_id
      ON CONFLICT (month, agent) DO UPDATE SET n = report_inbox.n + excluded.n;`;
  const tables = `
    CREATE TABLE report_minutes_all (dim ${text} NOT NULL, key ${text} NOT NULL, minute ${int} NOT NULL, n ${int} NOT NULL, PRIMARY KEY (dim, key, minute))${rowid};
    INSERT INTO report_minutes_all (dim, key, minute, n) SELECT dim, key, minute, sum(n) FROM report_minutes GROUP BY dim, key, minute;
    CREATE TABLE report_inbox (month ${time} NOT NULL, agent ${text} NOT NULL, n ${int} NOT NULL, PRIMARY KEY (month, agent))${rowid};
    INSERT INTO report_inbox (month, agent, n) SELECT ${monthOf(dialect, "c")}, c.agent, count(*) FROM inbox i JOIN cases c ON c.id = i.case_id GROUP BY ${monthOf(dialect, "c")}, c.agent;
    CREATE TABLE report_customer_totals (id ${int} PRIMARY KEY CHECK (id = 1), customers ${int} NOT NULL, returning_customers ${int} NOT NULL);
    INSERT INTO report_customer_totals (id, customers, returning_customers)
      SELECT 1, count(*), coalesce(sum(CASE WHEN cases > 1 THEN 1 ELSE 0 END), 0) FROM report_customers WHERE cases > 0;`;
  // A customer's count crossing 0/1 (a customer more or less) or 1/2 (a returning one).
  const crossed = (before: string, after: string) => `
    UPDATE report_customer_totals SET customers = customers + ${counted(`${after} > 0`)} - ${counted(`${before} > 0`)},
      returning_customers = returning_customers + ${counted(`${after} > 1`)} - ${counted(`${before} > 1`)} WHERE id = 1;`;
  if (dialect === "sqlite")
    return `${tables}
      CREATE INDEX inbox_case ON inbox (case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX cases_playbook_target ON cases (playbook, answered_at) WHERE respond_within_minutes IS NOT NULL;
      CREATE TRIGGER cases_report_more_insert AFTER INSERT ON cases BEGIN ${minutesAll("NEW", "+")} ${caseInbox("NEW", "+")} END;
      CREATE TRIGGER cases_report_more_delete AFTER DELETE ON cases BEGIN ${minutesAll("OLD", "-")} ${caseInbox("OLD", "-")} END;
      CREATE TRIGGER cases_report_more_update AFTER UPDATE OF playbook, agent, response_ms, answered_at ON cases BEGIN
        ${minutesAll("OLD", "-")} ${caseInbox("OLD", "-")} ${minutesAll("NEW", "+")} ${caseInbox("NEW", "+")} END;
      CREATE TRIGGER inbox_report_insert AFTER INSERT ON inbox WHEN NEW.case_id IS NOT NULL BEGIN ${inboxCase("NEW", "+")} END;
      CREATE TRIGGER inbox_report_delete AFTER DELETE ON inbox WHEN OLD.case_id IS NOT NULL BEGIN ${inboxCase("OLD", "-")} END;
      CREATE TRIGGER inbox_report_update AFTER UPDATE OF case_id ON inbox BEGIN ${inboxCase("OLD", "-")} ${inboxCase("NEW", "+")} END;
      CREATE TRIGGER report_customers_insert AFTER INSERT ON report_customers BEGIN ${crossed("0", "NEW.cases")} END;
      CREATE TRIGGER report_customers_update AFTER UPDATE OF cases ON report_customers BEGIN ${crossed("OLD.cases", "NEW.cases")} END;
      CREATE TRIGGER report_customers_delete AFTER DELETE ON report_customers BEGIN ${crossed("OLD.cases", "0")} END;`;
  return `${tables}
    CREATE INDEX inbox_case ON inbox (case_id) WHERE case_id IS NOT NULL;
    CREATE INDEX cases_playbook_target ON cases (playbook, answered_at) INCLUDE (respond_within_minutes) WHERE respond_within_minutes IS NOT NULL;
    CREATE FUNCTION replybook_report_more() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN ${minutesAll("OLD", "-")} ${caseInbox("OLD", "-")}
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN ${minutesAll("NEW", "+")} ${caseInbox("NEW", "+")}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER cases_report_more AFTER INSERT OR DELETE OR UPDATE OF playbook, agent, response_ms, answered_at ON cases
      FOR EACH ROW EXECUTE FUNCTION replybook_report_more();
    CREATE FUNCTION replybook_report_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN ${inboxCase("OLD", "-")}
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN ${inboxCase("NEW", "+")}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER inbox_report AFTER INSERT OR DELETE OR UPDATE OF case_id ON inbox
      FOR EACH ROW EXECUTE FUNCTION replybook_report_inbox();
    CREATE FUNCTION replybook_report_customers() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN ${crossed("0", "NEW.cases")}
      ELSIF TG_OP = 'UPDATE' THEN ${crossed("OLD.cases", "NEW.cases")}
      ELSE ${crossed("OLD.cases", "0")}
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER report_customers_counted AFTER INSERT OR DELETE OR UPDATE OF cases ON report_customers
      FOR EACH ROW EXECUTE FUNCTION replybook_report_customers();
    ANALYZE report_minutes_all, report_inbox;`;
}
