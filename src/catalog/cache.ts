/**
 * Catalog loading for commands, through a compiled on-disk cache so that `replybook lint`
 * does not parse and validate every YAML file on every start.
 *
 * The snapshot is one line of JSON: the resolved catalog (playbooks, phrase lists, templates)
 * plus, for every pattern, the words a text needs for it to match (so a one-reply lint expands
 * only the few patterns that can match it); then, after the newline, every pattern's variants as
 * UTF-8 text, decoded only for the patterns a run needs. The JSON is kept ASCII (\u escapes):
 * Node reads an ASCII file several times faster than UTF-8. It lives in $XDG_CACHE_HOME/replybook (or
 * ~/.cache/replybook), one file per set of source folders, and is used only when its key
 * matches: the replybook version, the stamps (path, size, modification time) of every source
 * file and folder, and of the modules that build the catalog. It is written atomically
 * (temp file + rename), never written for a catalog with errors, and ignored when it cannot
 * be read or parsed. REPLYBOOK_NO_CACHE=1 turns it off.
 *
 * This module stays light on purpose: on a warm start it imports neither the YAML parser nor
 * ajv (the loader in ./load.js is imported only on a miss).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { homedir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/types.js";
import type { Result } from "../core/errors.js";
import type { Playbook } from "../playbook/types.js";
import type { PhraseList } from "../phrases/types.js";
import type { Catalog, CatalogSources, TemplateRef } from "./load.js";
import { PACKAGE_ROOT } from "../core/root.js";

const FORMAT = 6;
const SHIPPED_PLAYBOOKS = fileURLToPath(new URL("playbooks/", PACKAGE_ROOT));
const SHIPPED_TEMPLATES = fileURLToPath(new URL("templates/", PACKAGE_ROOT));
/**
 * The modules whose code shapes the snapshot: a change to any of them invalidates it. Named in
 * dist/ (tsc's output, what bin/ runs).
 */
const CODE = ["catalog/load.js", "playbook/load.js", "phrases/load.js", "text/pattern.js", "text/duration.js", "lint/lexicon.js", "lint/engine.js"].map((m) =>
  fileURLToPath(new URL(`dist/${m}`, PACKAGE_ROOT)),
);

interface Snapshot {
  format: number;
  /** Stamps of the playbooks, phrase lists and code; `templatesKey` those of the templates. */
  key: string;
  templatesKey: string;
  playbooks: Playbook[];
  phrases: Array<[string, PhraseList]>;
  templates: Array<[string, TemplateRef]>;
  files: string[];
  /**
   * [pattern, what a text needs for it to match, start and end (in bytes) of its variants in
   * the text after the JSON line]. The variants (lint/engine.ts#joinSequences) are one text for
   * all patterns: reading one long text is much faster than parsing ten thousand small arrays.
   */
  patterns: Array<[string, string, number, number]>;
}

/** What the linter can use from a snapshot (createLinter's `prefilter` and `expanded`). */
export interface CompiledPatterns {
  prefilter: Map<string, string>;
  expanded: PatternVariants;
}

const compiledByCatalog = new WeakMap<Catalog, CompiledPatterns>();

/** The patterns of a catalog, compiled when the snapshot was built, if it came from one. */
export function compiledPatterns(catalog: Catalog): CompiledPatterns | undefined {
  return compiledByCatalog.get(catalog);
}

export interface CachedLoadOptions {
  /**
   * false: the caller (lint) needs no templates; the catalog comes without them (an empty map),
   * and the snapshot is used whatever the state of the template files, which are not even
   * looked at (48 files fewer to stamp on every start).
   */
  templates?: boolean;
}

export async function loadCatalogCached(config: Config, env: NodeJS.ProcessEnv, options: CachedLoadOptions = {}): Promise<Result<Catalog>> {
  const withTemplates = options.templates ?? true;
  const sources = sourcesOf(config);
  if (env.REPLYBOOK_NO_CACHE === "1") return withoutTemplatesIf(!withTemplates, await loadFresh(sources));
  // Stamps are taken before loading, so that a file edited during the load is seen next time.
  const key = JSON.stringify({ v: version(), sources: stampSources(sources, false), code: CODE.map(stampFile) });
  const templatesKey = () => JSON.stringify(stampSources(sources, true));
  const file = join(cacheDir(env), `catalog-${hash(JSON.stringify(sources))}.json`);
  const cached = readSnapshot(file, key, withTemplates ? templatesKey() : undefined);
  if (cached) return { ok: true, value: cached };
  const templateStamps = templatesKey();
  const fresh = await loadFresh(sources);
  if (fresh.ok) await writeSnapshot(file, key, templateStamps, fresh.value);
  return withoutTemplatesIf(!withTemplates, fresh);
}

