/**
 * The draft flow as data: given the catalog and a {@link DraftState}, what to ask next, and
 * the state after an answer. Nothing here prompts, prints or touches a file; the
 * interactive runner (interactive.ts) turns questions into prompts, the non-interactive
 * path (resolve.ts) answers them from flags, and tests answer them from a script.
 *
 * Order: complaint, platform, when it was posted, playbook, checklist, customer, agent,
 * steps (in order, honouring `when`), commitments, remedies. Then the reply is rendered.
 *
 * @example
 *   let q = nextQuestion(state, ctx);          // { kind: "step", key: "step:damage", step, default: "unknown" }
 *   state = applyAnswer(state, q, "contents", ctx);
 */
import { checkAnswer, isAsked } from "../playbook/load.js";
import type { ChecklistItem, Commitment, Playbook, Remedy, Scalar, Step } from "../playbook/types.js";
import { parseDuration, type Duration } from "../text/duration.js";
import { customerDefault, customerFromAnswer, guessCustomer, type CustomerGuess } from "./customer.js";
import { PLATFORMS } from "./messages.js";
import { isSettled, settle, type DraftState } from "./state.js";

export interface RouteSuggestion {
  id: string;
  locale: string;
  title?: string;
  score: number;
  matched: string[];
}

export type Router = (text: string, playbooks: Playbook[], options: { locale?: string }) => RouteSuggestion[];

/** What kind of message a complaint is (route/route.ts#routeMessage): praise gets no playbook. */
export type MessageKindOf = (text: string, playbooks: Playbook[], options: { locale?: string }) => "complaint" | "question" | "praise" | "spam";

export interface FlowContext {
  playbooks: Playbook[];
  route: Router;
  /** Tells praise from a complaint, to say so instead of "no playbook matched". */
  kindOf?: MessageKindOf;
  now: Date;
  /** Route only among playbooks in this locale (given with --locale). */
  routeLocale?: string;
  /** The configured channel, offered as the platform default. */
  defaultPlatform?: string;
}

export type FlowQuestion =
  | { kind: "complaint"; key: "complaint"; default?: string }
  | { kind: "platform"; key: "platform"; choices: string[]; default?: string }
  | { kind: "posted"; key: "posted"; default?: string }
  | { kind: "playbook"; key: "playbook"; suggestions: RouteSuggestion[]; options: Playbook[]; default?: string; praise?: boolean }
  | { kind: "checklist"; key: string; item: ChecklistItem; index: number; total: number }
  | { kind: "customer"; key: "customer"; default?: string; guess?: CustomerGuess }
  | { kind: "agent"; key: "agent"; default?: string }
  | { kind: "step"; key: string; step: Step; default?: Scalar }
  | { kind: "commitment"; key: string; commitment: Commitment; options: Duration[]; default: Duration | null }
  | { kind: "remedies"; key: "remedies"; allowed: Remedy[]; notAllowed: Remedy[]; default: string[] };

/** The playbook a state has chosen, from the catalog. */
export function chosenPlaybook(state: DraftState, playbooks: Playbook[]): Playbook | undefined {
  const ref = state.playbook;
  return ref ? playbooks.find((p) => p.id === ref.id && p.locale === ref.locale) : undefined;
}

/** The steps that apply given the answers (a step whose `when` fails is not asked). */
export function askedSteps(playbook: Playbook, answers: Record<string, Scalar>): Step[] {
  const effective: Record<string, Scalar> = {};
  const out: Step[] = [];
  for (const step of playbook.steps) {
    if (!isAsked(step, effective)) continue;
    out.push(step);
    const a = answers[step.id] ?? step.default;
    if (a !== undefined) effective[step.id] = a;
  }
  return out;
}

/** Answers for the steps that apply, defaults filled in; answers to steps that no longer apply are dropped. */
export function effectiveAnswers(playbook: Playbook, answers: Record<string, Scalar>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const step of askedSteps(playbook, answers)) {
    const a = answers[step.id] ?? step.default;
    if (a !== undefined && a !== "") out[step.id] = a;
  }
  return out;
}

