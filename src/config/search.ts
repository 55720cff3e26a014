/**
 * Where a configuration is looked for, shared by the cheap existence check (load.ts, which
 * must stay light) and the real search through cosmiconfig (cosmic.ts): both import this, not
 * each other.
 */
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
