import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration, parsePostedAt, compactDuration } from "../../src/text/duration.js";

describe("parseDuration", () => {
  it.each([
    ["24h", 1440],
    ["2d", 2880],
    ["90m", 90],
    ["1h30m", 90],
    ["1 working day", 1440],
    ["2 business days", 2880],
    ["1 week", 10080],
    ["48 ore", 2880],
    ["2 giorni lavorativi", 2880],
    ["due giorni", 2880],
    ["mezz'ora", 30],
    ["half an hour", 30],
    ["an hour", 60],
    ["3 days", 4320],
  ])("%s = %i minutes", (text, minutes) => {
    expect(parseDuration(text)?.minutes).toBe(minutes);
  });
  it("marks working days", () => {
    expect(parseDuration("1 working day")?.working).toBe(true);
  });
  it.each(["", "soon", "24", "h", "tomorrow", "24 parsecs", "-2d", "x".repeat(100)])("rejects %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("formatDuration", () => {
  it.each([
    [1440, "en", "24 hours"],
    [2880, "en", "2 days"],
    [2880, "it", "2 giorni"],
    [60, "it", "1 ora"],
    [90, "en", "90 minutes"],
    [10080, "it", "1 settimana"],
  ])("%i minutes in %s is %s", (minutes, locale, text) => {
    expect(formatDuration(minutes, locale)).toBe(text);
  });
  it("round-trips through parseDuration", () => {
    for (const m of [30, 60, 1440, 2880, 4320, 10080]) for (const l of ["en", "it"]) expect(parseDuration(formatDuration(m, l))?.minutes).toBe(m);
  });
  it("compacts", () => expect([compactDuration(1440), compactDuration(90), compactDuration(120)]).toEqual(["1d", "90m", "2h"]));
});

describe("parsePostedAt", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  it("reads '3h ago' and ISO times", () => {
    expect(parsePostedAt("3h ago", now)?.toISOString()).toBe("2026-11-22T09:00:00.000Z");
    expect(parsePostedAt("2 ore fa", now)?.toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(parsePostedAt("2026-11-21T08:00:00Z", now)?.toISOString()).toBe("2026-11-21T08:00:00.000Z");
  });
  it("rejects nonsense", () => expect(parsePostedAt("yesterday-ish", now)).toBeUndefined());
});
