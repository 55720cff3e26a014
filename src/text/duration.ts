/**
 * Durations written the way people write them: `24h`, `2d`, `90m`, `1 working day`,
 * `2 business days`, `1 week`, `48 ore`, `2 giorni lavorativi`, `mezz'ora`.
 *
 * A duration is kept in minutes. A working day counts as 24 hours when compared with a
 * playbook's bound: "1 working day" is never sooner than "24h", which is the comparison that
 * matters for over-promising (P4); the `working` flag keeps the wording for display.
 */
import { numberValue } from "./numbers.js";
import { foldWord } from "./tokens.js";

export interface Duration {
  minutes: number;
  /** Written in working days ("1 working day", "2 giorni lavorativi"). */
  working?: boolean;
  /** The text it was read from, for messages. */
  text: string;
}

const UNIT_MINUTES: Record<string, number> = {
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1, minuto: 1, minuti: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, ora: 60, ore: 60,
  d: 1440, day: 1440, days: 1440, giorno: 1440, giorni: 1440, gg: 1440,
  w: 10080, wk: 10080, week: 10080, weeks: 10080, settimana: 10080, settimane: 10080,
  // Greek, as written (folded below); the genitive plural is what "εντός" takes ("εντός 24 ωρών")
  λεπτό: 1, λεπτά: 1, λεπτών: 1, ώρα: 60, ώρες: 60, ωρών: 60, ώρας: 60, μέρα: 1440, μέρες: 1440, μερών: 1440, ημέρα: 1440,
  ημέρες: 1440, ημερών: 1440, ημέρας: 1440, εβδομάδα: 10080, εβδομάδες: 10080, εβδομάδων: 10080, εβδομάδας: 10080,
};
for (const word of Object.keys(UNIT_MINUTES)) {
  const folded = foldWord(word);
  if (folded !== word) {
    UNIT_MINUTES[folded] = UNIT_MINUTES[word]!;
    delete UNIT_MINUTES[word];
  }
}
/** A hundred years: anything longer (or shorter than a minute) is a typo, not a time frame. */
export const MAX_DURATION_MINUTES = 100 * 365 * 1440;

const WORKING = new Set(["working", "business", "lavorativo", "lavorativi", "lavorativa", "lavorative", "εργάσιμη", "εργάσιμες", "εργάσιμων", "εργάσιμης"].map(foldWord));

/** Reads a duration, or returns undefined when the text is not one. */
export function parseDuration(input: string): Duration | undefined {
  const text = input.trim();
  if (!text || text.length > 60) return undefined;
  // "mezz'ora" / "half an hour" have no digits to split on.
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’ʼ]/g, "'").replace(/ς/g, "σ");
  if (/^(mezz'?ora|mezza ora|half an hour)$/.test(folded)) return { minutes: 30, text };
  if (/[^\p{L}\p{N}\s.,']/u.test(folded)) return undefined;
  let total = 0;
  let working = false;
  let matched = false;
  // Compact forms may be chained ("1h30m", "1d 12h"); word forms are "N unit [working]".
  const parts = folded.match(/(\d+(?:[.,]\d+)?|[\p{L}]+)/gu) ?? [];
  let pending: number | undefined;
  for (const raw of parts) {
    const compact = /^(\d+(?:[.,]\d+)?)([\p{L}]+)$/u.exec(raw);
    if (compact) {
      const unit = UNIT_MINUTES[foldWord(compact[2]!)];
      if (unit === undefined || pending !== undefined) return undefined;
      total += Number(compact[1]!.replace(",", ".")) * unit;
      matched = true;
      continue;
    }
    const word = foldWord(raw);
    const value = /^\d/.test(word) ? Number(word.replace(",", ".")) : numberValue(word);
    if (value !== undefined && pending === undefined && UNIT_MINUTES[word] === undefined) {
      pending = value;
      continue;
    }
    if (WORKING.has(word)) {
      working = true;
      continue;
    }
    if (word === "and" || word === "e" || word === "και") continue;
    const unit = UNIT_MINUTES[word];
    // Every unit needs its number ("2 days", "an hour"): a bare "h" or "day" is not a duration.
    if (unit === undefined || pending === undefined) return undefined;
    total += pending * unit;
    pending = undefined;
    matched = true;
  }
  if (!matched || pending !== undefined || !Number.isFinite(total) || total < 1 || total > MAX_DURATION_MINUTES) return undefined;
  return working ? { minutes: total, working, text } : { minutes: total, text };
}

const LABELS = {
  en: { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"], working: ["working day", "working days"], week: ["week", "weeks"] },
  it: { minute: ["minuto", "minuti"], hour: ["ora", "ore"], day: ["giorno", "giorni"], working: ["giorno lavorativo", "giorni lavorativi"], week: ["settimana", "settimane"] },
  el: { minute: ["λεπτό", "λεπτά"], hour: ["ώρα", "ώρες"], day: ["μέρα", "μέρες"], working: ["εργάσιμη μέρα", "εργάσιμες μέρες"], week: ["εβδομάδα", "εβδομάδες"] },
} as const;

/** "24 hours", "2 giorni", "1 working day": the words a reply uses for a duration. */
export function formatDuration(d: Duration | number, locale = "en"): string {
  const minutes = typeof d === "number" ? d : d.minutes;
  const working = typeof d === "number" ? false : Boolean(d.working);
  const l = LABELS[(locale in LABELS ? locale : "en") as keyof typeof LABELS];
  const say = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;
  if (working) return say(Math.round(minutes / 1440), l.working);
  if (minutes % 10080 === 0) return say(minutes / 10080, l.week);
  if (minutes % 1440 === 0 && minutes > 1440) return say(minutes / 1440, l.day);
  if (minutes % 60 === 0) return say(minutes / 60, l.hour);
  return say(minutes, l.minute);
}

/** Compact form for tables and JSON: "24h", "2d", "90m". */
export function compactDuration(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** Reads "3h ago", "2 days ago", "45m", an ISO timestamp: when a post was published. */
export function parsePostedAt(input: string, now: Date): Date | undefined {
  const text = input.trim();
  const ago = /^(.*?)\s*(ago|fa)?$/i.exec(text);
  const asDuration = ago ? parseDuration(ago[1]!) : undefined;
  if (asDuration) {
    const date = new Date(now.getTime() - asDuration.minutes * 60_000);
    if (!Number.isNaN(date.getTime())) return date;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

/**
 * When a promise made at `from` falls due: "2 working days" skips Saturdays and Sundays;
 * other time frames are elapsed time. The one rule for drafts, templates and the case log.
 */
export function dueAfter(from: Date, d: { minutes: number; working?: boolean; text?: string }): Date {
  if (!d.working) return new Date(from.getTime() + d.minutes * 60_000);
  let days = Math.round(d.minutes / 1440);
  const due = new Date(from.getTime());
  while (days > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const weekday = due.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days--;
  }
  return due;
}
