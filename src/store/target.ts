/**
 * Which case log a command uses: the team's PostgreSQL server when REPLYBOOK_DATABASE_URL or
 * the config's `caseLog.url` names one (the environment wins, like REPLYBOOK_DATA_DIR), else
 * the SQLite file in the data folder. Passwords never leave this module in a description.
 */
import type { Config } from "../config/types.js";
import { InputError } from "../core/errors.js";
import { caseLogPath } from "./paths.js";

export type CaseLogTarget =
  | { kind: "sqlite"; file: string }
  | {
      kind: "postgres";
      url: string;
      /** Where the URL came from: "REPLYBOOK_DATABASE_URL" or the config file that set it. */
      origin: string;
    };

export function caseLogTarget(config: Partial<Pick<Config, "caseLog" | "origins">> & Pick<Config, "dataDir">, env: NodeJS.ProcessEnv): CaseLogTarget {
  const fromEnv = env.REPLYBOOK_DATABASE_URL?.trim();
  if (fromEnv) return { kind: "postgres", url: checkUrl(fromEnv, "REPLYBOOK_DATABASE_URL"), origin: "REPLYBOOK_DATABASE_URL" };
  const fromConfig = config.caseLog?.url?.trim();
  if (fromConfig) {
    const origin = config.origins?.caseLog ?? "config";
    return { kind: "postgres", url: checkUrl(fromConfig, "caseLog.url", origin), origin };
  }
  return { kind: "sqlite", file: caseLogPath(config, env) };
}

/** A connection URL that names a PostgreSQL server, or an InputError naming where it came from. */
export function checkUrl(url: string, key: string, file?: string): string {
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new InputError(`"${redactUrl(url)}" is not a PostgreSQL URL (postgres://user@host:5432/db)`, { keyPath: key, ...(file && { file }) });
  try {
    new URL(url);
  } catch {
    throw new InputError("is not a valid URL (special characters in the user name or password must be percent-encoded)", { keyPath: key, ...(file && { file }) });
  }
  return url;
}

/**
 * The URL without its password (user info and `password=` parameter), for messages, `replybook
 * config` and `db status`. Anything that does not parse is hidden whole rather than risked.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    for (const key of [...u.searchParams.keys()]) if (/pass|secret|key$/i.test(key)) u.searchParams.set(key, "***");
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@").replace(/(password|sslpassword)=[^&]*/gi, "$1=***");
  }
}

/** "SQLite /home/ann/.local/share/replybook/cases.db" or "PostgreSQL postgres://rb@db.example/cases (from REPLYBOOK_DATABASE_URL)". */
export function describeTarget(target: CaseLogTarget): string {
  return target.kind === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redactUrl(target.url)} (from ${target.origin})`;
}
