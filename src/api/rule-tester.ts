/**
 * RuleTester for plug-in authors: the table-driven tests replybook's own rules use (ESLint's
 * RuleTester shape). Each case lints a reply with the shipped phrase lists and playbooks, only
 * the rule under test switched on, and compares that rule's findings with the expected ones.
 *
 * Cases become tests of the runner in use: the global `describe`/`it` of vitest (with
 * globals), jest or mocha, else node:test's; or pass `{ describe, it }` to the constructor.
 *
 * @example
 *   import { RuleTester } from "replybook";
 *   import plugin from "../index.js";
 *
 *   new RuleTester().run("acme/no-competitor-names", plugin.rules["no-competitor-names"], {
 *     valid: ["Laura, I'm sorry the parcel arrived damaged. I'll call you back within 24 hours.\n— Dario"],
 *     invalid: [
 *       { text: "Globex would never ship this fast.", errors: [{ messageId: "named", text: "Globex" }] },
 *       { text: "Initech did it.", options: { names: ["Initech"] }, errors: 1 },
 *     ],
 *   });
 */
import { openCatalog } from "./load.js";
import type { Catalog } from "../catalog/load.js";
import type { RuleSetting, SeverityName } from "../config/types.js";
import { createLinter as createCatalogLinter } from "../lint/engine.js";
import { ruleProblem } from "../lint/plugins.js";
import type { Rule, RuleMeta } from "../lint/rule.js";
import { RULES } from "../lint/rules/index.js";
import type { Finding } from "../lint/types.js";
import { toLintContext, type ContextInput } from "./linter.js";

/** A rule as a plug-in defines it: the same shape as a built-in rule, its id given by the tester. */
export type RuleDefinition = Pick<Rule, "check"> & { meta: RuleMeta; id?: string };

export interface RuleTesterCase {
  /** The reply. */
  text: string;
  /** Playbook, customer, agent, locale, channel, now... as `lint(text, context)` takes them. */
  context?: ContextInput;
  /** The rule's options for this case (default: the rule's defaults). */
  options?: Record<string, unknown>;
  /** The test's name (default: the text). */
  name?: string;
}

export interface ExpectedFinding {
  messageId?: string;
  /** The message as rendered. */
  message?: string;
  /** The words the finding covers. */
  text?: string;
  start?: number;
  end?: number;
  severity?: "error" | "warn";
  suggestion?: string;
}

export interface InvalidRuleTesterCase extends RuleTesterCase {
  /** The findings expected, in order; or how many. */
  errors: ExpectedFinding[] | number;
  /** The reply after the rule's fixes, when the rule fixes. */
  output?: string;
}

export interface RuleTesterCases {
  valid: Array<string | RuleTesterCase>;
  invalid: InvalidRuleTesterCase[];
}

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void>) => void;

export interface RuleTesterOptions {
  describe?: Suite;
  it?: Test;
  /** The playbooks and phrase lists to lint with. Default: the shipped ones. */
  catalog?: Catalog;
}

export class RuleTester {
  private readonly describe: Suite;
  private readonly it: Test;
  private catalog: Promise<Catalog> | undefined;

  constructor(private readonly options: RuleTesterOptions = {}) {
    const globals = globalThis as { describe?: Suite; it?: Test };
    let describe = options.describe ?? globals.describe;
    let it = options.it ?? globals.it;
    if (!describe || !it) {
      const nodeTest = process.getBuiltinModule("node:test") as { describe: Suite; it: Test };
      describe ??= nodeTest.describe;
      it ??= nodeTest.it;
    }
    this.describe = describe;
    this.it = it;
    if (options.catalog) this.catalog = Promise.resolve(options.catalog);
  }

