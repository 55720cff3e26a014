/**
 * The package's high-level API: a linter, a router and a renderer over the configuration and
 * the catalog, loaded once. What `replybook lint`, `route` and `draft` do, without a terminal.
 *
 * @example
 *   import { createLinter, lint, route } from "replybook";
 *   const result = await lint("Dear customer, we apologise for any inconvenience.", { customer: "Laura Bianchi", channel: "x" });
 *   result.findings.map((f) => f.ruleId); // ["address-customer", "no-canned-phrase", ...]
 *
 *   const linter = await createLinter({ cwd: "/path/to/team", rules: { "max-length": "off" } });
 *   linter.lint(text, { playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" });
 *   (await route("il pacco è arrivato rotto"))[0]?.id; // "parcel-damaged"
 *
 * Nothing here prints or exits. Expected failures (a broken playbook, an unknown rule in the
 * config) are thrown as {@link InputError}s naming the file, line, column and key.
 */
import { InputError } from "../core/errors.js";
import type { Catalog } from "../catalog/load.js";
import { loadConfig } from "../config/load.js";
import { openCatalog } from "./load.js";
import { renderReplyWith, type RenderReplyOptions, type RenderedReply } from "./render.js";
import type { Config, RuleSetting } from "../config/types.js";
import { createLinter as createEngine } from "../lint/engine.js";
import { toFileReport, type FileReport } from "../lint/format.js";
import { customerOf } from "../lint/names.js";
import { pluginRulesFor } from "../lint/plugins.js";
import type { LintContext, LintResult, Linter } from "../lint/types.js";
import type { Customer, Playbook } from "../playbook/types.js";
import { routeComplaint, type RouteMatch } from "../route/route.js";

/**
 * Where a reply stands, in the friendly form: names as strings are accepted where the engine
 * wants objects. The same fields as the CLI's flags (`--playbook`, `--customer`, `--handle`,
 * `--agent`, `--locale`, `--channel`, `--now`).
 *
 * @example
 *   { playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario", channel: "x", locale: "en" }
 */
export interface ContextInput extends Omit<LintContext, "customer" | "playbook"> {
  /** A playbook id ("parcel-damaged", looked up in the reply's locale) or a loaded playbook. */
  playbook?: string | Playbook;
  /** The customer's name ("Laura Bianchi"), or `{ name, handle, title }`. */
  customer?: string | Customer;
  /** The customer's handle ("@laurab"), when `customer` is a name or absent. */
  handle?: string;
}

/** What {@link createLinter} needs; all optional: the configuration found from `cwd` and the shipped catalog by default. */
export interface CreateLinterOptions {
  /** Where the configuration search starts. Default: process.cwd(). */
  cwd?: string;
  /** A config file to read instead of searching (`--config`). */
  configFile?: string;
  /** Where the upward config search stops. Default: the home folder. */
  stopDir?: string;
  /** A resolved configuration, to skip the search altogether. */
  config?: Config;
  /** A loaded catalog, to share one between linters (see {@link openCatalog}). */
  catalog?: Catalog;
  /** Rule settings over the config's, like `--rule`: `{ "max-length": ["warn", { x: 280 }] }`. */
  rules?: Record<string, RuleSetting>;
}

/** A linter over a loaded configuration and catalog; `lint` is synchronous from here on. */
export interface ReplyLinter {
  /** Lints one reply; the result's findings carry the rule id, severity, range, message and suggestion. */
  lint(text: string, context?: ContextInput): LintResult;
  /** The same, as an ESLint-shaped result (`replybook lint --format json`): lines and columns, 1 and 2 for severity. */
  lintToReport(text: string, context?: ContextInput & { filePath?: string }): FileReport;
  /** The configuration and catalog it uses. */
  readonly config: Config;
  readonly catalog: Catalog;
}

