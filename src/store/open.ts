/**
 * The one place that decides which {@link CaseStore} the commands get: the team's PostgreSQL
 * server when REPLYBOOK_DATABASE_URL or `caseLog.url` names one, else the embedded SQLite file
 * in the data folder (src/store/target.ts). No command knows which one it talks to.
 */
import type { Config } from "../config/types.js";
import { openSqliteCaseStore } from "./sqlite.js";
import { caseLogTarget, type CaseLogTarget } from "./target.js";
import type { CaseStore } from "./types.js";

export interface OpenCaseStoreOptions {
  /** How long a SQLite writer waits for another one, in ms (default 10000). */
  busyTimeoutMs?: number;
  /** Apply missing migrations on open (default true). `db status` looks without changing anything. */
  migrate?: boolean;
}

type StoreConfig = Pick<Config, "dataDir" | "caseLog" | "origins">;

/**
 * Opens the team's case log, creating and migrating it when needed.
 * Throws an InputError (one line, exit 2) for a log it cannot use: not a database, written
 * by a newer replybook, a folder it cannot write or on a network drive, a server it cannot reach.
 *
 * @example
 *   const store = await openCaseStore(config, process.env);
 *   try { return await store.listCases({ customer: "laura" }); } finally { await store.close(); }
 */
export async function openCaseStore(config: StoreConfig | Pick<Config, "dataDir">, env: NodeJS.ProcessEnv = process.env, options: OpenCaseStoreOptions = {}): Promise<CaseStore> {
  return openTarget(caseLogTarget(config, env), options);
}

/** Opens a given target: the configured one, or the other end of `db copy`. */
export async function openTarget(target: CaseLogTarget, options: OpenCaseStoreOptions = {}): Promise<CaseStore> {
  if (target.kind === "sqlite") return openSqliteCaseStore(target.file, options);
  // Loaded only for a team log: one-person setups never load the PostgreSQL client.
  const { openPostgresCaseStore } = await import("./postgres.js");
  return openPostgresCaseStore(target.url, options);
}

/** Runs `fn` with an open store and closes it afterwards, whatever happens. */
export async function withCaseStore<T>(config: StoreConfig | Pick<Config, "dataDir">, env: NodeJS.ProcessEnv, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openCaseStore(config, env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
