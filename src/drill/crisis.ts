/**
 * The crisis drill (P16: "including a sudden peak of complaints"): a burst of complaints
 * arriving over a few simulated minutes. The trainee triages (chooses the order) and answers.
 *
 * The right order is earliest deadline first: each complaint's deadline is when it arrived
 * plus what was left of its respond-within target (P1), so older posts, and posts on a
 * playbook with a tighter target, come first. Grading (pure, like gradeReply) counts
 *   replies   the replies' own grades, averaged (60)
 *   order     how close the answering order is to the right one (20)
 *   waiting   how many complaints were answered while their target still held: what was
 *             left of respond-within after the post's age, at least 15 minutes (20)
 *
 * @example
 *   const burst = buildCrisis(pool, playbooks, { count: 4, seed: "monday" });
 *   burst.items.map((i) => i.arrivesAfter); // [0, 41, 95, 170] seconds
 */
import type { Playbook } from "../playbook/types.js";
import { formatMinutes as formatMinutesIn, gradeFrom } from "./grade.js";
import { drillMessages } from "./messages.js";
import { seededRandom, shuffle } from "./random.js";
import { findExpectedPlaybook } from "./scenario.js";
import type { Grade, GradeItem, Loss, Scenario } from "./types.js";

export const CRISIS_WEIGHTS = { replies: 60, order: 20, waiting: 20 } as const;
/**
 * A post already past its target when it reaches the trainee can still be answered "in time"
 * for the waiting item: within this many minutes of arriving. The trainee is graded on the
 * queue they manage, not on how old the scenario made the post.
 */
export const LATE_POST_GRACE_MINUTES = 15;

export interface CrisisItem {
  scenario: Scenario;
  /** Seconds after the burst starts that the complaint arrives. */
  arrivesAfter: number;
  /** The playbook's respond-within, in minutes (from the expected playbook). */
  respondWithin: number;
  /** Seconds after the burst starts by which it should be answered (P1). */
  deadline: number;
}

export interface CrisisBurst {
  seed: string;
  items: CrisisItem[];
}

export interface CrisisOptions {
  count: number;
  seed: string;
  /** Length of the burst in simulated seconds; default one minute per complaint, 3 to 8 minutes. */
  window?: number;
}

/** The same pool, count and seed always give the same burst. */
export function buildCrisis(pool: readonly Scenario[], playbooks: readonly Playbook[], options: CrisisOptions): CrisisBurst {
  const random = seededRandom(`crisis:${options.seed}`);
  const count = Math.max(1, options.count);
  const window = options.window ?? Math.min(8, Math.max(3, count)) * 60;
  const picked: Scenario[] = [];
  while (picked.length < count && pool.length) picked.push(...shuffle(pool, random).slice(0, count - picked.length));
  const offsets = picked.map((_, i) => (i === 0 ? 0 : Math.round(random() * window))).sort((a, b) => a - b);
  const items = picked.map((scenario, i) => {
    const playbook = findExpectedPlaybook(playbooks, scenario);
    const respondWithin = playbook?.respondWithin.minutes ?? 360;
    const arrivesAfter = offsets[i]!;
    // A repeated scenario in a large burst gets its own id, so answers can name it.
    const n = picked.slice(0, i).filter((s) => s.id === scenario.id).length;
    const id = n ? `${scenario.id}-${n + 1}` : scenario.id;
    return { scenario: { ...scenario, id }, arrivesAfter, respondWithin, deadline: arrivesAfter + (respondWithin - scenario.age.minutes) * 60 };
  });
  return { seed: options.seed, items };
}

/** The right answering order: earliest deadline first, then earliest arrival, then id. */
export function idealOrder(items: readonly CrisisItem[]): string[] {
  return [...items]
    .sort((a, b) => a.deadline - b.deadline || a.arrivesAfter - b.arrivesAfter || a.scenario.id.localeCompare(b.scenario.id))
    .map((i) => i.scenario.id);
}

export interface CrisisAnswer {
  scenario: string;
  /** Seconds after the burst started that the reply was sent. */
  answeredAt: number;
  /** The reply's own grade (gradeReply with secondsTaken = answeredAt - arrivesAfter). */
  grade: Grade;
}

export interface CrisisGrade extends Grade {
  order: string[];
  ideal: string[];
  replies: Array<{ scenario: string; score: number; waitedSeconds: number }>;
}

