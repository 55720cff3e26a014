/**
 * Text for the case log's commands: the follow-up list, the case list, one case, and the
 * returning-customer note `draft` shows. Each takes data and returns a string.
 */
import type { CaseRecord, CaseSummary, DueCommitment, DueCounts } from "../store/types.js";
import type { EarlierCases } from "../store/types.js";
import { formatCustomer, formatSpan, formatTime, NO_PAINT, renderTable, type Cell, type Paint } from "./text.js";

export interface TextOptions {
  /** Terminal width, to cut long columns. */
  width?: number;
  paint?: Paint;
}

export type FollowupState = "overdue" | "due-today" | "upcoming";

/** One follow-up as `followups --json` prints it. */
export interface FollowupView {
  caseId: number;
  state: FollowupState;
  /** Minutes past due (positive) or until due (negative). */
  overdueMinutes: number;
  customer: DueCommitment["customer"];
  platform?: string;
  playbook: string;
  locale: string;
  agent: string;
  commitment: { id: string; label: string; within: string; due: string };
  answeredAt: string;
}

export function followupViews(items: DueCommitment[], now: Date, endOfToday: Date): FollowupView[] {
  return items.map((d) => {
    const due = Date.parse(d.commitment.due);
    const state: FollowupState = due < now.getTime() ? "overdue" : due < endOfToday.getTime() ? "due-today" : "upcoming";
    const view: FollowupView = {
      caseId: d.caseId,
      state,
      overdueMinutes: Math.round((now.getTime() - due) / 60_000),
      customer: d.customer,
      playbook: d.playbook,
      locale: d.locale,
      agent: d.agent,
      commitment: { id: d.commitment.id, label: d.commitment.label, within: d.commitment.within, due: d.commitment.due },
      answeredAt: d.answeredAt,
    };
    if (d.platform) view.platform = d.platform;
    return view;
  });
}

/**
 * `counts`: how many match in all, by state, when only the oldest were read (the default table
 * of a long log); the heading then counts them all and says how many are shown.
 */
export function formatFollowups(views: FollowupView[], opts: TextOptions & { window: string; counts?: DueCounts } = { window: "today" }): string {
  const paint = opts.paint ?? NO_PAINT;
  if (!views.length) {
    const what = opts.window === "overdue" ? "overdue" : opts.window === "all" ? "open" : "due today or overdue";
    return `No commitments ${what}.`;
  }
  const overdue = opts.counts?.overdue ?? views.filter((v) => v.state === "overdue").length;
  const today = opts.counts?.today ?? views.filter((v) => v.state === "due-today").length;
  const later = opts.counts ? opts.counts.later : views.length - overdue - today;
  const total = overdue + today + later;
  const parts = [overdue ? paint.bad(`${overdue} overdue`) : "", today ? `${today} due today` : "", later ? `${later} later` : ""].filter(Boolean);
  const rows: Cell[][] = views.map((v) => [
    v.state === "overdue"
      ? { text: `overdue ${formatSpan(v.overdueMinutes)}`, paint: paint.bad }
      : v.state === "due-today"
        ? { text: `due ${formatTime(v.commitment.due).slice(11)}`, paint: paint.warn }
        : { text: `due ${formatTime(v.commitment.due)}` },
    `#${v.caseId}`,
    formatCustomer(v.customer, v.platform),
    `${v.commitment.label} (${v.commitment.within})`,
    v.agent,
    { text: v.commitment.id, paint: paint.dim },
  ]);
  const table = renderTable(["When", "Case", "Customer", "Promised", "Agent", "Commitment"], rows, opts);
  const noun = total === 1 ? "follow-up" : "follow-ups";
  const shown = total > views.length ? `\n\nShowing the oldest ${views.length} of ${total} follow-ups (--limit <n> for more, --all for every one, --json for all).` : "";
  return `${total} ${noun}: ${parts.join(", ")}. Oldest first.\n\n${table}${shown}\n\nMark one done: replybook case update <id> --done <commitment>`;
}

/** `total`: how many cases match in all, when only the newest were read (a long log's default listing). */
export function formatCaseList(cases: CaseSummary[], opts: TextOptions & { total?: number } = {}): string {
  const paint = opts.paint ?? NO_PAINT;
  if (!cases.length) return "No cases match.";
  const rows: Cell[][] = cases.map((c) => [
    { text: `#${c.id}`, align: "right" },
    formatTime(c.answeredAt),
    formatCustomer(c.customer, c.platform),
    c.playbook,
    c.agent,
    c.status === "closed" ? { text: "closed", paint: paint.dim } : "open",
    c.openCommitments ? `${c.openCommitments} open, next ${formatTime(c.nextDue)}` : "",
  ]);
  const table = renderTable(["Case", "Answered", "Customer", "Playbook", "Agent", "Status", "Commitments"], rows, opts);
  if (opts.total !== undefined && opts.total > cases.length)
    return `${table}\n\nThe newest ${cases.length} of ${opts.total} cases (--limit <n> for more, --json for all). Details: replybook case <id>`;
  return `${table}\n\n${cases.length} ${cases.length === 1 ? "case" : "cases"}, newest first. Details: replybook case <id>`;
}

