/**
 * What a rule is: metadata plus one function (the shape of ESLint's `meta` + `create`, made
 * simpler because a reply is a flat text, not a tree).
 *
 * @example
 *   export const rule: Rule<{ limit: number }> = {
 *     id: "max-length",
 *     meta: {
 *       description: "Replies fit the channel",
 *       principle: "P8",
 *       defaultSeverity: "error",
 *       options: { limit: { type: "number", default: 280, description: "characters" } },
 *       messages: { tooLong: "{{length}} characters; the limit is {{limit}}" },
 *     },
 *     check(reply, context) {
 *       return reply.text.length > context.options.limit ? [{ messageId: "tooLong", start: context.options.limit, end: reply.text.length, data: { ... } }] : [];
 *     },
 *   };
 */
import type { Fix } from "./types.js";
import type { AnalyzedReply } from "./analysis.js";
import type { ResolvedContext } from "./analysis.js";
import type { PhraseList } from "../phrases/types.js";

export type RuleSeverity = "error" | "warn" | "off";

export type OptionType = "number" | "boolean" | "string" | "string[]" | "number-map";

export interface OptionSpec {
  type: OptionType;
  default: unknown;
  description: string;
}

export interface RuleMeta {
  description: string;
  /** The principle behind the rule (docs/principles.md#p1 .. #p17) (P1..P17), cited in messages and docs. */
  principle: string;
  defaultSeverity: RuleSeverity;
  /**
   * Options a config may set: `rules: { "calm-tone": ["warn", { minLetters: 6 }] }`. A
   * `number-map` option takes any keys (max-length: one limit per channel), and then the
   * rule's whole options object may be that map.
   */
  options: Record<string, OptionSpec>;
  /** Message templates by message id; `{{name}}` is replaced from a finding's data. */
  messages: Record<string, string>;
  /** Some findings carry an unambiguous fix for --fix. */
  fixable?: boolean;
  /** The rule reports the banned phrase-list entries whose `category` is its id. */
  phraseCategory?: boolean;
  /**
   * The URL of the rule's page. Built-in rules leave it out (their page is
   * docs/rules/<id>.md in the package); a plug-in rule sets it to its own documentation.
   */
  docs?: string;
}

/** What a rule returns; the engine adds the rule id, severity, message text and principle. */
export interface RuleFinding {
  messageId: string;
  start: number;
  end: number;
  data?: Record<string, string | number>;
  suggestion?: string;
  fix?: Fix;
  /** Overrides for findings that come from a phrase-list entry. */
  severity?: RuleSeverity;
  principle?: string;
  /** A literal message (phrase entries carry their own "why"). */
  message?: string;
}

export interface RuleContext<O> {
  lint: ResolvedContext;
  options: O;
  /** The locale's phrase list, when there is one. */
  phrases: PhraseList | undefined;
  /** Whether the severity came from the config or --rule (phrase entries' own severity yields to it). */
  configured: boolean;
}

export interface Rule<O = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  check(reply: AnalyzedReply, context: RuleContext<O>): RuleFinding[];
}

/** Reads option defaults from a meta; a rule's options object is always complete. */
export function defaultOptions(meta: RuleMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(meta.options)) out[key] = spec.default;
  return out;
}
