/**
 * A playbook as the rest of replybook sees it: validated, durations parsed, lists normalised,
 * kebab-case keys turned to camelCase. The raw YAML form is described by
 * schema/playbook.schema.json (the {@link PlaybookFile} shape).
 *
 * @example
 *   const pb: Playbook = unwrap(await loadPlaybookFile("playbooks/en/parcel-damaged.yaml"));
 *   pb.commitments.find((c) => c.id === "callback")?.earliest.minutes; // 1440
 */
import type { Duration } from "../text/duration.js";

export type Scalar = string | number | boolean;
export type StepType = "text" | "choice" | "yes-no" | "number" | "date";

/** Raw YAML, as written (kebab-case keys). Validated against the JSON Schema before use. */
export type PlaybookFile = Record<string, unknown>;

export interface SourceRef {
  /** Path of the file it was loaded from (as given, relative when possible). */
  file: string;
  /** Where it came from: "shipped", or the config folder that supplied it. */
  origin: string;
}

export interface ChecklistItem {
  id: string;
  text: string;
  principle?: string;
}

export interface StepChoice {
  value: string;
  label: string;
}

export interface StepValidation {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  pattern?: string;
  message?: string;
}

export interface Step {
  id: string;
  ask: string;
  help?: string;
  type: StepType;
  required: boolean;
  choices?: StepChoice[];
  default?: Scalar;
  validate?: StepValidation;
  /** Ask only when every listed earlier answer is one of the values. */
  when?: Record<string, Scalar[]>;
}

export interface Commitment {
  id: string;
  label: string;
  /** The earliest time frame that may be promised (P4). */
  earliest: Duration;
  /** Time frames offered while drafting, all >= earliest, sorted. Defaults to [earliest]. */
  offer: Duration[];
  default: Duration;
  /** Patterns that tie a sentence to this commitment. */
  keywords: string[];
  principle?: string;
}

export interface Remedy {
  id: string;
  label: string;
  requiresApproval: boolean;
  keywords: string[];
}

export type PrivateVia = "dm" | "email" | "phone";

export interface Channel {
  /** The conversation moves to a private channel after the first public reply (P7). */
  private: boolean;
  via: PrivateVia[];
}

export interface PlaybookTemplates {
  /** Public reply variants, names under templates/<locale>/ without .hbs. */
  public: string[];
  followUp: string[];
}

export interface Customer {
  name?: string;
  handle?: string;
  /** Ms, Mr, Sig.ra, Dott.: used with the surname. */
  title?: string;
}

export interface PlaybookExample {
  customer: Customer;
  platform?: string;
  complaint?: string;
  answers: Record<string, Scalar>;
  /** commitment id -> chosen time frame */
  commitments: Record<string, Duration>;
  remedies: string[];
}

export interface DrillFact {
  text: string;
  commitment?: string;
  earliest?: Duration;
  remedyNotAllowed?: string;
}

export interface Drill {
  id: string;
  complaint: string;
  platform: string;
  customer: Customer;
  /** How old the post is when the drill starts. */
  age: Duration;
  facts: DrillFact[];
  expectedPlaybook: string;
}

export interface Playbook {
  id: string;
  title: string;
  locale: string;
  description: string;
  triggers: string[];
  /** Negative cues: patterns that point away from this playbook even when a trigger matches (absent: none). */
  notTriggers?: string[];
  respondWithin: Duration;
  /** Out of hours: what the acknowledgement adds for this kind of complaint (what the customer can do meanwhile). */
  acknowledgement?: string;
  checklist: ChecklistItem[];
  steps: Step[];
  commitments: Commitment[];
  remedies: Remedy[];
  channel: Channel;
  templates: PlaybookTemplates;
  example: PlaybookExample;
  drills: Drill[];
  /** Labelled examples: complaints this procedure handles, as customers write them (the router's learnt part learns from them; absent: none). */
  examples?: string[];
  source: SourceRef;
}
