/**
 * Plug-in rules: `plugins: ["replybook-plugin-acme", "./team/rules.js"]` in the config adds
 * rules in the same shape as the built-in ones (metadata plus `check`), under the plug-in's
 * namespace: `acme/no-competitor-names`. Their severities and options come from the config's
 * `rules` like any other rule's.
 *
 * A plug-in is an ES module (a package, a folder with a package.json, or a file) whose default
 * export, or the module itself, is `{ rules: { "<id>": { meta, check } }, namespace? }`.
 * The namespace is `namespace` when given, else the package name with `replybook-plugin-`
 * dropped ("replybook-plugin-acme" -> "acme", "@acme/replybook-plugin" -> "@acme",
 * "@acme/replybook-plugin-x" -> "@acme/x"), else the file's name.
 *
 * @example
 *   // replybook-plugin-acme/index.js
 *   export default {
 *     rules: {
 *       "no-competitor-names": {
 *         meta: { description: "Replies do not name competitors", principle: "P8", defaultSeverity: "warn",
 *                 options: { names: { type: "string[]", default: ["Globex"], description: "names to flag" } },
 *                 messages: { named: "\"{{name}}\" names a competitor" } },
 *         check(reply, context) { ... return [{ messageId: "named", start, end, data: { name } }]; },
 *       },
 *     },
 *   };
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { PluginRef } from "../config/types.js";
import { InputError, type Result } from "../core/errors.js";
import { importModule } from "../core/import-module.js";
import type { Rule, RuleMeta } from "./rule.js";
import { RULES } from "./rules/index.js";

export type { PluginRef };

export interface LoadedPlugin {
  namespace: string;
  /** The file the plug-in was loaded from. */
  file: string;
  rules: Rule[];
}

/** Loads every plug-in; the rules come back under their namespaced ids, in config order. */
export async function loadPlugins(refs: readonly PluginRef[]): Promise<Result<{ plugins: LoadedPlugin[]; rules: Map<string, Rule> }>> {
  const errors: InputError[] = [];
  const plugins: LoadedPlugin[] = [];
  const rules = new Map<string, Rule>();
  for (const ref of refs) {
    const where = ref.where ?? { keyPath: "plugins" };
    const located = locatePlugin(ref);
    if (typeof located === "string") {
      errors.push(new InputError(located, where));
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = await importModule<Record<string, unknown>>(pathToFileURL(located.file).href);
    } catch (error) {
      errors.push(new InputError(`plug-in "${ref.spec}" failed to load (${located.file}): ${(error as Error).message}`, where));
      continue;
    }
    const plugin = (mod.default && typeof mod.default === "object" ? mod.default : mod) as { rules?: unknown; namespace?: unknown };
    const namespace = typeof plugin.namespace === "string" && plugin.namespace ? plugin.namespace : located.namespace;
    if (!plugin.rules || typeof plugin.rules !== "object") {
      errors.push(new InputError(`plug-in "${ref.spec}" exports no rules: expected { rules: { "<id>": { meta, check } } } (${located.file})`, where));
      continue;
    }
    const loaded: Rule[] = [];
    for (const [name, raw] of Object.entries(plugin.rules as Record<string, unknown>)) {
      const id = `${namespace}/${name}`;
      const problem = ruleProblem(raw);
      if (problem) {
        errors.push(new InputError(`plug-in rule "${id}": ${problem} (${located.file})`, where));
        continue;
      }
      if (RULES.has(id) || rules.has(id)) {
        errors.push(new InputError(`plug-in rule "${id}" is defined twice`, where));
        continue;
      }
      const def = raw as { meta: RuleMeta; check: Rule["check"] };
      const rule: Rule = { id, meta: { ...def.meta, options: def.meta.options ?? {}, messages: def.meta.messages ?? {} }, check: def.check.bind(def) };
      rules.set(id, rule);
      loaded.push(rule);
    }
    plugins.push({ namespace, file: located.file, rules: loaded });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { plugins, rules } };
}

