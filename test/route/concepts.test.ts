// Routing by concept (src/route/concepts.ts): a pair of word families that points at a
// playbook routes a complaint no trigger phrase names, in English, Italian and Greek; the
// concepts' words are listed among the words that matched. Our own wording.
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { CONCEPT_RULES, CONCEPT_WORDS, CONCEPTS } from "../../src/route/concepts.js";
import { routeMessage } from "../../src/route/route.js";
import { expandPattern } from "../../src/text/pattern.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("routing by concept", () => {
  // [message, top playbook, a word that matched, language]
  it.each([
    // money + something wrong with it
    ["y'all billed my card 4 times for one pizza", "payment-problem", "4 times", "en"],
    ["mi avete addebitato la carta 4 volte per una pizza", "payment-problem", "4 volte", "it"],
    ["Μου χρεώσατε την κάρτα δύο φορές για την ίδια παραγγελία", "payment-problem", "δύο φορές", "el"],
    // a refund, however it is asked for
    ["come posso avere un rimborso per il concerto annullato", "refund-request", "rimborso", "it"],
    // a device + failing
    ["my new headphones keep disconnecting every few minutes", "product-defect", "headphones", "en"],
    ["le mie cuffie nuove si disconnettono ogni pochi minuti", "product-defect", "si disconnettono", "it"],
    // an app or a site + failing, with no other cue
    ["the checkout page just shows a blank screen", "site-malfunction", "checkout", "en"],
    ["la pagina del carrello mostra solo uno schermo nero", "site-malfunction", "schermo nero", "it"],
    // "watch" the verb is no device: an interface that fails is the site's
    ["watching anything on the new interface is nearly impossible", "site-malfunction", "new interface is nearly impossible", "en"],
    ["guardare qualcosa con la nuova interfaccia è quasi impossibile", "site-malfunction", "nuova interfaccia è quasi impossibile", "it"],
    // an order + gone
    ["the tracking says it was left at the door but there is nothing there", "parcel-lost", "left at", "en"],
    // staff + conduct
    ["one of your reps called me an idiot on the phone", "staff-conduct", "called me", "en"],
    // a utility + out
    ["without power for the third day in a row", "service-outage", "power", "en"],
    // food gone bad is a product's fault
    ["the bread I bought this morning is already mouldy", "product-defect", "mouldy", "en"],
    ["il pane comprato stamattina è già ammuffito", "product-defect", "ammuffito", "it"],
    ["Το ψωμί που πήρα σήμερα είναι μουχλιασμένο", "product-defect", "μουχλιασμένο", "el"],
    // a battery that drains is a device failing, whatever the time said
    ["my phone battery drains in two hours since I got it", "product-defect", "phone battery drains", "en"],
    ["la batteria del telefono si scarica in due ore da quando l'ho preso", "product-defect", "si scarica", "it"],
    // something that was not in the order
    ["ordered fries and a burger and the fries weren't in the bag", "wrong-item", "weren't in", "en"],
    ["ho ordinato un panino e le patatine e le patatine non c'erano", "wrong-item", "non c'erano", "it"],
    // a charge called theft
    ["ho pagato 5 euro di spedizione su un ordine che doveva essere gratis, un furto", "payment-problem", "furto", "it"],
    // something digital + not received
    ["my points from last month still not credited", "digital-goods", "points", "en"],
    ["i punti del mese scorso non risultano accreditati", "digital-goods", "punti", "it"],
    ["Δεν έλαβα ποτέ τον κωδικό της δωροκάρτας", "digital-goods", "κωδικό", "el"],
    // software that fails since an update; a song or an episode that will not play
    ["the photo editor is unusable since updating to the new version", "site-malfunction", "since updating", "en"],
    ["l'editor di foto è inutilizzabile dall'aggiornamento", "site-malfunction", "dall'aggiornamento", "it"],
    ["my favourite song won't play and the whole playlist skips", "site-malfunction", "song", "en"],
    ["gli episodi della serie non partono più", "site-malfunction", "episodi", "it"],
    // food that tastes wrong is the product's fault; an app gone after an update fails
    ["the soup today was so chalky and bland", "product-defect", "chalky", "en"],
    ["la zuppa era insipida e acquosa", "product-defect", "insipida", "it"],
    ["no music app on my lock screen after the update", "product-defect", "after the update", "en"],
    // a card stopped by the bank's fraud checks is a payment problem
    ["your fraud protection flagged my card again on a normal purchase", "payment-problem", "fraud protection", "en"],
  ])("%s -> %s", (text, top, word, locale) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe("complaint");
    expect(routing.locale).toBe(locale);
    expect(routing.matches[0]?.id).toBe(top);
    expect(routing.matches[0]!.matched).toContain(word);
  });

  it.each([
    // One family alone points nowhere: a flight, an account, a phone with nothing wrong.
    ["reached gold tier today, closing in on platinum", "praise"],
    ["Grazie, il volo di oggi era perfetto", "praise"],
  ])("%s: no playbook from one family alone", (text, kind) => {
    expect(routeMessage(text, catalog.playbooks)).toMatchObject({ kind, matches: [] });
  });

  it("weighs a pair more when its words are close", () => {
    // The cues alone: the learnt part weighs the other words of the longer message too.
    const score = (text: string) => routeMessage(text, catalog.playbooks, { learnt: false }).matches.find((m) => m.id === "product-defect")?.score ?? 0;
    expect(score("my headphones crackle and then die")).toBeGreaterThan(score("my headphones, the ones I take to the gym every single morning, die"));
    expect(score("le cuffie si spengono")).toBeGreaterThan(score("le cuffie che porto in palestra ogni mattina da un anno si spengono"));
  });

  it("names only concepts that exist, for playbooks that are shipped, with words in every language", () => {
    const ids = new Set(catalog.playbooks.map((p) => p.id));
    for (const [id, rules] of Object.entries(CONCEPT_RULES)) {
      expect(ids.has(id), id).toBe(true);
      for (const rule of rules) for (const c of rule) expect(CONCEPTS).toContain(c);
    }
    for (const locale of ["en", "it", "el"]) {
      for (const c of CONCEPTS) {
        const patterns = CONCEPT_WORDS[locale]?.[c] ?? [];
        expect(patterns.length, `${locale} ${c}`).toBeGreaterThan(0);
        for (const p of patterns) expect(() => expandPattern(p)).not.toThrow();
      }
    }
  });
});
