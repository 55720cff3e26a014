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
  /**
   * Where the team's copy of replybook's docs folder is published, for the links in reports
   * (SARIF's helpUri, the GitHub job summary, the editor's "more about this rule"): rule pages
   * are `<docsUrl>/rules/<id>.md`, principles `<docsUrl>/principles.md#p4`. Default: the
   * docs folder on the project's repository page.
   */
  docsUrl?: string;
  record?: boolean;
  drill?: { results?: string };
  /** The team (src/team/agents.ts). */
  agents?: AgentConfig[];
  /** Customers ranked higher in the inbox (P15). */
  vip?: VipConfig;
  /** How the inbox hands out work. */
  inbox?: InboxConfig;
}

/** One member of the team, as the config says it. */
export interface AgentConfig {
  name: string;
  initials?: string;
  role?: string;
  /** "initials" (^AP), "name" (— Anna), "full" (— Anna Pace) or a literal signature line. */
  signature?: string;
  /** Playbook ids this agent answers (none: all). */
  skills?: string[];
  /** Locales this agent writes (none: all). */
  languages?: string[];
  /** "mon-fri 09:00-18:00", or a list of spans. */
  hours?: string | string[];
  /** IANA zone of the hours: Europe/Rome (default: the machine's). */
  timezone?: string;
}

export interface VipConfig {
  /** Handles or full names. */
  customers?: string[];
  /** A customer whose earlier cases ended with a thank-you at least this many times (default 2). */
  praised?: number;
  /** An imported complaint whose orders column is at least this (default 10). */
  orders?: number;
}

export interface InboxConfig {
  /** How long a claim by `next` holds: "30m" (default). */
  lease?: string;
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
  /** The base URL of the docs folder, when a config file sets one (ends with "/"). */
  docsUrl?: string;
  record: boolean;
  drill: { results?: string };
  agents?: AgentConfig[];
  vip?: VipConfig;
  inbox?: InboxConfig;
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
