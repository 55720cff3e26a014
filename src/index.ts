/**
 * replybook's JS API (the package's main export): load the configuration and the catalog,
 * lint one reply, or lint a batch.
 *
 *   import { loadConfig, loadCatalog, catalogSources, createLinter, lintBatch } from "replybook";
 *   const config = await loadConfig();
 *   const loaded = await loadCatalog(catalogSources(config));
 *   if (!loaded.ok) throw new Error(loaded.errors[0].format());
 *   const catalog = loaded.value;
 *   createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules }).lint("Dear customer, ...");
 *   for await (const e of lintBatch("export.jsonl", { catalog, rules: config.rules, fallbackLocale: config.locale })) { ... }
 *
 * Nothing here prints or exits; expected failures are InputErrors naming file, line and column.
 */
export { loadConfig, type LoadConfigOptions } from "./config/load.js";
export type { Config } from "./config/types.js";
export { catalogSources, loadCatalog, type Catalog } from "./catalog/load.js";
export { createLinter, type LinterOptions } from "./lint/engine.js";
export type { Finding, LintContext, LintResult, Linter } from "./lint/types.js";
export { InputError, UsageError } from "./core/errors.js";
export {
  lintBatch,
  lintWork,
  runBatch,
  serveBlocks,
  OutputBuffer,
  threadCount,
  type LintBatchOptions,
  type BatchEvent,
  type BatchOptions,
  type BatchSummary,
  type BatchWork,
  type BlockHandler,
  type BlockResult,
  type CsvInput,
  type Refusal,
} from "./lint/batch/index.js";
