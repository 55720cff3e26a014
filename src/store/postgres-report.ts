/**
 * The report's figures on PostgreSQL, aggregated by the server: case figures for all cases,
 * per playbook and per agent in one scan of the covering index cases_report (GROUPING SETS),
 * commitments from the counts each case keeps of them plus the open ones of open cases,
 * percentiles with percentile_cont, cases per UTC quarter-hour with date_bin. Run inside the caller's
 * REPEATABLE READ transaction, so every figure comes from one snapshot.
 */
import type pg from "pg";
import { assembleFigures, type CaseFigureRow, type CommitmentFigureRow } from "./figures.js";
import { caseWhere, Params } from "./sql.js";
import type { ReportFigures, ReportRange } from "./types.js";

type Grouped<T> = T & { playbook: string | null; agent: string | null; grouping: number };

export async function pgReportFigures(client: pg.PoolClient, range: ReportRange, now: string): Promise<ReportFigures> {
  const p = new Params("postgres");
  const where = caseWhere({ ...(range.since && { since: range.since }), ...(range.until && { until: range.until }) }, p, "postgres");
  const args = p.values;
  const nowParam = `$${args.length + 1}`;
  const andWhere = where ? `${where} AND` : "WHERE";

  // Sorts for the percentiles and the distinct locales stay in memory for a million cases.
  await client.query("SET LOCAL work_mem = '64MB'");
  // GROUPING(playbook, agent): 3 for all cases, 1 per playbook, 2 per agent. One pass over the
  // covering index cases_report; commitments from the counts each case keeps of them (migration 5).
  const cases = await client.query<Grouped<CaseFigureRow & Omit<CommitmentFigureRow, "overdue" | "pending"> & { locales: string[] }>>(
    `SELECT c.playbook, c.agent, GROUPING(c.playbook, c.agent) AS grouping,
       count(*) AS cases,
       count(*) FILTER (WHERE c.status = 'open') AS open,
       count(*) FILTER (WHERE c.status = 'closed') AS closed,
       count(c.response_ms) AS measured,
       count(*) FILTER (WHERE c.response_ms <= c.respond_within_minutes * 60000::bigint) AS on_time,
       count(*) FILTER (WHERE c.response_ms > c.respond_within_minutes * 60000::bigint) AS late,
       count(*) FILTER (WHERE c.response_ms IS NOT NULL AND c.respond_within_minutes IS NULL) AS no_target,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY c.response_ms) AS median_ms,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY c.response_ms) AS p90_ms,
       coalesce(sum(c.kept_on_time + c.kept_late + c.undone), 0) AS total,
       coalesce(sum(c.kept_on_time), 0) AS kept_on_time,
       coalesce(sum(c.kept_late), 0) AS kept_late,
       coalesce(sum(c.undone) FILTER (WHERE c.status = 'closed'), 0) AS dropped,
       array_agg(DISTINCT c.locale ORDER BY c.locale) AS locales
     FROM cases c ${where}
     GROUP BY GROUPING SETS ((), (c.playbook), (c.agent))`,
    args,
  );
  // Commitments not done on open cases, overdue or pending at `now`: the few open cases, from their partial indexes.
  const open = await client.query<Grouped<{ overdue: string; pending: string }>>(
    `SELECT c.playbook, c.agent, GROUPING(c.playbook, c.agent) AS grouping,
       count(*) FILTER (WHERE m.due_at < ${nowParam}) AS overdue,
       count(*) FILTER (WHERE m.due_at >= ${nowParam}) AS pending
     FROM cases c JOIN commitments m ON m.case_id = c.id AND m.done_at IS NULL ${andWhere} c.status = 'open'
     GROUP BY GROUPING SETS ((), (c.playbook), (c.agent))`,
    [...args, now],
  );
  const commitmentRows = cases.rows.map((r) => {
    const o = open.rows.find((x) => Number(x.grouping) === Number(r.grouping) && x.playbook === r.playbook && x.agent === r.agent);
    return { ...r, overdue: Number(o?.overdue ?? 0), pending: Number(o?.pending ?? 0) };
  });
  const commitments = { rows: commitmentRows };
  const customers = await client.query<{ customers: number; returning_customers: number }>(
    `SELECT count(*) AS customers, count(*) FILTER (WHERE n > 1) AS returning_customers
     FROM (SELECT count(*) AS n FROM cases c ${andWhere} c.customer_key <> '' GROUP BY c.customer_key) k`,
    args,
  );
  const playbooks = cases.rows.filter((r) => r.grouping === 1).map((r) => r.playbook!);
  // The latest case with a target per playbook: the (playbook, answered_at) index walks each one backwards.
  const targets = await client.query<{ playbook: string; target: number }>(
    `SELECT g.playbook, t.respond_within_minutes AS target
     FROM unnest($${args.length + 1}::text[]) AS g(playbook)
     CROSS JOIN LATERAL (SELECT c.respond_within_minutes FROM cases c ${andWhere} c.playbook = g.playbook AND c.respond_within_minutes IS NOT NULL
       ORDER BY c.answered_at DESC, c.id LIMIT 1) t`,
    [...args, playbooks],
  );
  const quarters = await client.query<{ start: string; cases: number }>(
    `SELECT date_bin('15 minutes', c.answered_at, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS start, count(*) AS cases
     FROM cases c ${where} GROUP BY 1 ORDER BY 1`,
    args,
  );

  const pick = <T>(rows: Array<Grouped<T>>, grouping: number, key: "playbook" | "agent") =>
    rows.filter((r) => Number(r.grouping) === grouping).map((r) => ({ ...r, key: r[key]! }));
  const all = cases.rows.find((r) => Number(r.grouping) === 3)!;
  return assembleFigures({
    now,
    all,
    allCommitments: commitments.rows.find((r) => Number(r.grouping) === 3),
    customers: customers.rows[0]!,
    playbooks: pick(cases.rows, 1, "playbook"),
    playbookCommitments: pick(commitments.rows, 1, "playbook"),
    locales: new Map(cases.rows.filter((r) => Number(r.grouping) === 1).map((r) => [r.playbook!, r.locales])),
    targets: new Map(targets.rows.map((t) => [t.playbook, Number(t.target)])),
    agents: pick(cases.rows, 2, "agent"),
    agentCommitments: pick(commitments.rows, 2, "agent"),
    quarters: quarters.rows,
  });
}