function withoutTemplatesIf(drop: boolean, result: Result<Catalog>): Result<Catalog> {
  if (!drop || !result.ok) return result;
  const catalog: Catalog = { ...result.value, templates: new Map() };
  const compiled = compiledByCatalog.get(result.value);
  if (compiled) compiledByCatalog.set(catalog, compiled);
  return { ok: true, value: catalog };
}

async function loadFresh(sources: CatalogSources): Promise<Result<Catalog>> {
  const { loadCatalog } = await import("./load.js");
  return loadCatalog(sources);
}

/** The same sources as load.ts#catalogSources, without importing the loader. */
function sourcesOf(config: Pick<Config, "playbooks" | "phrases" | "templates">): CatalogSources {
  return {
    playbookDirs: [{ dir: SHIPPED_PLAYBOOKS, origin: "shipped" }, ...config.playbooks.map((dir) => ({ dir, origin: dir }))],
    phraseFiles: config.phrases.map((path) => ({ path, origin: path })),
    templateDirs: [{ dir: SHIPPED_TEMPLATES, origin: "shipped" }, ...config.templates.map((dir) => ({ dir, origin: dir }))],
  };
}

/** $XDG_CACHE_HOME/replybook or ~/.cache/replybook; src/cli/launch.cts computes the same (it runs before any of this loads). */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "replybook");
  return join(env.HOME || homedir(), ".cache", "replybook");
}

let cachedVersion: string | undefined;
function version(): string {
  if (cachedVersion === undefined) {
    try {
      cachedVersion = (JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")) as { version: string }).version;
    } catch {
      cachedVersion = "unknown";
    }
  }
  return cachedVersion;
}

function stampOf(path: string, info: Stats | undefined): string {
  return info ? `${path}:${info.size}:${info.mtimeMs}` : `${path}:-`;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function stampFile(path: string): string {
  return stampOf(path, statOrUndefined(path));
}

/**
 * Every folder and file the loader would read: folders by mtime (files added or removed), files
 * by size and mtime. Templates apart (`templates` true), playbooks and phrase lists otherwise.
 */
function stampSources(sources: CatalogSources, templates: boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number, accept: (name: string) => boolean) => {
    const info = statOrUndefined(dir);
    out.push(stampOf(dir, info));
    if (!info?.isDirectory()) return;
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const full = join(dir, name);
      if (accept(name)) out.push(stampFile(full));
      else if (depth > 0 && /^[a-z]{2}$/.test(name)) walk(full, depth - 1, accept);
    }
  };
  const yaml = (name: string) => /\.ya?ml$/i.test(name);
  if (templates) {
    for (const { dir } of sources.templateDirs) walk(dir, 1, (name) => name.endsWith(".hbs"));
  } else {
    for (const { dir } of sources.playbookDirs) walk(dir, 1, yaml);
    for (const { path } of sources.phraseFiles) walk(path, 1, yaml);
  }
  return out;
}

/** FNV-1a, 64 bits as two halves: a short stable file name for a set of sources. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

/** The snapshot when its key matches, and its templates' key too unless `templatesKey` is undefined (then without templates). */
function readSnapshot(file: string, key: string, templatesKey: string | undefined): Catalog | undefined {
  let snapshot: Snapshot;
  let variants: Buffer;
  try {
    const data = readFileSync(file);
    const newline = data.indexOf(0x0a);
    if (newline < 0) return undefined;
    snapshot = JSON.parse(data.toString("latin1", 0, newline)) as Snapshot;
    variants = data.subarray(newline + 1);
  } catch {
    return undefined;
  }
  if (!snapshot || snapshot.format !== FORMAT || snapshot.key !== key) return undefined;
  if (templatesKey !== undefined && snapshot.templatesKey !== templatesKey) return undefined;
  if (!Array.isArray(snapshot.playbooks) || !Array.isArray(snapshot.phrases) || !Array.isArray(snapshot.templates) || !Array.isArray(snapshot.files) || !Array.isArray(snapshot.patterns)) {
    return undefined;
  }
  // Paths are stored absolute and shown relative to the current folder, as the loader does.
  for (const pb of snapshot.playbooks) pb.source.file = display(pb.source.file);
  for (const [, list] of snapshot.phrases) list.sources = list.sources.map(display);
  if (templatesKey !== undefined) for (const [, ref] of snapshot.templates) ref.file = display(ref.file);
  const catalog: Catalog = {
    playbooks: snapshot.playbooks,
    phrases: new Map(snapshot.phrases),
    templates: templatesKey === undefined ? new Map() : new Map(snapshot.templates),
    files: snapshot.files,
  };
  const compiled: CompiledPatterns = { prefilter: new Map(), expanded: new PatternVariants(variants) };
  for (const [pattern, need, start, end] of snapshot.patterns) {
    compiled.prefilter.set(pattern, need);
    compiled.expanded.place(pattern, start, end);
  }
  compiledByCatalog.set(catalog, compiled);
  return catalog;
}

