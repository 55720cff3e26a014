/**
 * `npm run eval -- <labelled.jsonl> [--misses [rule]]`: how right replybook is on labelled real
 * data. Each line is one labelled case, and its shape says what it evaluates:
 *
 *   lint:  {"id", "text", "complaint"?, "channel"?, "locale"?, "expect": [rule ids], "ok": [rule ids]}
 *   route: {"id", "text", "locale"?, "kind", "playbook", "alt"?, "shop"?}   (see ./route.ts)
 *
 * Lines are split by a hash of their id into "calibration" (tuned on) and "held-out" (never
 * tuned on; ./split.ts); the figures come for each part and for the whole.
 *
 * `--show fp|fn|all` lists the lint cases rules get wrong: false alarms (fired on a reply
 * labelled `ok`), misses (silent on one labelled `expect`) or both, on the calibration part
 * unless `--part held-out|all` says otherwise, for one rule with `--rule <id>`.
 * `--misses [rule]` lists both kinds on every part; `--route-misses [calibration|held-out]`
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
import { evaluateLint, formatLintTable, formatMisses, linterFor, parseLintLine, splitLines, type LintLine, type LintRun, type MissFilter } from "./lint.js";
import { PARTS, type Part } from "./split.js";
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

const USAGE = "usage: npm run eval -- <labelled.jsonl> [--show fp|fn|all] [--rule <id>] [--part calibration|held-out|all] [--misses [rule]] [--route-misses [calibration|held-out]]\n";

/** Options that take a value, and those whose value may be left out. */
const VALUED = new Set(["--show", "--rule", "--part"]);
const OPTIONAL_VALUE = new Set(["--misses", "--route-misses"]);

interface EvalArgs {
  file?: string;
  /** What lint cases to list, or none. */
  show?: MissFilter;
  routeMisses?: { part?: string };
}

/** The command line, or what is wrong with it. */
function parseArgs(argv: readonly string[]): EvalArgs | { error: string } {
  const args: EvalArgs = {};
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.has(a)) {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) return { error: `${a} needs a value` };
      values.set(a, v);
      i++;
    } else if (OPTIONAL_VALUE.has(a)) {
      const v = argv[i + 1];
      values.set(a, v !== undefined && !v.startsWith("--") && !v.endsWith(".jsonl") ? (i++, v) : undefined);
    } else if (a.startsWith("--")) return { error: `unknown option ${a}` };
    else if (args.file === undefined) args.file = a;
    else return { error: `one labelled file at a time (${args.file}, ${a})` };
  }
  const show = values.get("--show");
  if (show !== undefined && !["fp", "fn", "all"].includes(show)) return { error: `--show takes fp, fn or all, not "${show}"` };
  const part = values.get("--part");
  if (part !== undefined && part !== "all" && !(PARTS as readonly string[]).includes(part)) return { error: `--part takes calibration, held-out or all, not "${part}"` };
  if (show !== undefined) {
    args.show = { part: part === "all" ? undefined : ((part as Part | undefined) ?? "calibration") };
    if (show !== "all") args.show.kind = show as "fp" | "fn";
    if (values.get("--rule")) args.show.rule = values.get("--rule");
  } else if (values.has("--misses")) {
    args.show = {};
    if (values.get("--misses")) args.show.rule = values.get("--misses");
  }
  if (values.has("--route-misses")) args.routeMisses = { part: values.get("--route-misses") };
  return args;
}

export async function runEval(argv: readonly string[]): Promise<EvalOutput> {
  const args = parseArgs(argv);
  if ("error" in args) return { code: 2, out: "", err: `${args.error}\n${USAGE}` };
  const { file } = args;
  if (!file) return { code: 2, out: "", err: USAGE };
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
    const split = splitLines(lint);
    for (const [title, withIt] of runs) {
      const byPart = PARTS.map((part) => [part, evaluateLint(split[part], catalog, linter, withIt)] as const);
      const whole = mergeRuns(byPart.map(([, run]) => run));
      const head = title ? `${title}, ` : "";
      for (const [part, run] of byPart) parts.push(`\n${head}${part} (${run.replies} replies):\n\n${formatLintTable(run)}`);
      parts.push(`\n${head}all ${whole.replies} replies:\n\n${formatLintTable(whole)}`);
      if (args.show) {
        const listed = formatMisses(whole, args.show);
        parts.push(`\n${head}${args.show.kind === "fp" ? "false alarms" : args.show.kind === "fn" ? "misses" : "false alarms and misses"}${args.show.rule ? ` of ${args.show.rule}` : ""}${args.show.part ? ` (${args.show.part})` : ""}:\n${listed || "(none)"}`);
      }
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
    if (args.routeMisses) parts.push(`\n${formatRouteMisses(routed, catalog.playbooks, args.routeMisses.part)}`);
  }
  return { code: 0, out: `${parts.join("\n")}\n`, err: "" };
}

/** One run's figures from the runs of its parts. */
function mergeRuns(runs: readonly LintRun[]): LintRun {
  const figures = runs[0]!.figures.map((f) => ({ ...f }));
  for (const run of runs.slice(1)) {
    run.figures.forEach((f, i) => {
      const into = figures[i]!;
      for (const key of ["fires", "right", "wrong", "missed", "expected", "okLabelled"] as const) into[key] += f[key];
    });
  }
  return { replies: runs.reduce((n, r) => n + r.replies, 0), figures, misses: runs.flatMap((r) => r.misses) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runEval(process.argv.slice(2));
  process.stdout.write(result.out);
  process.stderr.write(result.err);
  process.exitCode = result.code;
}
