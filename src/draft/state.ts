/**
 * A draft in progress: everything answered so far. It is plain JSON so that it can be saved
 * after every answer and resumed after Ctrl-C or a closed terminal (see session.ts).
 *
 * A value can be known without being settled: answers from `--example`, from the last
 * draft (`--retry`) or from the previous pass ("change the answers") are defaults that the
 * person still confirms. `settled` lists the question keys that need no more asking.
 *
 * @example
 *   const state = newDraftState({ locale: "en", now: new Date() });
 *   state.answers["damage"] = "contents";
 *   state.settled.push("step:damage");
 */
import type { Customer, Scalar } from "../playbook/types.js";

export const STATE_VERSION = 1;

export interface ReviewState {
  /** Index into the playbook's public templates. */
  variant: number;
  /** The person's edited text; absent while the reply is the template's. */
  text?: string;
  /** How many edits were made (for the summary). */
  edits: number;
}

export interface DraftState {
  version: typeof STATE_VERSION;
  id: string;
  startedAt: string;
  updatedAt: string;
  /** Prompts' language: --locale or the config's until a playbook is chosen, then the playbook's. */
  locale: string;
  complaint?: string;
  platform?: string;
  /** ISO time the complaint was posted. */
  postedAt?: string;
  playbook?: { id: string; locale: string };
  /** Checklist item id -> done (true) or skipped (false). */
  checklist: Record<string, boolean>;
  customer?: Customer;
  agent?: string;
  answers: Record<string, Scalar>;
  /** Commitment id -> chosen time frame ("24h", "3 working days"), or null: not promised. */
  commitments: Record<string, string | null>;
  remedies: string[];
  /** Question keys answered in this pass ("complaint", "step:damage", "commitment:callback"). */
  settled: string[];
  review?: ReviewState;
  override?: { reason?: string; findings: string[] };
  /** ISO time the reply was accepted. */
  acceptedAt?: string;
}

export function newDraftState({ locale, now, id }: { locale: string; now: Date; id?: string }): DraftState {
  const iso = now.toISOString();
  return {
    version: STATE_VERSION,
    id: id ?? `${iso.replace(/[-:]/g, "").replace(/\..*/, "")}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: iso,
    updatedAt: iso,
    locale,
    checklist: {},
    answers: {},
    commitments: {},
    remedies: [],
    settled: [],
  };
}

export function isSettled(state: DraftState, key: string): boolean {
  return state.settled.includes(key);
}

/** A copy with `key` settled (and the update time moved on). */
export function settle(state: DraftState, key: string, now: Date): DraftState {
  return { ...state, settled: state.settled.includes(key) ? state.settled : [...state.settled, key], updatedAt: now.toISOString() };
}

/** Back to the playbook's questions with every answer kept as a default ("change the answers"). */
export function reopenAnswers(state: DraftState, now: Date): DraftState {
  const keep = state.settled.filter((k) => !/^(step:|commitment:|remedies$|customer$)/.test(k));
  const { review, override: _override, acceptedAt: _accepted, ...rest } = state;
  // The chosen template stays; edits to the old text do not fit the new answers.
  return { ...rest, ...(review && { review: { variant: review.variant, edits: 0 } }), settled: keep, updatedAt: now.toISOString() };
}

/** A finished draft reopened for another go (`--retry`): answers and edits kept, to be reviewed again. */
export function retryState(last: DraftState, now: Date): DraftState {
  const { override: _override, acceptedAt: _accepted, ...rest } = last;
  return { ...rest, updatedAt: now.toISOString() };
}
