// A public reply never asks for the order number once the agent has found it: the customer
// reads "send me your order number" as "they did not even look" (P3: read before answering).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDraft } from "../../src/draft/render.js";
import { newDraftState } from "../../src/draft/state.js";
import { NOW, shippedCatalog } from "./helpers.js";

const ASKS_FOR_ORDER_NUMBER: Record<string, RegExp> = {
  en: /with your order number|me your order number/i,
  it: /con il numero d'ordine|in privato il numero d'ordine/i,
  el: /με τον αριθμό (της )?παραγγελίας/i,
};

const catalog = await shippedCatalog();
const withOrderStep = catalog.playbooks.filter((p) => p.steps.some((s) => s.id === "order-number"));

describe("public replies once the order number is known", () => {
  it("covers the playbooks that ask for it, in every language", () => {
    expect(new Set(withOrderStep.map((p) => p.locale))).toEqual(new Set(["en", "it", "el"]));
  });

  it.each(withOrderStep.flatMap((p) => p.templates.public.map((variant, index) => [`${p.locale}/${variant}`, p, index] as const)))(
    "%s asks for it only when it is missing",
    async (_name, playbook, index) => {
      const render = async (orderNumber: string | undefined) => {
        const state = newDraftState({ locale: playbook.locale, now: NOW });
        state.playbook = { id: playbook.id, locale: playbook.locale };
        state.platform = "facebook";
        state.customer = { name: "Laura Bianchi" };
        state.answers = { ...playbook.example.answers };
        if (orderNumber === undefined) delete state.answers["order-number"];
        else state.answers["order-number"] = orderNumber;
        state.review = { variant: index, edits: 0 };
        const draft = await renderDraft({ playbook, state, catalog, agent: { name: "Dario Rossi" }, brand: "Shop", now: NOW });
        return draft.reply;
      };
      const pattern = ASKS_FOR_ORDER_NUMBER[playbook.locale]!;
      expect(await render("A-10293")).not.toMatch(pattern);
      expect(await render("A-10293")).not.toContain("A-10293"); // never posted in public (P7)
      // payment-problem asks for each charge's date and amount instead: only templates that
      // depend on the answer must ask for it when it is missing.
      const source = readFileSync(catalog.templates.get(`${playbook.locale}/${playbook.templates.public[index]}`)!.file, "utf8");
      if (source.includes("answers.order-number")) expect(await render(undefined)).toMatch(pattern);
    },
  );
});
