/**
 * The report's figures, written once for both stores over their summary tables
 * (src/store/report-schema.ts). A range is cut in three: the whole UTC months inside it are read
 * from the summaries, the ends before the first and after the last whole month from the cases
 * themselves (the answered_at index), and both are added up in the same query, so the figures
 * are exact whatever the range. Quarter-hours are cut the same way at quarter-hour bounds.
 *
 * Response times are counted in whole minutes (the time from the post to the answer, rounded
 * down), and the median and 90th percentile are interpolated between those minutes as
 * percentile_cont would: exact to the minute, which is how the report shows them.
 *
 * `source: "rows"` reads every figure from the cases, for checking the summaries against.
 */
import { assembleFigures, type CaseFigureRow, type CommitmentFigureRow } from "./figures.js";
import { GROUP_FIGURES, groupFigureColumns, minuteOf, quarterOf, type GroupFigure } from "./report-schema.js";
import { isoOrThrow, Params, type Dialect } from "./sql.js";
import type { ReportFigures, ReportRange } from "./types.js";

/** Where the figures of a range come from: a span of the summaries and the ends read from cases. */
export interface RangePlan {
  /** Summary rows from..to (starts of months or quarter-hours, ISO); absent: no summary rows. */
  summary?: { from?: string; to?: string };
  /** Stretches of answered_at read from the cases, [from, to); a missing bound is open. */
  rows: Array<{ from?: string; to?: string }>;
}

export type ReportSource = NonNullable<ReportRange["source"]>;

