import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { nowOption, parseCaseId, timeOption } from "../../src/store/options.js";
import { parseTimeBound } from "../../src/store/time.js";

const now = new Date("2025-03-31T12:00:00.000Z");
const at = (text: string, endOfDay = false) => {
  const r = parseTimeBound(text, now, { endOfDay });
  return r.ok ? r.date.toISOString() : r.message;
};

describe("time bounds on the command line", () => {
  it("counts durations back from now, in the words durations take", () => {
    expect(at("7d")).toBe("2025-03-24T12:00:00.000Z");
    expect(at("24h")).toBe("2025-03-30T12:00:00.000Z");
    expect(at("2 weeks")).toBe("2025-03-17T12:00:00.000Z");
    expect(at("90 giorni")).toBe("2024-12-31T12:00:00.000Z");
    expect(at("3h ago")).toBe("2025-03-31T09:00:00.000Z");
  });

  it("counts months and years on the calendar", () => {
    const back = (months: number) => {
      const d = new Date(now);
      d.setMonth(d.getMonth() - months);
      return d.toISOString();
    };
    expect(at("6 months")).toBe(back(6));
    expect(at("2y")).toBe(back(24));
    expect(at("12 mesi")).toBe(back(12));
  });

  it("reads dates as local midnight, and --until dates as the end of that day", () => {
    expect(at("2025-03-01")).toBe(new Date(2025, 2, 1).toISOString());
    expect(at("2025-03-01", true)).toBe(new Date(2025, 2, 2).toISOString());
    expect(at("2025-03-01T09:30:00Z")).toBe("2025-03-01T09:30:00.000Z");
    expect(at("2025-02-30")).toBe('"2025-02-30" is not a date');
  });

  it("says what it expected", () => {
    expect(at("soonish")).toBe('"soonish" is not a duration (90d, 24h, 2 weeks, 12 months) or a date (2025-03-01)');
    let error: unknown;
    try {
      timeOption("--older-than", "forever", now);
    } catch (e) {
      error = e;
    }
    expect((error as InputError).format()).toBe('--older-than: "forever" is not a duration (90d, 24h, 2 weeks, 12 months) or a date (2025-03-01)');
  });

  it("reads case numbers and --now", () => {
    expect(parseCaseId("42")).toBe(42);
    expect(parseCaseId("#7")).toBe(7);
    expect(() => parseCaseId("abc")).toThrow(/"abc" is not a case number/);
    expect(nowOption("2025-03-02T09:00:00Z").toISOString()).toBe("2025-03-02T09:00:00.000Z");
    expect(() => nowOption("7d")).toThrow(/not an ISO time/);
  });
});
