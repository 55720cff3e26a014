/**
 * Time expressions in a reply, in minutes from the moment it is written: "within 24 hours"
 * is 1440, "tomorrow" lasts until the end of tomorrow, "by Monday" until the end of the next
 * Monday (local time of `now`). This is the number no-over-promise compares with a playbook
 * commitment's `earliest`, and what concrete-next-step takes as "by when".
 */
import type { Token } from "../text/tokens.js";
import { numberValue } from "../text/numbers.js";
import { WORKING_AFTER, WORKING_BEFORE, type TimeSpec } from "./lexicon.js";

const DAY = 1440;

export interface TimeHit {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  spec: TimeSpec;
  /** Minutes from now until the promised time; Infinity when it cannot be read. */
  minutes: number;
  /** Said about the current day or moment ("today", "right now", "by 5 pm"). */
  sameDay: boolean;
  /** A bare duration ("30 minutes"), not opened by in/within/entro: may describe the past. */
  bare: boolean;
}

/** Minutes until the end of the day `offset` days after `now` (local time). */
export function minutesToEndOfDay(now: Date, offset: number): number {
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset + 1, 0, 0, 0, 0);
  return Math.max(0, Math.round((end.getTime() - now.getTime()) / 60_000));
}

/** Minutes until the end of the next given weekday (0 = Sunday); a week ahead when it is today. */
export function minutesToWeekday(now: Date, day: number): number {
  const ahead = (day - now.getDay() + 7) % 7 || 7;
  return minutesToEndOfDay(now, ahead);
}

/**
 * The number a duration speaks of: the number word just before its unit, with the words that
 * compose it ("twenty four" = 24) and, for a range ("1-2 days", "2 or 3 days"), the lower end,
 * because the lower end is what the customer hears as the promise.
 */
