/**
 * Times as people type them on the command line: `--since 7d`, `--older-than 90d`,
 * `--since 2025-03-01`, `--until 2025-03-31`, `--now 2025-03-02T09:00:00Z`.
 */
import { parseDuration } from "../text/duration.js";

export type TimeBound = { ok: true; date: Date } | { ok: false; message: string };

/**
 * A point in time: a duration counts back from `now` ("7d" = seven days ago), a date is local
 * midnight at its start (or, with `endOfDay`, the following midnight, so `--until 2025-03-31`
 * includes the 31st), and a full ISO time is itself.
 */
export function parseTimeBound(text: string, now: Date, opts: { endOfDay?: boolean } = {}): TimeBound {
  const input = text.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const date = new Date(y, m - 1, d + (opts.endOfDay ? 1 : 0));
    // new Date() rolls 2025-02-30 over to March: refuse it instead.
    const check = new Date(y, m - 1, d);
    if (check.getFullYear() === y && check.getMonth() === m - 1 && check.getDate() === d) return { ok: true, date };
    return { ok: false, message: `"${text}" is not a date` };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(input)) {
    const ms = Date.parse(input);
    if (!Number.isNaN(ms)) return { ok: true, date: new Date(ms) };
    return { ok: false, message: `"${text}" is not a time` };
  }
  if (input === "today") {
    const d = startOfLocalDay(now);
    if (opts.endOfDay) d.setDate(d.getDate() + 1);
    return { ok: true, date: d };
  }
  const bare = input.replace(/\s+(ago|fa)$/i, "");
  // Retention periods are said in months and years, which have no fixed length: count them on the calendar.
  const calendar = /^(\d{1,3})\s*(y|yr|yrs|years?|anno|anni|mo|mos|months?|mese|mesi)$/i.exec(bare);
  if (calendar) {
    const n = Number(calendar[1]);
    const months = /^(y|yr|yrs|year|years|anno|anni)$/i.test(calendar[2]!) ? n * 12 : n;
    const d = new Date(now);
    d.setMonth(d.getMonth() - months);
    return { ok: true, date: d };
  }
  const duration = parseDuration(bare);
  if (duration) return { ok: true, date: new Date(now.getTime() - duration.minutes * 60_000) };
  return { ok: false, message: `"${text}" is not a duration (90d, 24h, 2 weeks, 12 months) or a date (2025-03-01)` };
}

/** A moment: `--now` takes a full ISO time or a date. */
export function parseInstant(text: string): TimeBound {
  const input = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(input)) return { ok: false, message: `"${text}" is not an ISO time (2025-03-02T09:00:00Z)` };
  return parseTimeBound(input, new Date());
}

export function startOfLocalDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export type DueWindow = "today" | "overdue" | "all";

/**
 * Which open commitments `followups --due` shows: `overdue` those past due, `today` those
 * past due or due before local midnight tonight, `all` every open one.
 * Returns the exclusive upper bound (ISO), or undefined for all.
 */
export function dueBefore(window: DueWindow, now: Date): string | undefined {
  if (window === "all") return undefined;
  if (window === "overdue") return now.toISOString();
  const end = startOfLocalDay(now);
  end.setDate(end.getDate() + 1);
  return end.toISOString();
}
