/**
 * Where the case log lives. It holds personal data (names, handles, what customers wrote),
 * so its folder is created 0700 and the file 0600 before SQLite ever opens it: SQLite gives
 * its -wal and -shm files the same permissions as the database file.
 */
import { closeSync, mkdirSync, openSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";

export const CASE_LOG_FILE = "cases.db";

/**
 * The data folder: REPLYBOOK_DATA_DIR, else the config's `data-dir`, else
 * $XDG_DATA_HOME/replybook, else ~/.local/share/replybook.
 */
export function resolveDataDir(config: Pick<Config, "dataDir">, env: NodeJS.ProcessEnv): string {
  const home = env.HOME || homedir();
  if (env.REPLYBOOK_DATA_DIR) return resolve(env.REPLYBOOK_DATA_DIR);
  if (config.dataDir) return resolve(config.dataDir);
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, "replybook");
  return join(home, ".local", "share", "replybook");
}

export function caseLogPath(config: Pick<Config, "dataDir">, env: NodeJS.ProcessEnv): string {
  return join(resolveDataDir(config, env), CASE_LOG_FILE);
}

/**
 * Creates the folder (0700) and an empty database file (0600) when they are missing. An
 * existing file keeps its mode: someone may have shared it with a group on purpose.
 */
export function ensureCaseLogFile(file: string, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw fsError(error, dir, "cannot create the data folder");
  }
  try {
    if (statSync(dir).isDirectory() === false) throw new InputError("the data folder is not a folder", { file: dir });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fsError(error, dir, "cannot read the data folder");
  }
  try {
    // "wx": create only if absent, so two terminals starting at once cannot both create it.
    closeSync(openSync(file, "wx", 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw fsError(error, file, "cannot create the case log");
  }
}

function fsError(error: unknown, file: string, what: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" ? "a parent is not a folder" : code ?? String(error);
  return new InputError(`${what} (${why}); set REPLYBOOK_DATA_DIR or data-dir in the config to a folder you can write to`, { file });
}
