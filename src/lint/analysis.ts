/**
 * One reply, read once for every rule: its words, sentences, quoted parts, and every match of
 * the locale's phrase list, built-in patterns and the playbook's keywords, found in one walk of
 * one matcher. Rules then ask questions of this object instead of re-reading the text.
 */
import type { ApprovedPhrase, BannedPhrase } from "../phrases/types.js";
import type { Commitment, Playbook, Remedy } from "../playbook/types.js";
import type { Match } from "../text/matcher.js";
import { foldWord, WordMemo, type Token } from "../text/tokens.js";
import { FUTURE_WORDS, HEDGES, NEGATIONS, UNIT_WORDS, isAgentAction, isItalianFuture, type BuiltinKey } from "./lexicon.js";
import { inRanges, type Range } from "./quotes.js";
import { answerOf, complaintCues, replyNamesEvent, replyNamesProblem, type ComplaintCues, type ProblemAnswer } from "./problem.js";
import { bareDuration, compactTime, evaluateTime, type TimeHit } from "./time.js";
import { sortSmall } from "./sort.js";
import type { LintContext } from "./types.js";

/** The context with what the engine resolved: the locale and the reference time. */
export interface ResolvedContext extends LintContext {
  locale: string;
  now: Date;
}

export type MatchKey =
  | { kind: "banned"; entry: BannedPhrase }
  /** A wording an entry's `unless` list excuses: the entry's matches that overlap it are dropped. */
  | { kind: "unless"; entry: BannedPhrase }
  | { kind: "approved"; entry: ApprovedPhrase }
  | { kind: "builtin"; key: BuiltinKey }
  | { kind: "commitment"; commitment: Commitment }
  | { kind: "remedy"; remedy: Remedy };

export interface Hit<K> {
  key: K;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  /** Inclusive; -1 for a sentence without words. */
  lastToken: number;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "sig", "sigra", "dott", "prof", "st", "eg", "ie", "ing", "avv", "gent", "no", "n", "nr", "ca", "vs", "etc", "κ", "κα", "δρ"]);
const PAST_AFTER = new Set(["ago", "fa", "prima", "earlier", "before", "πριν"]);
const PAST_BEFORE = new Set(["for", "since", "da", "per", "after", "dopo", "last", "past", "ultimi", "ultime", "scorsi", "scorse", "waited", "waiting", "atteso", "aspettato", ...["πριν", "από", "για", "τελευταίες", "τελευταία", "τελευταίων", "περίμενα", "περιμένω", "περιμένετε", "περιμένατε"].map(foldWord)]);

const OPENING_MENTIONS = /^(?:\s*@\w+)+/;

