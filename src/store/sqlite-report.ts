/**
 * The report's figures on SQLite, aggregated by the database: one GROUP BY per grouping
 * (all, playbook, agent) over cases and one over their commitments, percentiles with
 * SQLite's percentile_cont, cases per UTC quarter-hour. Nothing per case reaches JavaScript,
 * so the cost is a few scans of the table, not a million objects.
 */
import type Database from "better-sqlite3";
import { assembleFigures, type CaseFigureRow, type CommitmentFigureRow } from "./figures.js";
import { caseWhere, Params } from "./sql.js";
import type { ReportFigures, ReportRange } from "./types.js";

/** Per-group columns over `cases c`. */
const CASE_FIGURES = `count(*) AS cases,
  coalesce(sum(c.status = 'open'), 0) AS open,
  coalesce(sum(c.status = 'closed'), 0) AS closed,
  count(c.response_ms) AS measured,
  coalesce(sum(c.response_ms <= c.respond_within_minutes * 60000), 0) AS on_time,
  coalesce(sum(c.response_ms > c.respond_within_minutes * 60000), 0) AS late,
  coalesce(sum(c.response_ms IS NOT NULL AND c.respond_within_minutes IS NULL), 0) AS no_target,
  percentile_cont(c.response_ms, 0.5) AS median_ms,
  percentile_cont(c.response_ms, 0.9) AS p90_ms`;

/** Per-group columns over `commitments m JOIN cases c`; ISO times in UTC compare as text. */
const COMMITMENT_FIGURES = `count(*) AS total,
  coalesce(sum(m.done_at IS NOT NULL AND m.done_at <= m.due_at), 0) AS kept_on_time,
  coalesce(sum(m.done_at > m.due_at), 0) AS kept_late,
  coalesce(sum(m.done_at IS NULL AND c.status = 'closed'), 0) AS dropped,
  coalesce(sum(m.done_at IS NULL AND c.status = 'open' AND m.due_at < @now), 0) AS overdue,
  coalesce(sum(m.done_at IS NULL AND c.status = 'open' AND m.due_at >= @now), 0) AS pending`;

export function sqliteReportFigures(db: Database.Database, range: ReportRange, now: string): ReportFigures {
  const p = new Params("sqlite");
  const where = caseWhere({ ...(range.since && { since: range.since }), ...(range.until && { until: range.until }) }, p, "sqlite");
  // caseWhere binds positionally; the named @now sits beside them as an object of named values.
  const args = [...p.values];
  const cases = (group?: string) =>
    db.prepare(`SELECT ${group ? `${group} AS key, ` : ""}${CASE_FIGURES} FROM cases c ${where}${group ? ` GROUP BY ${group}` : ""}`).all(args) as CaseFigureRow[];
  const commitments = (group?: string) =>
    db
      .prepare(`SELECT ${group ? `${group} AS key, ` : ""}${COMMITMENT_FIGURES} FROM commitments m JOIN cases c ON c.id = m.case_id ${where}${group ? ` GROUP BY ${group}` : ""}`)
      .all(...args, { now }) as CommitmentFigureRow[];

  const [all] = cases();
  const customers = db
    .prepare(`SELECT count(*) AS customers, coalesce(sum(n > 1), 0) AS returning_customers FROM (SELECT count(*) AS n FROM cases c ${where ? `${where} AND` : "WHERE"} c.customer_key <> '' GROUP BY c.customer_key)`)
    .get(args) as { customers: number; returning_customers: number };
  const locales = db.prepare(`SELECT c.playbook AS key, group_concat(DISTINCT c.locale) AS locales FROM cases c ${where} GROUP BY c.playbook`).all(args) as Array<{ key: string; locales: string }>;
  // The latest case with a target per playbook: the (playbook, answered_at) index walks each backwards.
  const targets = db
    .prepare(
      `SELECT g.playbook AS key, (SELECT c.respond_within_minutes FROM cases c ${where ? `${where} AND` : "WHERE"} c.playbook = g.playbook AND c.respond_within_minutes IS NOT NULL
         ORDER BY c.answered_at DESC, c.id LIMIT 1) AS target
       FROM (SELECT DISTINCT playbook FROM cases) g`,
    )
    .all(args) as Array<{ key: string; target: number | null }>;
  const quarters = db
    .prepare(
      `SELECT substr(c.answered_at, 1, 14) || printf('%02d', CAST(substr(c.answered_at, 15, 2) AS INTEGER) / 15 * 15) || ':00.000Z' AS start, count(*) AS cases
       FROM cases c ${where} GROUP BY start ORDER BY start`,
    )
    .all(args) as Array<{ start: string; cases: number }>;

  return assembleFigures({
    now,
    all: all!,
    allCommitments: commitments()[0],
    customers,
    playbooks: cases("c.playbook"),
    playbookCommitments: commitments("c.playbook"),
    locales: new Map(locales.map((l) => [l.key, l.locales.split(",").sort()])),
    targets: new Map(targets.filter((t) => t.target !== null).map((t) => [t.key, Number(t.target)])),
    agents: cases("c.agent"),
    agentCommitments: commitments("c.agent"),
    quarters,
  });
}
