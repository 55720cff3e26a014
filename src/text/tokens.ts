/**
 * Words of a text, with their places in the original string.
 *
 * Matching works on words rather than on characters: a phrase can only start and end at a
 * word edge, for every script (JavaScript's `\b` only knows ASCII, so `\bperch\b` would match
 * inside "perché"). Each word is folded: lower case, accents removed, so "perche" matches
 * "perché" and "PERCHÉ". Apostrophes (' ’ ʼ) separate words, which makes "l'ordine" the words
 * "l" and "ordine", and "don't" the words "don" and "t", the same way on both sides.
 */
import { atLeast } from "./grow.js";

export interface Token {
  /** Folded form: lower case, no accents. */
  norm: string;
  /** Start offset in the original text (UTF-16 units, as String#slice takes). */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /**
   * The word's number in this process's table of known words (the same for every token with
   * the same `norm`), or -1 for a word outside it: a key for per-word lookups ({@link WordMemo}).
   */
  id: number;
}

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** Lower case without accents (τόνος and διαλυτικά too), final sigma as σ. ASCII words (most of them) skip the Unicode work. */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const folded = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ς/g, "σ");
  if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(word, folded);
  return folded;
}

/**
 * Word characters are [\p{L}\p{M}\p{N}]; a charCode loop with an ASCII fast path instead of a
 * /u regex per reply (tokenize runs once per reply, and a batch lints millions). Non-ASCII BMP
 * code units are classified once with the same regex and remembered here (0 unknown, 1 word, 2 not).
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const bmpClass = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let k = bmpClass[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    bmpClass[c] = k;
  }
  return k === 1;
}

/** The length (1 or 2 code units) of the word character at i, or 0 when it is not one. */
function wordCharAt(text: string, i: number, c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  return isWordUnit(c) ? 1 : 0;
}

/**
 * The words of a text. The last two texts' tokens are kept: a batch line's complaint is read by
 * the router, then the reply is linted, then the rules read the complaint again. Each call gets
 * its own array: callers read tokens and never change them.
 */
export function tokenize(text: string): Token[] {
  if (text === keptText[0] && keptTokens[0]) return keptTokens[0].slice();
  if (text === keptText[1] && keptTokens[1]) return keptTokens[1].slice();
  const tokens = readTokens(text);
  // The slot used longer ago gives way.
  keptText[1] = keptText[0];
  keptTokens[1] = keptTokens[0];
  keptText[0] = text;
  keptTokens[0] = tokens;
  return tokens;
}
const keptText: Array<string | undefined> = [undefined, undefined];
const keptTokens: Array<Token[] | undefined> = [undefined, undefined];

function readTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let len = wordCharAt(text, i, c);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let lower = true;
    // The word's hash as it is read, for the table of known words (see internedWord).
    let hash = HASH_SEED;
    for (;;) {
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) {
        lower = false;
        c |= 32;
      }
      hash = Math.imul(hash ^ c, HASH_PRIME);
      if (len === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), HASH_PRIME);
      i += len;
      if (i >= n) break;
      c = text.charCodeAt(i);
      len = wordCharAt(text, i, c);
      if (len === 0) break;
    }
    const id = internedId(text, start, i, hash, ascii, lower);
    if (id >= 0) tokens.push({ norm: internNorms[id]!, start, end: i, id });
    else tokens.push({ norm: foldSlice(text.slice(start, i), ascii, lower), start, end: i, id: -1 });
  }
  return tokens;
}

/**
 * Words already seen, folded: the same few thousand words make up most replies of a batch.
 * Looked up by the hash the tokenizer computes as it reads a word and compared in place, a
 * known word costs neither a slice of the text nor a fold, its folded string is the same
 * object every time, and its number (`Token.id`) lets per-word facts be kept in arrays
 * instead of looked up in Maps of strings on every word of every reply. Keyed by the word with
 * ASCII letters in lower case ("Hi" and "hi" are one entry; a fold only lowers those further).
 * The table only grows, up to INTERN_MAX words; words past that are folded each time.
 */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/** The table starts small (a one-reply lint sees a hundred words) and doubles when half full. */
const INTERN_FIRST_SLOTS = 1 << 10;
const INTERN_MAX = 1 << 15;
const INTERN_MAX_LENGTH = 32;
/**
 * The table is one Int32Array, SLOT numbers per slot side by side: the word's hash, its id plus
 * one (0: an empty slot), and where its characters (ASCII letters in lower case) start in
 * `internChars`. A look-up reads one slot and then the characters it points to, two places in
 * memory, where a table of strings cost four or five cache misses per word (the slot, the key
 * string, its hash, its folded form, its id): looking a word up was most of tokenizing.
 */
