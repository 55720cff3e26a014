/**
 * The supervisor's view of the team (P1, P15, P17): the queue by urgency, who holds what, how
 * fast each agent answers and how often within the playbook's respond-within (SLA met), how
 * satisfied their customers were, and the VIPs still waiting. Figures come from the store
 * (aggregate queries; the waiting list itself is read in the queue's order); this lays them out.
 *
 * @example
 *   const team = await buildTeamReport(store, { since, now }, caseReport);
 *   team.agents[0]; // { agent: "Anna Pace", holding: 1, cases: 17, slaMet: 0.88, csat: 4.3, rated: 12, ... }
 */
import type { CaseStore, Reaction, ReportRange } from "../store/types.js";
import { REACTIONS } from "../store/types.js";

/** What the team report reads from the case report (src/report/build.ts): per-agent and overall response figures. */
interface CaseFiguresIn {
  agents: Array<{ agent: string; cases: number; responses: { onTime: number; late: number; medianMinutes?: number } }>;
  responses: { onTime: number; late: number };
}
import { inboxView, type InboxView } from "./inbox.js";

export interface TeamAgentRow {
  agent: string;
  /** Complaints held now (claimed with a live lease, or assigned). */
  holding: number;
  /** Cases answered in the range, of which from the inbox. */
  cases: number;
  answeredFromInbox: number;
  medianResponseMinutes?: number;
  /** Answered within respond-within, of those measured against one (0..1); undefined when none. */
  slaMet?: number;
  measured: number;
  /** Average satisfaction 1..5; undefined when nobody rated. */
  csat?: number;
  rated: number;
  reactions: Record<Reaction, number>;
}

export interface TeamReport {
  queue: { waiting: number; overdue: number; vipWaiting: number; claimed: number; acknowledged: number; unrouted: number };
  /** The most urgent waiting complaints, at most `top`. */
  urgent: InboxView[];
  vipsWaiting: InboxView[];
  agents: TeamAgentRow[];
  playbooks: Array<{ playbook: string; waiting: number; csat?: number; rated: number; reactions: Record<Reaction, number> }>;
  satisfaction: { csat?: number; rated: number; reactions: Record<Reaction, number> };
  /** Answered within respond-within, of all measured (0..1). */
  slaMet?: number;
}

const avg = (sum: number, n: number) => (n ? Math.round((sum / n) * 10) / 10 : undefined);

export async function buildTeamReport(store: Pick<CaseStore, "teamFigures" | "listInbox">, range: ReportRange, cases: CaseFiguresIn, opts: { top?: number } = {}): Promise<TeamReport> {
  const f = await store.teamFigures(range);
  const now = new Date(f.now);
  const waiting = (await store.listInbox({ status: "waiting" })).map((i) => inboxView(i, now));
  const byAgent = new Map<string, TeamAgentRow>();
  const key = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  const empty = (): Record<Reaction, number> => Object.fromEntries(REACTIONS.map((r) => [r, 0])) as Record<Reaction, number>;
  for (const a of cases.agents) {
    const measured = a.responses.onTime + a.responses.late;
    byAgent.set(key(a.agent), {
      agent: a.agent,
      holding: 0,
      cases: a.cases,
      answeredFromInbox: 0,
      ...(a.responses.medianMinutes !== undefined && { medianResponseMinutes: a.responses.medianMinutes }),
      ...(measured && { slaMet: a.responses.onTime / measured }),
      measured,
      rated: 0,
      reactions: empty(),
    });
  }
  for (const a of f.agents) {
    const row = byAgent.get(key(a.agent)) ?? { agent: a.agent, holding: 0, cases: 0, answeredFromInbox: 0, measured: 0, rated: 0, reactions: empty() };
    row.holding = a.holding;
    row.answeredFromInbox = a.answeredFromInbox;
    row.rated = a.rated;
    const c = avg(a.csatSum, a.rated);
    if (c !== undefined) row.csat = c;
    row.reactions = a.reactions;
    byAgent.set(key(a.agent), row);
  }
  const agents = [...byAgent.values()].sort((x, y) => y.cases - x.cases || y.holding - x.holding || x.agent.localeCompare(y.agent));
  const playbooks = f.playbooks
    .map((p) => ({ playbook: p.playbook, waiting: p.waiting, rated: p.rated, reactions: p.reactions, ...(p.rated && { csat: avg(p.csatSum, p.rated)! }) }))
    .sort((x, y) => y.waiting - x.waiting || y.rated - x.rated || x.playbook.localeCompare(y.playbook));
  const measured = cases.responses.onTime + cases.responses.late;
  return {
    queue: f.queue,
    urgent: waiting.slice(0, opts.top ?? 10),
    vipsWaiting: waiting.filter((v) => v.vip),
    agents,
    playbooks,
    satisfaction: { rated: f.all.rated, reactions: f.all.reactions, ...(f.all.rated && { csat: avg(f.all.csatSum, f.all.rated)! }) },
    ...(measured && { slaMet: cases.responses.onTime / measured }),
  };
}

/** Whether there is anything of the team to show: a queue, a holder, or a rating. */
export function hasTeamFigures(t: TeamReport): boolean {
  return t.queue.waiting > 0 || t.satisfaction.rated > 0 || t.agents.some((a) => a.holding > 0 || a.answeredFromInbox > 0) || Object.values(t.satisfaction.reactions).some(Boolean);
}