  /** Registers one test per case under a suite named after the rule. */
  run(id: string, rule: RuleDefinition, cases: RuleTesterCases): void {
    const problem = ruleProblem(rule);
    if (problem) throw new TypeError(`RuleTester: ${id}: ${problem}`);
    const full: Rule = { id, meta: { ...rule.meta, options: rule.meta.options ?? {}, messages: rule.meta.messages ?? {} }, check: rule.check.bind(rule) };
    this.describe(id, () => {
      this.describe("valid", () => {
        for (const c of cases.valid) {
          const item = typeof c === "string" ? { text: c } : c;
          this.it(item.name ?? item.text, async () => {
            const { findings } = await this.lint(full, item);
            if (findings.length) throw new Error(`expected no findings of ${id}, got ${findings.length}:\n${describeFindings(item.text, findings)}`);
          });
        }
      });
      this.describe("invalid", () => {
        for (const c of cases.invalid) {
          this.it(c.name ?? c.text, async () => {
            const { findings, output } = await this.lint(full, c);
            checkFindings(id, c, findings);
            if (c.output !== undefined && output !== c.output) throw new Error(`expected the fixed reply ${JSON.stringify(c.output)}, got ${JSON.stringify(output)}`);
          });
        }
      });
    });
  }

  private async lint(rule: Rule, item: RuleTesterCase): Promise<{ findings: Finding[]; output: string }> {
    this.catalog ??= openCatalog({ playbooks: [], phrases: [], templates: [] });
    const catalog = await this.catalog;
    const rules: Record<string, RuleSetting> = {};
    for (const builtin of RULES.keys()) rules[builtin] = "off";
    const severity: SeverityName = rule.meta.defaultSeverity === "off" ? "error" : rule.meta.defaultSeverity;
    rules[rule.id] = item.options ? [severity, item.options] : severity;
    // Team categories in the phrase lists are reported under their own names: off here too.
    for (const list of catalog.phrases.values()) for (const entry of list.banned) if (!RULES.has(entry.category)) rules[entry.category] = "off";
    const linter = createCatalogLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules, plugins: new Map([[rule.id, rule]]) });
    const result = linter.lint(item.text, { now: new Date(2026, 0, 14, 10, 0, 0), ...toLintContext(item.context) });
    const findings = result.findings.filter((f) => f.ruleId === rule.id);
    let output = item.text;
    for (const f of [...findings].filter((x) => x.fix).sort((a, b) => b.fix!.start - a.fix!.start)) output = output.slice(0, f.fix!.start) + f.fix!.text + output.slice(f.fix!.end);
    return { findings, output };
  }
}

function checkFindings(id: string, c: InvalidRuleTesterCase, findings: Finding[]): void {
  const expected = c.errors;
  const count = typeof expected === "number" ? expected : expected.length;
  if (count === 0) throw new Error("an invalid case needs at least one expected finding");
  if (findings.length !== count) throw new Error(`expected ${count} finding(s) of ${id}, got ${findings.length}${findings.length ? `:\n${describeFindings(c.text, findings)}` : ""}`);
  if (typeof expected === "number") return;
  expected.forEach((want, i) => {
    const got = findings[i]!;
    const span = c.text.slice(got.start, got.end);
    const mismatch = (what: string, a: unknown, b: unknown) => {
      throw new Error(`finding ${i + 1} of ${id}: expected ${what} ${JSON.stringify(a)}, got ${JSON.stringify(b)}\n${describeFindings(c.text, [got])}`);
    };
    if (want.messageId !== undefined && got.messageId !== want.messageId) mismatch("messageId", want.messageId, got.messageId);
    if (want.message !== undefined && got.message !== want.message) mismatch("message", want.message, got.message);
    if (want.text !== undefined && span !== want.text) mismatch("text", want.text, span);
    if (want.start !== undefined && got.start !== want.start) mismatch("start", want.start, got.start);
    if (want.end !== undefined && got.end !== want.end) mismatch("end", want.end, got.end);
    if (want.severity !== undefined && got.severity !== want.severity) mismatch("severity", want.severity, got.severity);
    if (want.suggestion !== undefined && got.suggestion !== want.suggestion) mismatch("suggestion", want.suggestion, got.suggestion);
  });
}

function describeFindings(text: string, findings: Finding[]): string {
  return findings.map((f) => `  ${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))} ${f.messageId}: ${f.message}`).join("\n");
}
