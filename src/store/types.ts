/**
 * The case log behind a storage interface. The store knows cases, their commitments and
 * history, and the queries over them; nothing above it. Drafts become cases in the draft
 * layer (src/draft/record.ts) and the report's tables are laid out in src/report/ from the
 * aggregate figures the store computes ({@link CaseStore.reportFigures}).
 *
 * Every method is asynchronous because a server database is; the embedded SQLite store
 * answers at once. Times cross the interface as ISO 8601 strings in UTC with milliseconds
 * ("2025-03-01T09:30:00.000Z"), which sort the same way as the moments they name; a store
 * gives back every time in that form whatever form it was handed.
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
  /** Satisfaction 1-5, when the customer gave it. */
  csat?: number;
  reaction?: Reaction;
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

/** How the customer took the reply (P17): thanked, angry, silent (no answer), escalated (went further up or public). */
export type Reaction = "thanked" | "angry" | "silent" | "escalated";
export const REACTIONS: readonly Reaction[] = ["thanked", "angry", "silent", "escalated"];

/** Progress on a case. At least one part is given; they are applied in one transaction. */
export interface CaseUpdate {
  /** Satisfaction, 1 (very unhappy) to 5 (very happy), as the customer gave it. */
  csat?: number;
  reaction?: Reaction;
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
  /** At most this many, the oldest due first. */
  limit?: number;
}

/** How many open commitments a {@link DueFilter} matches, by where their due time falls (`followups` heading). */
export interface DueCounts {
  /** Due before `now`. */
  overdue: number;
  /** Due at or after `now`, before `endOfToday`. */
  today: number;
  /** Due at or after `endOfToday`. */
  later: number;
}

