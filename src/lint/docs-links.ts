/**
 * Where a rule and a principle are explained: pages shipped in the package (docs/rules/<id>.md,
 * docs/principles.md#p1..#p17), as file: URLs into the installed package, so that a link in a
 * report (SARIF's helpUri, an editor's "more about this rule") opens the page that ships with
 * the version that produced it. A plug-in rule names its own page (`meta.docs`).
 */
import { PACKAGE_ROOT } from "../core/root.js";
import type { Rule } from "./rule.js";

/** The page of a built-in rule, or the page a plug-in rule names. */
export function ruleDocsUrl(rule: Pick<Rule, "id" | "meta">): string | undefined {
  if (rule.meta.docs) return rule.meta.docs;
  if (rule.id.includes("/")) return undefined;
  return new URL(`docs/rules/${rule.id}.md`, PACKAGE_ROOT).href;
}

/** The section of docs/principles.md for "P4" (or "P3, P5": the first one). */
export function principleUrl(principle: string): string | undefined {
  const n = /P(\d+)/.exec(principle)?.[1];
  return n ? new URL(`docs/principles.md#p${n}`, PACKAGE_ROOT).href : undefined;
}
