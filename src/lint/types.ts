/**
 * The linter's public shapes. `draft`, `drill` and `lint` all use one engine:
 *
 *   const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules });
 *   const result = linter.lint(replyText, { playbook, customer: { name: "Laura Bianchi" }, agent: "Dario", channel: "x" });
 *   result.findings[0]; // { ruleId: "no-over-promise", severity: "error", start: 42, end: 50, message: ..., suggestion: ... }
 *
 * Rule ids are a public interface: scripts and configs depend on them.
 */
import type { Customer, Playbook } from "../playbook/types.js";

/** The largest reply `lint` accepts, in bytes (a file, stdin, a JSONL line's text, a CSV cell). */
export const MAX_REPLY_BYTES = 10 * 1024 * 1024;

export type FindingSeverity = "error" | "warn";

export interface Fix {
  /** Character range to replace in the reply (end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: FindingSeverity;
  message: string;
  /** Character range in the reply (UTF-16 offsets, end exclusive); start === end for "missing" findings. */
  start: number;
  end: number;
  /** A better alternative, in words. */
  suggestion?: string;
  /** An unambiguous fix that --fix may apply. */
  fix?: Fix;
  /** The principle behind the rule (docs/principles.md#p1 .. #p17) (P1..P17). */
  principle?: string;
}

export interface LintContext {
  /** en, it, el; detected from the text when absent. */
  locale?: string;
  playbook?: Playbook;
  /**
   * A playbook by id, resolved by the linter among its playbooks in the reply's locale (given
   * or detected), falling back to any locale that has it. Ignored when `playbook` is given.
   */
  playbookId?: string;
  /**
   * The playbook was picked by routing the complaint, not named by a person. Rules that ask for a
   * step of the procedure itself (offer-private-channel) then stay silent: on a guess of the
   * procedure they would cry wolf on every reply the router placed wrong, or that needs no such step.
   */
  playbookRouted?: boolean;
  customer?: Customer;
  /** The agent's name, when known (config or flag): the reply must be signed by them. */
  agent?: string;
  /** The agent's initials for X-style signatures ("^DR"); derived from `agent` when absent. */
  agentInitials?: string;
  /** x, facebook, instagram, email, review-site... (max-length limits depend on it). */
  channel?: string;
  /** Reference time for relative promises ("by Monday"). Default: now. */
  now?: Date;
  /**
   * The message the reply answers (the customer's post). With it, the rules that depend on
   * whether there is a problem at all (an apology and a next step are owed only then) decide
   * from it; without it they decide from the reply alone, or stay silent.
   */
  complaint?: string;
  /**
   * Which part of a thread the reply is: `final: false` for a part that more parts follow
   * (only the last part of a thread must carry a signature). Default: the reply is final.
   */
  thread?: { final: boolean };
}

export interface LintResult {
  findings: Finding[];
  /** The locale used (given or detected). */
  locale: string;
  errorCount: number;
  warningCount: number;
}

export interface Linter {
  lint(text: string, context?: LintContext): LintResult;
}
