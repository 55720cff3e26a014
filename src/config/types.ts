import type { AgentInfo } from "../reply/context.js";

export type SeverityName = "error" | "warn" | "off";
export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, Record<string, unknown>?];

/** What a config file may say (schema/config.schema.json), before extends and defaults. */
export interface ConfigFile {
  extends?: string | string[];
  agent?: Partial<AgentInfo> & { email?: string };
  brand?: string;
  locale?: string;
  channel?: string;
  playbooks?: string[];
  phrases?: string[];
  templates?: string[];
  rules?: Record<string, RuleSetting>;
  /** Plug-ins that add rules: package names or paths relative to the config file. */
  plugins?: string[];
  "data-dir"?: string;
  /** A shared case log on a PostgreSQL server: `{ url: "postgres://user@host/db?sslmode=verify-full" }`. */
  caseLog?: { url?: string };
  record?: boolean;
  drill?: { results?: string };
}

/**
 * The resolved configuration: extends applied, folders made absolute, defaults filled in.
 * `origins` says which file set each top-level key ("default" when none did).
 */
export interface Config {
  agent?: AgentInfo & { email?: string };
  brand: string;
  locale: string;
  channel?: string;
  playbooks: string[];
  phrases: string[];
  templates: string[];
  rules: Record<string, RuleSetting>;
  /** Plug-ins named by the config files, bases first, each with the folder it is found from. */
  plugins?: PluginRef[];
  dataDir?: string;
  /** The team's PostgreSQL case log, when one is configured (REPLYBOOK_DATABASE_URL wins over it). */
  caseLog?: { url: string };
  record: boolean;
  drill: { results?: string };
  /** Config files read, the one found first and then what it extends. */
  files: string[];
  origins: Record<string, string>;
}

/** A plug-in as a config file names it: a package name or a path, found from that file's folder. */
export interface PluginRef {
  /** "replybook-plugin-acme", "@acme/replybook-plugin", "./team/rules.js" */
  spec: string;
  /** The folder of the config file that names it. */
  from: string;
  /** The config file and key that name it, for errors. */
  where?: { file: string; keyPath: string };
}
