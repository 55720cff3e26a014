import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldWord, foldWords, tokenize, WordMemo } from "../../src/text/tokens.js";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Tokenizing the plain way: every word sliced out and folded. */
function referenceTokens(text: string): Array<{ norm: string; start: number; end: number }> {
  const out: Array<{ norm: string; start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    if (!WORD_CHAR.test(cp) || (cp.length === 1 && cp.charCodeAt(0) >= 0xd800 && cp.charCodeAt(0) <= 0xdfff)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const c = String.fromCodePoint(text.codePointAt(i)!);
      if (!WORD_CHAR.test(c) || (c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) break;
      i += c.length;
    }
    out.push({ norm: foldWord(text.slice(start, i)), start, end: i });
  }
  return out;
}

const PIECES = ["Hi", "hi", "HI", "perché", "PERCHÉ", "Perche\u0301", "l'ordine", "don’t", "ΟΔΟΣ", "οδος", "24h", "Straße", "😀", "𝐀𝐁", "x".repeat(40), "İstanbul", " ", "\n", ","];
const textArb = fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(" ")), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join("")));

describe("tokenize", () => {
  it("gives the words a plain slice-and-fold gives, whatever was tokenized before", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const tokens = tokenize(text);
        expect(tokens.map(({ norm, start, end }) => ({ norm, start, end }))).toEqual(referenceTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives one id per folded word, the same on every call", () => {
    const [a, b, c, d] = tokenize("Sorry sorry SORRY sorted");
    expect(a!.id).toBeGreaterThanOrEqual(0);
    expect(b!.id).toBe(a!.id);
    expect(c!.id).toBe(a!.id);
    expect(d!.id).not.toBe(a!.id);
    expect(tokenize("sorry")[0]!.id).toBe(a!.id);
    // A very long word is folded each time, without an id.
    expect(tokenize("x".repeat(100))[0]!.id).toBe(-1);
  });

  it("keeps each word's id and folded form as the table of known words grows", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `Wörd${i.toString(36)}X`);
    const first = tokenize(words.join(" "));
    const again = tokenize(words.slice().reverse().join(" ")).reverse();
    expect(again.map((t) => [t.id, t.norm])).toEqual(first.map((t) => [t.id, t.norm]));
    expect(new Set(first.map((t) => t.id)).size).toBe(words.length);
    expect(first[0]!.norm).toBe("word0x");
  });
});

describe("WordMemo", () => {
  it("computes once per known word and directly for the others", () => {
    let calls = 0;
    const memo = new WordMemo((norm) => {
      calls++;
      return norm.length;
    });
    const [hello, again] = tokenize("hello HELLO");
    expect(memo.get(hello!)).toBe(5);
    expect(memo.get(again!)).toBe(5);
    expect(calls).toBe(1);
    const long = tokenize("y".repeat(50))[0]!;
    expect(memo.get(long)).toBe(50);
    expect(memo.get(long)).toBe(50);
    expect(calls).toBe(3);
  });

  it("folds words without the table of known words, as tokenize folds them", () => {
    for (const text of ["Laura Bianchi", "NICCOLÒ dell'Acqua", "José-María Ñúñez", "  ", "Dario 2°", "Ζωή Παπαδοπούλου", "x".repeat(40) + " Y", "emoji 😀 name"]) {
      expect(foldWords(text)).toEqual(tokenize(text).map((t) => t.norm));
      expect(foldText(text)).toBe(tokenize(text).map((t) => t.norm).join(" "));
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 40 }), (text) => {
        expect(foldWords(text)).toEqual(tokenize(text).map((t) => t.norm));
      }),
    );
  });
});
