/**
 * replybook's JS API (the package's main export). Everything `replybook lint`, `route` and
 * `draft --no-interactive` do, as functions that return values: nothing here prints or exits,
 * and expected failures are thrown as {@link InputError}s naming the file, line, column and key.
 *
 * @example
 *   import { lint, createLinter, route, renderReply, lintBatch } from "replybook";
 *
 *   // One reply, with the configuration found from the working folder:
 *   const { findings, errorCount } = await lint("Dear customer, we apologise for any inconvenience.", { customer: "Laura Bianchi", channel: "x" });
 *
 *   // Many replies: load once, lint synchronously.
 *   const linter = await createLinter({ rules: { "max-length": "off" } });
 *   linter.lint(reply, { playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" });
 *   linter.lintToReport(reply, { filePath: "reply.txt" }); // ESLint-shaped, as `--format json`
 *
 *   (await route("il pacco è arrivato rotto"))[0]?.id;   // "parcel-damaged"
 *   (await renderReply({ playbook: "parcel-damaged", example: true, agent: "Dario" })).reply;
 *
 *   // A file or stream of JSONL or CSV, in order, in threads:
 *   for await (const e of lintBatch("export.jsonl", { catalog: linter.catalog, rules: linter.config.rules })) { ... }
 */
export {
  createLinter,
  lint,
  route,
  renderReply,
  toLintContext,
  type ContextInput,
  type CreateLinterOptions,
  type ReplyLinter,
} from "./api/linter.js";
export { loadReplybookConfig as loadConfig, openCatalog, loadPlaybook, loadPhraseList } from "./api/load.js";
export { RuleTester, type RuleDefinition, type RuleTesterCase, type InvalidRuleTesterCase, type ExpectedFinding, type RuleTesterCases, type RuleTesterOptions } from "./api/rule-tester.js";
export { loadPlugins, namespaceOf, type LoadedPlugin } from "./lint/plugins.js";
export type { PluginRef } from "./config/types.js";
export { renderReplyWith, type RenderReplyOptions, type RenderedReply } from "./api/render.js";
export type { Config, RuleSetting, SeverityName } from "./config/types.js";
export type { LoadConfigOptions } from "./config/load.js";
export { catalogSources, loadCatalog, type Catalog, type CatalogSources } from "./catalog/load.js";
export { createLinter as createCatalogLinter, type LinterOptions as CatalogLinterOptions } from "./lint/engine.js";
export type { Finding, Fix, FindingSeverity, LintContext, LintResult, Linter } from "./lint/types.js";
export { toFileReport, formatJson, formatCompact, formatGithub, formatGithubSummary, type FileReport, type LintMessage, type FormatName } from "./lint/format.js";
export { formatSarif, type SarifOptions } from "./lint/format-sarif.js";
export { formatCheckstyle, formatJunit } from "./lint/format-xml.js";
export { RULES } from "./lint/rules/index.js";
export type { Rule, RuleMeta, RuleFinding, RuleContext, RuleSeverity, OptionSpec } from "./lint/rule.js";
export { routeComplaint, type RouteMatch } from "./route/route.js";
export type { Customer, Playbook } from "./playbook/types.js";
export type { PhraseList } from "./phrases/types.js";
export type { AgentInfo } from "./reply/context.js";
export { InputError, UsageError, type ErrorLocation } from "./core/errors.js";
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
