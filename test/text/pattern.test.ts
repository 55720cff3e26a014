import { describe, expect, it } from "vitest";
import { expandPattern, GAP, NUM, PatternError } from "../../src/text/pattern.js";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { tokenize, foldWord } from "../../src/text/tokens.js";

describe("tokenize", () => {
  it("folds case and accents and keeps offsets", () => {
    const text = "Il pacco è ARRIVATO: perché?";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["il", "pacco", "e", "arrivato", "perche"]);
    expect(text.slice(tokens[4]!.start, tokens[4]!.end)).toBe("perché");
  });
  it("splits on straight and curly apostrophes alike", () => {
    expect(tokenize("l’ordine").map((t) => t.norm)).toEqual(tokenize("l'ordine").map((t) => t.norm));
    expect(tokenize("don’t").map((t) => t.norm)).toEqual(["don", "t"]);
  });
  it("folds decomposed accents", () => {
    expect(foldWord("perche\u0301")).toBe("perche");
  });
});

describe("expandPattern", () => {
  it.each([
    ["we (apologise|apologize) for [any|the] inconvenience", 6],
    ["as ... already told you", 1],
    ["in # (hours|days)", 2],
    ["(a|b) (c|d) [e]", 8],
  ])("%s expands to %i variants", (pattern, count) => {
    expect(expandPattern(pattern)).toHaveLength(count);
  });
  it("keeps gaps and numbers as markers", () => {
    expect(expandPattern("as ... told # times")).toEqual([["as", GAP, "told", NUM, "times"]]);
  });
  it.each([
    ["(unclosed", /not closed/],
    ["closed)", /unexpected/],
    ["... leading gap", /between words/],
    ["#", /plain word/],
    ["((((((((((deep))))))))))", /nested too deeply/],
    ["(a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d) (a|b|c|d)", /more than 2048/],
  ])("rejects %s", (pattern, message) => {
    expect(() => expandPattern(pattern)).toThrow(PatternError);
    expect(() => expandPattern(pattern)).toThrow(message);
  });
});

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add("as soon as possible", "asap");
  matcher.add("non (è|e) colpa nostra", "blame-it");
  matcher.add("as ... already told you", "told");
  matcher.add("in # hours", "hours");

  it("matches whole words only, for any script", () => {
    expect(matcher.match("perché non è colpa nostra")).toHaveLength(1);
    expect(matcher.match("as soon as possibletoday")).toHaveLength(0);
  });
  it("is case-, accent- and spacing-insensitive", () => {
    const text = "We'll do it AS  SOON\nas Possible.";
    const [m] = matcher.match(text);
    expect(m?.key).toBe("asap");
    expect(text.slice(m!.start, m!.end)).toBe("AS  SOON\nas Possible");
  });
  it("skips up to three words at a gap, not four", () => {
    expect(matcher.match("as we have already told you").map((m) => m.key)).toEqual(["told"]);
    expect(matcher.match("as one two three four already told you")).toHaveLength(0);
  });
  it("matches numbers as digits or words", () => {
    expect(matcher.match("in 2 hours").map((m) => m.key)).toEqual(["hours"]);
    expect(matcher.match("in two hours").map((m) => m.key)).toEqual(["hours"]);
  });
});

describe("number words", () => {
  it("never takes an object's own machinery for a number", async () => {
    const { numberValue } = await import("../../src/text/numbers.js");
    expect(numberValue("constructor")).toBeUndefined();
    expect(numberValue("__proto__")).toBeUndefined();
    expect(numberValue("tostring")).toBeUndefined();
    expect(numberValue("due")).toBe(2);
    const m = new PhraseMatcher<string>();
    m.add("in # hours", "hours");
    expect(m.match("in constructor hours")).toHaveLength(0);
  });
});
