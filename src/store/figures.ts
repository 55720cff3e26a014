/**
 * The report's aggregate rows, as both stores' queries return them (snake_case columns,
 * numbers that may arrive as strings from PostgreSQL's bigint and numeric), put together as
 * the interface's {@link ReportFigures}.
 */
import type { CommitmentFigures, GroupFigures, ReportFigures } from "./types.js";

export interface CaseFigureRow {
  key?: string;
  cases: number;
  open: number;
  closed: number;
  measured: number;
  on_time: number;
  late: number;
  no_target: number;
  median_ms: number | null;
  p90_ms: number | null;
}

export interface CommitmentFigureRow {
  key?: string;
  total: number;
  kept_on_time: number;
  kept_late: number;
  dropped: number;
  overdue: number;
  pending: number;
}

/** The raw query results of either store, as {@link ReportFigures}. */
export function assembleFigures(parts: {
  now: string;
  all: CaseFigureRow;
  allCommitments: CommitmentFigureRow | undefined;
  customers: { customers: number | string; returning_customers: number | string };
  playbooks: CaseFigureRow[];
  playbookCommitments: CommitmentFigureRow[];
  locales: Map<string, string[]>;
  targets: Map<string, number>;
  agents: CaseFigureRow[];
  agentCommitments: CommitmentFigureRow[];
  quarters: Array<{ start: string; cases: number | string }>;
}): ReportFigures {
  const byKey = (rows: CommitmentFigureRow[]) => new Map(rows.map((r) => [r.key!, r]));
  const playbookCommitments = byKey(parts.playbookCommitments);
  const agentCommitments = byKey(parts.agentCommitments);
  return {
    now: parts.now,
    all: {
      ...group(parts.all, parts.allCommitments),
      closed: Number(parts.all.closed),
      customers: Number(parts.customers.customers),
      returningCustomers: Number(parts.customers.returning_customers),
    },
    playbooks: parts.playbooks.map((r) => {
      const target = parts.targets.get(r.key!);
      return {
        playbook: r.key!,
        locales: parts.locales.get(r.key!) ?? [],
        ...group(r, playbookCommitments.get(r.key!)),
        ...(target !== undefined && { latestTargetMinutes: target }),
      };
    }),
    agents: parts.agents.map((r) => ({ agent: r.key!, ...group(r, agentCommitments.get(r.key!)) })),
    quarters: parts.quarters.map((q) => ({ start: q.start, cases: Number(q.cases) })),
  };
}

function group(r: CaseFigureRow, m: CommitmentFigureRow | undefined): GroupFigures {
  const responses: GroupFigures["responses"] = { measured: Number(r.measured), onTime: Number(r.on_time), late: Number(r.late), noTarget: Number(r.no_target) };
  if (r.median_ms !== null && Number(r.measured) > 0) responses.medianMs = Number(r.median_ms);
  if (r.p90_ms !== null && Number(r.measured) > 0) responses.p90Ms = Number(r.p90_ms);
  return { cases: Number(r.cases), open: Number(r.open), responses, commitments: commitmentFigures(m) };
}

function commitmentFigures(m: CommitmentFigureRow | undefined): CommitmentFigures {
  if (!m) return { total: 0, keptOnTime: 0, keptLate: 0, overdue: 0, pending: 0, dropped: 0 };
  return {
    total: Number(m.total),
    keptOnTime: Number(m.kept_on_time),
    keptLate: Number(m.kept_late),
    overdue: Number(m.overdue),
    pending: Number(m.pending),
    dropped: Number(m.dropped),
  };
}
