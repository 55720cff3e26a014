// Table-driven rule tests (the shape of ESLint's RuleTester): each rule file lists valid
// replies and invalid ones with the findings expected, by rule id and character range, in
// English and Italian. The linter is built from the real shipped catalog.
import { describe, expect, it } from "vitest";
import type { RuleSetting } from "../../src/config/types.js";
import { createLinter } from "../../src/lint/engine.js";
import type { Finding, LintContext, Linter } from "../../src/lint/types.js";
import type { Customer } from "../../src/playbook/types.js";
import type { PhraseList } from "../../src/phrases/types.js";
import { shippedCatalog } from "../helpers/catalog.js";

/** Wednesday 14 January 2026, 10:00 local time: "today" has 14 hours left, "tomorrow" 38. */
export const NOW = new Date(2026, 0, 14, 10, 0, 0);

export { shippedCatalog };

export async function shippedLinter(rules: Record<string, RuleSetting> = {}): Promise<Linter> {
  const c = await shippedCatalog();
  return createLinter({ phrases: c.phrases, playbooks: c.playbooks, rules });
}

/** A linter over inline phrase lists (and the shipped playbooks). */
export async function inlineLinter(lists: PhraseList[], rules: Record<string, RuleSetting> = {}): Promise<Linter> {
  const c = await shippedCatalog();
  return createLinter({ phrases: new Map(lists.map((l) => [l.locale, l])), playbooks: c.playbooks, rules });
}

/** The context a case may give, with the playbook as "locale/id". */
export interface CaseContext {
  playbook?: string;
  customer?: Customer | string;
  agent?: string;
  agentInitials?: string;
  channel?: string;
  locale?: string;
  now?: Date;
  /** The message the reply answers. */
  complaint?: string;
  /** false: a part of a thread that more parts follow. */
  final?: boolean;
}

export interface ExpectedError {
  ruleId: string;
  start: number;
  end: number;
  messageId?: string;
  severity?: "error" | "warn";
}

export interface Case {
  text: string;
  context?: CaseContext;
  /** The name shown in the test list (default: the text). */
  name?: string;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
}

/** The range of the n-th (0-based) occurrence of `part` in `text`, for expected errors. */
export function at(text: string, part: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(part, start + 1);
    if (start < 0) throw new Error(`"${part}" does not occur ${occurrence + 1} time(s) in: ${text}`);
  }
  return { start, end: start + part.length };
}

/** A "missing" finding at an offset (start === end). */
export function point(offset: number): { start: number; end: number } {
  return { start: offset, end: offset };
}

export async function toLintContext(context: CaseContext = {}): Promise<LintContext> {
  const c = await shippedCatalog();
  const out: LintContext = { now: context.now ?? NOW };
  if (context.playbook) {
    const [locale, id] = context.playbook.split("/");
    const playbook = c.playbooks.find((p) => p.locale === locale && p.id === id);
    if (!playbook) throw new Error(`no shipped playbook ${context.playbook}`);
    out.playbook = playbook;
  }
  if (context.customer) out.customer = typeof context.customer === "string" ? { name: context.customer } : context.customer;
  if (context.agent) out.agent = context.agent;
  if (context.agentInitials) out.agentInitials = context.agentInitials;
  if (context.channel) out.channel = context.channel;
  if (context.locale) out.locale = context.locale;
  if (context.complaint) out.complaint = context.complaint;
  if (context.final !== undefined) out.thread = { final: context.final };
  return out;
}

export function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/**
 * Runs a rule's table: every valid case has no finding of the rule, every invalid case has
 * exactly the listed ones (rule id and range; message id and severity when given).
 */
export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }, linter: () => Promise<Linter> = () => shippedLinter()): void {
  describe(ruleId, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name ?? c.text, async () => {
          const result = (await linter()).lint(c.text, await toLintContext(c.context));
          expect(only(result.findings, ruleId).map(describeFinding)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name ?? c.text, async () => {
          expect(c.errors.length).toBeGreaterThan(0);
          const result = (await linter()).lint(c.text, await toLintContext(c.context));
          const found = only(result.findings, ruleId);
          const actual = found.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, text: c.text.slice(f.start, f.end), message: f.message }));
          const expected = c.errors.map((e, i) => ({ ruleId: e.ruleId, start: e.start, end: e.end, text: c.text.slice(e.start, e.end), message: found[i]?.message }));
          expect(actual).toEqual(expected);
          c.errors.forEach((e, i) => {
            if (e.messageId !== undefined) expect(found[i]?.messageId).toBe(e.messageId);
            if (e.severity !== undefined) expect(found[i]?.severity).toBe(e.severity);
          });
          for (const f of found) {
            expect(f.message.length).toBeGreaterThan(0);
          }
        });
      }
    });
  });
}

function describeFinding(f: Finding): string {
  return `${f.ruleId}/${f.messageId} [${f.start},${f.end}] ${f.message}`;
}
