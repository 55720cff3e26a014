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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ norm: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Folds a whole phrase to its words, for comparing names and short answers. */
export function foldText(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(" ");
}
