/** Folding a chain of config files (bases first) over the defaults. No heavy imports: the fast path uses it. */
import { dirname, resolve } from "node:path";
import type { Config, ConfigFile } from "./types.js";

const DEFAULTS = { brand: "Customer Care", locale: "en", record: true } as const;

/** Base configs first, then the ones that extend them: later wins; folder lists add up. */
export function resolveConfig(chain: Array<{ file: string; config: ConfigFile }>): Config {
  const out: Config = { brand: DEFAULTS.brand, locale: DEFAULTS.locale, record: DEFAULTS.record, playbooks: [], phrases: [], templates: [], rules: {}, drill: {}, files: [], origins: {} };
  for (const key of ["brand", "locale", "record", "playbooks", "phrases", "templates", "rules", "agent", "channel", "data-dir", "caseLog", "docsUrl", "drill", "agents", "vip", "inbox"]) out.origins[key] = "default";
  for (const { file, config } of chain) {
    const dir = dirname(file);
    const abs = (p: string) => resolve(dir, p);
    if (config.agent) {
      out.agent = { ...(out.agent ?? { name: "" }), ...config.agent } as Config["agent"];
      out.origins.agent = file;
    }
    if (config.brand !== undefined) [out.brand, out.origins.brand] = [config.brand, file];
    if (config.locale !== undefined) [out.locale, out.origins.locale] = [config.locale, file];
    if (config.channel !== undefined) [out.channel, out.origins.channel] = [config.channel, file];
    if (config.record !== undefined) [out.record, out.origins.record] = [config.record, file];
    if (config["data-dir"] !== undefined) [out.dataDir, out.origins["data-dir"]] = [abs(config["data-dir"]), file];
    if (config.caseLog?.url !== undefined) [out.caseLog, out.origins.caseLog] = [{ url: config.caseLog.url }, file];
    if (config.docsUrl !== undefined) [out.docsUrl, out.origins.docsUrl] = [config.docsUrl.endsWith("/") ? config.docsUrl : `${config.docsUrl}/`, file];
    if (config.drill?.results !== undefined) [out.drill, out.origins.drill] = [{ results: abs(config.drill.results) }, file];
    for (const key of ["playbooks", "phrases", "templates"] as const) {
      if (config[key]?.length) {
        out[key] = [...out[key], ...config[key]!.map(abs)];
        out.origins[key] = file;
      }
    }
    if (config.agents !== undefined) [out.agents, out.origins.agents] = [config.agents, file];
    if (config.vip !== undefined) [out.vip, out.origins.vip] = [{ ...out.vip, ...config.vip }, file];
    if (config.inbox !== undefined) [out.inbox, out.origins.inbox] = [{ ...out.inbox, ...config.inbox }, file];
    if (config.rules) {
      out.rules = { ...out.rules, ...config.rules };
      out.origins.rules = file;
    }
    if (config.plugins?.length) {
      // Bases first; a plug-in named twice (a base and the file extending it) loads once.
      const named = new Set((out.plugins ?? []).map((p) => p.spec));
      const added = config.plugins.map((spec, i) => ({ spec, from: dir, where: { file, keyPath: `plugins[${i}]` } })).filter((p) => !named.has(p.spec));
      out.plugins = [...(out.plugins ?? []), ...added];
      out.origins.plugins = file;
    }
  }
  if (out.agent && !out.agent.name) delete out.agent;
  out.files = chain.map((c) => c.file).reverse();
  return out;
}