/**
 * Pattern -> its variants, decoded from the snapshot's UTF-8 text on first `get`: a one-reply
 * lint needs a few dozen of the hundreds of patterns. `entirely()` decodes them all (for worker
 * threads, which receive a copy of a plain Map).
 */
export class PatternVariants extends Map<string, string> {
  private readonly ranges = new Map<string, [number, number]>();

  constructor(private readonly text: Buffer = Buffer.alloc(0)) {
    super();
  }

  place(pattern: string, start: number, end: number): void {
    this.ranges.set(pattern, [start, end]);
  }

  override get(pattern: string): string | undefined {
    const known = super.get(pattern);
    if (known !== undefined) return known;
    const range = this.ranges.get(pattern);
    if (!range) return undefined;
    const variants = this.text.toString("utf8", range[0], range[1]);
    super.set(pattern, variants);
    return variants;
  }

  override has(pattern: string): boolean {
    return super.has(pattern) || this.ranges.has(pattern);
  }

  entirely(): Map<string, string> {
    const all = new Map<string, string>();
    for (const pattern of new Set([...this.ranges.keys(), ...super.keys()])) all.set(pattern, this.get(pattern)!);
    return all;
  }
}

async function writeSnapshot(file: string, key: string, templatesKey: string, catalog: Catalog): Promise<void> {
  const [{ patternsToCompile, prefilterOf, joinSequences }, { expandPattern }] = await Promise.all([import("../lint/engine.js"), import("../text/pattern.js")]);
  const cwd = process.cwd();
  const abs = (p: string) => resolve(cwd, p);
  const compiled: CompiledPatterns = { prefilter: new Map(), expanded: new PatternVariants() };
  const patterns: Snapshot["patterns"] = [];
  const variants: string[] = [];
  let bytes = 0;
  for (const pattern of patternsToCompile(catalog.phrases.values(), catalog.playbooks)) {
    try {
      const joined = joinSequences(expandPattern(pattern));
      const need = prefilterOf(pattern);
      const length = Buffer.byteLength(joined, "utf8");
      patterns.push([pattern, need, bytes, bytes + length]);
      variants.push(joined);
      bytes += length;
      compiled.prefilter.set(pattern, need);
      compiled.expanded.set(pattern, joined);
    } catch {
      // A malformed pattern never reaches a valid catalog; a built-in one is a bug the linter reports.
    }
  }
  const snapshot: Snapshot = {
    format: FORMAT,
    key,
    templatesKey,
    playbooks: catalog.playbooks.map((pb) => ({ ...pb, source: { ...pb.source, file: abs(pb.source.file) } })),
    phrases: [...catalog.phrases].map(([locale, list]) => [locale, { ...list, sources: list.sources.map(abs) }]),
    templates: [...catalog.templates].map(([name, ref]) => [name, { ...ref, file: abs(ref.file) }]),
    files: catalog.files.map(abs),
    patterns,
  };
  compiledByCatalog.set(catalog, compiled);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(tmp, `${asciiJson(snapshot)}\n${variants.join("")}`);
    renameSync(tmp, file);
    pruneSnapshots(join(file, ".."), file);
  } catch {
    // A cache that cannot be written (read-only home, full disk) only costs speed.
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to remove */
    }
  }
}

/**
 * How many snapshots the cache folder keeps. There is one per set of source folders, so every
 * install path and team folder adds one (about 1-3 MB each) and none would ever be removed;
 * a snapshot pruned here is only rebuilt on its next use.
 */
export const SNAPSHOTS_KEPT = 16;

/** Removes all but the SNAPSHOTS_KEPT most recently written snapshots, never the one just written. */
function pruneSnapshots(dir: string, written: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /^catalog-[0-9a-f]+\.json$/.test(name));
  } catch {
    return;
  }
  if (names.length <= SNAPSHOTS_KEPT) return;
  const byAge = names
    .map((name) => ({ path: join(dir, name), mtime: statOrUndefined(join(dir, name))?.mtimeMs ?? 0 }))
    .filter(({ path }) => resolve(path) !== resolve(written))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of byAge.slice(SNAPSHOTS_KEPT - 1)) {
    try {
      unlinkSync(path);
    } catch {
      // Another process removed or replaced it: nothing to do.
    }
  }
}

/** JSON with every non-ASCII character escaped (\uXXXX), so that it can be read as Latin-1. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !rel.startsWith("/") ? rel : file;
}
