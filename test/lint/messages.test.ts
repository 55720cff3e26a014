// Italian is first-class: every rule message has an Italian template with the same
// placeholders, and an Italian reply gets Italian messages.
import { describe, expect, it } from "vitest";
import { LOCALIZED_MESSAGES } from "../../src/lint/messages.js";
import { RULES } from "../../src/lint/rules/index.js";
import { NOW, shippedLinter } from "./helpers.js";

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("localized rule messages", () => {
  for (const rule of RULES.values()) {
    it(`${rule.id}: every message has an Italian template with the same placeholders`, () => {
      for (const [id, english] of Object.entries(rule.meta.messages)) {
        const italian = LOCALIZED_MESSAGES.it?.[rule.id]?.[id];
        expect(italian, `${rule.id}.${id}`).toBeTypeOf("string");
        expect(placeholders(italian!)).toEqual(placeholders(english));
      }
    });
  }

  it("an Italian reply gets Italian messages, an English one English messages", async () => {
    const linter = await shippedLinter();
    const { catalog } = await import("./helpers.js").then(async (h) => ({ catalog: await h.shippedCatalog() }));
    const it_ = catalog.playbooks.find((p) => p.id === "parcel-damaged" && p.locale === "it")!;
    const en = catalog.playbooks.find((p) => p.id === "parcel-damaged" && p.locale === "en")!;
    const r1 = linter.lint("Gentile Laura, sono Dario. Mi dispiace davvero. La richiamo stasera. Mi scriva in privato.\n— Dario", { playbook: it_, locale: "it", customer: { name: "Laura Bianchi" }, now: NOW });
    expect(r1.findings.find((f) => f.ruleId === "no-over-promise")?.message).toMatch(/^"stasera" è prima di quanto il playbook consente per "Richiamare il cliente con l'esito della pratica" \(non prima di 24 ore\)$/);
    const r2 = linter.lint("Hi Laura, I'm Dario. I'm so sorry. I'll call you back in 2 hours. Send me a DM.\n— Dario", { playbook: en, locale: "en", customer: { name: "Laura Bianchi" }, now: NOW });
    expect(r2.findings.find((f) => f.ruleId === "no-over-promise")?.message).toMatch(/is sooner than this playbook allows for "Call the customer back with the outcome" \(earliest: 24 hours\)/);
  });
});
