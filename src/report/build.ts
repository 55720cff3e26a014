/**
 * The figures a supervisor wants in one view (P13, P17): which problems keep coming back,
 * how fast the team answers against each playbook's respond-within, whether promises were
 * kept on time, and who carries the work. The store counts (GROUP BY in the database,
 * {@link CaseStore.reportFigures}); this lays the counts out: shares, minutes, busiest first,
 * cases per local day.
 *
 * @example
 *   const report = await buildReport(store, { since: "2025-03-01T00:00:00.000Z", now: "2025-03-31T12:00:00.000Z" });
 *   report.playbooks[0]; // { playbook: "parcel-damaged", cases: 41, share: 0.38, ... }
 */
import type { CaseStore, ReportFigures, ReportRange, ResponseFigures } from "../store/types.js";

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
  /** The team's queue, workload and satisfaction (src/report/team.ts), when the store has them. */
  team?: import("./team.js").TeamReport;
}

/** Reads the figures from the store and lays them out. */
export async function buildReport(store: Pick<CaseStore, "reportFigures"> & Partial<Pick<CaseStore, "teamFigures" | "listInbox">>, range: ReportRange = {}): Promise<CaseReport> {
  const now = range.now ?? new Date().toISOString();
  const report = reportFromFigures(await store.reportFigures({ ...range, now }), range);
  if (store.teamFigures && store.listInbox) {
    const { buildTeamReport } = await import("./team.js");
    report.team = await buildTeamReport(store as Pick<CaseStore, "teamFigures" | "listInbox">, { ...range, now }, report);
  }
  return report;
}

/** Pure part of {@link buildReport}. */
export function reportFromFigures(f: ReportFigures, range: { since?: string; until?: string } = {}): CaseReport {
  const total = f.all.cases;
  const playbooks: PlaybookFigures[] = f.playbooks.map((p) => ({
    playbook: p.playbook,
    locales: p.locales,
    cases: p.cases,
    share: total ? p.cases / total : 0,
    open: p.open,
    responses: responseStats(p.responses, p.latestTargetMinutes),
    commitments: { ...p.commitments },
  }));
  playbooks.sort((a, b) => b.cases - a.cases || a.playbook.localeCompare(b.playbook));
  const agents: AgentFigures[] = f.agents.map((a) => ({
    agent: a.agent,
    cases: a.cases,
    openCases: a.open,
    responses: responseStats(a.responses),
    commitments: { ...a.commitments },
  }));
  agents.sort((a, b) => b.cases - a.cases || a.agent.localeCompare(b.agent));
  return {
    range: { ...(range.since ? { since: range.since } : {}), ...(range.until ? { until: range.until } : {}), now: f.now },
    totals: { cases: total, open: f.all.open, closed: f.all.closed, customers: f.all.customers, returningCustomers: f.all.returningCustomers },
    playbooks,
    responses: responseStats(f.all.responses),
    commitments: { ...f.all.commitments },
    agents,
    daily: dailyCounts(f.quarters),
  };
}

function responseStats(r: ResponseFigures, targetMinutes?: number): ResponseStats {
  const stats: ResponseStats = { measured: r.measured, onTime: r.onTime, late: r.late, noTarget: r.noTarget };
  if (r.medianMs !== undefined) stats.medianMinutes = Math.round(r.medianMs / 60_000);
  if (r.p90Ms !== undefined) stats.p90Minutes = Math.round(r.p90Ms / 60_000);
  if (targetMinutes !== undefined) stats.targetMinutes = targetMinutes;
  return stats;
}

/** Cases per local day from cases per UTC quarter-hour (every zone's offset is whole quarters). */
function dailyCounts(quarters: ReportFigures["quarters"]): Array<{ date: string; cases: number }> {
  if (!quarters.length) return [];
  const counts = new Map<string, number>();
  for (const q of quarters) {
    const d = localDate(new Date(q.start));
    counts.set(d, (counts.get(d) ?? 0) + q.cases);
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