export function gradeCrisis(burst: CrisisBurst, answers: readonly CrisisAnswer[]): CrisisGrade {
  const byId = new Map(burst.items.map((i) => [i.scenario.id, i]));
  const answered = answers.filter((a) => byId.has(a.scenario));
  const ideal = idealOrder(burst.items);
  const order = answered.map((a) => a.scenario);
  const missing = burst.items.filter((i) => !order.includes(i.scenario.id));
  // The reasons in the burst's language (its scenarios share one).
  const locale = burst.items[0]?.scenario.locale;
  const t = drillMessages(locale).crisis;
  const formatMinutes = (minutes: number) => formatMinutesIn(minutes, locale);

  // replies: average of the replies' scores; an unanswered complaint counts 0 (P1: never leave it).
  const total = burst.items.length;
  const average = total ? answered.reduce((n, a) => n + a.grade.score, 0) / total : 0;
  const repliesPoints = Math.round((CRISIS_WEIGHTS.replies * average) / 100);
  const scores = [...answered.map((a) => `${a.scenario} ${a.grade.score}/100`), ...missing.map((m) => t.notAnswered(m.scenario.id))];
  const repliesLost = CRISIS_WEIGHTS.replies - repliesPoints;
  const replies: GradeItem = {
    item: "replies",
    points: repliesPoints,
    max: CRISIS_WEIGHTS.replies,
    why: repliesLost ? t.repliesLost(repliesLost, Math.round(average), scores.join(t.separator)) : t.allScored100,
    principle: "P16",
    // The replies' own losses are in their grades (and in the results' "reply-mistakes" item).
    losses: [],
  };

  // order: share of pairs answered in the right relative order (Kendall tau); unanswered ones go last.
  const full = [...order, ...missing.map((m) => m.scenario.id)];
  const rank = new Map(ideal.map((id, i) => [id, i]));
  const inversions: Array<[string, string]> = [];
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) if (rank.get(full[i]!)! > rank.get(full[j]!)!) inversions.push([full[i]!, full[j]!]);
  }
  const pairs = (total * (total - 1)) / 2;
  const orderPoints = pairs ? Math.round(CRISIS_WEIGHTS.order * (1 - inversions.length / pairs)) : CRISIS_WEIGHTS.order;
  const orderLost = CRISIS_WEIGHTS.order - orderPoints;
  const late = (id: string) => {
    const item = byId.get(id)!;
    return t.lateItem(id, formatMinutes(item.scenario.age.minutes), formatMinutes(item.respondWithin));
  };
  const orderItem: GradeItem = {
    item: "order",
    points: orderPoints,
    max: CRISIS_WEIGHTS.order,
    why: orderLost
      ? t.outOfOrder(orderLost, inversions.length, pairs, `${inversions.slice(0, 3).map(([a, b]) => t.cameBefore(late(b), a)).join(t.separator)}${inversions.length > 3 ? `${t.separator}...` : ""}`)
      : t.rightOrderWhy(ideal.join(", ")),
    principle: "P1",
    losses: orderLost ? [{ points: orderLost, why: t.orderLoss(inversions.length, pairs), principle: "P1", key: "crisis/order" }] : [],
  };

  // waiting: each complaint answered within its target, counting the post's age and the wait.
  const shares = total ? CRISIS_WEIGHTS.waiting / total : 0;
  const waitLosses: Loss[] = [];
  let onTime = 0;
  for (const item of burst.items) {
    const answer = answered.find((a) => a.scenario === item.scenario.id);
    const waited = answer ? Math.max(0, answer.answeredAt - item.arrivesAfter) : undefined;
    const budget = Math.max(item.respondWithin - item.scenario.age.minutes, LATE_POST_GRACE_MINUTES);
    const waitedMinutes = (waited ?? Infinity) / 60;
    if (waitedMinutes <= budget) onTime++;
    else {
      const target = item.respondWithin > item.scenario.age.minutes ? t.budgetLeft(formatMinutes(item.respondWithin), formatMinutes(item.scenario.age.minutes)) : t.budgetLate(formatMinutes(LATE_POST_GRACE_MINUTES), formatMinutes(item.respondWithin));
      waitLosses.push({ points: 0, why: waited === undefined ? t.neverAnswered(item.scenario.id) : t.waited(item.scenario.id, formatMinutes(waitedMinutes), formatMinutes(budget), target), principle: "P1", key: "crisis/waiting" });
    }
  }
  const waitingPoints = Math.round(shares * onTime);
  const waitLost = CRISIS_WEIGHTS.waiting - waitingPoints;
  if (waitLosses.length) {
    const each = waitLosses.map((_, i) => Math.floor(waitLost / waitLosses.length) + (i < waitLost % waitLosses.length ? 1 : 0));
    waitLosses.forEach((l, i) => (l.points = each[i]!));
  }
  const waiting: GradeItem = {
    item: "waiting",
    points: waitingPoints,
    max: CRISIS_WEIGHTS.waiting,
    why: waitLosses.length ? waitLosses.map((l) => `-${l.points} ${l.why} (P1)`).join(t.separator) : t.allInTime(total),
    principle: "P1",
    losses: waitLosses.filter((l) => l.points > 0),
  };

  // A reply that failed fails the crisis: one stock phrase or over-promise in a peak is still public.
  const grade = gradeFrom([replies, orderItem, waiting], answered.flatMap((a) => (a.grade.fails ?? []).map((f) => `${a.scenario}: ${f}`)));
  return {
    ...grade,
    order,
    ideal,
    replies: answered.map((a) => ({ scenario: a.scenario, score: a.grade.score, waitedSeconds: Math.max(0, a.answeredAt - byId.get(a.scenario)!.arrivesAfter) })),
  };
}
