/**
 * What `bin/replybook.js` runs: the CLI bundled into one script (dist/bundle/replybook.cjs, made
 * by esbuild from tsc's output), compiled through V8's code cache.
 *
 * Why: scripts call `replybook lint` once per reply, so start-up is most of its cost. Node 20
 * compiles every ES module from source on every start (it has no compile cache before Node 22),
 * and resolving dozens of small modules costs as much again. One CommonJS script compiled with
 * `vm.Script` can use V8's code cache instead: the bytecode of every function the last run of the
 * same command compiled, read back in a few milliseconds.
 *
 * The cache is one file per command in $XDG_CACHE_HOME/replybook/code (or ~/.cache/replybook/code),
 * written atomically after a run that found none or found it stale, and again after each of the
 * next few runs: each run adds the functions its path compiled (a reply with --playbook, a batch)
 * to those it read from the cache, so the cache soon covers the command. It is used only when its key
 * matches: Node's version, the architecture and the bundle's path, size and modification time
 * (V8 itself checks little more than the source's length, so an edited bundle of the same length
 * would otherwise run old code). REPLYBOOK_NO_CACHE=1 turns it off, as it does the catalog cache.
 *
 * Nothing here changes what a command does, only how fast it starts: tsc's output in dist/ runs
 * the same without the bundle (docs/architecture.md shows the one-line way, for a debugger).
 */
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

export const BUNDLE = join(__dirname, "..", "bundle", "replybook.cjs");

interface BundleExports {
  run(argv: string[]): Promise<number>;
}

/** Runs the CLI with these arguments; sets process.exitCode when it finishes. */
export function launch(argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (isBatch(argv)) boundHeapGrowth();
  let source: string;
  let stamp: string;
  try {
    const info = statSync(BUNDLE);
    stamp = `${process.version} ${process.arch} ${BUNDLE} ${info.size} ${info.mtimeMs}`;
    // The bundle is ASCII (src/build/ascii.ts): read as Latin-1, without a UTF-8 decode.
    source = readFileSync(BUNDLE, "latin1");
  } catch {
    process.stderr.write(`replybook: ${BUNDLE} is missing: run "npm run build" in the replybook folder\n`);
    process.exitCode = 2;
    return;
  }
  const cacheFile = env.REPLYBOOK_NO_CACHE === "1" ? undefined : join(cacheDir(env), "code", `${commandOf(argv)}.bin`);
  const cached = cacheFile ? readCodeCache(cacheFile, stamp) : undefined;
  const data = cached?.data;
  // The same wrapper Node's CommonJS loader uses, on the first line so that line numbers hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(data && { cachedData: data }),
    // No importModuleDynamically: the bundle holds no import() (esbuild turns them into require(),
    // see src/core/import-module.ts), and functions read from a code cache could not use it anyway.
  });
  const module = { exports: {} as BundleExports };
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  void module.exports.run(argv).then((code) => {
    process.exitCode = code;
    // Written after the run, so that it holds every function this command compiled, not only the top level.
    if (!cacheFile) return;
    if (!cached || script.cachedDataRejected) writeCodeCache(cacheFile, stamp, script.createCachedData(), 1);
    else if (cached.generation < CODE_CACHE_GENERATIONS) writeCodeCache(cacheFile, stamp, script.createCachedData(), cached.generation + 1);
  });
}

/**
 * The cache is per command (`lint`, `draft`...): each compiles different functions. A batch
 * (`lint --jsonl`, `--csv`) has its own: its reading, threads and router would otherwise make
 * the cache one reply reads half as big again, and V8 reads all of it at every start.
 */
export function commandOf(argv: readonly string[]): string {
  const word = argv.find((arg) => !arg.startsWith("-"));
  if (!word || !/^[a-z]{2,16}$/.test(word)) return "main";
  if (word === "lint" && isBatch(argv)) return "lint-batch";
  return word;
}

/** Whether the arguments ask for a batch (`--jsonl`, `--csv`): many replies in one process. */
export function isBatch(argv: readonly string[]): boolean {
  return argv.some((arg) => /^--(jsonl|csv)(=|$)/.test(arg));
}

/**
 * How far V8 lets the heap grow past what a full collection left alive before it collects
 * again, in percent (its own choice is up to four times). A batch keeps some 55 MB alive (the
 * matchers, the tables of known words); left to itself V8 then let the heap reach 350 MB on
 * 500,000 replies, growing with the input. With 30 % peak memory stays near 200 MB whatever the
 * input size, for the same CPU time (a full collection of this heap is rare and short). The flag
 * is the process's: worker threads follow it too.
 */
export const HEAP_GROWING_PERCENT = 30;

function boundHeapGrowth(): void {
  require("node:v8").setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** $XDG_CACHE_HOME/replybook or ~/.cache/replybook: the catalog cache's folder too (src/catalog/cache.ts). */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "replybook");
  return join(env.HOME || homedir(), ".cache", "replybook");
}

/** How many runs of a command write its cache (the first, then each adding what it compiled). */
export const CODE_CACHE_GENERATIONS = 5;

export interface CodeCache {
  data: Buffer;
  /** How many runs have written it. */
  generation: number;
}

/** The file is the key's length (4 bytes), the key, the generation (1 byte), then V8's data. */
export function readCodeCache(file: string, stamp: string): CodeCache | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length < 5) return undefined;
  const keyLength = data.readUInt32LE(0);
  if (5 + keyLength > data.length || data.toString("utf8", 4, 4 + keyLength) !== stamp) return undefined;
  return { generation: data[4 + keyLength]!, data: data.subarray(5 + keyLength) };
}

export function writeCodeCache(file: string, stamp: string, data: Buffer, generation: number): void {
  const key = Buffer.from(stamp, "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(key.length, 0);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, Buffer.concat([length, key, Buffer.from([Math.min(generation, 255)]), data]), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written (read-only home, full disk) only costs speed.
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to remove */
    }
  }
}
