/**
 * A phrase list: what a team says and never says (P14). Raw YAML shape:
 * schema/phrases.schema.json. One list per locale; a team's folder may add entries or
 * override shipped ones by id.
 *
 * @example
 *   banned:
 *     - id: any-inconvenience
 *       phrase: we (apologise|apologize) for [any|the] inconvenience [caused]
 *       why: A stock formula; it apologises for nothing in particular.
 *       principle: P3
 *       better: I'm sorry your parcel arrived damaged.
 *       category: no-canned-phrase
 */
export type Severity = "error" | "warn" | "off";

export interface BannedPhrase {
  id: string;
  /** Patterns (see src/text/pattern.ts). */
  patterns: string[];
  why: string;
  principle: string;
  better?: string;
  /**
   * Patterns of wordings that look like the phrase but are fine ("sit back, relax and enjoy
   * the flight", "you should have received it"): a match that overlaps one of them is dropped.
   */
  unless?: string[];
  /**
   * Reported only where a problem is known (from the message the reply answers, or without it
   * from the reply itself), never in a reply to praise, thanks or a suggestion: "thank you for
   * your feedback" is a form line after a complaint, and plain thanks after a compliment.
   */
  notOnPraise?: boolean;
  /**
   * Not reported in a reply to praise or thanks, or one glad of the customer's news: "I'll pass
   * your comments on" is a brush-off after a complaint, and good news carried to the crew after a
   * compliment. Elsewhere reported as any entry.
   */
  notOnGoodNews?: boolean;
  /** Unambiguous replacement for --fix ("" deletes the phrase). */
  fix?: string;
  /** The lint rule that reports it. */
  category: string;
  severity?: Severity;
}

export type ApprovedKind = "empathy" | "ownership" | "private-channel" | "signature" | "next-step";

export interface ApprovedPhrase {
  id: string;
  kind: ApprovedKind;
  text: string;
  patterns: string[];
}

export interface PhraseList {
  locale: string;
  banned: BannedPhrase[];
  approved: ApprovedPhrase[];
  /** Files it was merged from, shipped first. */
  sources: string[];
}