/** What is wrong with a rule definition, in words, or undefined. */
export function ruleProblem(raw: unknown): string | undefined {
  if (!raw || typeof raw !== "object") return "expected { meta, check }";
  const { meta, check } = raw as { meta?: Partial<RuleMeta>; check?: unknown };
  if (typeof check !== "function") return "check must be a function (reply, context) => findings";
  if (!meta || typeof meta !== "object") return "meta is missing";
  if (typeof meta.description !== "string" || !meta.description) return "meta.description must be a sentence";
  if (!["error", "warn", "off"].includes(meta.defaultSeverity as string)) return "meta.defaultSeverity must be error, warn or off";
  if (meta.principle !== undefined && !/^P([1-9]|1[0-7])$/.test(meta.principle)) return `meta.principle must be one of P1 to P17, not "${meta.principle}"`;
  if (meta.options !== undefined && (typeof meta.options !== "object" || meta.options === null)) return "meta.options must be an object of option specs";
  if (meta.messages !== undefined && (typeof meta.messages !== "object" || meta.messages === null)) return "meta.messages must be an object of message templates";
  return undefined;
}

/** The file to import and the namespace its name gives, or a problem in words. */
function locatePlugin(ref: PluginRef): { file: string; namespace: string } | string {
  const { spec } = ref;
  if (spec.startsWith(".") || isAbsolute(spec)) {
    const path = resolve(ref.from, spec);
    if (!existsSync(path)) return `plug-in "${spec}" not found: no such file or folder ${path}`;
    if (statSync(path).isDirectory()) {
      const entry = packageEntry(path);
      if (!entry) return `plug-in "${spec}": ${path} has no package.json "exports" or "main", and no index.js`;
      return { file: entry.file, namespace: namespaceOf(entry.name ?? basename(path)) };
    }
    return { file: path, namespace: namespaceOf(basename(path, extname(path))) };
  }
  // A package: looked up in node_modules from the config's folder upwards, as Node would.
  for (let dir = ref.from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", spec);
    if (existsSync(join(candidate, "package.json"))) {
      const entry = packageEntry(candidate);
      if (!entry) return `plug-in "${spec}": its package.json has no "exports" or "main" (${candidate})`;
      return { file: entry.file, namespace: namespaceOf(spec) };
    }
    if (dirname(dir) === dir) break;
  }
  return `plug-in "${spec}" not found: install it (npm install --save-dev ${spec}) or give a path (./...)`;
}

/** A package folder's ES module entry: exports["."] (import, then default), then main, then index.js. */
function packageEntry(dir: string): { file: string; name?: string } | undefined {
  const manifestFile = join(dir, "package.json");
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, "utf8")) as { name?: string; exports?: unknown; main?: string }) : {};
  const pick = (value: unknown): string | undefined => {
    if (typeof value === "string") return value;
    if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      return pick(v["."]) ?? pick(v.import) ?? pick(v.node) ?? pick(v.default);
    }
    return undefined;
  };
  const rel = pick(manifest.exports) ?? manifest.main ?? "index.js";
  const file = resolve(dir, rel);
  if (!existsSync(file)) return undefined;
  return { file, ...(manifest.name && { name: manifest.name }) };
}

/** "replybook-plugin-acme" -> "acme"; "@acme/replybook-plugin" -> "@acme"; "@acme/replybook-plugin-x" -> "@acme/x". */
export function namespaceOf(name: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    const rest = scoped[2]!.replace(/^replybook-plugin-?/, "");
    return rest ? `${scoped[1]}/${rest}` : scoped[1]!;
  }
  return name.replace(/^replybook-plugin-/, "");
}

/** The rules of the plug-ins a configuration names, or undefined when it names none; throws the first problem. */
export async function pluginRulesFor(config: { plugins?: PluginRef[] | undefined }): Promise<ReadonlyMap<string, Rule> | undefined> {
  if (!config.plugins?.length) return undefined;
  const loaded = await loadPlugins(config.plugins);
  if (!loaded.ok) throw loaded.errors[0]!;
  return loaded.value.rules;
}
