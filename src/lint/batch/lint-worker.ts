/**
 * A worker thread of a lint batch (./lint.ts): builds its own linter from what the batch sends
 * (the catalog, the rules, the context from flags), then lints the blocks it is given.
 */
import { workerData } from "node:worker_threads";
import type { RuleSetting } from "../../config/types.js";
import type { Playbook } from "../../playbook/types.js";
import type { PhraseList } from "../../phrases/types.js";
import { createLinter } from "../engine.js";
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
  base: LintContext;
  playbookIds: string[];
  fix: boolean;
  quiet: boolean;
}

const setup = workerData as LintWorkerSetup;
const linter = createLinter({
  phrases: setup.phrases,
  playbooks: setup.playbooks,
  rules: setup.rules,
  fallbackLocale: setup.fallbackLocale,
  ...(setup.prefilter && { prefilter: setup.prefilter }),
  ...(setup.expanded && { expanded: setup.expanded }),
});
serveBlocks(lintBlockHandler(linter, { base: setup.base, playbookIds: new Set(setup.playbookIds), playbooks: setup.playbooks, fix: setup.fix, quiet: setup.quiet }));
