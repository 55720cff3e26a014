/**
 * Shared plumbing for commands: global options, the configuration and the catalog, loaded
 * once per run and only by the commands that need them.
 */
import type { Command } from "commander";
import { InputError } from "../core/errors.js";
import type { Config } from "../config/types.js";
import type { CachedLoadOptions } from "../catalog/cache.js";
import type { Catalog } from "../catalog/load.js";
import type { CliIO } from "./io.js";

export interface GlobalOptions {
  config?: string;
  debug?: boolean;
  color?: boolean;
}

export interface CommandContext {
  io: CliIO;
  globals(): GlobalOptions;
  /** The resolved configuration (cached for the run). */
  config(): Promise<Config>;
  /**
   * The whole catalog; fails with the first error when a playbook or list is broken. `templates:
   * false` (lint) may leave the templates out; the first call's choice holds for the run.
   */
  catalog(options?: CachedLoadOptions): Promise<Catalog>;
  /** Set by a command's action: the process exit code. */
  exitCode: number;
}

export function createContext(io: CliIO, program: Command): CommandContext {
  let config: Promise<Config> | undefined;
  let catalog: Promise<Catalog> | undefined;
  const ctx: CommandContext = {
    io,
    exitCode: 0,
    globals: () => program.opts<GlobalOptions>(),
    config() {
      config ??= import("../config/load.js").then(({ loadConfig }) => loadConfig({ cwd: io.cwd, configFile: ctx.globals().config, env: io.env }));
      return config;
    },
    catalog(options) {
      catalog ??= (async () => {
        const [{ loadCatalogCached }, cfg] = await Promise.all([import("../catalog/cache.js"), ctx.config()]);
        const result = await loadCatalogCached(cfg, io.env, options);
        if (!result.ok) throw result.errors[0] ?? new InputError("cannot load the playbooks");
        return result.value;
      })();
      return catalog;
    },
  };
  return ctx;
}