export class AnalyzedReply {
  readonly words: string[];
  /** Sentence index of each token. */
  readonly sentenceOf: number[];
  readonly sentences: Sentence[];
  readonly banned: Hit<BannedPhrase>[] = [];
  readonly approved: Hit<ApprovedPhrase>[] = [];
  readonly builtins: Hit<BuiltinKey>[] = [];
  readonly commitments: Hit<Commitment>[] = [];
  readonly remedies: Hit<Remedy>[] = [];
  readonly times: TimeHit[];

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly context: ResolvedContext,
    readonly quotes: readonly Range[],
    matches: Match<MatchKey>[],
    remedyStems: ReadonlyArray<[string, Remedy]>,
  ) {
    const n = tokens.length;
    const words = new Array<string>(n);
    for (let i = 0; i < n; i++) words[i] = tokens[i]!.norm;
    this.words = words;
    this.sentenceOf = new Array<number>(n);
    this.sentences = splitSentences(text, tokens, this.sentenceOf);

    const timeMatches: Match<MatchKey>[] = [];
    let excused: Hit<BannedPhrase>[] | undefined;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (quotes.length && inRanges(quotes, m.start)) continue;
      const key = m.key;
      // A match becomes its hit in place, its key unwrapped (the fields are the same): one
      // object per match instead of two. The matches are this reply's own.
      switch (key.kind) {
        case "banned":
          this.banned.push(asHit(m, key.entry));
          break;
        case "approved":
          this.approved.push(asHit(m, key.entry));
          break;
        case "unless":
          (excused ??= []).push(asHit(m, key.entry));
          break;
        case "builtin":
          if (key.key.kind === "time") timeMatches.push(m);
          else this.builtins.push(asHit(m, key.key));
          break;
        case "commitment":
          this.commitments.push(asHit(m, key.commitment));
          break;
        case "remedy":
          this.remedies.push(asHit(m, key.remedy));
          break;
      }
    }
    if (excused) {
      const kept = this.banned.filter((b) => !excused!.some((u) => u.key === b.key && u.start < b.end && b.start < u.end));
      this.banned.length = 0;
      for (const b of kept) this.banned.push(b);
    }
    if (remedyStems.length) {
      for (let i = 0; i < n; i++) {
        const w = words[i]!;
        if (w.length < 6) continue;
        const c = w.charCodeAt(0);
        for (let k = 0; k < remedyStems.length; k++) {
          const stem = remedyStems[k]![0];
          if (stem.charCodeAt(0) === c && w.length > stem.length && w.startsWith(stem) && !(quotes.length && inRanges(quotes, tokens[i]!.start))) {
            this.remedies.push({ key: remedyStems[k]![1], firstToken: i, lastToken: i, start: tokens[i]!.start, end: tokens[i]!.end });
          }
        }
      }
    }
    this.times = this.readTimes(timeMatches);
  }

  private problemAnswer: ProblemAnswer | undefined;
  private cues: ComplaintCues | undefined;
  /**
   * Whether the reply answers a problem: read from the complaint when it says, else from the
   * reply itself ("unknown" when neither says). See ./problem.ts.
   */
  get problem(): ProblemAnswer {
    if (this.problemAnswer === undefined) {
      const complaint = this.context.complaint;
      this.cues = complaint?.trim() ? complaintCues(complaint, this.context.locale) : undefined;
      const fromComplaint = this.cues ? answerOf(this.cues) : "unknown";
      this.problemFromReply = fromComplaint === "unknown";
      this.problemAnswer = fromComplaint !== "unknown" ? fromComplaint : replyNamesProblem(this.words, this.context.locale);
    }
    return this.problemAnswer;
  }

  /**
   * Whether the complaint reports a problem beyond doubt: two cues of something wrong or more
   * ("cancelled" and "no one answers", "still no suitcase" and "no luck") and not one of praise,
   * thanks or good humour. One cue alone is as often a question, a joke or a suggestion ("why
   * don't you allow puppies?", "my biggest problem is the coffee"), and the rules that owe the
   * customer something only on a problem stay silent on it. False without a complaint.
   */
  get complaintReportsProblem(): boolean {
    return this.problem === "problem" && this.cues !== undefined && this.cues.wrong >= 2 && this.cues.praise === 0;
  }

  private problemFromReply = false;
  /**
   * Whether the problem is known only from the reply's feelings: no complaint said there is
   * one, and the reply names no event ("the delay", "this issue"), only an apology or a feeling
   * ("sorry you feel that way", "we regret any disappointment"). Such replies answer opinions
   * as often as problems. See ./problem.ts#replyNamesEvent.
   */
  get problemOnlyFelt(): boolean {
    return this.problem === "problem" && this.problemFromReply && !replyNamesEvent(this.words, this.context.locale);
  }

  private mentionsEnd: number | undefined;
  /**
   * Where the @mentions the reply opens with end ("@dana_k @shop Got it." → 13), 0 when it opens
   * with none: X puts them there, and the rules that read a reply's opening look past them.
   */
  get openingMentionsEnd(): number {
    return (this.mentionsEnd ??= OPENING_MENTIONS.exec(this.text)?.[0].length ?? 0);
  }

  /** The word as written (not folded). */
  raw(i: number): string {
    const t = this.tokens[i]!;
    return this.text.slice(t.start, t.end);
  }

  /** Whether a negation stands in the `window` words before token i, in the same sentence. */
  negatedBefore(i: number, window = 4): boolean {
    const negations = NEGATIONS[this.context.locale];
    if (!negations) return false;
    const sentence = this.sentenceOf[i];
    for (let j = i - 1; j >= 0 && j >= i - window; j--) {
      if (this.sentenceOf[j] !== sentence) return false;
      if (negations.has(this.words[j]!)) return true;
    }
    return false;
  }

  /** Whether token i is a future-tense marker (will, 'll, richiamerò, passerà...). */
  isFuture(i: number): boolean {
    const w = this.words[i]!;
    const locale = this.context.locale;
    if (FUTURE_WORDS[locale]?.has(w)) {
      // "will not", "won't": a negated future is not a promise.
      const next = this.words[i + 1];
      return !(next !== undefined && NEGATIONS[locale]?.has(next));
    }
    if (locale === "en" && w === "going" && this.words[i + 1] === "to") return true;
    if (locale === "it") return isItalianFuture(this.raw(i), w);
    return false;
  }

  /** First token of a sentence that is a future marker, or -1. */
  futureIn(sentence: number): number {
    const s = this.sentences[sentence]!;
    for (let i = s.firstToken; i <= s.lastToken; i++) if (this.isFuture(i)) return i;
    return -1;
  }

  /** Whether a sentence describes the agent's own past (or, with `present`, ongoing) action ("I've asked..."). */
  hasAgentAction(sentence: number, present = true): boolean {
    const s = this.sentences[sentence]!;
    for (let i = s.firstToken; i <= s.lastToken; i++) if (isAgentAction(this.context.locale, this.words, i, present)) return true;
    return false;
  }

  /**
   * Whether token i lies in the agent's own action: after "I've asked", "ho chiesto", "I'm
   * checking" in its sentence, with no future or next-step ("and I'll call you") in between.
   * "I've asked the warehouse to check today, and I'll call you back within 24 hours": "today"
   * is the agent's action, "within 24 hours" a promise.
   */
  inAgentAction(i: number): boolean {
    const sentence = this.sentenceOf[i]!;
    const s = this.sentences[sentence]!;
    const locale = this.context.locale;
    let action = false;
    for (let j = s.firstToken; j < i; j++) {
      if (isAgentAction(locale, this.words, j)) action = true;
      else if (action && (this.isFuture(j) || this.nextStepAt(j))) action = false;
    }
    return action;
  }

  private nextSteps: Set<number> | undefined;
  private nextStepAt(j: number): boolean {
    if (!this.nextSteps) {
      this.nextSteps = new Set();
      for (const b of this.builtins) if (b.key.kind === "next-step") this.nextSteps.add(b.firstToken);
    }
    return this.nextSteps.has(j);
  }

  /** Whether a sentence hedges ("whether", "if possible", "se è possibile"). */
  hasHedge(sentence: number): boolean {
    const hedges = HEDGES[this.context.locale];
    if (!hedges) return false;
    const s = this.sentences[sentence]!;
    for (let i = s.firstToken; i <= s.lastToken; i++) if (hedges.has(this.words[i]!)) return true;
    return false;
  }

  /** Whether an offset lies in quoted text. */
  quoted(offset: number): boolean {
    return this.quotes.length > 0 && inRanges(this.quotes, offset);
  }

  builtinsOf<K extends BuiltinKey["kind"]>(kind: K): Hit<Extract<BuiltinKey, { kind: K }>>[] {
    return this.builtins.filter((h) => h.key.kind === kind) as Hit<Extract<BuiltinKey, { kind: K }>>[];
  }

  /** Whether [start, end) overlaps a banned phrase (an apology inside a stock formula does not count). */
  overlapsBanned(start: number, end: number): boolean {
    for (const b of this.banned) if (b.start < end && start < b.end) return true;
    return false;
  }

  private readTimes(matches: Match<MatchKey>[]): TimeHit[] {
    const now = this.context.now;
    const found: TimeHit[] = [];
    for (const m of matches) {
      const key = m.key as { kind: "builtin"; key: Extract<BuiltinKey, { kind: "time" }> };
      found.push(evaluateTime(this.text, this.tokens, m.firstToken, m.lastToken, key.key.time, now));
    }
    const units = UNIT_WORDS[this.context.locale];
    const isUnit = units ? unitMemo(this.context.locale, units) : undefined;
    for (let i = 0; i < this.tokens.length; i++) {
      const hit = compactTime(this.text, this.tokens, i, now) ?? (units && isUnit!.get(this.tokens[i]!) ? bareDuration(this.text, this.tokens, i, units) : undefined);
      if (hit && !(this.quotes.length && inRanges(this.quotes, hit.start))) found.push(hit);
    }
    if (found.length === 0) return found;
    // Longest first at each place, then keep what does not overlap a kept one.
    sortSmall(found, (a, b) => a.start - b.start || b.end - a.end);
    const kept: TimeHit[] = [];
    let reach = -1;
    for (const hit of found) {
      if (hit.start < reach) continue;
      if (this.isPastDuration(hit)) continue;
      kept.push(hit);
      reach = hit.end;
    }
    return kept;
  }

  /** "3 days ago", "for 2 hours", "da tre giorni": a duration that looks back, not ahead. */
  private isPastDuration(hit: TimeHit): boolean {
    const after = this.words[hit.lastToken + 1];
    if (after !== undefined && PAST_AFTER.has(after) && hit.bare) return true;
    if (after === "ago" || after === "fa") return true;
    let first = hit.firstToken;
    while (first > 0 && this.tokens[first - 1]!.start >= hit.start) first--;
    const before = this.words[first - 1];
    return hit.bare && before !== undefined && PAST_BEFORE.has(before);
  }
}

