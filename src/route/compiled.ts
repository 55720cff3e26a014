/**
 * The router's matchers compiled ahead of time. Expanding a language's triggers, negative cues,
 * kind cues and concepts (some 75,000 word sequences), stemming every word and building the tries costs
 * about half a second of CPU, which a single `replybook route` (or `draft`, or `lint` with a
 * complaint) would pay before routing one message. `npm run build` does it once for the
 * shipped playbooks (src/build/route-compiled.ts) and saves the tries in
 * dist/compiled/route-<locale>.json; ./route.ts loads them when their key still matches.
 *
 * A key is a hash of everything the trie is made from: the format, the language, its patterns
 * in order (which playbook, which trigger) and the spellings table (./synonyms.ts). Playbooks
 * of one's own in a language change that language's trigger key, so its triggers are compiled
 * at run time as before; the kind cues and the concepts keep their keys and their saved tries.
 *
 * The tries' file is a JSON line and then their numbers as little-endian Int32 arrays, read in
 * place (./compiled.ts#encodeTries); the words' file is JSON.
 */
import { createHash } from "node:crypto";
import { endianness } from "node:os";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { PACKAGE_ROOT } from "../core/root.js";
import { PhraseMatcher } from "../text/matcher.js";
import type { SavedLearnt } from "./learnt.js";
import { SYNONYMS } from "./synonyms.js";

/** Bump when the trie's layout or the normalization changes in a way the key does not see. */
const FORMAT = 1;

/**
 * Where `npm run build` writes a language's compiled router: its tries ("tries", read for the
 * language a message is routed in) and its cue words and vocabulary ("words", read for every
 * language, to tell which one a message is in), and its learnt classifiers ("learnt", read for the
 * language a message is routed in; ./learnt.ts). `name` is the language, or "el-sound" for the
 * Greek playbooks compared by sound (the Greeklish router, ./route.ts#GREEK_BY_SOUND).
 */
export function compiledRouterUrl(name: string, part: RouterPart): URL {
  return new URL(`dist/compiled/route-${name}-${part}.${part === "tries" ? "bin" : "json"}`, PACKAGE_ROOT);
}

export type RouterPart = "tries" | "words" | "learnt";

/** The key of a trie made from these patterns in this language (each list: one playbook's triggers or not-triggers, or one kind's cues). */
export function compiledKey(locale: string, what: string, patterns: unknown): string {
  return createHash("sha1")
    .update(JSON.stringify([FORMAT, locale, what, SYNONYMS[locale] ?? null, patterns]))
    .digest("hex");
}

/**
 * A trie as saved: its key, its keys and words, and where its numbers sit in the file's binary
 * part ([byte offset, count] per array).
 */
interface SavedTrie {
  key: string;
  keys: unknown[];
  keyDedupe: number[];
  keyAccepts: number[];
  words: string[];
  edgeCount: number;
  arrays: Record<(typeof ARRAYS)[number], [number, number]>;
}

/** A language's tries by name ("triggers", "kinds"), with the binary part their numbers are in. */
export interface CompiledRouter {
  tries: Record<string, SavedTrie>;
  binary: Uint8Array;
}

const ARRAYS = ["info", "edges", "rootChild", "accepts"] as const;

/**
 * Tries as one file: a line of JSON (keys, words, where each array is), then the arrays'
 * little-endian Int32 numbers, each at an offset a multiple of 4 from the binary part's start,
 * read in place without parsing or copying.
 */
export function encodeTries(tries: Record<string, { key: string; matcher: PhraseMatcher<unknown> }>): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const header: Record<string, SavedTrie> = {};
  for (const [name, { key, matcher }] of Object.entries(tries)) {
    const data = matcher.toData();
    const arrays = {} as SavedTrie["arrays"];
    for (const a of ARRAYS) {
      const ints = data[a];
      chunks.push(Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength));
      arrays[a] = [offset, ints.length];
      offset += ints.byteLength;
    }
    header[name] = { key, keys: data.keys, keyDedupe: data.keyDedupe, keyAccepts: data.keyAccepts, words: data.words, edgeCount: data.edgeCount, arrays };
  }
  // The header line is ASCII (\u escapes), padded with spaces so the numbers start at a multiple of 4.
  let line = JSON.stringify(header).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  while ((line.length + 1) % 4) line += " ";
  return Buffer.concat([Buffer.from(`${line}\n`, "latin1"), ...chunks]);
}

function decodeTries(file: Buffer): CompiledRouter | undefined {
  // The numbers were written in the byte order of the machine that built them.
  if (endianness() !== "LE") return undefined;
  const newline = file.indexOf(10);
  if (newline < 0 || (newline + 1) % 4 !== 0 || (file.byteOffset + newline + 1) % 4 !== 0) return undefined;
  const tries = JSON.parse(file.toString("latin1", 0, newline)) as Record<string, SavedTrie>;
  return { tries, binary: file.subarray(newline + 1) };
}

/** The matcher saved under `name` when its key is `key`, else undefined. */
export function loadTrie<K>(router: CompiledRouter | undefined, name: string, key: string): PhraseMatcher<K> | undefined {
  const saved = router?.tries[name];
  if (!router || !saved || saved.key !== key) return undefined;
  const ints = (a: (typeof ARRAYS)[number]) => {
    const [offset, count] = saved.arrays[a];
    return new Int32Array(router.binary.buffer, router.binary.byteOffset + offset, count);
  };
  try {
    return PhraseMatcher.fromData<K>({
      keys: saved.keys as K[],
      keyDedupe: saved.keyDedupe,
      keyAccepts: saved.keyAccepts,
      words: saved.words,
      info: ints("info"),
      edges: ints("edges"),
      edgeCount: saved.edgeCount,
      rootChild: ints("rootChild"),
      accepts: ints("accepts"),
    });
  } catch {
    return undefined;
  }
}

/** A language's cue words (word -> [playbook, weight] pairs) and vocabulary, saved with their key. */
export interface SavedWords {
  key: string;
  cues: Array<[string, number[]]>;
  vocabulary: string[];
}

const read = new Map<string, unknown>();

/**
 * What `npm run build` saved for a language, or undefined (none, unreadable, or
 * REPLYBOOK_NO_COMPILED=1, which makes every run compile as if there were none).
 */
export function readCompiled(locale: string, part: "tries"): CompiledRouter | undefined;
export function readCompiled(locale: string, part: "words"): SavedWords | undefined;
export function readCompiled(locale: string, part: "learnt"): SavedLearnt | undefined;
export function readCompiled(locale: string, part: RouterPart): unknown {
  const id = `${locale}-${part}`;
  if (read.has(id)) return read.get(id);
  let saved: unknown;
  if (process.env.REPLYBOOK_NO_COMPILED !== "1") {
    try {
      const url = compiledRouterUrl(locale, part);
      saved = part === "tries" ? decodeTries(readAligned(url)) : JSON.parse(readFileSync(url, "latin1"));
    } catch {
      saved = undefined;
    }
  }
  read.set(id, saved);
  return saved;
}

/** A file's bytes in a buffer of their own (offset 0: its Int32 arrays can be read in place). */
function readAligned(url: URL): Buffer {
  const fd = openSync(url, "r");
  try {
    const size = fstatSync(fd).size;
    const out = Buffer.from(new ArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, out, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return out.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