const SLOT = 4;
const SLOT_HASH = 0;
const SLOT_ID = 1;
const SLOT_CHARS = 2;
const SLOT_LENGTH = 3;
let internSlots = 0;
let internTable = new Int32Array(0);
let internChars = new Uint16Array(INTERN_FIRST_SLOTS * 8);
let internCharsUsed = 0;
/** By id: the word's folded form. */
const internNorms: string[] = [];
let internCount = 0;
growIntern(INTERN_FIRST_SLOTS);

/** Re-makes the table with this many slots, the words keeping their ids and characters. */
function growIntern(slots: number): void {
  const old = internTable;
  internSlots = slots;
  internTable = new Int32Array(slots * SLOT);
  const mask = slots - 1;
  for (let at = 0; at < old.length; at += SLOT) {
    if (old[at + SLOT_ID] === 0) continue;
    let slot = old[at + SLOT_HASH]! & mask;
    while (internTable[slot * SLOT + SLOT_ID] !== 0) slot = (slot + 1) & mask;
    internTable.set(old.subarray(at, at + SLOT), slot * SLOT);
  }
}

/** The id of text[start, end), a word whose hash, ASCII-ness and case the tokenizer found; -1 when it is not kept. */
function internedId(text: string, start: number, end: number, hash: number, ascii: boolean, lower: boolean): number {
  const length = end - start;
  if (length > INTERN_MAX_LENGTH) return -1;
  let mask = internSlots - 1;
  let slot = hash & mask;
  const table = internTable;
  for (let at = slot * SLOT; table[at + SLOT_ID] !== 0; at = slot * SLOT) {
    if (table[at + SLOT_HASH] === hash && table[at + SLOT_LENGTH] === length && sameWord(table[at + SLOT_CHARS]!, length, text, start)) return table[at + SLOT_ID]! - 1;
    slot = (slot + 1) & mask;
  }
  if (internCount >= INTERN_MAX) return -1;
  if (2 * (internCount + 1) > internSlots) {
    growIntern(internSlots * 2);
    mask = internSlots - 1;
    slot = hash & mask;
    while (internTable[slot * SLOT + SLOT_ID] !== 0) slot = (slot + 1) & mask;
  }
  if (internCharsUsed + length > internChars.length) internChars = atLeast(internChars, internCharsUsed + length);
  const chars = internCharsUsed;
  for (let k = 0; k < length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c |= 32;
    internChars[chars + k] = c;
  }
  internCharsUsed += length;
  const id = internCount++;
  const at = slot * SLOT;
  internTable[at + SLOT_HASH] = hash;
  internTable[at + SLOT_ID] = id + 1;
  internTable[at + SLOT_CHARS] = chars;
  internTable[at + SLOT_LENGTH] = length;
  internNorms.push(foldSlice(text.slice(start, end), ascii, lower));
  return id;
}

/**
 * A number per word, computed once per known word (by {@link Token.id}) instead of a Map
 * lookup per token: for facts asked of every word of every reply (is it a stop word, a unit).
 *
 *   const units = new WordMemo((norm) => UNITS.get(norm) ?? 0);
 *   units.get(token); // the minutes of "hours", 0 for "sorry"
 */
export class WordMemo {
  private values = new Int32Array(256);
  private known = new Uint8Array(256);

  constructor(private readonly compute: (norm: string) => number) {}

  get(token: Token): number {
    const id = token.id;
    if (id < 0) return this.compute(token.norm);
    if (id >= this.known.length) this.grow(id);
    if (this.known[id] === 0) {
      this.values[id] = this.compute(token.norm);
      this.known[id] = 1;
    }
    return this.values[id]!;
  }

  private grow(id: number): void {
    this.values = atLeast(this.values, id + 1);
    this.known = atLeast(this.known, id + 1);
  }
}

function foldSlice(word: string, ascii: boolean, lower: boolean): string {
  return ascii ? (lower ? word : word.toLowerCase()) : foldWord(word);
}

/** Whether text at `start` reads the kept word at internChars[chars, chars + length), ASCII letters compared in lower case. */
function sameWord(chars: number, length: number, text: string, start: number): boolean {
  const kept = internChars;
  for (let k = 0; k < length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== kept[chars + k]) return false;
  }
  return true;
}

/**
 * The folded words of a text, as `tokenize(text).map((t) => t.norm)` gives them, but without
 * the table of known words or a token per word: names and short answers (a new customer on
 * nearly every line of a batch) would otherwise fill the table that the words of replies need.
 */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let len = wordCharAt(text, i, c);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let lower = true;
    for (;;) {
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) lower = false;
      i += len;
      if (i >= n) break;
      c = text.charCodeAt(i);
      len = wordCharAt(text, i, c);
      if (len === 0) break;
    }
    words.push(foldSlice(text.slice(start, i), ascii, lower));
  }
  return words;
}

/** Folds a whole phrase to its words, for comparing names and short answers. */
export function foldText(text: string): string {
  return foldWords(text).join(" ");
}
