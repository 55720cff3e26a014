/**
 * The case log behind a storage interface. Commands talk to a {@link CaseStore} only, so a
 * team can later point replybook at a shared server database by adding one implementation
 * and choosing it in `openCaseStore` (src/store/open.ts), without touching the commands.
 *
 * Every method is asynchronous because a server database would be; the embedded SQLite
 * store answers at once. Times cross the interface as ISO 8601 strings in UTC
 * ("2025-03-01T09:30:00.000Z"), which sort the same way as the moments they name.
 *
 * @example
 *   const store = await openCaseStore(config, process.env);
 *   try {
 *     const id = await store.recordCase(caseFromOutcome(outcome, { playbook }));
 *     const due = await store.dueCommitments({ before: endOfToday.toISOString() });
 *   } finally {
 *     await store.close();
 *   }
 */
import type { Result } from "../core/errors.js";
import type { Finding } from "../lint/types.js";
import type { Scalar } from "../playbook/types.js";
import type { CaseReport } from "../report/build.js";

/** Case numbers are small integers a person can type: `replybook case 42`. */
export type CaseId = number;

export interface CaseCustomer {
  name?: string;
  /** As written on the platform, usually with its "@". */
  handle?: string;
  title?: string;
}

/** A promise made in the reply (P4, P12), with its due time and whether it was kept. */
export interface CaseCommitment {
  /** The playbook's commitment id: "callback", "courier-collection". */
  id: string;
  /** What was promised, in the playbook's words (its locale): "Call the customer back with the outcome". */
  label: string;
  /** The time frame promised, as written: "24h", "2 giorni lavorativi". */
  within: string;
  /** ISO time by which it is due. */
  due: string;
  /** ISO time it was marked done (`case update <id> --done <commitment>`). */
  doneAt?: string;
  doneBy?: string;
}

export type CaseEventKind = "note" | "done" | "close" | "reopen";

/** One line of a case's history: a note, a commitment marked done, closed, reopened. */
export interface CaseEvent {
  at: string;
  kind: CaseEventKind;
  text: string;
  author?: string;
}

export type CaseStatus = "open" | "closed";

/** What is recorded for an accepted reply: everything except what the log assigns. */
export interface NewCase {
  customer: CaseCustomer;
  platform?: string;
  complaint?: string;
  playbook: string;
  locale: string;
  reply: string;
  followUp?: string;
  agent: string;
  /** ISO time the complaint was posted, when known. */
  postedAt?: string;
  /** ISO time the reply was accepted. */
  answeredAt: string;
  /** The playbook's respond-within target at the time, in minutes (P1). */
  respondWithinMinutes?: number;
  commitments: Array<Omit<CaseCommitment, "doneAt" | "doneBy">>;
  answers: Record<string, Scalar>;
  remedies: string[];
  findings: Finding[];
  checklist: { done: string[]; skipped: string[] };
  /** The person accepted despite error-level findings. */
  override?: { reason?: string; findings: string[] };
  /** Screenshot path or URL of the post (P11). */
  evidence?: string;
}

/** A recorded case, with its progress. */
export interface CaseRecord extends NewCase {
  id: CaseId;
  commitments: CaseCommitment[];
  status: CaseStatus;
  closedAt?: string;
  /** ISO time the case was written to the log. */
  recordedAt: string;
  history: CaseEvent[];
}

/** One line of `replybook cases`. */
export interface CaseSummary {
  id: CaseId;
  customer: CaseCustomer;
  platform?: string;
  playbook: string;
  locale: string;
  agent: string;
  postedAt?: string;
  answeredAt: string;
  status: CaseStatus;
  /** Commitments not yet marked done. */
  openCommitments: number;
  /** The earliest due time among them. */
  nextDue?: string;
}

export interface CaseFilter {
  /** Part of the customer's name or handle, any case, accents ignored. */
  customer?: string;
  /** This exact customer: same handle (the "@" optional) or same full name, any case. */
  sameCustomer?: CustomerRef;
  playbook?: string;
  agent?: string;
  status?: CaseStatus;
  /** Answered at or after (ISO). */
  since?: string;
  /** Answered before (ISO). */
  until?: string;
  limit?: number;
}

/** Progress on a case. At least one part is given; they are applied in one transaction. */
export interface CaseUpdate {
  note?: string;
  /** Commitment ids to mark done. */
  done?: string[];
  close?: boolean;
  reopen?: boolean;
  /** When it happened (ISO). Default: now. */
  at?: string;
  author?: string;
}

/** An open commitment with the case it belongs to: one line of `replybook followups`. */
export interface DueCommitment {
  caseId: CaseId;
  customer: CaseCustomer;
  platform?: string;
  playbook: string;
  locale: string;
  agent: string;
  answeredAt: string;
  commitment: CaseCommitment;
}

export interface DueFilter {
  /** Only commitments due before this ISO time; all open ones when absent. */
  before?: string;
  agent?: string;
}

export interface ReportRange {
  /** Cases answered at or after (ISO). */
  since?: string;
  /** Cases answered before (ISO). */
  until?: string;
  /** The moment "overdue" is measured against (ISO). Default: now. */
  now?: string;
}

/** Who a case may identify: for erasure requests (exact handle or full name, any case). */
export interface CustomerRef {
  handle?: string;
  name?: string;
}

export interface PurgeResult {
  cases: number;
  commitments: number;
  events: number;
}

export interface CaseStore {
  /** A description of where the log lives, for messages: a file path or a server URL without secrets. */
  readonly location: string;
  recordCase(input: NewCase): Promise<CaseId>;
  getCase(id: CaseId): Promise<CaseRecord | undefined>;
  /** Newest first. */
  listCases(filter?: CaseFilter): Promise<CaseSummary[]>;
  /** Unknown case or commitment ids come back as errors, and nothing is changed. */
  updateCase(id: CaseId, update: CaseUpdate): Promise<Result<CaseRecord>>;
  /** Open commitments of open cases, oldest due first. */
  dueCommitments(filter?: DueFilter): Promise<DueCommitment[]>;
  /** The figures behind `replybook report` (src/report/build.ts). */
  reportData(range?: ReportRange): Promise<CaseReport>;
  /** Whole cases with their history, oldest first (data-protection access requests). */
  exportCases(filter?: CaseFilter): Promise<CaseRecord[]>;
  /** Deletes cases answered before the cutoff (ISO), with their commitments and history. */
  purgeOlderThan(cutoff: string, options?: { dryRun?: boolean }): Promise<PurgeResult>;
  /** Deletes every case of one customer (data-protection erasure requests). */
  purgeCustomer(customer: CustomerRef, options?: { dryRun?: boolean }): Promise<PurgeResult>;
  close(): Promise<void>;
}
