/**
 * Working hours in a time zone: "mon-fri 09:00-18:00", or a list of such spans
 * (["mon-fri 09:00-13:00", "mon-fri 14:00-18:00", "sat 10:00-12:00"]). Days are English or
 * Italian three-letter names; a span may cross midnight ("fri 22:00-02:00"). Local times are
 * read with Intl in the agent's zone, so summer time moves with the zone.
 *
 * @example
 *   const hours = parseHours("mon-fri 09:00-18:00", "agents[0].hours");
 *   isWithinHours(hours.value, "Europe/Rome", new Date("2026-12-07T08:30:00Z")); // true (09:30 in Rome)
 *   nextOpening(hours.value, "Europe/Rome", new Date("2026-12-05T12:00:00Z"));  // Monday 08:00Z
 */
import { InputError, type Result } from "../core/errors.js";

export interface HoursSpan {
  /** Days of the week, 0 = Sunday. */
  days: number[];
  /** Minutes after local midnight. */
  from: number;
  /** Minutes after local midnight; below `from` when the span crosses midnight. */
  to: number;
}

export interface WeeklyHours {
  spans: HoursSpan[];
  /** As written, for messages. */
  text: string;
}

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, dom: 0, lun: 1, mar: 2, mer: 3, gio: 4, ven: 5, sab: 6 };
const SPAN = /^\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?((?:\s*,\s*[a-z]{3})*)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/i;

export function parseHours(value: string | string[], keyPath: string): Result<WeeklyHours> {
  const parts = (Array.isArray(value) ? value : value.split(";")).map((p) => p.trim()).filter(Boolean);
  const spans: HoursSpan[] = [];
  const errors: InputError[] = [];
  parts.forEach((part, i) => {
    const where = Array.isArray(value) ? `${keyPath}[${i}]` : keyPath;
    const m = SPAN.exec(part);
    const bad = (why: string) => errors.push(new InputError(`"${part}": ${why} (write it like "mon-fri 09:00-18:00")`, { keyPath: where }));
    if (!m) return bad("not a span of working hours");
    const first = DAYS[m[1]!.toLowerCase()];
    const last = m[2] ? DAYS[m[2].toLowerCase()] : first;
    const extra = (m[3] ?? "").split(",").map((d) => d.trim().toLowerCase()).filter(Boolean).map((d) => DAYS[d]);
    if (first === undefined || last === undefined || extra.some((d) => d === undefined)) return bad("unknown day (mon tue wed thu fri sat sun)");
    const days: number[] = [];
    for (let d = first; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === last) break;
    }
    for (const d of extra) if (!days.includes(d!)) days.push(d!);
    const from = Number(m[4]) * 60 + Number(m[5]);
    const to = Number(m[6]) * 60 + Number(m[7]);
    if (Number(m[4]) > 24 || Number(m[6]) > 24 || Number(m[5]) > 59 || Number(m[7]) > 59 || from > 1440 || to > 1440) return bad("not a time of day");
    if (from === to) return bad("starts and ends at the same time");
    spans.push({ days, from, to });
  });
  if (errors.length) return { ok: false, errors };
  if (!spans.length) return { ok: false, errors: [new InputError("no working hours given", { keyPath })] };
  return { ok: true, value: { spans, text: parts.join(", ") } };
}

/** Whether `zone` is a time zone Intl knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The weekday (0 = Sunday) and minutes after midnight of `at` in `zone`. */
export function localClock(at: Date, zone: string): { day: number; minutes: number } {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(zone, f);
  }
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const p of f.formatToParts(at)) {
    if (p.type === "weekday") day = WEEKDAYS[p.value] ?? 0;
    else if (p.type === "hour") hour = Number(p.value) % 24;
    else if (p.type === "minute") minute = Number(p.value);
  }
  return { day, minutes: hour * 60 + minute };
}

export function isWithinHours(hours: WeeklyHours, zone: string, at: Date): boolean {
  const { day, minutes } = localClock(at, zone);
  const yesterday = (day + 6) % 7;
  return hours.spans.some((s) =>
    s.from < s.to
      ? s.days.includes(day) && minutes >= s.from && minutes < s.to
      : (s.days.includes(day) && minutes >= s.from) || (s.days.includes(yesterday) && minutes < s.to),
  );
}

const STEP_MS = 15 * 60_000;
const WEEK_MS = 8 * 24 * 60 * 60_000;

/** The first moment at or after `from` within the hours (to the minute); undefined when none within eight days. */
export function nextOpening(hours: WeeklyHours, zone: string, from: Date): Date | undefined {
  if (isWithinHours(hours, zone, from)) return from;
  // Quarter-hour steps find the opening's quarter; minutes inside it find the minute.
  const start = from.getTime();
  for (let t = start + STEP_MS; t <= start + WEEK_MS; t += STEP_MS) {
    if (!isWithinHours(hours, zone, new Date(t))) continue;
    let at = t;
    while (at - 60_000 > start && isWithinHours(hours, zone, new Date(at - 60_000))) at -= 60_000;
    return new Date(Math.floor(at / 60_000) * 60_000 === at ? at : Math.ceil(at / 60_000) * 60_000);
  }
  return undefined;
}
