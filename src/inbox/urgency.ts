/**
 * The queue's order (P1): an answer is due the playbook's `respond-within` after the post
 * (after the import when the post time is unknown); the most urgent complaint is the one due
 * first, after a head start for where it was posted (a public post on X spreads in hours, an
 * e-mail is read by one person) and for a VIP. A complaint the router could not place is due
 * within six hours, the practitioners' figure.
 *
 * @example
 *   rankOf({ dueMs, platform: "x", vip: true }); // dueMs - 60 min - 120 min
 */
export const DEFAULT_RESPOND_WITHIN_MINUTES = 6 * 60;

/** Minutes ahead in the queue, per platform (others: none). */
export const PLATFORM_HEAD_START_MINUTES: Readonly<Record<string, number>> = {
  x: 60,
  twitter: 60,
  tiktok: 60,
  instagram: 45,
  facebook: 45,
  threads: 45,
  "review-site": 30,
  trustpilot: 30,
  google: 30,
};

export const VIP_HEAD_START_MINUTES = 60;

export function dueMsOf(postedAt: string | undefined, importedAt: Date, respondWithinMinutes: number | undefined): number {
  const from = postedAt ? Date.parse(postedAt) : importedAt.getTime();
  return from + (respondWithinMinutes ?? DEFAULT_RESPOND_WITHIN_MINUTES) * 60_000;
}

export function rankOf(c: { dueMs: number; platform?: string; vip: boolean }): number {
  const head = (c.platform ? (PLATFORM_HEAD_START_MINUTES[c.platform] ?? 0) : 0) + (c.vip ? VIP_HEAD_START_MINUTES : 0);
  return c.dueMs - head * 60_000;
}

/** How long it has waited and how much of its respond-within is used, for the lists. */
export function waitOf(item: { postedAt?: string; importedAt: string; due: string; respondWithinMinutes?: number }, now: Date): { waitedMinutes: number; leftMinutes: number; overdue: boolean } {
  const from = Date.parse(item.postedAt ?? item.importedAt);
  const waitedMinutes = Math.max(0, Math.round((now.getTime() - from) / 60_000));
  const leftMinutes = Math.round((Date.parse(item.due) - now.getTime()) / 60_000);
  return { waitedMinutes, leftMinutes, overdue: leftMinutes < 0 };
}