const unitMemos = new Map<string, WordMemo>();
/** Whether each word is a unit of the locale's (1 or 0), kept by word: the scan asks it of every word. */
function unitMemo(locale: string, units: ReadonlyMap<string, number>): WordMemo {
  let memo = unitMemos.get(locale);
  if (!memo) unitMemos.set(locale, (memo = new WordMemo((norm) => (units.has(norm) ? 1 : 0))));
  return memo;
}

/** A match as the hit of its unwrapped key (the same object, retyped). */
function asHit<K>(m: Match<MatchKey>, key: K): Hit<K> {
  const hit = m as unknown as Hit<K>;
  hit.key = key;
  return hit;
}

function splitSentences(text: string, tokens: Token[], sentenceOf: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { start: 0, end: text.length, firstToken: 0, lastToken: -1 };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && isBoundary(text, tokens[i - 1]!, tokens[i]!)) {
      current.end = tokens[i - 1]!.end;
      sentences.push(current);
      current = { start: tokens[i]!.start, end: text.length, firstToken: i, lastToken: i - 1 };
    }
    current.lastToken = i;
    sentenceOf[i] = sentences.length;
  }
  if (tokens.length) current.end = tokens[tokens.length - 1]!.end;
  sentences.push(current);
  return sentences;
}

