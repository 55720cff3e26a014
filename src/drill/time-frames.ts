/**
 * Time frames a reply promises ("within 48 hours", "in 2 days", "tomorrow", "entro 24 ore",
 * "by Monday") and the commitments they are tied to: a time frame belongs to a commitment
 * when one of the commitment's keywords stands in the same clause ("the courier will collect
 * it within 48 hours"), or in the next clause when the sentence opens with the time frame
 * ("Within 48 hours, the courier will collect it").
 *
 * Reading the time expressions is the linter's own (src/lint/lexicon.ts patterns, evaluated by
 * src/lint/time.ts), so a drill and `replybook lint` agree on what "tomorrow" or "by Monday"
 * promise. Grading compares them with the playbook's bounds and the scenario's facts (P4).
 */
import { BUILTINS, type TimeSpec } from "../lint/lexicon.js";
import { compactTime, evaluateTime, type TimeHit } from "../lint/time.js";
import type { Commitment, Remedy } from "../playbook/types.js";
import { PhraseMatcher } from "../text/matcher.js";
import { tokenize, type Token } from "../text/tokens.js";

export interface TimeFrame {
  /** Character range in the reply (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** Minutes from `now` until the promised time. */
  minutes: number;
  /** "I can't promise a date", "not before 3 days": not a promise to hold the reply to. */
  hedged: boolean;
  /** "right away", "subito": says when the agent acts, rarely what a commitment times. */
  immediate: boolean;
}

export interface TiedTimeFrame extends TimeFrame {
  commitment: string;
}

const HEDGES = [
  /\b(can['’]?t|cannot|can not|unable to|not able to|won['’]?t|will not|don['’]?t) (yet )?(promise|guarantee|confirm)\b/i,
  /\bnot before\b|\bno earlier than\b|\bat the earliest\b|\bnon prima d/i,
  /\bnon (posso|possiamo) (ancora )?(promettere|garantire)/i,
  /δεν μπορ\S* να (υποσχεθ|εγγυηθ)/iu,
];
// Word edges for every script (\b only knows ASCII, so it would never match "δεν").
const NEGATION = /(?<![\p{L}\p{N}])(no|not|never|can['’]?t|cannot|won['’]?t|unable|non|δεν|approval|approve|manager|ask|check|chiedo|verifico|approvazione)(?![\p{L}\p{N}])/iu;
/** "waiting for 3 days", "3 days ago", "da tre giorni": a duration that looks back. */
const PAST_BEFORE = new Set(["for", "since", "da", "per", "after", "dopo", "last", "past", "ultimi", "ultime", "waited", "waiting", "atteso", "aspettato"]);
const PAST_AFTER = new Set(["ago", "fa", "prima", "earlier"]);

const timeMatchers = new Map<string, PhraseMatcher<TimeSpec>>();

function timeMatcher(locale: string): PhraseMatcher<TimeSpec> {
  const key = BUILTINS[locale] ? locale : "en";
  let matcher = timeMatchers.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher<TimeSpec>();
    for (const [pattern, builtin] of BUILTINS[key] ?? []) if (builtin.kind === "time") matcher.add(pattern, builtin.time);
    timeMatchers.set(key, matcher);
  }
  return matcher;
}

/** Every time frame in a text, in minutes from `now` (the same reading as the linter's). */
export function findTimeFrames(text: string, now: Date, locale = "en"): TimeFrame[] {
  const tokens = tokenize(text);
  const found: TimeHit[] = [];
  for (const m of timeMatcher(locale).match(text, tokens)) found.push(evaluateTime(text, tokens, m.firstToken, m.lastToken, m.key, now));
  for (let i = 0; i < tokens.length; i++) {
    const hit = compactTime(text, tokens, i, now);
    if (hit) found.push(hit);
  }
  // Longest first at each place, then whatever does not overlap a kept one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const clauses = clauseRanges(text);
  const out: TimeFrame[] = [];
  let reach = -1;
  for (const hit of found) {
    if (hit.start < reach || !Number.isFinite(hit.minutes)) continue;
    reach = hit.end;
    if (isPast(hit, tokens)) continue;
    const clause = clauses.find((c) => hit.start >= c.start && hit.start < c.end) ?? { start: 0, end: text.length };
    out.push({
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      minutes: hit.minutes,
      hedged: HEDGES.some((re) => re.test(text.slice(clause.start, clause.end))),
      immediate: hit.spec.type === "now",
    });
  }
  return out;
}

function isPast(hit: TimeHit, tokens: readonly Token[]): boolean {
  if (hit.spec.type !== "duration" && hit.spec.type !== "working" && hit.spec.type !== "fixed") return false;
  const after = tokens[hit.lastToken + 1]?.norm;
  if (after !== undefined && PAST_AFTER.has(after)) return true;
  let first = hit.firstToken;
  while (first > 0 && tokens[first - 1]!.start >= hit.start) first--;
  const before = tokens[first - 1]?.norm;
  return hit.bare && before !== undefined && PAST_BEFORE.has(before);
}

interface Range {
  start: number;
  end: number;
}

/** Clauses: split at sentence ends, colons, semicolons, commas, dashes, line breaks and "and I'll". */
export function clauseRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  // "... and I'll ..." starts a new clause too: another action, another commitment.
  const re = /[.!?;:,\n]+|\s[-–—]\s|\s(?:and|but|then|so|e|ma|και)\s(?=(?:I|I['’]ll|I['’]m|we|we['’]ll|you|you['’]ll|the|our|ti|le|vi|la|il|θα)\s)/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // "1.5 days", "12,30": a dot or comma between digits is not a clause end.
    if (/^[.,]$/.test(m[0]) && /\d/.test(text[m.index - 1] ?? "") && /\d/.test(text[m.index + 1] ?? "")) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((r) => r.end > r.start);
}

