/**
 * Finding and resolving the configuration with cosmiconfig: .replybookrc (YAML or JSON),
 * .replybookrc.{json,yaml,yml}, replybook.config.{js,mjs,cjs}, package.json#replybook, or
 * --config <file>. YAML and JSON files go through replybook's own YAML reader so that every
 * mistake is reported with file, line, column and key; `extends` chains are followed
 * (paths or npm packages) and a cycle is an error.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cosmiconfig, type Loader } from "cosmiconfig";
import { InputError, type ErrorLocation } from "../core/errors.js";
import { validateAgainstSchema } from "../schema/validate.js";
import { decodeText, describeFsError, MAX_YAML_BYTES, parseYaml, type YamlSource } from "../yaml/read.js";
import type { Config, ConfigFile } from "./types.js";
import { SEARCH_PLACES, type LoadConfigOptions } from "./search.js";
import { resolveConfig } from "./resolve.js";
import { importModule } from "../core/import-module.js";

export async function loadConfigWithCosmiconfig(options: LoadConfigOptions = {}): Promise<Config> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const sources = new Map<string, YamlSource>();
  const yamlLoader: Loader = (filepath) => {
    // cosmiconfig hands over the file already decoded (NUL bytes kept, bad UTF-8 replaced):
    // decode it again with the checks every other YAML file gets.
    const bytes = readFileSync(filepath);
    if (bytes.length > MAX_YAML_BYTES) throw new InputError(`file is too large (${bytes.length} bytes; the limit is ${MAX_YAML_BYTES})`, { file: filepath });
    const text = decodeText(bytes, filepath);
    if (!text.ok) throw text.errors[0];
    const parsed = parseYaml(text.value, filepath);
    if (!parsed.ok) throw parsed.errors[0];
    sources.set(filepath, parsed.value);
    return parsed.value.value;
  };
  const explorer = cosmiconfig("replybook", {
    searchPlaces: SEARCH_PLACES,
    loaders: { ".json": yamlLoader, ".yaml": yamlLoader, ".yml": yamlLoader, noExt: yamlLoader, ".js": jsLoader, ".mjs": jsLoader, ".cjs": jsLoader },
    stopDir: options.stopDir ?? env.REPLYBOOK_CONFIG_STOP_DIR ?? homedir(),
    searchStrategy: "global",
    cache: false,
  });

  const load = async (file: string) => {
    try {
      return await explorer.load(file);
    } catch (error) {
      throw asConfigError(error, file);
    }
  };

  let first: { config: unknown; filepath: string } | null;
  if (options.configFile) {
    first = await load(resolve(cwd, options.configFile));
    if (!first || (first as { isEmpty?: boolean }).isEmpty) throw new InputError("the config file is empty", { file: options.configFile, line: 1, column: 1 });
  } else {
    try {
      first = await explorer.search(cwd);
    } catch (error) {
      throw asConfigError(error, undefined);
    }
  }

  const chain: Array<{ file: string; config: ConfigFile }> = [];
  const visit = async (file: string, config: unknown, stack: string[]) => {
    const checked = validateConfig(config, file, sources.get(file));
    const parents = checked.extends === undefined ? [] : Array.isArray(checked.extends) ? checked.extends : [checked.extends];
    for (const [i, parent] of parents.entries()) {
      // Problems with `extends` point at the entry that names the file, in the file that names it.
      const where = extendsPosition(file, sources.get(file), Array.isArray(checked.extends) ? ["extends", i] : ["extends"]);
      const parentFile = resolveExtends(parent, file, where);
      if ([...stack, file].includes(parentFile)) throw new InputError(`circular extends: ${[...stack, file, parentFile].join(" -> ")}`, where);
      let loaded;
      try {
        loaded = await load(parentFile);
      } catch (error) {
        if (error instanceof InputError && error.file === parentFile && error.line === undefined) throw new InputError(`"${parent}": ${error.message}`, where);
        throw error;
      }
      await visit(parentFile, loaded?.config ?? {}, [...stack, file]);
    }
    chain.push({ file, config: checked });
  };
  if (first) await visit(first.filepath, first.config, []);
  return resolveConfig(chain);
}

function validateConfig(config: unknown, file: string, source: YamlSource | undefined): ConfigFile {
  const isPackageJson = /(^|[\\/])package\.json$/.test(file);
  const value = config ?? {};
  // package.json#replybook: positions are those of the "replybook" key's value inside package.json.
  const located: YamlSource = source
    ? isPackageJson
      ? { file, value, positionOf: (path, o) => source.positionOf(["replybook", ...path], o) }
      : { ...source, value }
    : { file, value, positionOf: () => ({ line: 1, column: 1 }) };
  const errors = validateAgainstSchema(located, "config");
  if (errors.length) {
    const e = errors[0]!;
    if (isPackageJson) throw new InputError(e.message, { file, line: e.line, column: e.column, keyPath: `replybook.${e.keyPath ?? ""}`.replace(/\.$/, "") });
    throw e;
  }
  return value as ConfigFile;
}

function resolveExtends(spec: string, fromFile: string, where: ErrorLocation): string {
  if (spec.startsWith(".") || isAbsolute(spec)) return resolve(dirname(fromFile), spec);
  try {
    return createRequire(fromFile).resolve(spec);
  } catch {
    throw new InputError(`cannot find the shareable config "${spec}" (not a path, and no such npm package is installed)`, where);
  }
}

function extendsPosition(file: string, source: YamlSource | undefined, path: Array<string | number>): ErrorLocation {
  const keyPath = path.length > 1 ? `extends[${path[1]}]` : "extends";
  if (!source) return { file, keyPath };
  const isPackageJson = /(^|[\\/])package\.json$/.test(file);
  const pos = source.positionOf(isPackageJson ? ["replybook", ...path] : path);
  return { file, line: pos.line, column: pos.column, keyPath: isPackageJson ? `replybook.${keyPath}` : keyPath };
}

/**
 * JS configs through import() only. cosmiconfig's own loader retries a failed import with
 * require(), and for an .mjs with a syntax error that second attempt throws a confusing
 * "not yet fully loaded... bug in Node.js" message instead of the syntax error.
 */
const jsLoader: Loader = async (filepath) => {
  try {
    const module = await importModule<{ default?: unknown }>(pathToFileURL(filepath).href);
    return module.default;
  } catch (error) {
    const e = error as Error;
    throw new InputError(`cannot load config: ${e?.name ?? "Error"}: ${e?.message ?? String(error)}`, { file: filepath });
  }
};

function asConfigError(error: unknown, file: string | undefined): InputError {
  if (error instanceof InputError) return error;
  const err = error as NodeJS.ErrnoException & { filepath?: string };
  if (err?.code === "ENOENT") return new InputError("no such config file", { file: err.path ?? file });
  if (err?.code === "EISDIR" || err?.code === "EACCES" || err?.code === "EPERM" || err?.code === "ENOTDIR") return new InputError(describeFsError(err), { file: err.path ?? file });
  return new InputError(`cannot load config: ${err?.message ?? String(error)}`, { file: err?.filepath ?? file });
}