/** Turns the friendly context into the engine's. */
export function toLintContext(context: ContextInput = {}, config?: Config): LintContext {
  const { playbook, customer, handle, ...rest } = context;
  const out: LintContext = { ...rest };
  if (typeof playbook === "string") out.playbookId = playbook;
  else if (playbook) out.playbook = playbook;
  const who = typeof customer === "string" || customer === undefined ? customerOf(customer, handle, undefined) : handle ? { ...customer, handle } : customer;
  if (who) out.customer = who;
  if (out.agent === undefined && config?.agent?.name) {
    out.agent = config.agent.name;
    if (out.agentInitials === undefined && config.agent.initials) out.agentInitials = config.agent.initials;
  }
  if (out.channel === undefined && config?.channel) out.channel = config.channel;
  return out;
}

/**
 * A linter with the team's configuration and catalog loaded.
 *
 * @example
 *   const linter = await createLinter({ rules: { "show-empathy": "error" } });
 *   const { errorCount } = linter.lint(reply, { playbook: "late-delivery", customer: "@laurab" });
 */
export async function createLinter(options: CreateLinterOptions = {}): Promise<ReplyLinter> {
  const config = options.config ?? (await loadConfig({ ...(options.cwd && { cwd: options.cwd }), ...(options.configFile && { configFile: options.configFile }), ...(options.stopDir && { stopDir: options.stopDir }) }));
  const catalog = options.catalog ?? (await openCatalog(config));
  const plugins = await pluginRulesFor(config);
  const engine: Linter = createEngine({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: { ...config.rules, ...options.rules }, fallbackLocale: config.locale, ...(plugins && { plugins }) });
  const lintOne = (text: string, context?: ContextInput): LintResult => {
    if (typeof text !== "string") throw new InputError("the reply must be a string");
    const resolved = toLintContext(context, config);
    if (resolved.playbookId && !catalog.playbooks.some((p) => p.id === resolved.playbookId)) {
      throw new InputError(`unknown playbook "${resolved.playbookId}"`, { keyPath: "playbook" });
    }
    return engine.lint(text, resolved);
  };
  return {
    config,
    catalog,
    lint: lintOne,
    lintToReport(text, context = {}) {
      const { filePath = "<text>", ...rest } = context;
      return toFileReport(filePath, text, lintOne(text, rest));
    },
  };
}

const shared = new Map<string, Promise<ReplyLinter>>();

/** The linter for a working folder, made once and kept (the catalog takes most of the time). */
function linterFor(cwd: string): Promise<ReplyLinter> {
  let linter = shared.get(cwd);
  if (!linter) {
    linter = createLinter({ cwd });
    linter.catch(() => shared.delete(cwd));
    shared.set(cwd, linter);
  }
  return linter;
}

/**
 * Lints one reply with the configuration found from `context.cwd` (default: the working
 * folder); the configuration and catalog are loaded on the first call and kept.
 *
 * @example
 *   const { findings, errorCount } = await lint("Dear customer, ...", { customer: "Laura Bianchi", channel: "x" });
 */
export async function lint(text: string, context: ContextInput & { cwd?: string } = {}): Promise<LintResult> {
  const { cwd = process.cwd(), ...rest } = context;
  return (await linterFor(cwd)).lint(text, rest);
}

/**
 * Ranks the playbooks whose triggers match a complaint, best first, with the words that matched.
 *
 * @example
 *   (await route("my parcel arrived smashed"))[0]; // { id: "parcel-damaged", locale: "en", score: 5, matched: [...] }
 */
export async function route(text: string, options: { locale?: string; cwd?: string; catalog?: Catalog } = {}): Promise<RouteMatch[]> {
  const catalog = options.catalog ?? (await linterFor(options.cwd ?? process.cwd())).catalog;
  return routeComplaint(text, catalog.playbooks, options.locale ? { locale: options.locale } : {});
}

/**
 * Renders a reply from a playbook's template, with the configuration's agent and brand by
 * default; see {@link RenderReplyOptions}.
 *
 * @example
 *   const { reply } = await renderReply({ playbook: "parcel-damaged", example: true, agent: "Dario" });
 */
export async function renderReply(options: RenderReplyOptions & { cwd?: string }): Promise<RenderedReply> {
  const { cwd = process.cwd(), ...rest } = options;
  const { config, catalog } = await linterFor(cwd);
  return renderReplyWith(catalog, { ...(config.agent && { agent: config.agent }), brand: config.brand }, rest);
}
