/**
 * The configuration: the defaults when no config file can exist (a cheap check), else the
 * real search and resolution through cosmiconfig (./cosmic.ts, loaded only then).
 */
import { configFileMayExist } from "./exists.js";
import { resolveConfig } from "./resolve.js";
import { SEARCH_PLACES, type LoadConfigOptions } from "./search.js";
import type { Config } from "./types.js";

export { SEARCH_PLACES, type LoadConfigOptions };

export async function loadConfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  // Fast path: cosmiconfig, yaml and ajv cost ~30 ms to import, which is most of a one-reply
  // `replybook lint`. When no file cosmiconfig could find exists, the answer is the defaults.
  if (!options.configFile && !configFileMayExist({ cwd, stopDir: options.stopDir ?? env.REPLYBOOK_CONFIG_STOP_DIR, searchPlaces: SEARCH_PLACES, moduleName: "replybook" })) return resolveConfig([]);
  const { loadConfigWithCosmiconfig } = await import("./cosmic.js");
  return loadConfigWithCosmiconfig(options);
}
