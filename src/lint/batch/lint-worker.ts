/**
 * A worker thread of a lint batch (./lint.ts): builds its own linter from what the batch sends
 * (the catalog, the rules, the context from flags), then lints the blocks it is given.
 */
import { workerData } from "node:worker_threads";
import type { PluginRef, RuleSetting } from "../../config/types.js";
import { loadPlugins } from "../plugins.js";
import type { Playbook } from "../../playbook/types.js";
import type { PhraseList } from "../../phrases/types.js";
import { createLinter } from "../engine.js";
import { MatcherFiles } from "../../catalog/cache.js";
import type { LintContext } from "../types.js";
import { lintBlockHandler } from "./lint-lines.js";
import { serveBlocks } from "./worker-host.js";

export interface LintWorkerSetup {
  phrases: Map<string, PhraseList>;
  playbooks: Playbook[];
  rules: Record<string, RuleSetting>;
  fallbackLocale: string;
  prefilter: Map<string, string> | undefined;
  expanded: Map<string, string> | undefined;
  /** Where the calling thread's compiled matchers are kept (catalog/cache.ts#MatcherFiles). */
  matchers: { snapshot: string; key: string } | undefined;
  base: LintContext;
  playbookIds: string[];
  fix: boolean;
  quiet: boolean;
  /** Plug-ins to load again here (a worker cannot receive functions). */
  plugins: PluginRef[];
}

const setup = workerData as LintWorkerSetup;
const plugins = setup.plugins.length ? await loadPlugins(setup.plugins) : undefined;
if (plugins && !plugins.ok) throw plugins.errors[0]!;
const linter = createLinter({
  phrases: setup.phrases,
  playbooks: setup.playbooks,
  rules: setup.rules,
  fallbackLocale: setup.fallbackLocale,
  ...(setup.prefilter && { prefilter: setup.prefilter }),
  ...(setup.expanded && { expanded: setup.expanded }),
  ...(setup.matchers && { matchers: new MatcherFiles(setup.matchers.snapshot, setup.matchers.key) }),
  ...(plugins?.ok && { plugins: plugins.value.rules }),
});
serveBlocks(lintBlockHandler(linter, { base: setup.base, playbookIds: new Set(setup.playbookIds), playbooks: setup.playbooks, fix: setup.fix, quiet: setup.quiet }));
