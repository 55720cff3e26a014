// Shared fixtures for drill tests: the shipped catalog, scenarios built from the shipped
// playbooks, and a stand-in linter (the real engine is tested on its own; grading only needs
// findings with rule ids, severities and ranges).
import type { Finding, Linter, LintResult } from "../../src/lint/types.js";
import type { Playbook } from "../../src/playbook/types.js";
import type { Scenario } from "../../src/drill/types.js";
import { shippedCatalog } from "../helpers/catalog.js";

export { shippedCatalog };

export async function shippedPlaybook(id: string, locale = "en"): Promise<Playbook> {
  const pb = (await shippedCatalog()).playbooks.find((p) => p.id === id && p.locale === locale);
  if (!pb) throw new Error(`no shipped playbook ${locale}/${id}`);
  return pb;
}

export async function shippedScenario(playbookId: string, drillId: string): Promise<Scenario> {
  const pb = await shippedPlaybook(playbookId);
  const drill = pb.drills.find((d) => d.id === drillId);
  if (!drill) throw new Error(`no drill ${drillId} in ${playbookId}`);
  return { ...drill, locale: pb.locale, source: { kind: "playbook", file: pb.source.file } };
}

/** A linter that reports the given findings, or findings computed from the text. */
export function fakeLinter(findings: Finding[] | ((text: string) => Finding[]) = []): Linter & { calls: Array<{ text: string; context: unknown }> } {
  const calls: Array<{ text: string; context: unknown }> = [];
  return {
    calls,
    lint(text, context): LintResult {
      calls.push({ text, context });
      const list = typeof findings === "function" ? findings(text) : findings;
      return { findings: list, locale: context?.locale ?? "en", errorCount: list.filter((f) => f.severity === "error").length, warningCount: list.filter((f) => f.severity === "warn").length };
    },
  };
}

export function finding(ruleId: string, severity: "error" | "warn", start = 0, end = 1, principle = "P3"): Finding {
  return { ruleId, messageId: "x", severity, message: `${ruleId} message`, start, end, principle };
}

export const NOW = new Date("2025-05-02T10:00:00Z"); // a Friday
