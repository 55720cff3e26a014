/**
 * Words of a text, with their places in the original string.
 *
 * Matching works on words rather than on characters: a phrase can only start and end at a
 * word edge, for every script (JavaScript's `\b` only knows ASCII, so `\bperch\b` would match
 * inside "perché"). Each word is folded: lower case, accents removed, so "perche" matches
 * "perché" and "PERCHÉ". Apostrophes (' ’ ʼ) separate words, which makes "l'ordine" the words
 * "l" and "ordine", and "don't" the words "don" and "t", the same way on both sides.
 */
export interface Token {
  /** Folded form: lower case, no accents. */
  norm: string;
  /** Start offset in the original text (UTF-16 units, as String#slice takes). */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** Lower case without accents. ASCII words (most of them) skip the Unicode work. */
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
  const folded = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
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

export function tokenize(text: string): Token[] {
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
    let ascii = c < 128;
    let lower = !(c >= 65 && c <= 90);
    i += len;
    while (i < n) {
      c = text.charCodeAt(i);
      len = wordCharAt(text, i, c);
      if (len === 0) break;
      if (c >= 128) ascii = false;
      else if (c >= 65 && c <= 90) lower = false;
      i += len;
    }
    const word = text.slice(start, i);
    tokens.push({ norm: ascii ? (lower ? word : word.toLowerCase()) : foldWord(word), start, end: i });
  }
  return tokens;
}

/** Folds a whole phrase to its words, for comparing names and short answers. */
export function foldText(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(" ");
}
