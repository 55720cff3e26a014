/**
 * Batch linting, for the `lint --jsonl/--csv` command, scripts and the JS API: thousands of
 * replies in, one JSON result line out per reply, in input order, on one thread or several.
 *
 *   import { lintBatch } from "replybook"; // src/index.ts
 *   for await (const event of lintBatch("export.jsonl", { catalog, rules: config.rules, fallbackLocale: "en" })) {
 *     if (event.type === "output") process.stdout.write(event.data);       // whole lines, in order
 *     if (event.type === "refusal") console.error(event.refusal);          // { line, column, message }
 *     if (event.type === "end") console.log(event.summary.counts.errors);  // linted, errors, warnings
 *   }
 *
 * Input lines: `{ "id": "p1", "text": "...", "complaint"? (the message the reply answers),
 * "part"? ("1/2": a part of a thread), "playbook"?, "customer"? (a name or { name, handle, title }),
 * "handle"?, "agent"?, "locale"?, "channel"?, "now"? }`; output lines are ESLint-like
 * `{ "id", "messages": [...], "errorCount", "warningCount", "output"? }` (./lint-lines.ts).
 *
 * The engine underneath (runBatch, ./run.ts) is not about linting: another line-by-line command
 * passes its own BatchWork (a block handler, a record handler, a worker module that calls
 * serveBlocks) and gets the same reading, bad-line handling, threads and ordered output.
 */
import type { Readable } from "node:stream";
import { compiledPatterns } from "../../catalog/cache.js";
import type { Catalog } from "../../catalog/load.js";
import type { RuleSetting } from "../../config/types.js";
import { PACKAGE_ROOT } from "../../core/root.js";
import { createLinter } from "../engine.js";
import type { LintContext, Linter } from "../types.js";
import { lintLines } from "./lint-lines.js";
import type { LintWorkerSetup } from "./lint-worker.js";
import type { PluginRef } from "../../config/types.js";
import type { Rule } from "../rule.js";
import { runBatch } from "./run.js";
import type { BatchEvent, BatchOptions, BatchWork } from "./types.js";

export { runBatch } from "./run.js";
export { serveBlocks } from "./worker-host.js";
export { OutputBuffer } from "./output.js";
export { threadCount, PARALLEL_MIN_BYTES } from "./threads.js";
export { MAX_LINE_BYTES } from "./blocks.js";
export type { BatchEvent, BatchOptions, BatchSummary, BatchWork, BlockHandler, BlockResult, CsvInput, Refusal } from "./types.js";

export interface LintBatchOptions extends BatchOptions {
  catalog: Catalog;
  rules: Record<string, RuleSetting>;
  /** The locale of a reply whose language is not detected. */
  fallbackLocale: string;
  /** Context from flags and config (playbook, customer, agent, channel, now), under each line's own. */
  base?: LintContext;
  /** Apply unambiguous fixes; the result line gets an "output" field when the text changed. */
  fix?: boolean;
  /** Errors only in the result lines. */
  quiet?: boolean;
  /** A linter already built from the same catalog and rules (saves building another). */
  linter?: Linter;
  /** Plug-in rules (lint/plugins.ts#loadPlugins) and the config entries they came from: worker threads load them again. */
  plugins?: { refs: PluginRef[]; rules: ReadonlyMap<string, Rule> };
}

/** Lints every reply of `source` (a JSONL or CSV file path, or a stream such as stdin); see runBatch for the events. */
export function lintBatch(source: string | Readable, options: LintBatchOptions): AsyncGenerator<BatchEvent, void, undefined> {
  return runBatch(source, lintWork(options), options);
}

/** The lint work for runBatch: in this thread, and in worker threads started from dist/. */
export function lintWork(options: LintBatchOptions): BatchWork {
  const { catalog } = options;
  const compiled = compiledPatterns(catalog);
  const linter = options.linter ?? createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: options.rules, fallbackLocale: options.fallbackLocale, ...compiled, ...(options.plugins && { plugins: options.plugins.rules }) });
  const base = options.base ?? {};
  const playbookIds = new Set(catalog.playbooks.map((p) => p.id));
  const fix = options.fix ?? false;
  const quiet = options.quiet ?? false;
  // Made only when workers start: expanding every pattern variant costs a small batch time.
  const setup = (): LintWorkerSetup => ({
    phrases: catalog.phrases,
    playbooks: catalog.playbooks,
    rules: options.rules,
    fallbackLocale: options.fallbackLocale,
    prefilter: compiled?.prefilter,
    expanded: compiled?.expanded.entirely(),
    matchers: compiled && { snapshot: compiled.matchers.snapshot, key: compiled.matchers.key },
    base,
    playbookIds: [...playbookIds],
    fix,
    quiet,
    plugins: options.plugins?.refs ?? [],
  });
  return {
    ...lintLines(linter, { base, playbookIds, playbooks: catalog.playbooks, fix, quiet }),
    // A worker is a separate module graph: it starts from its own bundle of ./lint-worker.ts,
    // made by `npm run build` (src/build/bundle.ts; see src/core/root.ts for the path).
    worker: { url: new URL("dist/bundle/lint-worker.mjs", PACKAGE_ROOT), get data() { return setup(); } },
  };
}
