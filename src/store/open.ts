/**
 * The one place that decides which {@link CaseStore} the commands get. Today it is always the
 * embedded SQLite file; a shared server database is one more branch here (chosen from the
 * config or the environment) and one more class implementing CaseStore, and no command
 * changes.
 */
import type { Config } from "../config/types.js";
import { caseLogPath } from "./paths.js";
import { openSqliteCaseStore } from "./sqlite.js";
import type { CaseStore } from "./types.js";

export interface OpenCaseStoreOptions {
  /** How long a writer waits for another one, in ms (default 10000). */
  busyTimeoutMs?: number;
}

/**
 * Opens the team's case log, creating and migrating it when needed.
 * Throws an InputError (one line, exit 2) for a log it cannot use: not a database, written
 * by a newer replybook, a folder it cannot write.
 *
 * @example
 *   const store = await openCaseStore(config, process.env);
 *   try { return await store.listCases({ customer: "laura" }); } finally { await store.close(); }
 */
export async function openCaseStore(config: Pick<Config, "dataDir">, env: NodeJS.ProcessEnv = process.env, options: OpenCaseStoreOptions = {}): Promise<CaseStore> {
  return openSqliteCaseStore(caseLogPath(config, env), options);
}

/** Runs `fn` with an open store and closes it afterwards, whatever happens. */
export async function withCaseStore<T>(config: Pick<Config, "dataDir">, env: NodeJS.ProcessEnv, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openCaseStore(config, env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
