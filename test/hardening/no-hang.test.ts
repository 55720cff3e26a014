// Whatever a phrase list says, matching stays linear: adversarial entries at the syntax limits
// (many gaps, numbers, deep and wide alternations) against 1 MB of adversarial text must finish.
// The bound is generous on purpose: this guards against hangs, not speed. It is CPU time, so a
// loaded CI machine does not make it flaky; the wall-clock bound only catches a real hang. The
// matches are counted per slice of the text rather than kept: the time of the walk is the point.
import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { MAX_GAP_WORDS, MAX_VARIANTS, MAX_WORDS, PatternError } from "../../src/text/pattern.js";
import { tokenize } from "../../src/text/tokens.js";

const MB = 1024 * 1024;

/** Entries at the limits of the syntax; each one is accepted by expandPattern. */
function adversarialEntries(): string[] {
  const maxGaps = Array.from({ length: Math.ceil(MAX_WORDS / 2) }, () => "a").join(" ... ");
  const maxGapsMiss = Array.from({ length: Math.ceil(MAX_WORDS / 2) - 1 }, () => "a").join(" ... ") + " ... zzz";
  const numbers = "# ... # ... # ... # ... a";
  const numberGaps = "a ... # ... # ... # ... #";
  // (a|a a|a a a|# a) repeated as often as MAX_VARIANTS (4^n variants) and MAX_WORDS (3n words) allow.
  const groups = Math.min(Math.floor(Math.log(MAX_VARIANTS) / Math.log(4)), Math.floor(MAX_WORDS / 3));
  const wide = Array.from({ length: groups }, () => "(a|a a|a a a|# a)").join(" ");
  const deep = "[a|" + "[a|".repeat(6) + "a" + "]".repeat(7) + " a";
  const prefix = Array.from({ length: MAX_WORDS - 1 }, () => "a").join(" ") + " b";
  const repeated = "(a b|a b a|b a) ... (a b|a b a|b a) ... (a|b)";
  return [maxGaps, maxGapsMiss, numbers, numberGaps, wide, deep, prefix, repeated, "a ... a", "a", "a #", "# a"];
}

/** 1 MB of text that every entry above half-matches everywhere. */
function adversarialTexts(): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return {
    "a a a a ...": fill("a "),
    numbers: fill("1 two 3 ventiquattro 48 due "),
    "repeated prefixes": fill("a b a b a a b a b a a a b "),
    "long word runs": fill("a".repeat(1000) + " "),
    mixed: fill("a 1 a a, b. a... # a (a|b) "),
  };
}

describe("phrase matching cannot hang", () => {
  it("accepts the adversarial entries (they are within the limits)", () => {
    const matcher = new PhraseMatcher<number>();
    for (const [i, entry] of adversarialEntries().entries()) {
      try {
        matcher.add(entry, i);
      } catch (error) {
        throw new Error(`entry ${i} "${entry}" refused: ${(error as PatternError).message}`);
      }
    }
    expect(matcher.size).toBe(adversarialEntries().length);
    expect(MAX_GAP_WORDS).toBeLessThanOrEqual(3);
  });

  it.each(Object.entries(adversarialTexts()))(
    "matches 1 MB of %s against every adversarial entry in bounded time",
    (_name, text) => {
      const matcher = new PhraseMatcher<number>();
      adversarialEntries().forEach((entry, i) => matcher.add(entry, i));
      const cpu = process.cpuUsage();
      const wall = Date.now();
      const tokens = tokenize(text);
      let count = 0;
      // Count instead of keeping: the point is the time of the walk, not the memory of the result.
      for (let i = 0; i < tokens.length; i += 20_000) count += matcher.match(text, tokens.slice(Math.max(0, i - MAX_WORDS * 4), i + 20_000)).length;
      const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
      // Linear output: at most every entry ending at every place a match can reach from each word.
      expect(count).toBeLessThanOrEqual(tokens.length * adversarialEntries().length * MAX_WORDS * (MAX_GAP_WORDS + 1));
      // The worst case here ("a a a a", ~36 million matches: every end of every entry from every
      // word) takes ~17 s of CPU on a loaded 2-core machine; a super-linear walk would take hours.
      expect(cpuSeconds).toBeLessThan(30);
      expect((Date.now() - wall) / 1000).toBeLessThan(150);
    },
    200_000,
  );

  it("matches a 1 MB text in one call when the entries are realistic and the text is adversarial", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("as ... already (told|said|explained) [to] you", "blame");
    matcher.add("we (apologise|apologize) for [any|the] inconvenience [caused]", "canned");
    matcher.add("within # (hours|days|ore|giorni)", "within");
    const text = "as as as already already told told you we we apologise for for any any within 24 24 hours ".repeat(Math.ceil(MB / 90));
    const cpu = process.cpuUsage();
    const matches = matcher.match(text);
    expect(process.cpuUsage(cpu).user / 1e6).toBeLessThan(20);
    for (const m of matches.slice(0, 1000)) expect(m.end).toBeLessThanOrEqual(text.length);
  }, 120_000);
});
