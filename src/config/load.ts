/**
 * Finding and resolving the configuration with cosmiconfig: .replybookrc (YAML or JSON),
 * .replybookrc.{json,yaml,yml}, replybook.config.{js,mjs,cjs}, package.json#replybook, or
 * --config <file>. YAML and JSON files go through replybook's own YAML reader so that every
 * mistake is reported with file, line, column and key; `extends` chains are followed
 * (paths or npm packages) and a cycle is an error.
 */
import { configFileMayExist } from "./exists.js";
import { resolveConfig } from "./resolve.js";
import type { Config } from "./types.js";

export const SEARCH_PLACES = [
  "package.json",
  ".replybookrc",
  ".replybookrc.json",
  ".replybookrc.yaml",
  ".replybookrc.yml",
  "replybook.config.js",
  "replybook.config.mjs",
  "replybook.config.cjs",
];

export interface LoadConfigOptions {
  cwd?: string;
  /** --config <file>: skip the search. */
  configFile?: string;
  /** Where the upward search stops (tests pin it). Default: REPLYBOOK_CONFIG_STOP_DIR or the home folder. */
  stopDir?: string;
  env?: NodeJS.ProcessEnv;
}


export async function loadConfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  // Fast path: cosmiconfig, yaml and ajv cost ~30 ms to import, which is most of a one-reply
  // `replybook lint`. When no file cosmiconfig could find exists, the answer is the defaults.
  if (!options.configFile && !configFileMayExist({ cwd, stopDir: options.stopDir ?? env.REPLYBOOK_CONFIG_STOP_DIR, searchPlaces: SEARCH_PLACES, moduleName: "replybook" })) return resolveConfig([]);
  const { loadConfigWithCosmiconfig } = await import("./cosmic.js");
  return loadConfigWithCosmiconfig(options);
}