export function readNumber(text: string, tokens: readonly Token[], first: number, last: number): { value: number; start: number } | undefined {
  let at = -1;
  for (let i = last; i >= first; i--) {
    if (numberValue(tokens[i]!.norm) !== undefined) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  let value = numberValue(tokens[at]!.norm)!;
  let startToken = at;
  const prev = tokens[at - 1];
  // "twenty four": tens followed by units.
  if (prev && value < 10) {
    const tens = numberValue(prev.norm);
    if (tens !== undefined && tens >= 20 && tens % 10 === 0 && !/\d/.test(prev.norm)) {
      value += tens;
      startToken = at - 1;
    }
  }
  // "1-2 days", "2 or 3 days", "2 to 3 days", "2 o 3 giorni": the lower end.
  const before = tokens[startToken - 1];
  if (before) {
    const gap = text.slice(before.end, tokens[startToken]!.start);
    const lower = numberValue(before.norm);
    if (lower !== undefined && /^\s*[-–/]\s*$/.test(gap)) {
      value = Math.min(value, lower);
      startToken -= 1;
    } else if (["or", "to", "o", "a"].includes(before.norm)) {
      const low = tokens[startToken - 2];
      const lowValue = low ? numberValue(low.norm) : undefined;
      if (low && lowValue !== undefined && lowValue > 0 && lowValue < value) {
        value = lowValue;
        startToken -= 2;
      }
    }
  }
  return { value, start: tokens[startToken]!.start };
}

/** Evaluates a matched time expression. */
export function evaluateTime(text: string, tokens: readonly Token[], first: number, last: number, spec: TimeSpec, now: Date): TimeHit {
  let start = tokens[first]!.start;
  const end = tokens[last]!.end;
  let minutes = Infinity;
  let sameDay = false;
  let bare = false;
  switch (spec.type) {
    case "duration":
    case "working": {
      const n = readNumber(text, tokens, first, last);
      const unit = spec.type === "working" ? DAY : spec.unit;
      minutes = n ? n.value * unit : unit;
      if (n && n.start < start) start = n.start;
      bare = !spec.prefixed;
      break;
    }
    case "fixed":
      minutes = spec.minutes;
      bare = !spec.prefixed;
      break;
    case "day":
      minutes = minutesToEndOfDay(now, spec.offset);
      sameDay = spec.offset === 0;
      break;
    case "weekday":
      minutes = minutesToWeekday(now, spec.day);
      break;
    case "week-end":
      minutes = minutesToWeekday(now, 0);
      break;
    case "now":
      minutes = 0;
      sameDay = true;
      break;
    case "clock": {
      const n = readNumber(text, tokens, first, last);
      if (n && n.value >= 0 && n.value <= 24) {
        const meridiem = tokens[last]!.norm === "am" ? "am" : tokens[last]!.norm === "pm" ? "pm" : "24h";
        const hour = meridiem === "pm" && n.value < 12 ? n.value + 12 : meridiem === "am" && n.value === 12 ? 0 : n.value;
        const target = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
        if (target.getTime() <= now.getTime()) target.setDate(target.getDate() + 1);
        minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
      }
      sameDay = true;
      break;
    }
  }
  return { start, end, firstToken: first, lastToken: last, spec, minutes, sameDay, bare };
}

const COMPACT = /^(\d{1,4})(h|hr|hrs|m|min|mins|d|gg|am|pm)$/;
const COMPACT_PREFIXES = new Set(["in", "within", "entro", "tra", "fra", "by", "before", "under", "inside", "σε", "εντοσ", "μεχρι", "εωσ", "ωσ"]);
const COMPACT_UNIT: Record<string, number> = { h: 60, hr: 60, hrs: 60, m: 1, min: 1, mins: 1, d: DAY, gg: DAY };

/**
 * "24h", "48hrs", "2d", "5pm" are single words; read them without the matcher. `prefixed` when
 * the word before opens a time frame (in, within, entro, tra, fra, by, before).
 */
export function compactTime(text: string, tokens: readonly Token[], i: number, now: Date): TimeHit | undefined {
  const token = tokens[i]!;
  const c = token.norm.charCodeAt(0);
  if (c < 48 || c > 57) return undefined;
  const m = COMPACT.exec(token.norm);
  if (!m) return undefined;
  const value = Number(m[1]);
  const prev = tokens[i - 1]?.norm;
  const prefixed = prev !== undefined && COMPACT_PREFIXES.has(prev);
  const first = prefixed ? i - 1 : i;
  if (m[2] === "am" || m[2] === "pm") {
    if (value > 12) return undefined;
    const hour = m[2] === "pm" && value < 12 ? value + 12 : m[2] === "am" && value === 12 ? 0 : value;
    const target = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
    if (target.getTime() <= now.getTime()) target.setDate(target.getDate() + 1);
    const minutes = Math.round((target.getTime() - now.getTime()) / 60_000);
    return { start: tokens[first]!.start, end: token.end, firstToken: first, lastToken: i, spec: { type: "clock", meridiem: m[2] }, minutes, sameDay: true, bare: false };
  }
  const unit = COMPACT_UNIT[m[2]!]!;
  return {
    start: tokens[first]!.start,
    end: token.end,
    firstToken: first,
    lastToken: i,
    spec: { type: "duration", unit, prefixed },
    minutes: value * unit,
    sameDay: false,
    bare: !prefixed,
  };
}

/**
 * A bare duration read from its unit word: "30 minutes", "two days", "2 working days",
 * "due giorni lavorativi". The number is the word before the unit (or before "working").
 */
export function bareDuration(text: string, tokens: readonly Token[], i: number, units: ReadonlyMap<string, number>): TimeHit | undefined {
  const unit = units.get(tokens[i]!.norm);
  if (unit === undefined || i === 0) return undefined;
  let numberAt = i - 1;
  let working = false;
  if (WORKING_BEFORE.has(tokens[numberAt]!.norm) && unit === DAY) {
    working = true;
    numberAt--;
  }
  if (numberAt < 0 || numberValue(tokens[numberAt]!.norm) === undefined) return undefined;
  let last = i;
  if (unit === DAY && tokens[i + 1] && WORKING_AFTER.has(tokens[i + 1]!.norm)) {
    working = true;
    last = i + 1;
  }
  const n = readNumber(text, tokens, numberAt, numberAt)!;
  const spec: TimeSpec = working ? { type: "working", prefixed: false } : { type: "duration", unit, prefixed: false };
  return { start: n.start, end: tokens[last]!.end, firstToken: numberAt, lastToken: last, spec, minutes: n.value * (working ? DAY : unit), sameDay: false, bare: true };
}
