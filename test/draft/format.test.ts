import { describe, expect, it } from "vitest";
import { formatFindings, formatOutput, formatReview, wrapWithOffsets } from "../../src/draft/format.js";
import type { Finding } from "../../src/lint/types.js";

const finding = (start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ ruleId: "no-canned-phrase", messageId: "banned", severity: "error", message: "a stock phrase", start, end, ...extra });

describe("wrapWithOffsets", () => {
  it("wraps at spaces and keeps offsets into the original text", () => {
    const text = "one two three four five\n\nsix";
    const segs = wrapWithOffsets(text, 10);
    expect(segs.map((s) => s.text)).toEqual(["one two", "three four", "five", "", "six"]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("never goes past the width, even for a long word", () => {
    const segs = wrapWithOffsets("x".repeat(25), 10);
    expect(segs.map((s) => s.text.length)).toEqual([10, 10, 5]);
  });
});

describe("formatReview", () => {
  const reply = "Hi Laura, we will answer as soon as possible.\n— Dario";
  const start = reply.indexOf("as soon as possible");
  const findings = [finding(start, start + 19, { suggestion: "within 24 hours", principle: "P3" }), finding(reply.length, reply.length, { ruleId: "offer-private-channel", severity: "warn", message: "no private channel" })];

  it("marks each finding under its words, with the suggestion next to it, within 80 columns", () => {
    const text = formatReview({ reply, variant: "parcel-damaged.public", findings, locale: "en", width: 80, plain: false });
    expect(text).toBe(
      [
        "Reply (parcel-damaged.public)",
        "",
        "  Hi Laura, we will answer as soon as possible.",
        "                           ^^^^^^^^^^^^^^^^^^^ [1]",
        "  — Dario",
        "",
        "Findings: 1 error, 1 warning",
        '  [1] error no-canned-phrase "as soon as possible": a stock phrase (P3)',
        "      try: within 24 hours",
        "  [2] warn  offer-private-channel: no private channel",
      ].join("\n"),
    );
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("leaves out the caret lines in plain mode (screen readers would read every ^)", () => {
    const text = formatReview({ reply, variant: "v", findings, locale: "en", width: 80, plain: true });
    expect(text).not.toContain("^");
    expect(text).toContain('"as soon as possible"');
  });

  it("speaks Italian for an Italian playbook", () => {
    expect(formatFindings([], "x", "it", 80)).toBe("Nessuna segnalazione: la risposta rispetta le regole.");
    expect(formatFindings(findings, reply, "it", 80)).toMatch(/^Segnalazioni: 1 errore, 1 avviso/);
  });
});

describe("formatOutput", () => {
  it("prints the reply plainly, then the private follow-up", () => {
    const base = { playbook: "p", locale: "en", customer: {}, agent: "Dario", answeredAt: "", answers: {}, commitments: [], findings: [], checklist: { done: [], skipped: [] } };
    expect(formatOutput({ ...base, reply: "Hello" })).toBe("Hello\n");
    expect(formatOutput({ ...base, reply: "Hello", followUp: "Details" })).toBe("Hello\n\n--- Private follow-up, once they write to you (P7) ---\nDetails\n");
  });
});

describe("dueTime", () => {
  it("counts working days without weekends, other time frames as elapsed time", async () => {
    const { dueTime } = await import("../../src/draft/render.js");
    const friday = new Date("2025-05-02T15:00:00.000Z");
    expect(dueTime(friday, { minutes: 3 * 1440, working: true, text: "3 working days" }).toISOString()).toBe("2025-05-07T15:00:00.000Z");
    expect(dueTime(friday, { minutes: 1440, text: "24h" }).toISOString()).toBe("2025-05-03T15:00:00.000Z");
  });
});
