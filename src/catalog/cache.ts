/**
 * Catalog loading for commands, through a compiled on-disk cache so that `replybook lint`
 * does not parse and validate every YAML file on every start.
 *
 * The snapshot is a first line of JSON (the format, the key, and where each part lies in the
 * bytes after it), then the parts: each playbook's long fields (description, example,
 * triggers, checklist, steps, drills, examples: read and parsed on first use, which a one-reply lint
 * never makes); the main part (the playbooks without them, the phrase lists, the files, and
 * for every pattern the words a text needs for it to match, so that a one-reply lint expands
 * only the few patterns that can match it); the templates (read only by the commands that
 * render); every pattern's variants as UTF-8 text, read for the patterns a run needs. A
 * one-reply lint reads a fifth of the file. The JSON is kept ASCII (\u escapes): Node reads an
 * ASCII file several times faster than UTF-8. It lives in $XDG_CACHE_HOME/replybook (or
 * ~/.cache/replybook), one file per set of source folders, and is used only when its key
 * matches: the replybook version, the stamps (path, size, modification time) of every source
 * file and folder, and of the modules that build the catalog. It is written atomically
 * (temp file + rename), never written for a catalog with errors, and ignored when it cannot
 * be read or parsed. The parts read later come from the same open file: a snapshot written
 * meanwhile is a new file renamed over the path, so the two never mix. REPLYBOOK_NO_CACHE=1
 * turns it off.
 *
 * This module stays light on purpose: on a warm start it imports neither the YAML parser nor
 * ajv (the loader in ./load.js is imported only on a miss).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from "node:fs";
import { homedir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/types.js";
import type { Result } from "../core/errors.js";
import type { Playbook } from "../playbook/types.js";
import type { PhraseList } from "../phrases/types.js";
import type { Catalog, CatalogSources, TemplateRef } from "./load.js";
import type { MatcherStore } from "../lint/engine.js";
import type { PhraseMatcherData } from "../text/matcher.js";
import { PACKAGE_ROOT } from "../core/root.js";
import { hashText } from "../text/hash.js";

const FORMAT = 8;
const SHIPPED_PLAYBOOKS = fileURLToPath(new URL("playbooks/", PACKAGE_ROOT));
const SHIPPED_TEMPLATES = fileURLToPath(new URL("templates/", PACKAGE_ROOT));
/**
 * The modules whose code shapes the snapshot: a change to any of them invalidates it. Named in
 * dist/ (tsc's output, what bin/ runs).
 */
const CODE = ["catalog/load.js", "playbook/load.js", "phrases/load.js", "text/pattern.js", "text/duration.js", "text/matcher.js", "lint/lexicon.js", "lint/engine.js"].map((m) =>
  fileURLToPath(new URL(`dist/${m}`, PACKAGE_ROOT)),
);

/** The first line of a snapshot: what it is, and where its parts lie in the bytes after it ([start, end)). */
interface SnapshotHead {
  format: number;
  /** Stamps of the playbooks, phrase lists and code; `templatesKey` those of the templates. */
  key: string;
  templatesKey: string;
  main: [number, number];
  templates: [number, number];
  variants: [number, number];
}

/** The main part: what every command needs. */
interface SnapshotMain {
  /** The playbooks without their LONG_FIELDS; `keys`, each playbook's keys in their order; `long`, where its long fields lie. */
  playbooks: Array<Record<string, unknown>>;
  keys: string[][];
  long: Array<[number, number]>;
  phrases: Array<[string, PhraseList]>;
  files: string[];
  /**
   * [pattern, what a text needs for it to match, start and end (in bytes) of its variants in
   * the variants part]. The variants (lint/engine.ts#joinSequences) are one text for all
   * patterns: reading one long text is much faster than parsing ten thousand small arrays.
   */
  patterns: Array<[string, string, number, number]>;
}

