/**
 * What a finished draft is: the shape `draft --json` prints and the case log records.
 */
import type { Finding } from "../lint/types.js";
import type { Customer, Scalar } from "../playbook/types.js";

export interface CommitmentMade {
  id: string;
  /** Compact time frame: "24h", "2d". */
  within: string;
  /** ISO time by which it is due. */
  due: string;
}

export interface DraftOutcome {
  reply: string;
  followUp?: string;
  playbook: string;
  locale: string;
  customer: Customer;
  agent: string;
  platform?: string;
  complaint?: string;
  /** ISO time the complaint was posted, when known. */
  postedAt?: string;
  /** ISO time the reply was accepted. */
  answeredAt: string;
  answers: Record<string, Scalar>;
  commitments: CommitmentMade[];
  remedies?: string[];
  findings: Finding[];
  checklist: { done: string[]; skipped: string[] };
  /** The person accepted despite error-level findings (recorded, P4). */
  override?: { reason?: string; findings: string[] };
  /** Screenshot path or URL of the post (P11). */
  evidence?: string;
}
