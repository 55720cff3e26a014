/**
 * `replybook inbox import`: complaints read from an export become inbox items: routed to a
 * playbook (the same router as `route` and `draft`), due by that playbook's respond-within,
 * marked VIP (config or history) and tied to a returning customer's agent (P15), then written
 * in one transaction. A complaint already imported (same platform id, else same words, author
 * and time) is recognised and counted, not added twice.
 *
 * @example
 *   const file = await readComplaintFile("export.csv", { columns: { text: "message_body" } });
 *   const result = await importComplaints(file, { store, playbooks: catalog.playbooks, config, now: new Date() });
 *   // { added: [{ id: 12, line: 2 }...], duplicates: [{ id: 7, line: 9 }], refused: [...] }
 */
import { createHash } from "node:crypto";
import type { Config } from "../config/types.js";
import type { Playbook } from "../playbook/types.js";
import { routeComplaint } from "../route/route.js";
import { foldHandle, foldKey } from "../store/fold.js";
import type { CaseStore, NewComplaint } from "../store/types.js";
import type { ComplaintFile, ComplaintRecord, Refusal } from "./read.js";
import { dueMsOf, rankOf } from "./urgency.js";
import { vipOf } from "./vip.js";

export interface ImportOutcome {
  file: string;
  read: number;
  added: Array<{ id: number; line: number; playbook?: string; vip: boolean }>;
  duplicates: Array<{ id: number; line: number }>;
  refused: Refusal[];
}

/** The key a complaint is recognised by on a later import. */
export function sourceKeyOf(r: ComplaintRecord): string {
  if (r.externalId) return `${r.platform ?? ""}:id:${r.externalId}`;
  const words = foldKey(r.text);
  const who = foldHandle(r.handle) || foldKey(r.name);
  return `${r.platform ?? ""}:text:${createHash("sha256").update(`${words}\u0000${who}\u0000${r.postedAt ?? ""}`).digest("hex").slice(0, 32)}`;
}

/** The routed playbook: an explicit column first, else the router's first (a tie goes to nobody: a person decides). */
export function routeRecord(r: ComplaintRecord, playbooks: Playbook[]): { playbook?: Playbook; words: string[] } {
  if (r.playbook) {
    const pb = playbooks.find((p) => p.id === r.playbook && (!r.locale || p.locale === r.locale)) ?? playbooks.find((p) => p.id === r.playbook);
    if (pb) return { playbook: pb, words: [] };
  }
  const ranked = routeComplaint(r.text, playbooks, r.locale ? { locale: r.locale } : {});
  const top = ranked[0];
  if (!top || top.score <= 0 || (ranked[1] && ranked[1].score === top.score && ranked[1].id !== top.id)) return { words: top?.matched ?? [] };
  return { playbook: playbooks.find((p) => p.id === top.id && p.locale === top.locale), words: top.matched };
}

export async function importComplaints(
  file: ComplaintFile,
  opts: { store: CaseStore; playbooks: Playbook[]; config: Pick<Config, "vip">; now: Date },
): Promise<ImportOutcome> {
  const { store, playbooks, config, now } = opts;
  const histories = await store.customerHistories(file.records.map((r) => ({ ...(r.name && { name: r.name }), ...(r.handle && { handle: r.handle }) })));
  const items: NewComplaint[] = file.records.map((r, i) => {
    const routed = routeRecord(r, playbooks);
    const history = histories[i]!;
    const vip = vipOf({ name: r.name, handle: r.handle, orders: r.orders }, history, config.vip);
    const respondWithinMinutes = routed.playbook ? Math.round(routed.playbook.respondWithin.minutes) : undefined;
    const dueMs = dueMsOf(r.postedAt, now, respondWithinMinutes);
    const item: NewComplaint = {
      sourceKey: sourceKeyOf(r),
      source: `${file.name}:${r.line}`,
      text: r.text,
      customer: { ...(r.name && { name: r.name }), ...(r.handle && { handle: r.handle }) },
      routeWords: routed.words,
      dueMs,
      rankMs: rankOf({ dueMs, platform: r.platform, vip: Boolean(vip) }),
      vip: Boolean(vip),
    };
    if (r.externalId) item.externalId = r.externalId;
    if (r.platform) item.platform = r.platform;
    if (r.link) item.link = r.link;
    if (r.orders !== undefined) item.orders = r.orders;
    if (r.postedAt) item.postedAt = r.postedAt;
    if (routed.playbook) {
      item.playbook = routed.playbook.id;
      item.locale = routed.playbook.locale;
    } else if (r.locale) item.locale = r.locale;
    if (respondWithinMinutes !== undefined) item.respondWithinMinutes = respondWithinMinutes;
    if (vip) item.vipReason = vip;
    if (history.latestAgent) item.returningAgent = history.latestAgent;
    return item;
  });
  const result = await store.importComplaints(items);
  const lineOf = new Map<string, number>();
  file.records.forEach((r, i) => lineOf.has(items[i]!.sourceKey) || lineOf.set(items[i]!.sourceKey, r.line));
  const byKey = new Map(items.map((it) => [it.sourceKey, it]));
  // Duplicates within the file point at their own line, not the first copy's.
  const dupLines = new Map<string, number[]>();
  file.records.forEach((r, i) => {
    const key = items[i]!.sourceKey;
    dupLines.set(key, [...(dupLines.get(key) ?? []), r.line]);
  });
  const added = result.added.map((a) => {
    const it = byKey.get(a.sourceKey)!;
    return { id: a.id, line: lineOf.get(a.sourceKey)!, vip: it.vip, ...(it.playbook && { playbook: it.playbook }) };
  });
  const addedKeys = new Set(result.added.map((a) => a.sourceKey));
  const taken = new Map<string, number>();
  const duplicates = result.duplicates.map((d) => {
    const lines = dupLines.get(d.sourceKey)!;
    const k = taken.get(d.sourceKey) ?? (addedKeys.has(d.sourceKey) ? 1 : 0);
    taken.set(d.sourceKey, k + 1);
    return { id: d.id, line: lines[Math.min(k, lines.length - 1)]! };
  });
  return { file: file.name, read: file.read, added, duplicates, refused: file.refused };
}
