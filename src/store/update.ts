/**
 * What a {@link CaseUpdate} changes, decided once for every store: the store reads the case
 * and its commitments inside its write transaction, asks {@link planUpdate}, and applies the
 * steps in that same transaction, so both stores refuse, warn and write alike.
 */
import { fail, InputError, ok, type Result } from "../core/errors.js";
import type { CommitmentRow } from "./sql.js";
import { isoOrThrow } from "./sql.js";
import { REACTIONS, type CaseEventKind, type CaseId, type CaseStatus, type CaseUpdate, type Reaction } from "./types.js";

export type UpdateStep =
  | { kind: "note"; event: CaseEventKind; text: string }
  | { kind: "done"; commitment: string }
  | { kind: "status"; status: CaseStatus; closedAt: string | null }
  | { kind: "satisfaction"; csat: number | null; reaction: Reaction | null };

export interface UpdatePlan {
  at: string;
  author: string | null;
  steps: UpdateStep[];
}

/**
 * The steps, in order, or the reason nothing may change (unknown commitment, empty note,
 * close and reopen at once). Repeats (done twice, closed twice) are warnings, not errors.
 */
export function planUpdate(id: CaseId, current: { status: CaseStatus; closed_at: string | null; csat?: number | null; reaction?: string | null } | undefined, commitments: CommitmentRow[], update: CaseUpdate): Result<UpdatePlan> {
  if (!current) return fail(new InputError(`no case ${id} in the case log (list them with: replybook cases)`));
  const at = update.at === undefined ? new Date().toISOString() : isoOrThrow(update.at, "at");
  const warnings: InputError[] = [];
  const done = [...new Set(update.done ?? [])];
  for (const wanted of done) {
    if (!commitments.some((m) => m.commitment_id === wanted)) {
      const known = commitments.map((m) => m.commitment_id);
      return fail(new InputError(`case ${id} has no commitment "${wanted}" (${known.length ? `it has: ${known.join(", ")}` : "it has none"})`));
    }
  }
  const note = update.note?.trim();
  if (update.note !== undefined && !note) return fail(new InputError("the note is empty"));
  if (update.close && update.reopen) return fail(new InputError("cannot close and reopen a case at once"));
  if (update.csat !== undefined && !(Number.isInteger(update.csat) && update.csat >= 1 && update.csat <= 5))
    return fail(new InputError(`--csat ${update.csat}: satisfaction is a whole number from 1 (very unhappy) to 5 (very happy)`));
  if (update.reaction !== undefined && !REACTIONS.includes(update.reaction))
    return fail(new InputError(`--reaction ${update.reaction}: one of ${REACTIONS.join(", ")}`));
  const steps: UpdateStep[] = [];
  if (note) steps.push({ kind: "note", event: "note", text: note });
  if (update.csat !== undefined || update.reaction !== undefined) {
    const csat = update.csat ?? (current.csat === undefined || current.csat === null ? null : Number(current.csat));
    const reaction = update.reaction ?? ((current.reaction ?? null) as Reaction | null);
    const said = [update.csat !== undefined && `satisfaction ${update.csat}/5`, update.reaction !== undefined && `the customer ${update.reaction}`].filter(Boolean).join(", ");
    steps.push({ kind: "satisfaction", csat, reaction }, { kind: "note", event: "note", text: said });
  }
  for (const wanted of done) {
    const c = commitments.find((m) => m.commitment_id === wanted)!;
    if (c.done_at) {
      warnings.push(new InputError(`commitment "${wanted}" of case ${id} was already marked done at ${c.done_at}`));
      continue;
    }
    steps.push({ kind: "done", commitment: wanted }, { kind: "note", event: "done", text: `${c.label ?? wanted} (${wanted})` });
  }
  if (update.close) {
    if (current.status === "closed") warnings.push(new InputError(`case ${id} was already closed at ${current.closed_at}`));
    else {
      const open = commitments.filter((m) => !m.done_at && !done.includes(m.commitment_id)).map((m) => m.commitment_id);
      steps.push({ kind: "status", status: "closed", closedAt: at }, { kind: "note", event: "close", text: open.length ? `closed with commitments not marked done: ${open.join(", ")}` : "closed" });
    }
  }
  if (update.reopen) {
    if (current.status === "open") warnings.push(new InputError(`case ${id} is already open`));
    else steps.push({ kind: "status", status: "open", closedAt: null }, { kind: "note", event: "reopen", text: "reopened" });
  }
  return ok({ at, author: update.author ?? null, steps }, warnings);
}
