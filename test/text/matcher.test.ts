// The compiled PhraseMatcher (integer trie, edge hash table, word ids) against the reference
// implementation it replaced: the same matches, in the same order, for any patterns and text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EdgeTable, PhraseMatcher } from "../../src/text/matcher.js";
import { PatternError } from "../../src/text/pattern.js";
import { tokenize } from "../../src/text/tokens.js";
import { ReferenceMatcher } from "./reference-matcher.js";

const WORDS = ["we", "apologise", "for", "any", "the", "inconvenience", "as", "already", "told", "you", "in", "within", "24", "two", "a", "an", "hours", "days", "perché", "non", "è", "colpa", "nostra", "l", "ordine"];
const patternArb = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom("#", "...", "(we|you)", "[any|the]", "(hours|days)", "[a] #")), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(" "));
const textArb = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom("WE", "Perché", ",", ".", "\n", "3", "ventiquattro")), { maxLength: 40 }).map((parts) => parts.join(" "));

function build<M extends { add(pattern: string, key: number): void }>(matcher: M, patterns: string[]): M {
  patterns.forEach((p, i) => {
    try {
      matcher.add(p, i);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
    }
  });
  return matcher;
}

describe("PhraseMatcher", () => {
  it("finds what the reference matcher finds, in the same order", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 12 }), fc.array(textArb, { minLength: 1, maxLength: 4 }), (patterns, texts) => {
        const compiled = build(new PhraseMatcher<number>(), patterns);
        const reference = build(new ReferenceMatcher<number>(), patterns);
        // Several texts through one matcher: its per-walk marks must not leak from one to the next.
        for (const text of texts) {
          const tokens = tokenize(text);
          expect(compiled.match(text, tokens)).toEqual(reference.match(text, tokens));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps the links made while its node table grows (a number or a gap after the 64th node)", () => {
    const patterns = ["we we (hours|days) we # (hours|days)", "non we #", "you [any|the] # we # (hours|days)", "any we we [a] # we we", "in [any|the] we we [any|the]", "two we (hours|days)", "a #", "b ... c"];
    const m = build(new PhraseMatcher<number>(), patterns);
    expect(m.match("a 3").map((x) => x.key)).toContain(6);
    expect(m.match("b x y c").map((x) => x.key)).toEqual([7]);
  });

  it("still finds a word added after a text was matched without it", () => {
    const m = new PhraseMatcher<string>();
    m.add("within # hours", "within");
    expect(m.match("sorry about that")).toEqual([]);
    m.add("sorry", "sorry");
    expect(m.match("sorry about that").map((x) => x.key)).toEqual(["sorry"]);
  });

  it("matches as the reference does when loaded from its data, and when patterns are added to a loaded one", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 2, maxLength: 12 }), fc.array(textArb, { minLength: 1, maxLength: 3 }), (patterns, texts) => {
        const half = Math.ceil(patterns.length / 2);
        const first = build(new PhraseMatcher<number>(), patterns.slice(0, half));
        for (const text of texts) first.match(text);
        const loaded = PhraseMatcher.fromData<number>(first.toData());
        const reference = build(new ReferenceMatcher<number>(), patterns.slice(0, half));
        for (const text of texts) expect(loaded.match(text)).toEqual(reference.match(text, tokenize(text)));
        // The rest added to the loaded trie, then loaded again from its data.
        patterns.slice(half).forEach((p, i) => {
          try {
            loaded.add(p, half + i);
            reference.add(p, half + i);
          } catch (error) {
            if (!(error instanceof PatternError)) throw error;
          }
        });
        const again = PhraseMatcher.fromData<number>(loaded.toData());
        for (const text of texts) {
          const expected = reference.match(text, tokenize(text));
          expect(loaded.match(text)).toEqual(expected);
          expect(again.match(text)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("EdgeTable", () => {
  it("keeps every edge through growth", () => {
    const table = new EdgeTable();
    for (let node = 0; node < 300; node++) for (let word = 0; word < 10; word++) table.set(node, word, node * 10 + word);
    expect(table.size).toBe(3000);
    for (let node = 0; node < 300; node++) for (let word = 0; word < 10; word++) expect(table.get(node, word)).toBe(node * 10 + word);
    expect(table.get(300, 0)).toBe(-1);
    table.set(5, 5, 7);
    expect(table.get(5, 5)).toBe(7);
    expect(table.size).toBe(3000);
  });
});