/** The statements the queries need from a store's session (src/store/inbox.ts's Runner has them). */
interface Runner {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The plan for [since, until) with summaries at `floor` bounds (months or quarter-hours). */
export function planRange(range: { since?: string; until?: string }, floor: (iso: string) => string, next: (iso: string) => string, source: ReportSource = "summary"): RangePlan {
  const since = range.since === undefined ? undefined : isoOrThrow(range.since, "since");
  const until = range.until === undefined ? undefined : isoOrThrow(range.until, "until");
  const whole = [{ ...(since && { from: since }), ...(until && { to: until }) }];
  if (source === "rows") return { rows: whole };
  // The first bound at or after `since`, the last at or before `until`.
  const from = since === undefined ? undefined : floor(since) === since ? since : next(floor(since));
  const to = until === undefined ? undefined : floor(until);
  if (from !== undefined && to !== undefined && from >= to) return { rows: whole };
  const rows: RangePlan["rows"] = [];
  if (since !== undefined && from !== undefined && since < from) rows.push({ from: since, to: from });
  if (until !== undefined && to !== undefined && to < until) rows.push({ from: to, to: until });
  return { summary: { ...(from && { from }), ...(to && { to }) }, rows };
}

export const floorMonth = (iso: string) => `${iso.slice(0, 7)}-01T00:00:00.000Z`;
export const nextMonth = (iso: string) => {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString();
};
export const floorQuarter = (iso: string) => new Date(Math.floor(Date.parse(iso) / 900_000) * 900_000).toISOString();
export const nextQuarter = (iso: string) => new Date(Date.parse(iso) + 900_000).toISOString();

/** `c.answered_at` within one stretch, with SQLite's index named (its planner may pick a wide one). */
function casesIn(dialect: Dialect, stretch: { from?: string; to?: string }, p: Params, extra?: string): string {
  const where: string[] = [];
  if (stretch.from !== undefined) where.push(`c.answered_at >= ${p.add(stretch.from)}`);
  if (stretch.to !== undefined) where.push(`c.answered_at < ${p.add(stretch.to)}`);
  if (extra) where.push(extra);
  const bounded = stretch.from !== undefined || stretch.to !== undefined;
  const index = dialect === "sqlite" ? (bounded ? " INDEXED BY cases_answered_at" : " INDEXED BY cases_report") : "";
  return `cases c${index}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
}

function summaryIn(column: string, span: { from?: string; to?: string }, p: Params): string {
  const where: string[] = [];
  if (span.from !== undefined) where.push(`${column} >= ${p.add(span.from)}`);
  if (span.to !== undefined) where.push(`${column} < ${p.add(span.to)}`);
  return where.length ? ` WHERE ${where.join(" AND ")}` : "";
}

export interface GroupRow {
  dim: "playbook" | "agent";
  key: string;
  locale: string;
  f: Record<GroupFigure, number>;
}

/** The report_groups figures of the plan's range: one row per playbook and locale, and per agent. */
export async function groupRows(q: Runner, plan: RangePlan): Promise<GroupRow[]> {
  const p = new Params(q.dialect);
  const cols = groupFigureColumns(q.dialect, "c");
  const parts: string[] = [];
  if (plan.summary) parts.push(`SELECT dim, key, locale, ${GROUP_FIGURES.join(", ")} FROM report_groups${summaryIn("month", plan.summary, p)}`);
  for (const stretch of plan.rows) {
    const sums = cols.map(([name, e]) => `sum(${e}) AS ${name}`).join(", ");
    parts.push(`SELECT 'playbook' AS dim, c.playbook AS key, c.locale AS locale, ${sums} FROM ${casesIn(q.dialect, stretch, p)} GROUP BY c.playbook, c.locale`);
    parts.push(`SELECT 'agent', c.agent, '', ${sums} FROM ${casesIn(q.dialect, stretch, p)} GROUP BY c.agent`);
  }
  if (!parts.length) return [];
  const rows = await q.all<Omit<GroupRow, "f"> & Record<GroupFigure, number | string>>(
    `SELECT dim, key, locale, ${GROUP_FIGURES.map((f) => `CAST(sum(${f}) AS bigint) AS ${f}`).join(", ")}
     FROM (${parts.join(" UNION ALL ")}) x GROUP BY dim, key, locale HAVING sum(cases) > 0`,
    p.values,
  );
  return rows.map((r) => ({ dim: r.dim, key: r.key, locale: r.locale, f: figuresOf((f) => Number(r[f])) }));
}

const figuresOf = (value: (f: GroupFigure) => number) => Object.fromEntries(GROUP_FIGURES.map((f) => [f, value(f)])) as Record<GroupFigure, number>;

export interface PercentileRow {
  dim: "all" | "playbook" | "agent";
  key: string;
  medianMs?: number;
  p90Ms?: number;
}

/**
 * The median and 90th percentile of the response minutes, for all cases, per playbook and per
 * agent: the minutes' histogram added up over the range, each value's rank found from the
 * running count, and the value interpolated as percentile_cont does between the two ranks around
 * p × (n - 1) (with integer arithmetic: 9 / 10 of n - 1 is never 8.999...).
 */
export async function percentileRows(q: Runner, plan: RangePlan): Promise<PercentileRow[]> {
  const p = new Params(q.dialect);
  const parts: string[] = [];
  // Over the whole log, the histogram kept without months (report_minutes_all) is the same sum, far shorter.
  const everything = plan.summary && plan.summary.from === undefined && plan.summary.to === undefined;
  if (plan.summary) parts.push(everything ? "SELECT dim, key, minute, n FROM report_minutes_all" : `SELECT dim, key, minute, n FROM report_minutes${summaryIn("month", plan.summary, p)}`);
  const minute = minuteOf(q.dialect, "c");
  for (const stretch of plan.rows) {
    parts.push(`SELECT 'playbook' AS dim, c.playbook AS key, ${minute} AS minute, count(*) AS n FROM ${casesIn(q.dialect, stretch, p, "c.response_ms IS NOT NULL")} GROUP BY c.playbook, ${minute}`);
    parts.push(`SELECT 'agent', c.agent, ${minute}, count(*) FROM ${casesIn(q.dialect, stretch, p, "c.response_ms IS NOT NULL")} GROUP BY c.agent, ${minute}`);
  }
  if (!parts.length) return [];
  const rank = (num: number, den: number) => ({ lo: `(total - 1) * ${num} / ${den}`, hi: `((total - 1) * ${num} + ${den - 1}) / ${den}` });
  const at = (bound: string) => `min(CASE WHEN upto > ${bound} THEN minute END)`;
  const p50 = rank(1, 2);
  const p90 = rank(9, 10);
  const rows = await q.all<{ dim: PercentileRow["dim"]; key: string; total: number | string; p50_lo: number | string; p50_hi: number | string; p90_lo: number | string; p90_hi: number | string }>(
    `WITH h AS (SELECT dim, key, minute, CAST(sum(n) AS bigint) AS n FROM (${parts.join(" UNION ALL ")}) x GROUP BY dim, key, minute HAVING sum(n) > 0),
       a AS (SELECT dim, key, minute, n FROM h UNION ALL SELECT 'all', '', minute, CAST(sum(n) AS bigint) FROM h WHERE dim = 'playbook' GROUP BY minute),
       r AS (SELECT dim, key, minute,
               CAST(sum(n) OVER (PARTITION BY dim, key ORDER BY minute ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bigint) AS upto,
               CAST(sum(n) OVER (PARTITION BY dim, key) AS bigint) AS total FROM a)
     SELECT dim, key, max(total) AS total, ${at(p50.lo)} AS p50_lo, ${at(p50.hi)} AS p50_hi, ${at(p90.lo)} AS p90_lo, ${at(p90.hi)} AS p90_hi
     FROM r GROUP BY dim, key`,
    p.values,
  );
  const value = (lo: number | string, hi: number | string, total: number, num: number, den: number) => {
    const fraction = (((total - 1) * num) % den) / den;
    return (Number(lo) + fraction * (Number(hi) - Number(lo))) * 60_000;
  };
  return rows.map((r) => {
    const total = Number(r.total);
    return { dim: r.dim, key: r.key, medianMs: value(r.p50_lo, r.p50_hi, total, 1, 2), p90Ms: value(r.p90_lo, r.p90_hi, total, 9, 10) };
  });
}

/**
 * Cases answered from the inbox per agent in the range: an inbox row naming the case
 * (report_inbox over whole months, the inbox joined to the range's ends).
 */
export async function inboxAnswerRows(q: Runner, plan: RangePlan): Promise<Array<{ key: string; n: number }>> {
  const p = new Params(q.dialect);
  const parts: string[] = [];
  if (plan.summary) parts.push(`SELECT agent AS key, n FROM report_inbox${summaryIn("month", plan.summary, p)}`);
  for (const stretch of plan.rows) parts.push(`SELECT c.agent AS key, sum((SELECT count(*) FROM inbox i WHERE i.case_id = c.id)) AS n FROM ${casesIn(q.dialect, stretch, p)} GROUP BY c.agent`);
  if (!parts.length) return [];
  const rows = await q.all<{ key: string; n: number | string }>(`SELECT key, CAST(sum(n) AS bigint) AS n FROM (${parts.join(" UNION ALL ")}) x GROUP BY key HAVING sum(n) > 0`, p.values);
  return rows.map((r) => ({ key: r.key, n: Number(r.n) }));
}

/** Cases per UTC quarter-hour in the range, oldest first. */
export async function quarterRows(q: Runner, plan: RangePlan): Promise<Array<{ start: string; cases: number }>> {
  const p = new Params(q.dialect);
  let sql: string;
  if (plan.summary && !plan.rows.length) {
    // The summary alone, read in its own order.
    const span = summaryIn("quarter", plan.summary, p);
    sql = `SELECT quarter AS start, cases FROM report_quarters${span}${span ? " AND" : " WHERE"} cases > 0 ORDER BY quarter`;
  } else {
    const parts: string[] = [];
    if (plan.summary) parts.push(`SELECT quarter AS start, cases FROM report_quarters${summaryIn("quarter", plan.summary, p)}`);
    for (const stretch of plan.rows) parts.push(`SELECT ${quarterOf(q.dialect, "c")} AS start, count(*) AS cases FROM ${casesIn(q.dialect, stretch, p)} GROUP BY ${quarterOf(q.dialect, "c")}`);
    sql = `SELECT start, CAST(sum(cases) AS bigint) AS cases FROM (${parts.join(" UNION ALL ")}) x GROUP BY start HAVING sum(cases) > 0 ORDER BY start`;
  }
  const rows = await q.all<{ start: string; cases: number | string }>(sql, p.values);
  return rows.map((r) => ({ start: r.start, cases: Number(r.cases) }));
}

/**
 * Distinct and returning customers. Over the whole log (no bounds, or bounds around every case)
 * from the totals kept of report_customers; a range that leaves cases out counts the customers of its own cases.
 */
export async function customerCounts(q: Runner, range: { since?: string; until?: string }, source: ReportSource): Promise<{ customers: number; returning_customers: number }> {
  let whole = source === "summary" && range.since === undefined && range.until === undefined;
  if (source === "summary" && !whole) {
    const [span] = await q.all<{ first: string | null; last: string | null }>("SELECT min(answered_at) AS first, max(answered_at) AS last FROM cases");
    whole = !span?.first || ((range.since === undefined || Date.parse(range.since) <= Date.parse(span.first)) && (range.until === undefined || Date.parse(range.until) > Date.parse(span.last!)));
  }
  const sql = whole
    ? "SELECT customers, returning_customers FROM report_customer_totals"
    : undefined;
  const p = new Params(q.dialect);
  const where: string[] = ["c.customer_key <> ''"];
  if (range.since !== undefined) where.push(`c.answered_at >= ${p.add(isoOrThrow(range.since, "since"))}`);
  if (range.until !== undefined) where.push(`c.answered_at < ${p.add(isoOrThrow(range.until, "until"))}`);
  const index = q.dialect === "sqlite" && range.since === undefined && range.until === undefined ? " INDEXED BY cases_customer_key" : "";
  const [row] = await q.all<{ customers: number | string; returning_customers: number | string }>(
    sql ??
      `SELECT count(*) AS customers, coalesce(sum(CASE WHEN n > 1 THEN 1 ELSE 0 END), 0) AS returning_customers
       FROM (SELECT count(*) AS n FROM cases c${index} WHERE ${where.join(" AND ")} GROUP BY c.customer_key) k`,
    sql ? [] : p.values,
  );
  return { customers: Number(row?.customers ?? 0), returning_customers: Number(row?.returning_customers ?? 0) };
}

/** Every figure of the report over one snapshot the caller holds (a read transaction). */
export async function reportFiguresOf(q: Runner, range: ReportRange, now: string): Promise<ReportFigures> {
  const source = range.source ?? "summary";
  const months = planRange(range, floorMonth, nextMonth, source);
  const groups = await groupRows(q, months);
  const percentiles = await percentileRows(q, months);
  const quarters = await quarterRows(q, planRange(range, floorQuarter, nextQuarter, source));
  const customers = await customerCounts(q, range, source);
  const open = await openCommitments(q, range, now);
  const playbookIds = [...new Set(groups.filter((g) => g.dim === "playbook").map((g) => g.key))];
  const targets = playbookIds.length ? await latestTargets(q, range, playbookIds) : new Map<string, number>();

  const percentileOf = (dim: string, key: string) => percentiles.find((r) => r.dim === dim && r.key === key);
  type Summed = CaseFigureRow & { f: Record<GroupFigure, number> };
  const sum = (rows: GroupRow[], dim: "all" | "playbook" | "agent", key: string): Summed => {
    const f = figuresOf((name) => rows.reduce((n, r) => n + r.f[name], 0));
    const pct = percentileOf(dim, key);
    return { ...f, f, median_ms: pct?.medianMs ?? null, p90_ms: pct?.p90Ms ?? null, ...(dim !== "all" && { key }) };
  };
  const commitmentsOf = (dim: "all" | "playbook" | "agent", s: Summed): CommitmentFigureRow => {
    const o = open.find((x) => x.grouping === dim && (dim === "all" || x.key === s.key));
    return {
      ...(s.key !== undefined && { key: s.key }),
      total: s.f.commitments,
      kept_on_time: s.f.kept_on_time,
      kept_late: s.f.kept_late,
      dropped: s.f.dropped,
      overdue: Number(o?.overdue ?? 0),
      pending: Number(o?.pending ?? 0),
    };
  };
  const byKey = (dim: "playbook" | "agent") => {
    const keys = new Map<string, GroupRow[]>();
    for (const g of groups) if (g.dim === dim) keys.set(g.key, [...(keys.get(g.key) ?? []), g]);
    return [...keys].map(([key, rows]) => ({ key, rows, figures: sum(rows, dim, key) }));
  };
  const playbooks = byKey("playbook");
  const agents = byKey("agent");
  const all = sum(groups.filter((g) => g.dim === "playbook"), "all", "");
  return assembleFigures({
    now,
    all,
    allCommitments: commitmentsOf("all", all),
    customers,
    playbooks: playbooks.map((p) => p.figures),
    playbookCommitments: playbooks.map((p) => commitmentsOf("playbook", p.figures)),
    locales: new Map(playbooks.map((p) => [p.key, p.rows.map((r) => r.locale).sort()])),
    targets,
    agents: agents.map((a) => a.figures),
    agentCommitments: agents.map((a) => commitmentsOf("agent", a.figures)),
    quarters,
  });
}

/**
 * Commitments not done on open cases, overdue or pending at `now`, for all, per playbook and per
 * agent: the few open cases, from their partial indexes.
 */
async function openCommitments(q: Runner, range: { since?: string; until?: string }, now: string) {
  // SQLite binds "?" in the order they appear: `now` comes first in the text, so it is added first.
  const p = new Params(q.dialect);
  const at = p.add(now);
  const at2 = p.add(now);
  const where = ["c.status = 'open'"];
  if (range.since !== undefined) where.push(`c.answered_at >= ${p.add(isoOrThrow(range.since, "since"))}`);
  if (range.until !== undefined) where.push(`c.answered_at < ${p.add(isoOrThrow(range.until, "until"))}`);
  const commitments = q.dialect === "sqlite" ? "commitments m INDEXED BY commitments_undone" : "commitments m";
  const rows = await q.all<{ grouping: "all" | "playbook" | "agent"; key: string | null; overdue: number | string | null; pending: number | string | null }>(
    `WITH o AS (SELECT c.playbook, c.agent, sum(CASE WHEN m.due_at < ${at} THEN 1 ELSE 0 END) AS overdue, sum(CASE WHEN m.due_at >= ${at2} THEN 1 ELSE 0 END) AS pending
       FROM cases c JOIN ${commitments} ON m.case_id = c.id AND m.done_at IS NULL
       WHERE ${where.join(" AND ")} GROUP BY c.playbook, c.agent)
     SELECT 'all' AS grouping, NULL AS key, sum(overdue) AS overdue, sum(pending) AS pending FROM o
     UNION ALL SELECT 'playbook', playbook, sum(overdue), sum(pending) FROM o GROUP BY playbook
     UNION ALL SELECT 'agent', agent, sum(overdue), sum(pending) FROM o GROUP BY agent`,
    p.values,
  );
  return rows;
}

/** The respond-within of the latest case with one, per playbook: the (playbook, answered_at) index walked backwards. */
async function latestTargets(q: Runner, range: { since?: string; until?: string }, playbooks: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const playbook of playbooks) {
    const p = new Params(q.dialect);
    const where = [`c.playbook = ${p.add(playbook)}`, "c.respond_within_minutes IS NOT NULL"];
    if (range.since !== undefined) where.push(`c.answered_at >= ${p.add(isoOrThrow(range.since, "since"))}`);
    if (range.until !== undefined) where.push(`c.answered_at < ${p.add(isoOrThrow(range.until, "until"))}`);
    // Only the cases with a target, per playbook in time order: a playbook without any is read at once.
    const index = q.dialect === "sqlite" ? " INDEXED BY cases_playbook_target" : "";
    const [row] = await q.all<{ target: number | string }>(
      `SELECT c.respond_within_minutes AS target FROM cases c${index} WHERE ${where.join(" AND ")} ORDER BY c.answered_at DESC, c.id LIMIT 1`,
      p.values,
    );
    if (row) out.set(playbook, Number(row.target));
  }
  return out;
}
