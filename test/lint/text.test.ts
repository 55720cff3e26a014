import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/lint/quotes.js";
import { minutesToEndOfDay, minutesToWeekday } from "../../src/lint/time.js";
import { threadParts, countLength } from "../../src/lint/rules/max-length.js";

describe("quotes", () => {
  const quoted = (text: string) => findQuotes(text).map(([s, e]) => text.slice(s, e));
  it.each([
    ['You wrote "your fault" twice.', ['"your fault"']],
    ["You wrote “your fault”.", ["“your fault”"]],
    ["Ha scritto «non è colpa nostra».", ["«non è colpa nostra»"]],
    ["You wrote 'your fault' in your post.", ["'your fault'"]],
    ["You wrote ‘your fault’.", ["‘your fault’"]],
  ])("%s", (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([["I'm sorry, it's not ok and we don't know."], ["L'ordine è partito, un'ora fa, dall'hub."], ["Il pacco è un po' rovinato, l'ho visto."], ["The customers' parcels and Laura's box."], ["l’ordine e un’ora"]])(
    "apostrophes are not quotes: %s",
    (text) => {
      expect(findQuotes(text)).toEqual([]);
    },
  );

  it("a stray mark does not hide the rest of a long reply", () => {
    const text = `He said "hello ${"word ".repeat(100)}`;
    expect(findQuotes(text)).toEqual([]);
  });
});

describe("time", () => {
  const wednesday = new Date(2026, 0, 14, 10, 0);
  it("counts to the end of the day", () => {
    expect(minutesToEndOfDay(wednesday, 0)).toBe(14 * 60);
    expect(minutesToEndOfDay(wednesday, 1)).toBe(38 * 60);
  });
  it("counts to the end of the next weekday, a week ahead for today", () => {
    expect(minutesToWeekday(wednesday, 5)).toBe(2 * 1440 + 14 * 60);
    expect(minutesToWeekday(wednesday, 3)).toBe(7 * 1440 + 14 * 60);
  });
});

describe("thread parts", () => {
  it("splits leading and trailing numbering, and leaves single replies whole", () => {
    const lead = "1/2 first part\n2/2 second part";
    expect(threadParts(lead).map((p) => lead.slice(p.start, p.end))).toEqual(["1/2 first part", "2/2 second part"]);
    const trail = "first part 1/2\nsecond part 2/2";
    expect(threadParts(trail).map((p) => trail.slice(p.start, p.end))).toEqual(["first part 1/2", "second part 2/2"]);
    expect(threadParts("We deliver 24/7. Sorry!")).toHaveLength(1);
  });
  it("counts code points, and links as 23 on X", () => {
    expect(countLength("😀😀", false)).toBe(2);
    expect(countLength(`see https://example.com/${"x".repeat(100)} now`, true)).toBe(4 + 23 + 4);
  });
});
