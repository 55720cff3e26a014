// The duration parser reads what colleagues write in playbooks and what agents type in replies:
// it never throws, never returns a nonsense value, and reads back what formatDuration writes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactDuration, formatDuration, MAX_DURATION_MINUTES, parseDuration, parsePostedAt } from "../../src/text/duration.js";

const PIECES = ["1", "24", "2,5", "0", "00", "999999999999", "h", "d", "m", "w", "hours", "ore", "giorni", "working", "lavorativi", "day", "and", "e", "mezz'ora", "half an hour", "ago", "fa", "-", ".", " ", "ωρες", "😀", "\u0000", "\u202e", "1e9", "Infinity", "NaN", "two", "ventiquattro"];
/** "N unit" with N anything a person (or a fuzzer) can type: huge, tiny, fractional, zero-padded. */
const numberText = fc.oneof(
  fc.nat().map(String),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
  fc.double({ min: 0, max: 1e12, noNaN: true }).map((n) => String(n)),
  fc.stringMatching(/^\d{1,50}([.,]\d{1,10})?$/),
);
const numberedText = fc
  .tuple(numberText, fc.constantFrom("", " "), fc.constantFrom("m", "h", "d", "w", "minutes", "hours", "days", "weeks", "ore", "giorni", "working days"), fc.constantFrom("", " ago", " fa"))
  .map(([n, space, unit, ago]) => `${n}${space}${unit}${ago}`);

const anyText = fc.oneof(
  numberedText,
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(" ")),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join("")),
);

const UNITS = { minute: 1, hour: 60, day: 1440, week: 10080 } as const;

describe("parseDuration", () => {
  it("never throws, and a result is a positive finite number of minutes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = parseDuration(text);
        if (d === undefined) return;
        expect(Number.isFinite(d.minutes)).toBe(true);
        expect(d.minutes).toBeGreaterThanOrEqual(1);
        expect(d.minutes).toBeLessThanOrEqual(MAX_DURATION_MINUTES);
        expect(() => formatDuration(d, "en")).not.toThrow();
        expect(d.text).toBe(text.trim());
      }),
      { numRuns: 5000 },
    );
  });

  it.each(["en", "it"])("reads back what formatDuration writes in %s, for whole units", (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(...(Object.keys(UNITS) as Array<keyof typeof UNITS>)), (n, unit) => {
        const minutes = n * UNITS[unit];
        const written = formatDuration(minutes, locale);
        expect(parseDuration(written)?.minutes, written).toBe(minutes);
        expect(parseDuration(compactDuration(minutes))?.minutes, compactDuration(minutes)).toBe(minutes);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(["en", "it"])("reads back working days in %s", (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), (n) => {
        const written = formatDuration({ minutes: n * 1440, working: true, text: "" }, locale);
        const back = parseDuration(written);
        expect(back?.minutes, written).toBe(n * 1440);
        expect(back?.working, written).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parsePostedAt", () => {
  it("never throws and never returns an invalid date", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    fc.assert(
      fc.property(fc.oneof(anyText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (text) => {
        const at = parsePostedAt(text, now);
        // An invalid Date here would throw later, in toISOString(), deep inside draft or the case log.
        if (at) expect(() => at.toISOString()).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });
});