/**
 * A playbook's fields that lint does not read for one reply, and that make most of a playbook's
 * bytes: kept apart in the snapshot and parsed on first use (the router reads some for a batch
 * with complaints; draft, drill and the playbook commands read the rest). `examples`, the
 * router's labelled complaints (some 2,500 shipped), had been half of the main part that every
 * one-reply lint reads; only routing a team's own examples reads them (the shipped ones are
 * compiled at build time).
 */
const LONG_FIELDS: ReadonlySet<string> = new Set(["description", "example", "triggers", "checklist", "steps", "drills", "examples"]);

/** What the linter can use from a snapshot (createLinter's `prefilter`, `expanded` and `matchers`). */
export interface CompiledPatterns {
  prefilter: Map<string, string>;
  expanded: PatternVariants;
  matchers: MatcherFiles;
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
  const file = join(cacheDir(env), `catalog-${hashText(JSON.stringify(sources))}.json`);
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

/** The snapshot when its key matches, and its templates' key too unless `templatesKey` is undefined (then without templates). */
function readSnapshot(file: string, key: string, templatesKey: string | undefined): Catalog | undefined {
  let reader: SnapshotReader | undefined;
  try {
    reader = SnapshotReader.open(file);
    const head = reader?.head as Partial<SnapshotHead> | undefined;
    if (!reader || !head || head.format !== FORMAT || head.key !== key) return reader?.close();
    if (templatesKey !== undefined && head.templatesKey !== templatesKey) return reader.close();
    const main = JSON.parse(reader.latin1(head.main!)) as SnapshotMain;
    const templates = templatesKey === undefined ? [] : (JSON.parse(reader.latin1(head.templates!)) as Array<[string, TemplateRef]>);
    if (!Array.isArray(main.playbooks) || !Array.isArray(main.keys) || !Array.isArray(main.long) || !Array.isArray(main.phrases) || !Array.isArray(main.files) || !Array.isArray(main.patterns) || !Array.isArray(templates)) {
      return reader.close();
    }
    const playbooks = main.playbooks.map((light, i) => withLongFields(light, main.keys[i]!, main.long[i]!, reader!));
    // Paths are stored absolute and shown relative to the current folder, as the loader does.
    for (const pb of playbooks) pb.source.file = display(pb.source.file);
    for (const [, list] of main.phrases) list.sources = list.sources.map(display);
    for (const [, ref] of templates) ref.file = display(ref.file);
    const catalog: Catalog = { playbooks, phrases: new Map(main.phrases), templates: new Map(templates), files: main.files };
    const compiled: CompiledPatterns = { prefilter: new Map(), expanded: new PatternVariants(reader.part(head.variants!)), matchers: new MatcherFiles(file, hashText(key)) };
    for (const [pattern, need, start, end] of main.patterns) {
      compiled.prefilter.set(pattern, need);
      compiled.expanded.place(pattern, start, end);
    }
    compiledByCatalog.set(catalog, compiled);
    return catalog;
  } catch {
    return reader?.close();
  }
}

/**
 * A playbook from its short fields, in its keys' order, the long ones read and parsed from the
 * snapshot when one of them is first read (then plain fields again, as the loader makes them).
 */
function withLongFields(light: Record<string, unknown>, keys: string[], range: [number, number], reader: SnapshotReader): Playbook {
  const pb: Record<string, unknown> = {};
  let long: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (!long) {
      long = JSON.parse(reader.latin1(range)) as Record<string, unknown>;
      for (const k of keys) if (LONG_FIELDS.has(k)) Object.defineProperty(pb, k, { value: long[k], writable: true, enumerable: true, configurable: true });
    }
    return long;
  };
  for (const k of keys) {
    if (!LONG_FIELDS.has(k)) pb[k] = light[k];
    else
      Object.defineProperty(pb, k, {
        get: () => load()[k],
        set: (value: unknown) => {
          load();
          pb[k] = value;
        },
        enumerable: true,
        configurable: true,
      });
  }
  return pb as unknown as Playbook;
}