/** Compiles the keywords of a playbook's commitments (or remedies) into one matcher. */
export function keywordMatcher(items: ReadonlyArray<Pick<Commitment | Remedy, "id" | "keywords">>): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const item of items) for (const k of item.keywords) matcher.add(k, item.id);
  return matcher;
}

/** The time frames of a reply that speak of one of the commitments. */
export function tieTimeFrames(text: string, frames: TimeFrame[], commitments: readonly Commitment[]): TiedTimeFrame[] {
  if (!frames.length || !commitments.length) return [];
  const tokens: Token[] = tokenize(text);
  const keywords = keywordMatcher(commitments).match(text, tokens);
  const clauses = clauseRanges(text);
  const out: TiedTimeFrame[] = [];
  for (const frame of frames) {
    const index = clauses.findIndex((c) => frame.start >= c.start && frame.start < c.end);
    const clause = clauses[index];
    if (!clause) continue;
    const inside = (r: Range) => keywords.filter((k) => k.start >= r.start && k.end <= r.end);
    let candidates = inside(clause);
    const opensClause = tokens.filter((t) => t.start >= clause.start && t.start < frame.start).length <= 2;
    const next = clauses[index + 1];
    if (!candidates.length && opensClause && next && !/[.!?\n]/.test(text.slice(clause.end, next.start))) candidates = inside(next);
    if (!candidates.length) continue;
    // "The courier will collect it within 48 hours and I'll call you back...": the time frame
    // follows what it times, so the nearest keyword before it wins over one after it.
    const before = candidates.filter((k) => k.end <= frame.start);
    const nearest = before.length
      ? before.reduce((a, b) => (b.end > a.end ? b : a))
      : candidates.reduce((a, b) => (b.start < a.start ? b : a));
    out.push({ ...frame, commitment: nearest.key });
  }
  return out;
}

export interface RemedyMention {
  remedy: string;
  start: number;
  end: number;
  text: string;
  /** "I can't offer a refund yet", "I'll ask my manager about a refund": not an offer. */
  hedged: boolean;
}

/** Where a reply speaks of a remedy (refund, voucher...). */
export function findRemedyMentions(text: string, remedies: readonly Remedy[]): RemedyMention[] {
  if (!remedies.length) return [];
  const clauses = clauseRanges(text);
  const seen = new Set<string>();
  const out: RemedyMention[] = [];
  for (const m of keywordMatcher(remedies).match(text)) {
    const key = `${m.key}@${m.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const clause = clauses.find((c) => m.start >= c.start && m.start < c.end) ?? { start: 0, end: text.length };
    out.push({ remedy: m.key, start: m.start, end: m.end, text: text.slice(m.start, m.end), hedged: NEGATION.test(text.slice(clause.start, clause.end)) });
  }
  return out.sort((a, b) => a.start - b.start);
}
