/**
 * Applying fixes: the unambiguous ones findings carry (a phrase list's `fix`, "!!!" -> "!",
 * a missing signature when the agent is known). Overlapping fixes are left for a later pass.
 */
import type { Finding, Fix, Linter, LintContext, LintResult } from "./types.js";

export function applyFixes(text: string, findings: readonly Finding[]): { output: string; applied: number } {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined).sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  let reach = -1;
  for (const fix of fixes) {
    if (fix.start < reach || (fix.start === reach && fix.start === fix.end && chosen.length && chosen[chosen.length - 1]!.start === fix.start)) continue;
    chosen.push(fix);
    reach = fix.end;
  }
  let output = "";
  let last = 0;
  for (const fix of chosen) {
    output += text.slice(last, fix.start) + fix.text;
    last = fix.end;
  }
  output += text.slice(last);
  return { output, applied: chosen.length };
}

/** Lints, fixes and lints again until nothing more applies (at most 10 passes, like ESLint). */
export function lintAndFix(linter: Linter, text: string, context: LintContext): { output: string; result: LintResult; applied: number } {
  let output = text;
  let applied = 0;
  let result = linter.lint(output, context);
  for (let pass = 0; pass < 10; pass++) {
    const next = applyFixes(output, result.findings);
    if (next.applied === 0 || next.output === output) break;
    applied += next.applied;
    output = next.output;
    result = linter.lint(output, context);
  }
  return { output, result, applied };
}
