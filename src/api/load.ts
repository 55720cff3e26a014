/**
 * Loading what a linter or a renderer needs, with errors thrown rather than returned: the
 * configuration, the catalog (shipped plus configured), one playbook, one phrase list.
 *
 * @example
 *   const playbook = await loadPlaybook("team/playbooks/en/parcel-damaged.yaml");
 *   const phrases = await loadPhraseList("team/phrases/en.yaml");
 */
import { catalogSources, loadCatalog, type Catalog } from "../catalog/load.js";
import { loadConfig, type LoadConfigOptions } from "../config/load.js";
import type { Config } from "../config/types.js";
import { loadPhraseListFile } from "../phrases/load.js";
import type { PhraseList } from "../phrases/types.js";
import { loadPlaybookFile } from "../playbook/load.js";
import type { Playbook } from "../playbook/types.js";

/** The resolved configuration found from `cwd` (cosmiconfig); the defaults when there is none. */
export async function loadReplybookConfig(options: LoadConfigOptions = {}): Promise<Config> {
  return loadConfig(options);
}

/**
 * The shipped playbooks, phrase lists and templates, overridden and extended by the folders the
 * configuration names (the configuration found from the working folder when none is given).
 */
export async function openCatalog(config?: Pick<Config, "playbooks" | "phrases" | "templates">): Promise<Catalog> {
  const loaded = await loadCatalog(catalogSources(config ?? (await loadConfig())));
  if (!loaded.ok) throw loaded.errors[0]!;
  return loaded.value;
}

/** One playbook file (`schema/playbook.schema.json`), checked; throws an InputError with file:line:column and key. */
export async function loadPlaybook(file: string): Promise<Playbook> {
  const loaded = await loadPlaybookFile(file, file);
  if (!loaded.ok) throw loaded.errors[0]!;
  return loaded.value;
}

/** One phrase list (`schema/phrases.schema.json`), checked; throws an InputError with file:line:column and key. */
export async function loadPhraseList(file: string): Promise<PhraseList> {
  const loaded = await loadPhraseListFile(file);
  if (!loaded.ok) throw loaded.errors[0]!;
  return loaded.value;
}