/**
 * An open snapshot: its first line read, the rest read in parts on demand from the same file
 * (a snapshot written meanwhile is a new file renamed over the path: this one stays whole).
 * The file is closed once no part can be asked for (when the catalog is collected).
 */
class SnapshotReader {
  private static readonly closer = new FinalizationRegistry<{ fd: number; closed: boolean }>((handle) => {
    if (handle.closed) return;
    handle.closed = true;
    try {
      closeSync(handle.fd);
    } catch {
      /* already closed */
    }
  });

  private constructor(
    private readonly handle: { fd: number; closed: boolean },
    readonly head: unknown,
    private readonly body: number,
  ) {
    SnapshotReader.closer.register(this, handle, this);
  }

  /** The snapshot at `file` with its first line parsed (undefined when there is none). */
  static open(file: string): SnapshotReader | undefined {
    const fd = openSync(file, "r");
    try {
      let chunk = Buffer.allocUnsafe(32 * 1024);
      let length = readSync(fd, chunk, 0, chunk.length, 0);
      let newline = chunk.subarray(0, length).indexOf(0x0a);
      // A first line longer than the chunk: the key of a catalog with many source files.
      while (newline < 0 && length === chunk.length) {
        const bigger = Buffer.allocUnsafe(chunk.length * 4);
        chunk.copy(bigger);
        length += readSync(fd, bigger, length, bigger.length - length, length);
        chunk = bigger;
        newline = chunk.subarray(0, length).indexOf(0x0a);
      }
      if (newline < 0) {
        closeSync(fd);
        return undefined;
      }
      return new SnapshotReader({ fd, closed: false }, JSON.parse(chunk.toString("latin1", 0, newline)), newline + 1);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** Bytes [start, end) of the part after the first line. */
  bytes([start, end]: [number, number]): Buffer {
    if (this.handle.closed) throw new Error("snapshot closed");
    const out = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < out.length) {
      const n = readSync(this.handle.fd, out, done, out.length - done, this.body + start + done);
      if (n === 0) throw new Error("snapshot cut short");
      done += n;
    }
    return out;
  }

  latin1(range: [number, number]): string {
    return this.bytes(range).toString("latin1");
  }

  /** A part read in ranges relative to its start. */
  part([start, end]: [number, number]): (from: number, to: number) => Buffer {
    return (from, to) => this.bytes([start + Math.min(from, end - start), start + Math.min(to, end - start)]);
  }

  /** Closes the file now (returns undefined, for `return reader.close()`). */
  close(): undefined {
    if (!this.handle.closed) {
      this.handle.closed = true;
      SnapshotReader.closer.unregister(this);
      closeSync(this.handle.fd);
    }
    return undefined;
  }
}

/**
 * Pattern -> its variants, read and decoded from the snapshot's UTF-8 text on first `get`: a
 * one-reply lint needs a few dozen of the hundreds of patterns. After a few reads the whole
 * text is read at once (a batch compiles them all). `entirely()` decodes them all (for worker
 * threads, which receive a copy of a plain Map).
 */
export class PatternVariants extends Map<string, string> {
  private readonly ranges = new Map<string, [number, number]>();
  private whole: Buffer | undefined;
  private reads = 0;
  private end = 0;
  private readonly read: ((from: number, to: number) => Buffer) | undefined;

  /** `text`: the variants' bytes, or a function that reads bytes [from, to) of them. */
  constructor(text: Buffer | ((from: number, to: number) => Buffer) = Buffer.alloc(0)) {
    super();
    if (Buffer.isBuffer(text)) this.whole = text;
    else this.read = text;
  }

  place(pattern: string, start: number, end: number): void {
    this.ranges.set(pattern, [start, end]);
    if (end > this.end) this.end = end;
  }

