// Every rule has its module, its docs page and its table of tests (ESLint's checkRuleFiles).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/lint/rules/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const PUBLIC_IDS = [
  "no-canned-phrase",
  "no-over-promise",
  "no-blame",
  "address-customer",
  "signed-by-person",
  "show-empathy",
  "concrete-next-step",
  "offer-private-channel",
  "no-placeholder",
  "calm-tone",
  "max-length",
];

describe("rule registry", () => {
  it("has exactly the public rule ids", () => {
    expect([...RULES.keys()].sort()).toEqual([...PUBLIC_IDS].sort());
  });

  it("registers every module in src/lint/rules/", () => {
    const files = readdirSync(join(ROOT, "src/lint/rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...RULES.keys()].sort());
  });

  it("has no docs page without a rule", () => {
    const pages = readdirSync(join(ROOT, "docs/rules")).filter((f) => f.endsWith(".md"));
    expect(pages.map((f) => f.replace(/\.md$/, "")).sort()).toEqual([...RULES.keys()].sort());
  });

  for (const [id, rule] of RULES) {
    describe(id, () => {
      it("has a module named after its id", () => {
        expect(rule.id).toBe(id);
        expect(existsSync(join(ROOT, "src/lint/rules", `${id}.ts`))).toBe(true);
      });

      it("has a test file", () => {
        expect(existsSync(join(ROOT, "test/lint/rules", `${id}.test.ts`)), `test/lint/rules/${id}.test.ts is missing`).toBe(true);
      });

      it("has a docs page with what, why (its principle), options and examples", () => {
        const file = join(ROOT, "docs/rules", `${id}.md`);
        expect(existsSync(file), `docs/rules/${id}.md is missing`).toBe(true);
        const page = readFileSync(file, "utf8");
        expect(page.startsWith(`# ${id}\n`)).toBe(true);
        expect(page).toContain("## Why");
        expect(page).toContain(rule.meta.principle);
        expect(page).toContain("## Options");
        expect(page).toContain("## Examples");
        expect(page).toMatch(/Invalid/);
        expect(page).toMatch(/Valid/);
        for (const name of Object.keys(rule.meta.options)) expect(page, `option ${name} is not documented`).toContain(name);
      });

      it("has complete metadata", () => {
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(rule.meta.principle).toMatch(/^P([1-9]|1[0-7])$/);
        expect(["error", "warn", "off"]).toContain(rule.meta.defaultSeverity);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const [name, spec] of Object.entries(rule.meta.options)) {
          expect(spec.description, name).not.toBe("");
          expect(spec.default, name).not.toBeUndefined();
        }
      });

      it("is tested in English and Italian", () => {
        const tests = readFileSync(join(ROOT, "test/lint/rules", `${id}.test.ts`), "utf8");
        expect(tests).toMatch(/\b(the|you|your|I'm|I'll)\b/);
        expect(tests).toMatch(/\b(il|la|mi|non|che|di)\b/);
        expect(tests).toContain("valid:");
        expect(tests).toContain("invalid:");
      });
    });
  }
});