export interface ReportRange {
  /** Cases answered at or after (ISO). */
  since?: string;
  /** Cases answered before (ISO). */
  until?: string;
  /** The moment "overdue" is measured against (ISO). Default: now. */
  now?: string;
  /**
   * Where the figures come from: "summary" (default) adds up the summaries kept per UTC month
   * and reads only the ends of the range from the cases; "rows" reads every case in the range.
   * Both give the same figures; "rows" is there to check that they do.
   */
  source?: "summary" | "rows";
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

/** A returning customer's history (P15), as `draft` shows it before answering them again. */
export interface EarlierCases {
  /** Their cases, newest first (at most the limit asked for). */
  cases: CaseSummary[];
  /** How many there are in all. */
  total: number;
  /** Who handled them, most recent first. */
  agents: Array<{ agent: string; cases: number; lastAnsweredAt: string }>;
  /** The agent of their latest case: the same person should answer again (P15). */
  suggestedAgent?: string;
}

/**
 * How fast cases were answered: the time from the post to the accepted reply, for cases
 * whose post time is known. Computed in the database.
 */
export interface ResponseFigures {
  /** Cases where both the post time and the answer time are known. */
  measured: number;
  /** Answered within the respond-within recorded with the case. */
  onTime: number;
  late: number;
  /** Measured, but recorded without a respond-within target. */
  noTarget: number;
  /** Median time to answer, in ms, interpolated between the closest ranks (SQL's percentile_cont(0.5)). */
  medianMs?: number;
  /** 90th percentile, in ms, interpolated the same way. */
  p90Ms?: number;
}

/** Where the promises of a set of cases stand at `now`. Each commitment is in exactly one bucket. */
export interface CommitmentFigures {
  total: number;
  /** Marked done at or before its due time. */
  keptOnTime: number;
  /** Marked done after its due time. */
  keptLate: number;
  /** Not done and past due, on an open case. */
  overdue: number;
  /** Not done, not yet due, on an open case. */
  pending: number;
  /** Not done, and the case was closed. */
  dropped: number;
}

/** The figures of one group of cases (all of them, one playbook, one agent). */
export interface GroupFigures {
  cases: number;
  open: number;
  responses: ResponseFigures;
  commitments: CommitmentFigures;
}

/**
 * Everything `replybook report` shows, aggregated by the database (GROUP BY, window
 * functions), so its cost does not grow with what is sent to JavaScript. src/report/
 * turns it into the report's tables (shares, minutes, local days).
 */
export interface ReportFigures {
  /** The moment "overdue" was measured against (ISO). */
  now: string;
  all: GroupFigures & {
    closed: number;
    /** Distinct customers: by handle (folded, no "@") when known, else by folded full name. */
    customers: number;
    /** Customers with more than one case in the range. */
    returningCustomers: number;
  };
  /** One entry per playbook, in no particular order. */
  playbooks: Array<
    GroupFigures & {
      playbook: string;
      /** The locales its cases were answered in, sorted. */
      locales: string[];
      /** The respond-within (minutes) of its latest case that had one. */
      latestTargetMinutes?: number;
    }
  >;
  /** One entry per agent (as written on the case), in no particular order. */
  agents: Array<GroupFigures & { agent: string }>;
  /**
   * Cases per quarter of an hour (UTC), by the start of the quarter (ISO), oldest first, quarters
   * without cases left out. Every time zone's offset is a whole number of quarters, so the
   * report can count cases per local day in any zone from these without seeing a case.
   */
  quarters: Array<{ start: string; cases: number }>;
}

/**
 * A case log. Implementations: SqliteCaseStore (src/store/sqlite.ts, one file, the default)
 * and the shared server store; both pass the same contract tests (test/store/contract/).
 *
 * Rules every implementation keeps:
 * - each write is one transaction: a crash or a lost connection leaves the whole change or none;
 * - user input only ever reaches the database as a bound parameter;
 * - customers and agents are matched folded (any case, accents ignored, see fold.ts);
 * - a failure the person can act on (unreadable log, lost server, locked too long) is thrown
 *   as an InputError: one line, exit 2.
 */
export interface CaseStore {
  /** Which kind of store this is. */
  readonly kind: "sqlite" | "postgres";
  /** A description of where the log lives, for messages: a file path or a server URL without secrets. */
  readonly location: string;
  /** Writes a new case and its commitments; returns its number. A commitment id listed twice is an InputError. */
  recordCase(input: NewCase): Promise<CaseId>;
  getCase(id: CaseId): Promise<CaseRecord | undefined>;
  /** Newest first (answered time, then case number). */
  listCases(filter?: CaseFilter): Promise<CaseSummary[]>;
  /** How many cases match, without reading them. */
  countCases(filter?: CaseFilter): Promise<number>;
  /** Unknown case or commitment ids come back as errors, and nothing is changed. */
  updateCase(id: CaseId, update: CaseUpdate): Promise<Result<CaseRecord>>;
  /** Open commitments of open cases, oldest due first. */
  dueCommitments(filter?: DueFilter): Promise<DueCommitment[]>;
  /** How many open commitments of open cases the filter matches (its limit ignored), counted in the database. */
  dueCounts(filter: DueFilter, marks: { now: string; endOfToday: string }): Promise<DueCounts>;
  /** The figures behind `replybook report`, from one consistent snapshot (src/report/build.ts lays them out). */
  reportFigures(range?: ReportRange): Promise<ReportFigures>;
  /** Whole cases with their history, oldest first (data-protection access requests, `db copy`). */
  exportCases(filter?: CaseFilter): Promise<CaseRecord[]>;
  /** Deletes cases answered before the cutoff (ISO), with their commitments and history. */
  purgeOlderThan(cutoff: string, options?: { dryRun?: boolean }): Promise<PurgeResult>;
  /** Deletes every case of one customer (data-protection erasure requests). */
  purgeCustomer(customer: CustomerRef, options?: { dryRun?: boolean }): Promise<PurgeResult>;
  /** How many cases, commitments and history events the log holds (`db status`, `db copy` checks). */
  counts(): Promise<LogCounts>;
  /** Whole cases numbered above `afterId`, in number order, at most `limit`: a log read in pages (`db copy`). */
  casesAfter(afterId: CaseId, limit: number): Promise<CaseRecord[]>;
  /**
   * Writes whole cases as they are: their numbers, progress, history and recording time
   * (`db copy`). One transaction per call; a number already taken fails it and writes nothing.
   * Later new cases are numbered after the highest one imported.
   */
  importCases(records: CaseRecord[]): Promise<void>;
  /** The schema version applied and the migrations this replybook would still apply. */
  schemaStatus(): Promise<SchemaStatus>;
  /** How many complaints the inbox holds, claimed and answered. */
  inboxCounts(): Promise<InboxCounts>;
  /** Inbox rows numbered above `afterId`, in number order, at most `limit`, every column (`db copy`). */
  inboxAfter(afterId: CaseId, limit: number): Promise<InboxRecord[]>;
  /** Writes inbox rows as they are, in one transaction (`db copy`); new cases are numbered after them. */
  importInbox(rows: InboxRecord[]): Promise<void>;
  /** Applies the missing migrations (once, however many replybooks try at the same moment). */
  migrate(): Promise<SchemaStatus>;
  /** Adds complaints to the inbox in one transaction; one already there (same source key) is a duplicate, not an error. */
  importComplaints(items: NewComplaint[]): Promise<ImportResult>;
  /** Earlier cases of each customer (same handle or full name): for VIPs by history and returning customers. */
  customerHistories(customers: CaseCustomer[]): Promise<CustomerHistory[]>;
  /** Waiting complaints most urgent first (then answered ones, newest first, with status "all"). */
  listInbox(filter?: InboxFilter): Promise<InboxItem[]>;
  getComplaint(id: CaseId): Promise<InboxItem | undefined>;
  /**
   * Claims the most urgent waiting complaint that fits, in one transaction, so two agents never
   * get the same one: the agent's own live claim or assignment first, then their returning
   * customers, then the queue's order. Undefined when nothing fits.
   */
  claimNext(request: ClaimRequest): Promise<InboxItem | undefined>;
  /** Lets go of claims: one complaint, or every claim of an agent. Returns the complaints released. */
  releaseComplaints(which: { id?: CaseId; agent?: string }): Promise<InboxItem[]>;
  /** Gives a waiting complaint to an agent, without a lease (a supervisor's decision). */
  assignComplaint(id: CaseId, agent: string, at: string): Promise<Result<InboxItem>>;
  /** Records the out-of-hours acknowledgement sent for a waiting complaint; it stays waiting. */
  acknowledgeComplaint(id: CaseId, ack: { at: string; by?: string; text: string }): Promise<Result<InboxItem>>;
  /**
   * Records the reply to an inbox complaint as the case of the same number and marks it answered,
   * in one transaction. Refused when it was answered already or another agent holds it.
   */
  answerComplaint(id: CaseId, input: NewCase): Promise<Result<CaseId>>;
  /**
   * Takes a waiting complaint out of the queue without a reply (praise already liked, spam, a
   * duplicate), saying why. Refused when it was answered or closed already, or another agent holds it.
   */
  closeComplaint(id: CaseId, close: { at: string; by?: string; reason: string }): Promise<Result<InboxItem>>;
  /** The queue, workload and satisfaction figures of the supervisor's view. */
  teamFigures(range?: ReportRange): Promise<TeamFigures>;
  /** Releases the file or the connections. Calling it twice is harmless. */
  close(): Promise<void>;
}

/** What the team's inbox holds (`db status`, `db copy` checks). */
export interface InboxCounts {
  complaints: number;
  /** Held by an agent: claimed with a lease, or assigned. */
  claimed: number;
  /** Answered as a case. */
  answered: number;
}

/**
 * One inbox row with every column as stored (times as ISO text, numbers as numbers): what
 * `db copy` reads from one store and writes into another, claims, leases and answers included.
 */
export type InboxRecord = Record<string, string | number | null>;

export interface LogCounts {
  cases: number;
  commitments: number;
  events: number;
}

export interface SchemaStatus {
  /** The version applied (0: an empty database). */
  current: number;
  /** The version this replybook knows. */
  latest: number;
  /** Migrations this replybook would apply, oldest first. */
  pending: Array<{ version: number; description: string }>;
}

/** A complaint to import into the inbox (src/inbox/import.ts builds it from a CSV or JSONL line). */
export interface NewComplaint {
  /** What recognises it on a later import: the platform's id when the export has one, else its words, author and time. */
  sourceKey: string;
  externalId?: string;
  /** Where it came from: "export.csv:12". */
  source?: string;
  text: string;
  customer: CaseCustomer;
  platform?: string;
  link?: string;
  orders?: number;
  /** ISO time it was posted, when known. */
  postedAt?: string;
  /** The routed playbook and its language, when the router found one. */
  playbook?: string;
  locale?: string;
  routeWords: string[];
  respondWithinMinutes?: number;
  /** When an answer is due (ms since 1970): posted (else imported) plus respond-within. */
  dueMs: number;
  /** The queue's order (ms since 1970, earliest first): due time less the head start of its platform and of a VIP. */
  rankMs: number;
  vip: boolean;
  vipReason?: string;
  /** The agent of the customer's latest case, when they are a returning customer (P15). */
  returningAgent?: string;
}

/** Waiting for a reply; answered (a case of the same number holds the reply); or closed without one. */
export type InboxStatus = "waiting" | "answered" | "closed";

/** A complaint in the inbox, with who holds it. */
export interface InboxItem {
  /** The case number it is (or will be) answered as. */
  id: CaseId;
  status: InboxStatus;
  text: string;
  customer: CaseCustomer;
  platform?: string;
  link?: string;
  orders?: number;
  externalId?: string;
  source?: string;
  postedAt?: string;
  importedAt: string;
  playbook?: string;
  locale?: string;
  routeWords: string[];
  respondWithinMinutes?: number;
  /** ISO time an answer is due. */
  due: string;
  rankMs: number;
  vip: boolean;
  vipReason?: string;
  returningAgent?: string;
  /** Who holds it: claimed by `next` (until `leaseUntil`) or assigned (no lease). */
  claimedBy?: string;
  claimedAt?: string;
  leaseUntil?: string;
  acknowledgement?: { at: string; by?: string; text: string };
  answeredAt?: string;
  caseId?: CaseId;
  /** Closed without a reply (status "closed"): why, and by whom; `answeredAt` is when. */
  closed?: { reason: string; by?: string };
}

export interface ImportResult {
  /** New complaints, with the numbers they were given, in input order. */
  added: Array<{ id: CaseId; sourceKey: string }>;
  /** Already in the inbox: the number it has. */
  duplicates: Array<{ id: CaseId; sourceKey: string }>;
}

export interface InboxFilter {
  /** Default: waiting. */
  status?: InboxStatus | "all";
  /** Held by this agent. */
  claimedBy?: string;
  limit?: number;
}

/** What `next` asks for: the most urgent waiting complaint that fits the agent, claimed for the lease. */
export interface ClaimRequest {
  agent: string;
  /** ISO time of the claim. */
  now: string;
  leaseMs: number;
  /** Playbook ids the agent answers; undefined: all. A complaint the router could not place fits everyone. */
  playbooks?: string[];
  /** Locales the agent writes; undefined: all. */
  locales?: string[];
  /** Other agents working now: their returning customers wait for them (P15). */
  othersWorking?: string[];
}

/** What the customers of some complaints did before: their latest agent and how often they thanked. */
export interface CustomerHistory {
  cases: number;
  thanked: number;
  latestAgent?: string;
}

/** The team's figures for the supervisor's view (P17), from the database. */
export interface TeamFigures {
  now: string;
  queue: {
    waiting: number;
    /** Past their respond-within. */
    overdue: number;
    vipWaiting: number;
    claimed: number;
    acknowledged: number;
    unrouted: number;
  };
  /** Per agent: what they hold now and how their customers rated them (cases in the range). */
  agents: Array<{ agent: string; holding: number; answeredFromInbox: number; rated: number; csatSum: number; reactions: Record<Reaction, number> }>;
  playbooks: Array<{ playbook: string; waiting: number; rated: number; csatSum: number; reactions: Record<Reaction, number> }>;
  all: { rated: number; csatSum: number; reactions: Record<Reaction, number> };
}