export function formatCase(c: CaseRecord, opts: TextOptions & { now?: Date } = {}): string {
  const paint = opts.paint ?? NO_PAINT;
  const now = opts.now ?? new Date();
  const lines: string[] = [];
  lines.push(paint.bold(`Case #${c.id}`) + `  ${c.status === "closed" ? `closed ${formatTime(c.closedAt)}` : "open"}  ${c.playbook} (${c.locale})`);
  const field = (name: string, value: string | undefined) => {
    if (value) lines.push(`${name.padEnd(10)} ${value}`);
  };
  field("Customer", formatCustomer(c.customer, c.platform));
  field("Agent", c.agent);
  field("Satisfied", [c.csat !== undefined && `${c.csat}/5`, c.reaction].filter(Boolean).join(", ") || undefined);
  field("Posted", formatTime(c.postedAt));
  let answered = formatTime(c.answeredAt);
  if (c.postedAt) {
    const taken = (Date.parse(c.answeredAt) - Date.parse(c.postedAt)) / 60_000;
    answered += ` (after ${formatSpan(Math.max(0, taken))}`;
    if (c.respondWithinMinutes !== undefined) {
      const late = taken > c.respondWithinMinutes;
      answered += `; respond within ${formatSpan(c.respondWithinMinutes)}: ${late ? paint.bad("late") : paint.good("on time")}`;
    }
    answered += ")";
  }
  field("Answered", answered);
  field("Complaint", c.complaint);
  field("Evidence", c.evidence);
  lines.push("", paint.bold("Reply"), indent(c.reply));
  if (c.followUp) lines.push("", paint.bold("Follow-up message"), indent(c.followUp));
  if (c.commitments.length) {
    lines.push("", paint.bold("Commitments"));
    const rows: Cell[][] = c.commitments.map((m) => {
      let state: Cell;
      if (m.doneAt) {
        const late = Date.parse(m.doneAt) > Date.parse(m.due);
        state = late ? { text: `done ${formatTime(m.doneAt)} (late)`, paint: paint.warn } : { text: `done ${formatTime(m.doneAt)}`, paint: paint.good };
      } else if (c.status === "closed") state = { text: "not marked done", paint: paint.dim };
      else {
        const over = (now.getTime() - Date.parse(m.due)) / 60_000;
        state = over > 0 ? { text: `overdue ${formatSpan(over)}`, paint: paint.bad } : `due in ${formatSpan(-over)}`;
      }
      return [`  ${m.doneAt ? "[x]" : "[ ]"} ${m.id}`, `${m.label} (${m.within})`, `due ${formatTime(m.due)}`, state];
    });
    lines.push(renderTable(["", "", "", ""], rows, opts).split("\n").slice(1).join("\n"));
  }
  const checklist = [c.checklist.done.length ? `done: ${c.checklist.done.join(", ")}` : "", c.checklist.skipped.length ? `skipped: ${c.checklist.skipped.join(", ")}` : ""].filter(Boolean);
  if (checklist.length) lines.push("", `${"Checklist".padEnd(10)} ${checklist.join("; ")}`);
  if (c.remedies.length) lines.push(`${"Remedies".padEnd(10)} ${c.remedies.join(", ")}`);
  if (c.override) {
    lines.push(paint.warn(`${"Override".padEnd(10)} accepted despite ${c.override.findings.join(", ") || "error-level findings"}${c.override.reason ? `: ${c.override.reason}` : ""}`));
  }
  if (c.findings.length) lines.push(`${"Findings".padEnd(10)} ${c.findings.map((f) => `${f.ruleId} (${f.severity})`).join(", ")}`);
  lines.push("", paint.bold("History"));
  lines.push(`  ${formatTime(c.answeredAt)}  ${c.agent}: answered`);
  for (const e of c.history) {
    const verb = e.kind === "note" || e.kind === "done" ? `${e.kind}: ` : "";
    lines.push(`  ${formatTime(e.at)}  ${e.author ? `${e.author}: ` : ""}${verb}${e.text}`);
  }
  return lines.join("\n");
}

/**
 * The note `draft` shows for a returning customer (P15):
 * "Returning customer: 3 earlier cases (latest #12 parcel-damaged, 2025-03-01, open). Handled by Dario (2), Anna (1). Suggested agent: Dario."
 */
export function formatEarlierCases(earlier: EarlierCases, locale = "en"): string {
  if (!earlier.total) return "";
  const latest = earlier.cases[0]!;
  const handled = earlier.agents.map((a) => `${a.agent} (${a.cases})`).join(", ");
  const date = formatTime(latest.answeredAt).slice(0, 10);
  if (locale === "el") {
    const noun = earlier.total === 1 ? "προηγούμενη υπόθεση" : "προηγούμενες υποθέσεις";
    const suggestion = earlier.suggestedAgent ? ` Προτεινόμενος εκπρόσωπος: ${earlier.suggestedAgent} (το ίδιο πρόσωπο με την προηγούμενη φορά, P15).` : "";
    return `Γνωστός πελάτης: ${earlier.total} ${noun} (η πιο πρόσφατη #${latest.id} ${latest.playbook}, ${date}, ${latest.status === "open" ? "ανοιχτή" : "κλειστή"}). Τις χειρίστηκαν: ${handled}.${suggestion}`;
  }
  if (locale === "it") {
    const noun = earlier.total === 1 ? "caso precedente" : "casi precedenti";
    const suggestion = earlier.suggestedAgent ? ` Agente suggerito: ${earlier.suggestedAgent} (la stessa persona dell'ultima volta, P15).` : "";
    return `Cliente già noto: ${earlier.total} ${noun} (l'ultimo #${latest.id} ${latest.playbook}, ${date}, ${latest.status === "open" ? "aperto" : "chiuso"}). Seguiti da ${handled}.${suggestion}`;
  }
  const noun = earlier.total === 1 ? "earlier case" : "earlier cases";
  const suggestion = earlier.suggestedAgent ? ` Suggested agent: ${earlier.suggestedAgent} (same person as last time, P15).` : "";
  return `Returning customer: ${earlier.total} ${noun} (latest #${latest.id} ${latest.playbook}, ${date}, ${latest.status}). Handled by ${handled}.${suggestion}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
}