  override get(pattern: string): string | undefined {
    const known = super.get(pattern);
    if (known !== undefined) return known;
    const range = this.ranges.get(pattern);
    if (!range) return undefined;
    let variants: string;
    if (!this.whole && ++this.reads > 32) this.whole = this.read!(0, this.end);
    if (this.whole) variants = this.whole.toString("utf8", range[0], range[1]);
    else variants = this.read!(range[0], range[1]).toString("utf8");
    super.set(pattern, variants);
    return variants;
  }

  override has(pattern: string): boolean {
    return super.has(pattern) || this.ranges.has(pattern);
  }

  entirely(): Map<string, string> {
    if (!this.whole && this.read && this.ranges.size > super.size) this.whole = this.read(0, this.end);
    const all = new Map<string, string>();
    for (const pattern of new Set([...this.ranges.keys(), ...super.keys()])) all.set(pattern, this.get(pattern)!);
    return all;
  }
}

/**
 * The linter's compiled locale matchers (lint/engine.ts#MatcherStore), one file per locale beside
 * the snapshot (`catalog-<sources>.<locale>.matcher`), written by the first batch that builds
 * one and read by the next batches and their worker threads: loading the trie costs a few
 * milliseconds, inserting every variant again half a second per thread. A file holds the
 * snapshot's key and the patterns' signature, and is ignored unless both match. Its layout:
 * the length of a JSON header (4 bytes), the header (the keys, the words, the sizes), then
 * the trie's integer arrays as they lie in memory (the machine's byte order: the same machine reads them).
 */
export class MatcherFiles implements MatcherStore {
  /** `snapshot`: the snapshot's path; `key`: a hash of its key. Plain data, for worker threads. */
  constructor(
    readonly snapshot: string,
    readonly key: string,
  ) {}

  private fileOf(locale: string): string {
    return `${this.snapshot.replace(/\.json$/, "")}.${locale}.matcher`;
  }

  load(locale: string, signature: string): PhraseMatcherData<number> | undefined {
    try {
      const bytes = readFileSync(this.fileOf(locale));
      const length = bytes.readUInt32LE(0);
      const head = JSON.parse(bytes.toString("utf8", 4, 4 + length)) as MatcherHead;
      if (head.format !== MATCHER_FORMAT || head.key !== this.key || head.signature !== signature) return undefined;
      // The arrays start on a multiple of 4 (the header is padded): views, not copies.
      let at = bytes.byteOffset + 4 + length;
      if (at % 4 !== 0) return undefined;
      const view = (n: number) => {
        const out = new Int32Array(bytes.buffer, at, n);
        at += 4 * n;
        return out;
      };
      const [info, edges, rootChild, accepts] = head.sizes.map(view) as [Int32Array, Int32Array, Int32Array, Int32Array];
      return { keys: head.keys, keyDedupe: head.keyDedupe, keyAccepts: head.keyAccepts, words: head.words, info, edges, edgeCount: head.edgeCount, rootChild, accepts };
    } catch {
      return undefined;
    }
  }

