/**
 * How long the customer has waited, against the playbook's `respond-within` (P1: silence in
 * public reads as being ignored; after about 18 hours the post has spread and is indexed).
 *
 * @example
 *   waitStatus(new Date("2025-05-02T08:00Z"), new Date("2025-05-02T17:00Z"), { minutes: 360, text: "6h" })
 *   // { waitedMinutes: 540, limitMinutes: 360, late: true, veryLate: false }
 */
import { formatDuration, type Duration } from "../text/duration.js";
import { messagesFor } from "./messages.js";

export const VERY_LATE_MINUTES = 18 * 60;

export interface WaitStatus {
  waitedMinutes: number;
  limitMinutes: number;
  late: boolean;
  /** Past the ~18 hours after which a post has spread (P1). */
  veryLate: boolean;
}

export function waitStatus(postedAt: Date, now: Date, respondWithin: Duration): WaitStatus {
  const waitedMinutes = Math.max(0, Math.round((now.getTime() - postedAt.getTime()) / 60_000));
  return { waitedMinutes, limitMinutes: respondWithin.minutes, late: waitedMinutes > respondWithin.minutes, veryLate: waitedMinutes > VERY_LATE_MINUTES };
}

/** A waiting time in words, rounded the way a person says it: "45 minutes", "3 hours", "2 days". */
export function formatWait(minutes: number, locale: string): string {
  if (minutes < 60) return formatDuration(Math.max(1, minutes), locale);
  if (minutes < 48 * 60) return formatDuration(Math.round(minutes / 60) * 60, locale);
  return formatDuration(Math.round(minutes / 1440) * 1440, locale);
}

/** The lines to show: how long they have waited, and a clear warning when the reply is late. */
export function describeWait(status: WaitStatus, respondWithin: Duration, locale: string): string[] {
  const m = messagesFor(locale);
  const waited = formatWait(status.waitedMinutes, locale);
  const limit = formatDuration(respondWithin, locale);
  if (!status.late) return [m.waited(waited, limit)];
  return status.veryLate ? [m.late(waited, limit), m.veryLate] : [m.late(waited, limit)];
}

/** "12 min ago", "3 h fa": how long ago an unfinished draft was last touched. */
export function timeAgo(iso: string, locale: string, now = Date.now()): string {
  const minutes = Math.max(1, Math.round((now - new Date(iso).getTime()) / 60_000));
  const amount = minutes < 60 ? `${minutes} min` : minutes < 2880 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} ${locale === "it" ? "g" : locale === "el" ? "ημ." : "d"}`;
  return locale === "it" ? `${amount} fa` : locale === "el" ? `πριν από ${amount}` : `${amount} ago`;
}
