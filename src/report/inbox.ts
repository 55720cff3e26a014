/**
 * The inbox as a person reads it: `replybook inbox` (the queue, most urgent first) and what
 * `replybook next` hands out. Data in, text out; the JSON views add the waiting times.
 */
import type { InboxItem } from "../store/types.js";
import { formatCustomer, formatSpan, NO_PAINT, renderTable, type Cell, type Paint } from "./text.js";

export interface InboxView extends InboxItem {
  /** Minutes since it was posted (since the import when the post time is unknown). */
  waitedMinutes: number;
  /** Minutes left before its respond-within runs out; negative once overdue. */
  leftMinutes: number;
  overdue: boolean;
  /** The claim still holds (a lease not run out, or an assignment). */
  held: boolean;
}

export function inboxView(item: InboxItem, now: Date): InboxView {
  const from = Date.parse(item.postedAt ?? item.importedAt);
  const leftMinutes = Math.round((Date.parse(item.due) - now.getTime()) / 60_000);
  const held = Boolean(item.claimedBy) && (!item.leaseUntil || Date.parse(item.leaseUntil) >= now.getTime());
  return { ...item, waitedMinutes: Math.max(0, Math.round((now.getTime() - from) / 60_000)), leftMinutes, overdue: leftMinutes < 0, held };
}

export function dueText(v: Pick<InboxView, "leftMinutes" | "overdue">): string {
  return v.overdue ? `overdue ${formatSpan(-v.leftMinutes)}` : `in ${formatSpan(v.leftMinutes)}`;
}

function holderText(v: InboxView, now: Date): string {
  if (!v.held || !v.claimedBy) return "";
  if (!v.leaseUntil) return `${v.claimedBy} (assigned)`;
  return `${v.claimedBy} (${formatSpan((Date.parse(v.leaseUntil) - now.getTime()) / 60_000)} left)`;
}

/** The queue as a table, with a one-line summary above it. */
export function formatInbox(views: InboxView[], opts: { now: Date; width?: number; paint?: Paint }): string {
  const paint = opts.paint ?? NO_PAINT;
  const waiting = views.filter((v) => v.status === "waiting");
  if (!views.length) return "The inbox is empty: nothing waits. Import complaints with: replybook inbox import <file>";
  const overdue = waiting.filter((v) => v.overdue).length;
  const vips = waiting.filter((v) => v.vip).length;
  const held = waiting.filter((v) => v.held).length;
  const head = `${waiting.length} waiting: ${overdue} overdue, ${vips} VIP, ${held} held. Most urgent first.`;
  const rows: Cell[][] = views.map((v) => [
    `#${v.id}`,
    v.status !== "waiting" ? { text: v.status, paint: paint.dim } : v.overdue ? { text: dueText(v), paint: paint.bad } : dueText(v),
    formatSpan(v.waitedMinutes),
    v.platform ?? "",
    `${formatCustomer(v.customer)}${v.vip ? " VIP" : ""}`,
    v.playbook ? `${v.playbook}${v.locale ? ` (${v.locale})` : ""}` : { text: "(unrouted)", paint: paint.warn },
    holderText(v, opts.now) || (v.acknowledgement ? "acknowledged" : ""),
    v.text.replace(/\s+/g, " "),
  ]);
  return `${head}\n\n${renderTable(["Case", "Due", "Waited", "Platform", "Customer", "Playbook", "Held by", "Complaint"], rows, { ...(opts.width && { width: opts.width }), paint })}`;
}

/** What `next` prints: the complaint, why it is urgent, and the command to answer it. */
export function formatClaim(v: InboxView, opts: { agent: string; agentFlag: string; now: Date }): string {
  const lines = [
    `#${v.id} for ${opts.agent}: ${v.playbook ? `${v.playbook} (${v.locale})` : `no playbook found: choose one with --playbook (or, if it needs no reply, replybook inbox close ${v.id} --reason <why>)`}, due ${dueText(v)}, waited ${formatSpan(v.waitedMinutes)}`,
    `Customer: ${formatCustomer(v.customer, v.platform)}${v.vip ? `, VIP (${v.vipReason ?? "VIP"})` : ""}${v.returningAgent ? `, returning (last answered by ${v.returningAgent})` : ""}`,
  ];
  if (v.link) lines.push(`Post: ${v.link}`);
  lines.push("", ...v.text.split(/\r?\n/).map((l) => `  ${l}`), "");
  if (v.leaseUntil) lines.push(`Claimed until ${new Date(v.leaseUntil).toISOString().slice(11, 16)} UTC (${formatSpan((Date.parse(v.leaseUntil) - opts.now.getTime()) / 60_000)}); let go with: replybook inbox release ${v.id}`);
  else lines.push(`Assigned to ${v.claimedBy}.`);
  lines.push(`Answer it: replybook draft --case ${v.id}${opts.agentFlag}`);
  return lines.join("\n");
}
