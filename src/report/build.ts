/**
 * The figures a supervisor wants in one view (P13, P17): which problems keep coming back,
 * how fast the team answers against each playbook's respond-within, whether promises were
 * kept on time, and who carries the work. Pure: the store hands over rows, this counts.
 *
 * @example
 *   const report = buildReport(rows, { since: "2025-03-01T00:00:00.000Z", now: "2025-03-31T12:00:00.000Z" });
 *   report.playbooks[0]; // { playbook: "parcel-damaged", cases: 41, share: 0.38, ... }
 */

/** The part of a case the report needs. */
export interface ReportCaseRow {
  id: number;
  playbook: string;
  locale: string;
  agent: string;
  /** Who the customer is, folded, for counting returning customers ("" when unknown). */
  customerKey: string;
  postedAt?: string;
  answeredAt: string;
  respondWithinMinutes?: number;
  status: "open" | "closed";
  commitments: Array<{ id: string; due: string; doneAt?: string }>;
}

export interface ResponseStats {
  /** Cases where both the post time and the answer time are known. */
  measured: number;
  /** Answered within the playbook's respond-within. */
  onTime: number;
  late: number;
  /** Measured, but recorded without a respond-within target. */
  noTarget: number;
  medianMinutes?: number;
  p90Minutes?: number;
  /** The respond-within of the latest case (per playbook; absent in totals). */
  targetMinutes?: number;
}

export interface CommitmentStats {
  total: number;
  keptOnTime: number;
  keptLate: number;
  /** Not done and past due (on an open case). */
  overdue: number;
  /** Not done, not yet due. */
  pending: number;
  /** The case was closed without marking it done. */
  dropped: number;
}

export interface PlaybookFigures {
  playbook: string;
  locales: string[];
  cases: number;
  /** Of all cases in the range, 0..1. */
  share: number;
  open: number;
  responses: ResponseStats;
  commitments: CommitmentStats;
}

export interface AgentFigures {
  agent: string;
  cases: number;
  openCases: number;
  responses: ResponseStats;
  commitments: CommitmentStats;
}

export interface CaseReport {
  range: { since?: string; until?: string; now: string };
  totals: { cases: number; open: number; closed: number; customers: number; returningCustomers: number };
  /** Most frequent first: the list to bring to whoever runs the business (P13). */
  playbooks: PlaybookFigures[];
  responses: ResponseStats;
  commitments: CommitmentStats;
  /** Most cases first (P17). */
  agents: AgentFigures[];
  /** Cases per day (local dates), oldest first, days without cases included. */
  daily: Array<{ date: string; cases: number }>;
}

export function buildReport(rows: ReportCaseRow[], range: { since?: string; until?: string; now?: string } = {}): CaseReport {
  const now = range.now ?? new Date().toISOString();
  const byPlaybook = groupBy(rows, (r) => r.playbook);
  const byAgent = groupBy(rows, (r) => r.agent);
  const customers = groupBy(rows.filter((r) => r.customerKey), (r) => r.customerKey);
  const total = rows.length;
  const playbooks: PlaybookFigures[] = [...byPlaybook].map(([playbook, list]) => ({
    playbook,
    locales: [...new Set(list.map((r) => r.locale))].sort(),
    cases: list.length,
    share: total ? list.length / total : 0,
    open: list.filter((r) => r.status === "open").length,
    responses: responseStats(list, true),
    commitments: commitmentStats(list, now),
  }));
  playbooks.sort((a, b) => b.cases - a.cases || a.playbook.localeCompare(b.playbook));
  const agents: AgentFigures[] = [...byAgent].map(([agent, list]) => ({
    agent,
    cases: list.length,
    openCases: list.filter((r) => r.status === "open").length,
    responses: responseStats(list, false),
    commitments: commitmentStats(list, now),
  }));
  agents.sort((a, b) => b.cases - a.cases || a.agent.localeCompare(b.agent));
  const out: CaseReport = {
    range: { ...(range.since ? { since: range.since } : {}), ...(range.until ? { until: range.until } : {}), now },
    totals: {
      cases: total,
      open: rows.filter((r) => r.status === "open").length,
      closed: rows.filter((r) => r.status === "closed").length,
      customers: customers.size,
      returningCustomers: [...customers.values()].filter((l) => l.length > 1).length,
    },
    playbooks,
    responses: responseStats(rows, false),
    commitments: commitmentStats(rows, now),
    agents,
    daily: dailyCounts(rows),
  };
  return out;
}

function responseStats(rows: ReportCaseRow[], withTarget: boolean): ResponseStats {
  const minutes: number[] = [];
  let onTime = 0;
  let late = 0;
  let noTarget = 0;
  for (const r of rows) {
    if (!r.postedAt) continue;
    const m = (Date.parse(r.answeredAt) - Date.parse(r.postedAt)) / 60_000;
    if (!Number.isFinite(m)) continue;
    const taken = Math.max(0, m);
    minutes.push(taken);
    if (r.respondWithinMinutes === undefined) noTarget++;
    else if (taken <= r.respondWithinMinutes) onTime++;
    else late++;
  }
  minutes.sort((a, b) => a - b);
  const stats: ResponseStats = { measured: minutes.length, onTime, late, noTarget };
  if (minutes.length) {
    stats.medianMinutes = Math.round(quantile(minutes, 0.5));
    stats.p90Minutes = Math.round(quantile(minutes, 0.9));
  }
  if (withTarget) {
    const latest = [...rows].filter((r) => r.respondWithinMinutes !== undefined).sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))[0];
    if (latest) stats.targetMinutes = latest.respondWithinMinutes;
  }
  return stats;
}

function commitmentStats(rows: ReportCaseRow[], now: string): CommitmentStats {
  const s: CommitmentStats = { total: 0, keptOnTime: 0, keptLate: 0, overdue: 0, pending: 0, dropped: 0 };
  const nowMs = Date.parse(now);
  for (const r of rows) {
    for (const c of r.commitments) {
      s.total++;
      if (c.doneAt) {
        if (Date.parse(c.doneAt) <= Date.parse(c.due)) s.keptOnTime++;
        else s.keptLate++;
      } else if (r.status === "closed") s.dropped++;
      else if (Date.parse(c.due) < nowMs) s.overdue++;
      else s.pending++;
    }
  }
  return s;
}

/** Linear interpolation between the closest ranks (sorted input). */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function dailyCounts(rows: ReportCaseRow[]): Array<{ date: string; cases: number }> {
  if (!rows.length) return [];
  const counts = new Map<string, number>();
  for (const r of rows) {
    const d = localDate(new Date(r.answeredAt));
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const dates = [...counts.keys()].sort();
  const out: Array<{ date: string; cases: number }> = [];
  // Fill the gaps so a chart shows quiet days as quiet, capped so a stray old case cannot explode it.
  const first = parseLocalDate(dates[0]!);
  const last = parseLocalDate(dates[dates.length - 1]!);
  const days = Math.round((last.getTime() - first.getTime()) / 86_400_000);
  if (days > 366) return dates.map((date) => ({ date, cases: counts.get(date)! }));
  for (let d = new Date(first); d <= last; d.setDate(d.getDate() + 1)) {
    const key = localDate(d);
    out.push({ date: key, cases: counts.get(key) ?? 0 });
  }
  return out;
}

/** "2025-03-01" in the local time zone. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function parseLocalDate(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(y!, m! - 1, d!);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