export function nextQuestion(state: DraftState, ctx: FlowContext): FlowQuestion | undefined {
  if (!isSettled(state, "complaint")) return { kind: "complaint", key: "complaint", ...(state.complaint !== undefined && { default: state.complaint }) };
  if (!isSettled(state, "platform")) {
    const def = state.platform ?? ctx.defaultPlatform;
    return { kind: "platform", key: "platform", choices: [...PLATFORMS], ...(def !== undefined && { default: def }) };
  }
  if (!isSettled(state, "posted")) return { kind: "posted", key: "posted", ...(state.postedAt && { default: state.postedAt }) };
  const playbook = chosenPlaybook(state, ctx.playbooks);
  if (!playbook || !isSettled(state, "playbook")) {
    const suggestions = state.complaint ? ctx.route(state.complaint, ctx.playbooks, ctx.routeLocale ? { locale: ctx.routeLocale } : {}) : [];
    const options = ctx.routeLocale ? ctx.playbooks.filter((p) => p.locale === ctx.routeLocale) : ctx.playbooks;
    const praise = state.complaint && ctx.kindOf ? ctx.kindOf(state.complaint, ctx.playbooks, ctx.routeLocale ? { locale: ctx.routeLocale } : {}) === "praise" : false;
    return { kind: "playbook", key: "playbook", suggestions, options: options.length ? options : ctx.playbooks, ...(playbook && { default: `${playbook.locale}/${playbook.id}` }), ...(praise && { praise }) };
  }
  const items = playbook.checklist;
  for (const [index, item] of items.entries()) {
    const key = `checklist:${item.id}`;
    if (!isSettled(state, key)) return { kind: "checklist", key, item, index, total: items.length };
  }
  if (!isSettled(state, "customer")) {
    const guess = guessCustomer(state.complaint);
    const def = customerDefault(state.customer, guess);
    return { kind: "customer", key: "customer", ...(def && { default: def }), ...(guess && { guess }) };
  }
  if (!isSettled(state, "agent")) return { kind: "agent", key: "agent", ...(state.agent && { default: state.agent }) };
  for (const step of askedSteps(playbook, state.answers)) {
    const key = `step:${step.id}`;
    if (isSettled(state, key)) continue;
    const def = state.answers[step.id] ?? step.default;
    return { kind: "step", key, step, ...(def !== undefined && { default: def }) };
  }
  for (const commitment of playbook.commitments) {
    const key = `commitment:${commitment.id}`;
    if (isSettled(state, key)) continue;
    const previous = state.commitments[commitment.id];
    const def = previous === null ? null : previous !== undefined ? (parseDuration(previous) ?? commitment.default) : commitment.default;
    return { kind: "commitment", key, commitment, options: offersFor(commitment, def), default: def };
  }
  if (!isSettled(state, "remedies")) {
    const allowed = playbook.remedies.filter((r) => !r.requiresApproval);
    const notAllowed = playbook.remedies.filter((r) => r.requiresApproval);
    return { kind: "remedies", key: "remedies", allowed, notAllowed, default: state.remedies.filter((id) => allowed.some((r) => r.id === id)) };
  }
  return undefined;
}

/** The time frames to offer: the playbook's, never sooner than the earliest; a previous, later choice stays on the list. */
export function offersFor(commitment: Commitment, previous: Duration | null): Duration[] {
  const offers = commitment.offer.filter((d) => d.minutes >= commitment.earliest.minutes);
  if (previous && previous.minutes >= commitment.earliest.minutes && !offers.some((d) => sameDuration(d, previous))) offers.push(previous);
  return offers.sort((a, b) => a.minutes - b.minutes);
}

export function sameDuration(a: Duration, b: Duration): boolean {
  return a.minutes === b.minutes && Boolean(a.working) === Boolean(b.working);
}

