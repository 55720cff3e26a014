// Any phrase pattern is either refused with a PatternError or compiles; matching any text
// (emoji, right-to-left scripts, control characters, lone surrogates, very long words) never
// throws, and every match lies inside the text, on word edges.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { expandPattern, GAP, MAX_VARIANTS, MAX_WORDS, NUM, PatternError } from "../../src/text/pattern.js";
import { tokenize } from "../../src/text/tokens.js";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Pieces that stress the pattern syntax and the tokenizer. */
const PATTERN_PIECES = ["(", ")", "[", "]", "|", "...", "…", "#", " ", "  ", "a", "we", "can't", "perché", "ΚΑΛΗ", "24", "due", "…", ".", "'", "’", "\u0000", "\u200f", "😀", "x".repeat(40)];
const TEXT_PIECES = [
  " ", "\n", "\t", "\r\n", "a", "we", "apologise", "for", "any", "inconvenience", "24", "two", "ventiquattro", "ore", "perché", "PERCHÉ", "l'ordine", "don’t",
  "😀", "👩‍👩‍👧", "🇮🇹", "مرحبا", "שלום", "\u202e", "\u200f", "\u0301", "e\u0301", "\u001b[31m", "\u0000", "\u0007", "\u009b", "\ud800", "\udfff", "Σ", "ß", "İ", "ﬁ",
  "x".repeat(5000), "9".repeat(300),
];

const patternArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.array(fc.constantFrom(...PATTERN_PIECES), { maxLength: 30 }).map((parts) => parts.join("")),
);
const textArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 60 }).map((parts) => parts.join(" ")),
  fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 60 }).map((parts) => parts.join("")),
);

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

describe("expandPattern on any string", () => {
  it("either refuses with a PatternError or gives bounded word sequences", () => {
    fc.assert(
      fc.property(patternArb, (pattern) => {
        let sequences: string[][];
        try {
          sequences = expandPattern(pattern);
        } catch (error) {
          expect(error).toBeInstanceOf(PatternError);
          expect((error as PatternError).column).toBeGreaterThanOrEqual(1);
          expect((error as PatternError).column).toBeLessThanOrEqual(pattern.length + 1);
          return;
        }
        expect(sequences.length).toBeGreaterThan(0);
        expect(sequences.length).toBeLessThanOrEqual(MAX_VARIANTS);
        for (const seq of sequences) {
          expect(seq.length).toBeGreaterThan(0);
          expect(seq.length).toBeLessThanOrEqual(MAX_WORDS);
          expect(seq[0]).not.toBe(GAP);
          expect(seq[seq.length - 1]).not.toBe(GAP);
          expect(seq.some((w) => w !== GAP && w !== NUM)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses patterns that would expand past the limits instead of running out of memory", () => {
    const wide = Array.from({ length: 12 }, () => "(a|b|c|d)").join(" ");
    expect(() => expandPattern(wide)).toThrow(PatternError);
    const deep = "[".repeat(20) + "a" + "]".repeat(20);
    expect(() => expandPattern(deep)).toThrow(PatternError);
    const long = Array.from({ length: MAX_WORDS + 1 }, () => "w").join(" ");
    expect(() => expandPattern(long)).toThrow(PatternError);
  });
});

describe("PhraseMatcher on any text", () => {
  it("never throws; every match lies inside the text and on word edges", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 6 }), textArb, (patterns, text) => {
        const matcher = new PhraseMatcher<number>();
        patterns.forEach((p, i) => {
          try {
            matcher.add(p, i);
          } catch (error) {
            expect(error).toBeInstanceOf(PatternError);
          }
        });
        const tokens = tokenize(text);
        for (const m of matcher.match(text, tokens)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.firstToken).toBeLessThanOrEqual(m.lastToken);
          expect(m.start).toBe(tokens[m.firstToken]!.start);
          expect(m.end).toBe(tokens[m.lastToken]!.end);
          // Word edges: no letter, mark or digit right before the start or right after the end.
          expect(WORD_CHAR.test(codePointBefore(text, m.start))).toBe(false);
          expect(WORD_CHAR.test(codePointAt(text, m.end))).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("finds a planted phrase whatever surrounds it, and reports each key and range once", () => {
    const phrases = ["we apologise for any inconvenience", "as i already told you", "within 24 hours", "perché no"];
    fc.assert(
      fc.property(textArb, fc.constantFrom(...phrases), textArb, (before, phrase, after) => {
        const matcher = new PhraseMatcher<string>();
        matcher.add("we (apologise|apologize) for [any|the] inconvenience", "inconvenience");
        matcher.add("as ... already told you", "blame");
        matcher.add("within # (hours|days)", "within");
        matcher.add("perche no", "perche");
        const text = `${before} ${phrase.toUpperCase()} ${after}`;
        const at = before.length + 1;
        const matches = matcher.match(text);
        expect(matches.some((m) => m.start === at && m.end === at + phrase.length)).toBe(true);
        const ranges = matches.map((m) => `${m.key}:${m.start}:${m.end}`);
        expect(new Set(ranges).size).toBe(ranges.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("handles very long words and texts made of separators only", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("a ... b", "ab");
    for (const text of ["a".repeat(1_000_000), " ".repeat(100_000), "\u0000".repeat(100_000), "😀".repeat(100_000), `a ${"b".repeat(500_000)} b`]) {
      expect(() => matcher.match(text)).not.toThrow();
    }
  });
});
