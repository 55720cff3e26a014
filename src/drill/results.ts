/**
 * The results file: one JSON object per line ({@link DrillResult}), appended after each
 * attempt. Default place: `<data folder>/drill-results.jsonl`, where the data folder is
 * REPLYBOOK_DATA_DIR, else the config's `data-dir`, else $XDG_DATA_HOME/replybook, else
 * ~/.local/share/replybook. The config's `drill.results` names another file.
 *
 * Reading is forgiving: a malformed line is reported with its file and line number and the
 * others are still counted.
 */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";
import { resolveDataDir } from "../store/paths.js";
import { readTextFile } from "../yaml/read.js";
import type { DrillResult } from "./types.js";

export const RESULTS_FILE = "drill-results.jsonl";
/** Results files are text a trainer collects; 50 MB is years of drills for a team. */
export const MAX_RESULTS_BYTES = 50 * 1024 * 1024;

/** The config's `drill.results`, else drill-results.jsonl in the data folder (shared with the case log). */
export function defaultResultsFile(env: NodeJS.ProcessEnv, config: Pick<Config, "dataDir" | "drill">): string {
  return config.drill?.results ?? join(resolveDataDir(config, env), RESULTS_FILE);
}

export async function appendResult(file: string, result: DrillResult): Promise<void> {
  // Results name trainees: private to the user, like the case log beside them (0700 folder, 0600 file).
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // One write per line, opened for appending: concurrent drills do not interleave lines.
  await appendFile(file, `${JSON.stringify(result)}\n`, { encoding: "utf8", mode: 0o600 });
}

export interface LoadedResult extends DrillResult {
  file: string;
  line: number;
}

export interface ReadResults {
  results: LoadedResult[];
  /** Malformed lines and unreadable files, positioned. */
  problems: InputError[];
}

export async function readResults(files: readonly string[]): Promise<ReadResults> {
  const results: LoadedResult[] = [];
  const problems: InputError[] = [];
  for (const file of files) {
    const text = await readTextFile(file, MAX_RESULTS_BYTES);
    if (!text.ok) {
      problems.push(...text.errors);
      continue;
    }
    text.value.split(/\r?\n/).forEach((raw, i) => {
      if (!raw.trim()) return;
      const parsed = parseResultLine(raw);
      if (typeof parsed === "string") problems.push(new InputError(parsed, { file, line: i + 1, column: 1 }));
      else results.push({ ...parsed, file, line: i + 1 });
    });
  }
  return { results, problems };
}

/** A result from one line, or what is wrong with it. */
export function parseResultLine(line: string): DrillResult | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not a JSON line: ${(error as Error).message}`;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return "expected a JSON object";
  const r = value as Record<string, unknown>;
  if (r.version !== 1) return `unknown results version ${JSON.stringify(r.version)} (expected 1)`;
  if (typeof r.trainee !== "string" || !r.trainee.trim()) return `"trainee": expected a name`;
  if (typeof r.at !== "string" || Number.isNaN(Date.parse(r.at))) return `"at": expected an ISO time`;
  if (typeof r.score !== "number" || r.score < 0 || r.score > 100) return `"score": expected a number from 0 to 100`;
  if (r.kind !== "drill" && r.kind !== "crisis") return `"kind": expected "drill" or "crisis"`;
  if (typeof r.scenario !== "string") return `"scenario": expected a string`;
  if (!Array.isArray(r.breakdown)) return `"breakdown": expected a list`;
  for (const [i, item] of (r.breakdown as unknown[]).entries()) {
    const it = item as Record<string, unknown>;
    if (!it || typeof it.item !== "string" || typeof it.points !== "number" || typeof it.max !== "number") return `"breakdown[${i}]": expected { item, points, max }`;
    if (it.losses !== undefined && !Array.isArray(it.losses)) return `"breakdown[${i}].losses": expected a list`;
  }
  return { seconds: 0, hints: false, locale: "en", expectedPlaybook: "", max: 100, ...(r as object) } as DrillResult;
}
