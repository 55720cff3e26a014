// Greek routing (src/route/kind-cues.ts el, playbooks/el triggers): what kind of message a Greek
// post is (praise is never a complaint) and the playbook a Greek complaint needs, in our own words.
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { routeMessage } from "../../src/route/route.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("Greek kind cues", () => {
  // [message, kind, top playbook (null: none)]
  it.each([
    // Praise, thanks and compliments: never a complaint, never a playbook.
    ["Ευχαριστώ πολύ, εξαιρετική εξυπηρέτηση", "praise", null],
    ["Μπράβο στον οδηγό σας, πολύ ευγενικός", "praise", null],
    ["Ένα μεγάλο ευχαριστώ στην κυρία Ελένη του καταστήματος στη Λάρισα", "praise", null],
    ["Η παραγγελία ήρθε σε μία μέρα, όλα άψογα", "praise", null],
    ["Το φαγητό ήταν πεντανόστιμο, θα ξαναπαραγγείλω", "praise", null],
    ["ΕΥΧΑΡΙΣΤΩ ΠΟΛΥ, ΕΙΣΤΕ ΟΙ ΚΑΛΥΤΕΡΟΙ", "praise", null],
    // Thanks addressed to someone outweighs the trouble it tells of.
    ["Ο οδηγός άργησε λίγο αλλά ήταν ευγενέστατος και βοήθησε, ευχαριστώ πολύ", "praise", null],
    // Praise negated, or thanks at the end of a complaint: a complaint.
    ["Δεν είμαι καθόλου ευχαριστημένος με την εξυπηρέτηση", "complaint", undefined],
    ["Το δέμα έφτασε σπασμένο. Ευχαριστώ", "complaint", "parcel-damaged"],
    ["Περιμένω ακόμα απάντηση, ευχαριστώ", "complaint", "unreachable-support"],
    // Help given at no cost is praise; help negated is a complaint.
    ["Με βοήθησαν να αλλάξω την κράτηση χωρίς χρέωση", "praise", null],
    ["Κανείς δεν με βοήθησε στο ταμείο", "complaint", "general"],
    ["Μπράβο σας, τρίτη φορά που χάνετε το δέμα μου", "complaint", undefined],
    // Questions with nothing wrong: questions, with or without the Greek question mark.
    ["Πότε ανοίγει το κατάστημα στην Πάτρα;", "question", "general"],
    ["Θα ήθελα να μάθω αν στέλνετε και στην Κύπρο", "question", "general"],
    // Promotions with nothing wrong: spam.
    ["Κερδίστε δωρεάν ταξίδι, κάντε κλικ εδώ", "spam", "abusive-or-spam"],
    ["Δωρεάν μεταφορικά σε όλη την Ελλάδα, δείτε εδώ https://example.com/prosfora", "spam", "abusive-or-spam"],
    // A customer's own words for a gift or an offer, with no link: no promotion.
    ["Το δώρο για τη μητέρα μου έφτασε σπασμένο", "complaint", "parcel-damaged"],
    // Sarcastic thanks, and a customer leaving: complaints.
    ["Ευχαριστώ για τίποτα, τρεις μέρες περιμένω", "complaint", undefined],
    ["Ευχαριστώ πολύ για όλα, από εδώ και πέρα θα ψωνίζω αλλού", "complaint", undefined],
  ])("%s -> %s", (text, kind, top) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.locale).toBe("el");
    expect(routing.kind).toBe(kind);
    if (top !== undefined) expect(routing.matches[0]?.id ?? null).toBe(top);
  });
});

describe("Greek charges go to payment-problem", () => {
  // A double charge, money taken without an order: the payments procedure, with no tie.
  it.each([
    "Με χρεώσατε δύο φορές",
    "Μου πήρατε τα λεφτά δύο φορές για την ίδια παραγγελία",
    "Πλήρωσα αλλά καμία επιβεβαίωση παραγγελίας",
    "Διπλή χρέωση στην κάρτα μου",
  ])("%s", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind: "complaint", locale: "el" });
    const [first, second] = routing.matches;
    expect(first?.id).toBe("payment-problem");
    if (second && second.id !== "general") expect(first!.score).toBeGreaterThan(second.score);
  });

  it("a crushed box with the jug in pieces is parcel-damaged, not a wrong item", () => {
    const text = "Παρήγγειλα καφετιέρα και ήρθε με την κούτα τσακισμένη και την γυάλινη κανάτα κομμάτια. Τρεις μέρες περίμενα γι' αυτό.";
    expect(routeMessage(text, catalog.playbooks).matches[0]?.id).toBe("parcel-damaged");
  });

  it("a checkout that fails is still site-malfunction", () => {
    expect(routeMessage("Η κάρτα απορρίφθηκε τρεις φορές στο ταμείο", catalog.playbooks).matches[0]?.id).toBe("site-malfunction");
  });
});

describe("Greeklish is routed among the Greek playbooks, by sound", () => {
  // [message in Latin letters, kind, top playbook (null: none)]
  it.each([
    ["to paketo irthe spasmeno", "complaint", "parcel-damaged"],
    ["TO PAKETO HRTHE SPASMENO", "complaint", "parcel-damaged"],
    ["kaneis den sikwnei to tilefwno", "complaint", "unreachable-support"],
    ["kaneis den sikonei to tilefono", "complaint", "unreachable-support"],
    ["me xrewsate dyo fores", "complaint", "payment-problem"],
    ["perimenw 2 evdomades tin paraggelia mou", "complaint", "late-delivery"],
    ["o odigos sas itan poly agenis", "complaint", "staff-conduct"],
    ["efxaristw poly, ola teleia", "praise", null],
    ["pote anoigei to katastima stin patra?", "question", "general"],
  ])("%s -> %s, %s", (text, kind, top) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind, locale: "el" });
    expect(routing.matches[0]?.id ?? null).toBe(top);
    // The words that matched are the message's own, in Latin letters.
    if (top && top !== "general") expect(routing.matches[0]!.matched.join(" ")).toMatch(/^[a-z0-9 ]+$/i);
  });

  it.each([
    // English and Italian in Latin letters stay English and Italian.
    ["my parcel arrived smashed", "en"],
    ["I want to return it", "en"],
    ["il pacco è arrivato rotto", "it"],
    ["Ho ordinato due volte e non arriva", "it"],
  ])("%s stays %s", (text, locale) => {
    expect(routeMessage(text, catalog.playbooks).locale).toBe(locale);
  });

  it("routes Greeklish when Greek is asked for", () => {
    expect(routeMessage("to paketo irthe spasmeno", catalog.playbooks, { locale: "el" }).matches[0]?.id).toBe("parcel-damaged");
  });
});