  save(locale: string, signature: string, data: PhraseMatcherData<number>): void {
    const file = this.fileOf(locale);
    const arrays = [data.info, data.edges, data.rootChild, data.accepts];
    const head: MatcherHead = { format: MATCHER_FORMAT, key: this.key, signature, keys: data.keys, keyDedupe: data.keyDedupe, keyAccepts: data.keyAccepts, words: data.words, edgeCount: data.edgeCount, sizes: arrays.map((a) => a.length) };
    let json = Buffer.from(JSON.stringify(head), "utf8");
    if (json.length % 4 !== 0) json = Buffer.concat([json, Buffer.alloc(4 - (json.length % 4), 0x20)]);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length, 0);
    writeCacheFile(file, Buffer.concat([length, json, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
  }
}

const MATCHER_FORMAT = 1;

interface MatcherHead {
  format: number;
  key: string;
  signature: string;
  keys: number[];
  keyDedupe: number[];
  keyAccepts: number[];
  words: string[];
  edgeCount: number;
  /** Lengths of info, edges, rootChild and accepts. */
  sizes: number[];
}

async function writeSnapshot(file: string, key: string, templatesKey: string, catalog: Catalog): Promise<void> {
  const [{ patternsToCompile, prefilterOf, joinSequences }, { expandPattern }] = await Promise.all([import("../lint/engine.js"), import("../text/pattern.js")]);
  const cwd = process.cwd();
  const abs = (p: string) => resolve(cwd, p);
  const compiled: CompiledPatterns = { prefilter: new Map(), expanded: new PatternVariants(), matchers: new MatcherFiles(file, hashText(key)) };
  const patterns: SnapshotMain["patterns"] = [];
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
  // The parts after the first line, in this order: each playbook's long fields, main, templates, variants.
  const parts: Buffer[] = [];
  let offset = 0;
  const put = (text: string | Buffer): [number, number] => {
    const bytes = typeof text === "string" ? Buffer.from(text, "latin1") : text;
    parts.push(bytes);
    offset += bytes.length;
    return [offset - bytes.length, offset];
  };
  const keys: string[][] = [];
  const lights: Array<Record<string, unknown>> = [];
  const longs: string[] = [];
  for (const playbook of catalog.playbooks) {
    const pb = { ...playbook, source: { ...playbook.source, file: abs(playbook.source.file) } } as unknown as Record<string, unknown>;
    const light: Record<string, unknown> = {};
    const long: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(pb)) (LONG_FIELDS.has(k) ? long : light)[k] = v;
    // Keys without a value are left out, as JSON leaves them.
    keys.push(Object.keys(pb).filter((k) => pb[k] !== undefined));
    lights.push(light);
    longs.push(asciiJson(long));
  }
  // Each playbook's long fields first: the main part then knows where they lie.
  const long = longs.map(put);
  const main: SnapshotMain = {
    playbooks: lights,
    keys,
    long,
    phrases: [...catalog.phrases].map(([locale, list]) => [locale, { ...list, sources: list.sources.map(abs) }]),
    files: catalog.files.map(abs),
    patterns,
  };
  const head: SnapshotHead = { format: FORMAT, key, templatesKey, main: put(asciiJson(main)), templates: [0, 0], variants: [0, 0] };
  head.templates = put(asciiJson([...catalog.templates].map(([name, ref]) => [name, { ...ref, file: abs(ref.file) }])));
  head.variants = put(Buffer.from(variants.join(""), "utf8"));
  compiledByCatalog.set(catalog, compiled);
  if (writeCacheFile(file, Buffer.concat([Buffer.from(`${asciiJson(head)}\n`, "latin1"), ...parts]))) pruneSnapshots(join(file, ".."), file);
}

/**
 * Writes a cache file atomically (a temporary file renamed over it, so a reader never sees half
 * of one); false when it cannot be written (read-only home, full disk), which only costs speed.
 */
function writeCacheFile(file: string, bytes: Buffer): boolean {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to remove */
    }
    return false;
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
  let all: string[];
  try {
    all = readdirSync(dir);
  } catch {
    return;
  }
  const names = all.filter((name) => /^catalog-[0-9a-f]+\.json$/.test(name));
  if (names.length <= SNAPSHOTS_KEPT) return;
  const byAge = names
    .map((name) => ({ path: join(dir, name), mtime: statOrUndefined(join(dir, name))?.mtimeMs ?? 0 }))
    .filter(({ path }) => resolve(path) !== resolve(written))
    .sort((a, b) => b.mtime - a.mtime);
  const gone = byAge.slice(SNAPSHOTS_KEPT - 1).map(({ path }) => path);
  // With their compiled matchers (catalog-<sources>.<locale>.matcher).
  const stems = new Set(gone.map((path) => relative(dir, path).replace(/\.json$/, ".")));
  for (const name of all) if (name.endsWith(".matcher") && stems.has(name.slice(0, name.indexOf(".") + 1))) gone.push(join(dir, name));
  for (const path of gone) {
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
