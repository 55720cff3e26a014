/**
 * `npm run eval -- <labelled.jsonl> [--misses [rule]]`: how right replybook is on labelled real
 * data. Each line is one labelled case, and its shape says what it evaluates:
 *
 *   lint:  {"id", "text", "complaint"?, "channel"?, "locale"?, "expect": [rule ids], "ok": [rule ids]}
 *   route: {"id", "text", "locale"?, "kind", "playbook", "alt"?, "shop"?}   (see ./route.ts)
 *
 * `--misses [rule]` lists the lint cases a rule gets wrong; `--route-misses [calibration|held-out]`
 * the messages routed wrong.
 *
 * The labelled file may hold text that may not be redistributed: it is read from any path and
 * nothing of it is written anywhere. A bad line is one line `file:line:col key: message`, exit 2.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { catalogSources, loadCatalog } from "../catalog/load.js";
import { InputError } from "../core/errors.js";
import { ruleIds } from "../lint/engine.js";
import { evaluateLint, formatLintTable, formatMisses, linterFor, parseLintLine, type LintLine } from "./lint.js";
import { evaluateRouting, formatRouteMisses, formatRouteTable, formatThresholdSweep, parseRouteLine, type RouteLine } from "./route.js";

type Kind = "lint" | "route";

/** What a labelled line evaluates, by its shape. */
function kindOf(value: Record<string, unknown>): Kind | undefined {
  if ("expect" in value || "ok" in value) return "lint";
  if ("kind" in value && "playbook" in value) return "route";
  return undefined;
}

export interface EvalOutput {
  code: number;
  out: string;
  err: string;
}

export async function runEval(argv: readonly string[]): Promise<EvalOutput> {
  const file = argv.find((a) => !a.startsWith("--") && argv[argv.indexOf(a) - 1] !== "--misses" && argv[argv.indexOf(a) - 1] !== "--route-misses");
  const routeMissesAt = argv.indexOf("--route-misses");
  const routeMissesPart = routeMissesAt >= 0 && argv[routeMissesAt + 1] && !argv[routeMissesAt + 1]!.startsWith("--") ? argv[routeMissesAt + 1] : undefined;
  const missesAt = argv.indexOf("--misses");
  const showMisses = missesAt >= 0;
  const missesRule = showMisses && argv[missesAt + 1] && !argv[missesAt + 1]!.startsWith("--") ? argv[missesAt + 1] : undefined;
  if (!file) return { code: 2, out: "", err: "usage: npm run eval -- <labelled.jsonl> [--misses [rule]] [--route-misses [calibration|held-out]]\n" };
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    return { code: 2, out: "", err: `${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}\n` };
  }
  const known = new Set(ruleIds());
  const lint: LintLine[] = [];
  const route: Array<{ record: Record<string, unknown>; at: (message: string, key?: string, column?: number) => string; raw: string }> = [];
  const errors: string[] = [];
  source.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    const at = (message: string, key?: string, column = 1) => new InputError(message, { file, line: i + 1, column, ...(key && { keyPath: key }) }).format();
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const column = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0) + 1;
      errors.push(at("not valid JSON", undefined, column));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return void errors.push(at("expected a JSON object"));
    const record = value as Record<string, unknown>;
    switch (kindOf(record)) {
      case "lint": {
        const line = parseLintLine(record, known);
        if ("key" in line) errors.push(at(line.message, line.key, Math.max(1, raw.indexOf(`"${line.key}"`) + 1)));
        else lint.push(line);
        break;
      }
      case "route":
        route.push({ record, at, raw });
        break;
      default:
        errors.push(at("a labelled line has `expect`/`ok` (lint) or `kind` and `playbook` (route)"));
    }
  });
  const loaded = errors.length ? undefined : await loadCatalog(catalogSources({ playbooks: [], phrases: [], templates: [] }));
  if (loaded && !loaded.ok) return { code: 2, out: "", err: `${loaded.errors.map((e) => e.format()).join("\n")}\n` };
  const playbookIds = new Set(loaded?.ok ? loaded.value.playbooks.map((p) => p.id) : []);
  const routed: RouteLine[] = [];
  if (loaded) {
    for (const { record, at, raw } of route) {
      const line = parseRouteLine(record, playbookIds);
      if ("key" in line) errors.push(at(line.message, line.key, Math.max(1, raw.indexOf(`"${line.key}"`) + 1)));
      else routed.push(line);
    }
  }
  if (errors.length || !loaded?.ok) return { code: 2, out: "", err: `${errors.join("\n")}\n` };
  const catalog = loaded.value;
  const parts: string[] = [];
  if (lint.length) {
    const linter = linterFor(catalog);
    const byLocale = new Map<string, number>();
    for (const l of lint) byLocale.set(l.locale ?? "?", (byLocale.get(l.locale ?? "?") ?? 0) + 1);
    const withComplaint = lint.filter((l) => l.complaint).length;
    parts.push(`lint: ${lint.length} labelled replies (${[...byLocale].map(([k, n]) => `${n} ${k}`).join(", ")}); ${withComplaint} with the complaint they answer`);
    const runs = withComplaint ? [["with the complaint", true], ["without the complaint", false]] as const : [["", false]] as const;
    for (const [title, withIt] of runs) {
      const run = evaluateLint(lint, catalog, linter, withIt);
      parts.push(title ? `\n${title}:\n\n${formatLintTable(run)}` : `\n${formatLintTable(run)}`);
      if (showMisses) parts.push(`\n${formatMisses(run, missesRule)}`);
    }
  }
  if (routed.length) {
    const count = (k: string) => routed.filter((l) => l.kind === k).length;
    const shop = routed.filter((l) => l.kind === "complaint" && l.shop).length;
    if (parts.length) parts.push("");
    parts.push(`route: ${routed.length} labelled messages: ${count("complaint")} complaints (${shop} about a shop's matters), ${count("question")} questions, ${count("praise")} praise, ${count("spam")} spam`);
    parts.push("split by a hash of the id: calibration (tuned on) and held-out (never tuned on)\n");
    parts.push(formatRouteTable(evaluateRouting(routed, catalog.playbooks)));
    parts.push(`\nthreshold, on the calibration part:\n\n${formatThresholdSweep(routed, catalog.playbooks, [2, 2.5, 3, 3.5, 4, 5])}`);
    if (routeMissesAt >= 0) parts.push(`\n${formatRouteMisses(routed, catalog.playbooks, routeMissesPart)}`);
  }
  return { code: 0, out: `${parts.join("\n")}\n`, err: "" };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runEval(process.argv.slice(2));
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  process.exitCode = result.code;
}