/** Problems with an answer, in words (the same checks as the playbook's example answers). */
export function problemWith(question: FlowQuestion, value: unknown): string | undefined {
  switch (question.kind) {
    case "step": {
      if (value === undefined || value === "") return question.step.required ? "required" : undefined;
      return checkAnswer(question.step, value as Scalar);
    }
    case "commitment": {
      if (value === null) return undefined;
      const d = value as Duration;
      if (d.minutes < question.commitment.earliest.minutes) return `sooner than the earliest allowed (${question.commitment.earliest.text})`;
      return undefined;
    }
    case "remedies": {
      const bad = (value as string[]).filter((id) => !question.allowed.some((r) => r.id === id));
      return bad.length ? `not allowed without approval: ${bad.join(", ")}` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The state after answering a question. Values by kind: complaint, platform, agent and
 * customer take strings; posted an ISO time or undefined; playbook "locale/id"; checklist a
 * boolean; step a scalar (undefined leaves an optional step blank); commitment a Duration or
 * null; remedies a list of ids. An invalid value throws: callers validate first.
 */
export function applyAnswer(state: DraftState, question: FlowQuestion, value: unknown, ctx: Pick<FlowContext, "playbooks" | "now">): DraftState {
  const problem = problemWith(question, value);
  if (problem) throw new Error(`invalid answer for ${question.key}: ${problem}`);
  let next: DraftState = { ...state };
  switch (question.kind) {
    case "complaint": {
      const text = String(value ?? "").trim();
      if (text) next.complaint = text;
      else delete next.complaint;
      break;
    }
    case "platform":
      if (value) next.platform = String(value);
      else delete next.platform;
      break;
    case "posted":
      if (value) next.postedAt = String(value);
      else delete next.postedAt;
      break;
    case "playbook": {
      const [locale, id] = String(value).split("/") as [string, string];
      const pb = ctx.playbooks.find((p) => p.id === id && p.locale === locale);
      if (!pb) throw new Error(`no playbook ${String(value)}`);
      if (state.playbook && (state.playbook.id !== id || state.playbook.locale !== locale)) {
        // Another playbook: its checklist and steps are not the old one's.
        next = { ...next, checklist: {}, settled: next.settled.filter((k) => !/^(checklist:|step:|commitment:|remedies$)/.test(k)), answers: {}, commitments: {}, remedies: [] };
        delete next.review;
      }
      next.playbook = { id, locale };
      next.locale = locale;
      break;
    }
    case "checklist":
      next.checklist = { ...state.checklist, [question.item.id]: Boolean(value) };
      break;
    case "customer": {
      // A handle read from the complaint stays with the name typed over it.
      const known = state.customer ?? (question.guess?.handle ? { handle: question.guess.handle } : undefined);
      next.customer = customerFromAnswer(String(value ?? ""), known);
      break;
    }
    case "agent":
      next.agent = String(value).trim();
      break;
    case "step": {
      const answers = { ...state.answers };
      if (value === undefined || value === "") answers[question.step.id] = "";
      else answers[question.step.id] = value as Scalar;
      next.answers = answers;
      break;
    }
    case "commitment":
      next.commitments = { ...state.commitments, [question.commitment.id]: value === null ? null : (value as Duration).text };
      break;
    case "remedies":
      next.remedies = [...(value as string[])];
      break;
  }
  return settle(next, question.key, ctx.now);
}

/** Checklist items done and skipped, in the playbook's order (unconfirmed items count as skipped). */
export function checklistSummary(playbook: Playbook, state: DraftState): { done: string[]; skipped: string[] } {
  const done: string[] = [];
  const skipped: string[] = [];
  for (const item of playbook.checklist) (state.checklist[item.id] ? done : skipped).push(item.id);
  return { done, skipped };
}

/** The commitments promised, as durations. */
export function chosenCommitments(playbook: Playbook, state: DraftState): Record<string, Duration> {
  const out: Record<string, Duration> = {};
  for (const c of playbook.commitments) {
    const text = state.commitments[c.id];
    if (text === null || text === undefined) continue;
    const d = parseDuration(text);
    if (d) out[c.id] = d;
  }
  return out;
}
