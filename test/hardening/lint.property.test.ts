// The linter reads text written by anyone: any Unicode string (emoji, right-to-left scripts,
// control characters, lone surrogates, very long words) never makes it throw, every range it
// reports lies inside the text, and --fix is idempotent: fix(fix(x)) == fix(x).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { shippedCatalog } from "../helpers/catalog.js";
import { createLinter } from "../../src/lint/engine.js";
import { lintAndFix } from "../../src/lint/fix.js";
import type { LintContext, Linter } from "../../src/lint/types.js";
import { expandPattern, GAP, NUM } from "../../src/text/pattern.js";

let catalog: Catalog;
let linter: Linter;
/** Concrete phrases from the shipped banned and approved lists, so the fixes actually fire. */
let phrases: string[];

beforeAll(async () => {
  catalog = await shippedCatalog();
  linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: {} });
  phrases = [];
  for (const list of catalog.phrases.values()) {
    for (const entry of [...list.banned, ...list.approved]) {
      for (const pattern of entry.patterns) {
        const seq = expandPattern(pattern)[0]!;
        phrases.push(seq.map((w) => (w === GAP ? "really" : w === NUM ? "24" : w)).join(" "));
      }
    }
  }
});

const ODD = ["😀", "👩‍👩‍👧", "🇮🇹", "مرحبا", "שלום", "\u202e", "\u200f", "\u0301", "\u001b[31m", "\u0000", "\u0007", "\u009b", "\ud800", "\udfff", "\r\n", "\r", "\t", "!!!", "???", "ALL CAPS SHOUTING", "x".repeat(20_000), "9".repeat(400), "@laurab", "#hashtag", "http://x.y/z?a=b", "Laura", "Dario", "^DR", "— Dario", "24h", "tomorrow", "by Monday", "entro domani", "i", "’", "'", "\"", "«", "»"];

function textArb(): fc.Arbitrary<string> {
  const pieces = fc.constantFrom(...phrases, ...ODD);
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.array(pieces, { maxLength: 25 }).map((p) => p.join(" ")),
    fc.array(pieces, { maxLength: 25 }).map((p) => p.join("")),
    fc.array(fc.oneof(pieces, fc.constantFrom(". ", ", ", "\n\n", "! ")), { maxLength: 40 }).map((p) => p.join("")),
  );
}

function contextArb(): fc.Arbitrary<LintContext> {
  return fc.record(
    {
      locale: fc.constantFrom("en", "it", "el"),
      playbookId: fc.constantFrom(...new Set(catalog.playbooks.map((p) => p.id))),
      customer: fc.constantFrom({ name: "Laura Bianchi" }, { handle: "@laurab" }, { name: "Λαура ‮x", title: "Ms" }),
      agent: fc.constantFrom("Dario Rossi", "Dario", "D", "李", "😀"),
      channel: fc.constantFrom("x", "facebook", "email", "review-site", "unknown-channel"),
      now: fc.constant(new Date("2026-11-22T10:00:00Z")),
    },
    { requiredKeys: ["now"] },
  );
}

describe("the linter on any text", () => {
  it("never throws; every finding and fix lies inside the text", () => {
    fc.assert(
      fc.property(textArb(), contextArb(), (text, context) => {
        const result = linter.lint(text, context);
        let errors = 0;
        let warnings = 0;
        for (const f of result.findings) {
          expect(f.start, `${f.ruleId} start`).toBeGreaterThanOrEqual(0);
          expect(f.end, `${f.ruleId} end`).toBeLessThanOrEqual(text.length);
          expect(f.start, `${f.ruleId} range`).toBeLessThanOrEqual(f.end);
          expect(["error", "warn"]).toContain(f.severity);
          expect(typeof f.message).toBe("string");
          if (f.fix) {
            expect(f.fix.start, `${f.ruleId} fix start`).toBeGreaterThanOrEqual(0);
            expect(f.fix.end, `${f.ruleId} fix end`).toBeLessThanOrEqual(text.length);
            expect(f.fix.start).toBeLessThanOrEqual(f.fix.end);
          }
          if (f.severity === "error") errors++;
          else warnings++;
        }
        expect(result.errorCount).toBe(errors);
        expect(result.warningCount).toBe(warnings);
      }),
      { numRuns: 1500 },
    );
  });

  it("--fix is idempotent: fixing a fixed reply changes nothing", () => {
    fc.assert(
      fc.property(textArb(), contextArb(), (text, context) => {
        const once = lintAndFix(linter, text, context).output;
        const twice = lintAndFix(linter, once, context).output;
        expect(twice).toBe(once);
      }),
      { numRuns: 800 },
    );
  });

  it("handles a reply with no context at all, and pathological texts", () => {
    for (const text of ["", " ", "\n".repeat(10_000), "a".repeat(1_000_000), "😀".repeat(200_000), "\u0000".repeat(10_000), "A ".repeat(200_000), "!".repeat(100_000)]) {
      const result = linter.lint(text);
      for (const f of result.findings) expect(f.end).toBeLessThanOrEqual(text.length);
    }
  }, 120_000);
});