/** A sentence ends at . ! ? … followed by a space (not after "Sig." or "Mr."), or at a line break. */
function isBoundary(text: string, prev: Token, next: Token): boolean {
  let stop = false;
  for (let j = prev.end; j < next.start; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return true;
    // ";" is also the Greek question mark, and "·" (ano teleia) the Greek semicolon.
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 || c === 59 /* ; */ || c === 0x387 || c === 0xb7) stop = true;
    else if (stop && (c === 32 || c === 9)) {
      if (text.charCodeAt(prev.end) === 46 && ABBREVIATIONS.has(prev.norm)) return false;
      return true;
    }
  }
  return false;
}

/** The playbook's remedies that need approval, as word stems for inflected forms ("rimborseremo"). */
export function remedyStemsOf(playbook: Playbook | undefined): Array<[string, Remedy]> {
  if (!playbook) return [];
  const out: Array<[string, Remedy]> = [];
  for (const remedy of playbook.remedies) {
    if (!remedy.requiresApproval) continue;
    for (const keyword of remedy.keywords) {
      if (!/^[\p{L}]+$/u.test(keyword) || keyword.length < 6) continue;
      // "rimborso" -> "rimbors" (rimborseremo), "αποζημίωση" -> "αποζημιωσ" (αποζημιώσουμε).
      const stem = foldWord(keyword).replace(/[aeioαεηιουω]+$/, "");
      if (stem.length >= 5 && !out.some(([s]) => s === stem)) out.push([stem, remedy]);
    }
  }
  return out;
}
