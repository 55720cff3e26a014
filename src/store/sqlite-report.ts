/**
 * The report's figures on SQLite, aggregated by the database: one GROUP BY per grouping (all,
 * playbook, agent) over the narrow covering index cases_report, commitments from the counts
 * each case keeps of them, the open commitments of open cases from their partial indexes,
 * percentiles with SQLite's percentile_cont, customers and cases per UTC quarter-hour from
 * indexes in their own order. Nothing per case reaches JavaScript. Over the whole log the
 * indexes are named (INDEXED BY): without statistics SQLite's planner may pick one that reads
 * the wide rows. Over a range it picks the answered_at index itself.
 */
import type Database from "better-sqlite3";
import { assembleFigures, type CaseFigureRow, type CommitmentFigureRow } from "./figures.js";
import { QUARTER_SQL } from "./migrations.js";
import { caseWhere, Params } from "./sql.js";
import type { ReportFigures, ReportRange } from "./types.js";

/**
 * Per-group columns over `cases c`: the cases and, from the counts each case keeps of its
 * commitments (migration 7), how many promises were kept, late, or dropped with the case.
 */
const CASE_FIGURES = `count(*) AS cases,
  coalesce(sum(c.status = 'open'), 0) AS open,
  coalesce(sum(c.status = 'closed'), 0) AS closed,
  count(c.response_ms) AS measured,
  coalesce(sum(c.response_ms <= c.respond_within_minutes * 60000), 0) AS on_time,
  coalesce(sum(c.response_ms > c.respond_within_minutes * 60000), 0) AS late,
  coalesce(sum(c.response_ms IS NOT NULL AND c.respond_within_minutes IS NULL), 0) AS no_target,
  percentile_cont(c.response_ms, 0.5) AS median_ms,
  percentile_cont(c.response_ms, 0.9) AS p90_ms,
  coalesce(sum(c.kept_on_time + c.kept_late + c.undone), 0) AS total,
  coalesce(sum(c.kept_on_time), 0) AS kept_on_time,
  coalesce(sum(c.kept_late), 0) AS kept_late,
  coalesce(sum(CASE WHEN c.status = 'closed' THEN c.undone ELSE 0 END), 0) AS dropped`;

type GroupRow = CaseFigureRow & Omit<CommitmentFigureRow, "overdue" | "pending">;

export function sqliteReportFigures(db: Database.Database, range: ReportRange, now: string): ReportFigures {
  const p = new Params("sqlite");
  const where = caseWhere({ ...(range.since && { since: range.since }), ...(range.until && { until: range.until }) }, p, "sqlite");
  const andWhere = where ? `${where} AND` : "WHERE";
  const args = [...p.values];
  const indexed = (index: string) => (where ? "" : ` INDEXED BY ${index}`);
  // Each grouping reads the narrow covering index cases_report, never the cases' wide rows.
  const cases = (group?: string, extra = "") =>
    db.prepare(`SELECT ${group ? `${group} AS key, ` : ""}${CASE_FIGURES}${extra} FROM cases c${indexed("cases_report")} ${where}${group ? ` GROUP BY ${group}` : ""}`).all(args) as Array<
      GroupRow & { locales?: string }
    >;
  // Commitments not done on open cases, overdue or pending at `now`: the few open cases, from
  // their partial indexes, per playbook and agent, summed up in SQL for all and each grouping.
  const open = db
    .prepare(
      `WITH o AS (SELECT c.playbook, c.agent, sum(m.due_at < @now) AS overdue, sum(m.due_at >= @now) AS pending
         FROM cases c JOIN commitments m INDEXED BY commitments_undone ON m.case_id = c.id AND m.done_at IS NULL
         ${andWhere} c.status = 'open' GROUP BY c.playbook, c.agent)
       SELECT 'all' AS grouping, NULL AS key, sum(overdue) AS overdue, sum(pending) AS pending FROM o
       UNION ALL SELECT 'playbook', playbook, sum(overdue), sum(pending) FROM o GROUP BY playbook
       UNION ALL SELECT 'agent', agent, sum(overdue), sum(pending) FROM o GROUP BY agent`,
    )
    .all(...args, { now }) as Array<{ grouping: "all" | "playbook" | "agent"; key: string | null; overdue: number | null; pending: number | null }>;
  const openOf = (grouping: string, key: string | null) => open.find((o) => o.grouping === grouping && o.key === key);
  const commitments = (grouping: string, rows: GroupRow[]): CommitmentFigureRow[] =>
    rows.map((r) => {
      const o = openOf(grouping, grouping === "all" ? null : r.key!);
      const overdue = Number(o?.overdue ?? 0);
      const pending = Number(o?.pending ?? 0);
      return { key: r.key!, total: Number(r.total), kept_on_time: r.kept_on_time, kept_late: r.kept_late, dropped: r.dropped, overdue, pending };
    });

  const [all] = cases();
  const playbooks = cases("c.playbook", ", group_concat(DISTINCT c.locale) AS locales");
  const agents = cases("c.agent");
  const customers = db
    .prepare(`SELECT count(*) AS customers, coalesce(sum(n > 1), 0) AS returning_customers FROM (SELECT count(*) AS n FROM cases c${indexed("cases_customer_key")} ${andWhere} c.customer_key <> '' GROUP BY c.customer_key)`)
    .get(args) as { customers: number; returning_customers: number };
  // The latest case with a target per playbook: the (playbook, answered_at) index walks each backwards.
  const targets = db
    .prepare(
      `SELECT g.playbook AS key, (SELECT c.respond_within_minutes FROM cases c INDEXED BY cases_playbook_answered ${andWhere} c.playbook = g.playbook AND c.respond_within_minutes IS NOT NULL
         ORDER BY c.answered_at DESC, c.id LIMIT 1) AS target
       FROM (SELECT DISTINCT playbook FROM cases INDEXED BY cases_report) g`,
    )
    .all(args) as Array<{ key: string; target: number | null }>;
  // The quarter's expression is indexed (cases_quarter): the groups are read in order, not sorted.
  const quarters = db
    .prepare(`SELECT ${QUARTER_SQL} AS start, count(*) AS cases FROM cases c${indexed("cases_quarter")} ${where} GROUP BY ${QUARTER_SQL} ORDER BY ${QUARTER_SQL}`)
    .all(args) as Array<{ start: string; cases: number }>;

  return assembleFigures({
    now,
    all: all!,
    allCommitments: commitments("all", [all!])[0],
    customers,
    playbooks,
    playbookCommitments: commitments("playbook", playbooks),
    locales: new Map(playbooks.map((l) => [l.key!, (l.locales ?? "").split(",").filter(Boolean).sort()])),
    targets: new Map(targets.filter((t) => t.target !== null).map((t) => [t.key, Number(t.target)])),
    agents,
    agentCommitments: commitments("agent", agents),
    quarters,
  });
}
