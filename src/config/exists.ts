/**
 * Could cosmiconfig find a config file? A cheap, synchronous, conservative answer, so that the
 * common case (no config anywhere) skips importing cosmiconfig, yaml and ajv (~30 ms of a
 * one-reply `replybook lint`). This module must stay free of heavy imports: node built-ins only.
 *
 * It mirrors cosmiconfig 9's "global" search (src/config/cosmic.ts): every search place in cwd
 * and each parent up to stopDir (default: the home folder), then the global config folder
 * (env-paths' config dir for the module, no suffix). It also looks for cosmiconfig's own
 * meta config in process.cwd(). Any doubt (a file exists, package.json that does not parse or
 * has a "replybook"/"cosmiconfig" key) answers true and the real search runs.
 */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";

const GLOBAL_PLACES = ["config", "config.json", "config.yaml", "config.yml", "config.js", "config.ts", "config.cjs", "config.mjs"];
const META_PLACES = ["package.yaml", ".config/config.json", ".config/config.yaml", ".config/config.yml", ".config/config.js", ".config/config.ts", ".config/config.cjs", ".config/config.mjs"];

export interface ConfigSearch {
  cwd: string;
  stopDir?: string;
  searchPlaces: readonly string[];
  moduleName: string;
}

export function configFileMayExist(search: ConfigSearch): boolean {
  try {
    const start = resolve(search.cwd);
    const stopDir = resolve(search.stopDir ?? homedir());
    for (const dir of searchDirs(start, stopDir)) {
      for (const place of search.searchPlaces) {
        const file = join(dir, place);
        if (!existsSync(file)) continue;
        if (place !== "package.json" || packageJsonHas(file, search.moduleName)) return true;
      }
    }
    const globalDir = globalConfigDir(search.moduleName);
    if (GLOBAL_PLACES.some((place) => existsSync(join(globalDir, place)))) return true;
    // cosmiconfig's meta config (package.json#cosmiconfig, .config/config.*) in process.cwd().
    const here = process.cwd();
    if (META_PLACES.some((place) => existsSync(join(here, place)))) return true;
    const pkg = join(here, "package.json");
    if (existsSync(pkg) && packageJsonHas(pkg, "cosmiconfig")) return true;
    return false;
  } catch {
    return true;
  }
}

/** cwd, then each parent until stopDir (included) or the root: cosmiconfig's getGlobalDirs. */
function searchDirs(start: string, stopDir: string): string[] {
  const dirs = [start];
  let current = start;
  while (current !== stopDir) {
    const parent = dirname(current);
    if (parent === current) break;
    dirs.push(parent);
    current = parent;
  }
  return dirs;
}

/** env-paths(name, { suffix: "" }).config, which reads process.env. */
function globalConfigDir(name: string): string {
  const home = homedir();
  if (process.platform === "darwin") return join(home, "Library", "Preferences", name);
  if (process.platform === "win32") return join(process.env.APPDATA || join(home, "AppData", "Roaming"), name, "Config");
  return join(process.env.XDG_CONFIG_HOME || join(home, ".config"), name);
}

/** true unless the file is JSON whose top level has no `key` (a parse failure means: let cosmiconfig report it). */
function packageJsonHas(file: string, key: string): boolean {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return value === null || typeof value !== "object" || Object.hasOwn(value, key);
  } catch {
    return true;
  }
}
