// Greek routing with the learnt part (src/route/learnt.ts): the Greek playbooks' `examples` and
// the el block of KIND_EXAMPLES. Every message here is our own wording and none is one of the
// examples (the last test checks that), so this is no test of the training set: informal posts,
// with and without accents, the way Greek customers write on Facebook, X and Instagram.
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { classifyMessage, routeMessage, topPlaybook } from "../../src/route/route.js";
import { KIND_EXAMPLES } from "../../src/route/kind-examples.js";
import { wordsFor } from "../../src/route/words.js";
import { tokenize } from "../../src/text/tokens.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

// [complaint, the playbook it needs]: at least two per playbook.
const COMPLAINTS: Array<[string, string]> = [
  ["το δεμα φαινεται παραδομενο απο την Τριτη αλλα στο σπιτι δεν ηρθε κανεις", "parcel-lost"],
  ["η αποστολη μου χαθηκε στο κεντρο διαλογης και κανεις δεν ξερει τιποτα", "parcel-lost"],
  ["περιμενα το δεμα με τα ρουχα του μωρου και λεει οτι παραδοθηκε σε αλλο νομο", "parcel-lost"],
  ["το σερβίτσιο έφτασε με τα μισά φλιτζάνια σπασμένα", "parcel-damaged"],
  ["ηρθε το κουτι μουσκεμενο απο τη βροχη και η συσκευη μεσα δεν ειναι σε καλη κατασταση", "parcel-damaged"],
  ["η λεκανη ηρθε ραγισμενη, φαινεται οτι επεσε απο το φορτηγο", "parcel-damaged"],
  ["εχουν περασει 16 μερες και η παραγγελια μου δεν εχει φυγει απο την αποθηκη", "late-delivery"],
  ["Η ημερομηνία παράδοσης πέρασε πριν από μια εβδομάδα, ακόμα να τη δω", "late-delivery"],
  ["Μου υποσχεθήκατε παράδοση σε 48 ώρες, είμαστε στη 10η μέρα", "late-delivery"],
  ["παρηγγειλα λευκα σεντονια διπλα και μου ηρθαν μονα γκρι", "wrong-item"],
  ["Στο πακέτο ήταν άλλο βιβλίο από αυτό που αγόρασα", "wrong-item"],
  ["το παντελόνι που ήρθε είναι γυναικείο, παρήγγειλα αντρικό", "wrong-item"],
  ["η καρτα μου χρεωθηκε δυο φορες για ενα εισιτηριο", "payment-problem"],
  ["το ποσο που πληρωσα ειναι πολυ μεγαλυτερο απο την τιμη του καταλογου", "payment-problem"],
  ["χρεωση 12,99 καθε μηνα απο εσας και δεν εχω καμια συνδρομη", "payment-problem"],
  ["ακυρωσα την κρατηση πριν 20 μερες και δεν μου εχουν επιστραφει τα λεφτα", "refund-request"],
  ["θελω να μου γυρισετε τα χρηματα, το προιον δεν μου κανει", "refund-request"],
  ["θελω να ακυρωσω και να παρω πισω τα χρηματα μου για το κρεβατι", "refund-request"],
  ["το πλυντήριο πιάτων σταμάτησε να δουλεύει μετά από ένα μήνα", "product-defect"],
  ["η ηλεκτρικη κουζινα δεν ζεσταινει το ενα ματι απο την αρχη", "product-defect"],
  ["Το κινητό ζεσταίνεται τόσο που δεν μπορώ να το κρατήσω", "product-defect"],
  ["ο υπάλληλος στο κατάστημα της Γλυφάδας μου φώναξε μπροστά στα παιδιά μου", "staff-conduct"],
  ["ο κουριερ ηταν επιθετικος και με απειλησε οταν του ζητησα να περιμενει", "staff-conduct"],
  ["Η συνοδός του τρένου μίλησε πολύ άσχημα στον πατέρα μου", "staff-conduct"],
  ["ο υπαλληλος της ασφαλειας με ψαξε μπροστα σε ολους σαν κλεφτη", "staff-conduct"],
  ["κανενας δεν απανταει στο τηλεφωνο της εξυπηρετησης εδω και μια εβδομαδα", "unreachable-support"],
  ["έστειλα email 10 μέρες πριν και ακόμα καμία απάντηση", "unreachable-support"],
  ["δεν βρισκω κανεναν να μιλησω, το τηλεφωνο χτυπαει και κλεινει", "unreachable-support"],
  ["δεν εχω ιντερνετ απο το πρωι στη Νεα Σμυρνη", "service-outage"],
  ["Κόπηκε το ρεύμα σε όλη την πολυκατοικία πριν 5 ώρες", "service-outage"],
  ["καμία σύνδεση στο ίντερνετ από το Σάββατο, δουλεύω από το σπίτι", "service-outage"],
  ["η εφαρμογη δεν με αφηνει να πληρωσω, βγαζει σφαλμα", "site-malfunction"],
  ["Η σελίδα σας δεν φορτώνει καθόλου από το κινητό", "site-malfunction"],
  ["Η εφαρμογή βγάζει λευκή οθόνη μόλις ανοίξει", "site-malfunction"],
  ["δεν μπορω να συνδεθω στον λογαριασμο μου απο χτες", "account-access"],
  ["κάποιος μπήκε στο προφίλ μου και άλλαξε τον κωδικό", "account-access"],
  ["μου κλειδωσε ο λογαριασμος μετα απο 3 λαθος κωδικους και δεν ξεκλειδωνει", "account-access"],
  ["η πτηση μου απο Θεσσαλονικη ακυρωθηκε και δεν μας ειπαν τιποτα", "travel-disruption"],
  ["οι βαλιτσες μας δεν ηρθαν μαζι μας στο Παρισι", "travel-disruption"],
  ["Ακύρωσαν το δρομολόγιο του πλοίου και μείναμε στο λιμάνι χωρίς πληροφορίες", "travel-disruption"],
  ["η δωροκάρτα που αγόρασα δεν ήρθε ποτέ στο email μου", "digital-goods"],
  ["ο κωδικος του κουπονιου δεν δουλευει, λεει ληγμενος", "digital-goods"],
  ["Αγόρασα το παιχνίδι και το κλειδί δεν ενεργοποιείται", "digital-goods"],
];

describe("Greek complaints find their playbook", () => {
  it.each(COMPLAINTS)("%s -> %s", (text, playbook) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind: "complaint", locale: "el", onlyGeneral: false });
    expect(routing.matches[0]?.id).toBe(playbook);
    expect(routing.matches[0]!.matched.length).toBeGreaterThan(0);
    expect(routing.matches.at(-1)?.id).toBe("general");
    expect(topPlaybook(text, catalog.playbooks).id).toBe(playbook);
  });

  it("covers every Greek playbook but general and abusive-or-spam", () => {
    const ids = catalog.playbooks.filter((p) => p.locale === "el" && p.id !== "general" && p.id !== "abusive-or-spam").map((p) => p.id);
    for (const id of ids) expect(COMPLAINTS.filter(([, p]) => p === id).length, id).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["άχρηστοι κλέφτες όλοι σας, στα τσακίδια", "abusive-or-spam"],
    ["ανικανοι ολοι σας, στο διαολο", "abusive-or-spam"],
  ])("insults go to abusive-or-spam: %s", (text, playbook) => {
    expect(routeMessage(text, catalog.playbooks).matches[0]?.id).toBe(playbook);
  });

  it.each([
    "το καταστημα ηταν χαλια, βρωμικο και χωρις προσωπικο",
    "Πολύ απογοητευμένος από την εταιρεία σας, δεν το περίμενα",
    "πολυ χαλια το νεο καταστημα, τιποτα δεν βρισκεις",
  ])("a complaint no specific playbook handles still gets general: %s", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind: "complaint", locale: "el", onlyGeneral: true });
    expect(routing.matches.map((m) => m.id)).toEqual(["general"]);
  });
});

describe("the learnt part is what routes these Greek complaints", () => {
  // Without the examples (learnt: false) each gets general or another playbook.
  it.each([
    ["ηρθε το κουτι μουσκεμενο απο τη βροχη και η συσκευη μεσα δεν ειναι σε καλη κατασταση", "parcel-damaged"],
    ["το ποσο που πληρωσα ειναι πολυ μεγαλυτερο απο την τιμη του καταλογου", "payment-problem"],
    ["ακυρωσα την κρατηση πριν 20 μερες και δεν μου εχουν επιστραφει τα λεφτα", "refund-request"],
    ["θελω να μου γυρισετε τα χρηματα, το προιον δεν μου κανει", "refund-request"],
    ["Η συνοδός του τρένου μίλησε πολύ άσχημα στον πατέρα μου", "staff-conduct"],
    ["το παντελόνι που ήρθε είναι γυναικείο, παρήγγειλα αντρικό", "wrong-item"],
    ["χρεωση 12,99 καθε μηνα απο εσας και δεν εχω καμια συνδρομη", "payment-problem"],
  ])("%s -> %s", (text, playbook) => {
    expect(routeMessage(text, catalog.playbooks).matches[0]?.id).toBe(playbook);
    expect(routeMessage(text, catalog.playbooks, { learnt: false }).matches[0]?.id).not.toBe(playbook);
  });

  it.each([
    ["η συναλλαγη περασε τρεις φορες στην καρτα μου", "payment-problem"],
    ["το πλυντηριο ρουχων κανει τρομερο θορυβο και δεν στυβει", "product-defect"],
    ["ο διανομεας ηταν θρασυτατος και μου μιλουσε με βρισιες", "staff-conduct"],
    ["ουτε ιντερνετ ουτε τηλεοραση εδω και δυο μερες", "service-outage"],
  ])("classifyMessage ranks %s first as %s", (text, playbook) => {
    const c = classifyMessage(text, catalog.playbooks);
    expect(c?.locale).toBe("el");
    expect(c?.playbooks[0]?.id).toBe(playbook);
  });
});

describe("Greek kinds", () => {
  it.each([
    "ευχαριστω πολυ για τη γρηγορη εξυπηρετηση, ολα τελεια",
    "Μπράβο στην ομάδα σας, η παράδοση ήρθε πριν την ώρα της",
    "ο οδηγος ηταν πολυ ευγενικος και εξυπηρετικος, να ειστε καλα",
    "Υπέροχο κατάστημα, λατρεύω τα προϊόντα σας",
    "ευχαριστουμε για το υπεροχο ταξιδι, θα ξαναρθουμε",
    "η υπαλληλος στο καταστημα ηταν εξαιρετικη, ευχαριστω",
    "τελεια η εξυπηρετηση, ευχαριστω για ολα",
    "Ο κούριερ ήταν ευγενέστατος, μπράβο σας",
    "ΕΥΧΑΡΙΣΤΟΥΜΕ ΠΟΛΥ, ΤΕΛΕΙΑ ΟΛΑ",
  ])("praise is never routed: %s", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind: "praise", locale: "el", matches: [] });
    expect(topPlaybook(text, catalog.playbooks).id).toBeUndefined();
  });

  it.each([
    "πόσες μέρες κάνει η παράδοση στη Ρόδο;",
    "εχετε καταστημα στην Πατρα;",
    "μπορω να πληρωσω με αντικαταβολη;",
    "Τι ώρα ανοίγετε το Σάββατο;",
    "Μπορώ να παραλάβω την παραγγελία από το κατάστημα;",
  ])("a question is a question, with general: %s", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing).toMatchObject({ kind: "question", locale: "el" });
    expect(routing.matches.at(-1)?.id).toBe("general");
    expect(routing.matches.map((m) => m.id)).not.toContain("abusive-or-spam");
  });

  it.each([
    "κερδίστε ένα ταξίδι στη Μύκονο, λάβετε μέρος στον διαγωνισμό",
    "κωδικός έκπτωσης 30% μόνο για σήμερα, link στο bio",
    "Διαγωνισμός! Κάνε like και share και κέρδισε δωρεάν δώρο",
  ])("spam is spam, with abusive-or-spam: %s", (text) => {
    expect(routeMessage(text, catalog.playbooks)).toMatchObject({ kind: "spam", locale: "el", matches: [{ id: "abusive-or-spam" }] });
  });

  it.each([
    // Greek does not invert to ask: «δεν μπορώ να...» is "I can't", not «μπορώ να...;».
    ["δεν μπορώ να δω τις παραγγελίες μου", "complaint"],
    // «έχετε» stems as «έχει» and «έχουν»: a thing that has a fault is no question.
    ["τα ακουστικα εχουν ηχο μονο απο τη μια μερια", "complaint"],
    ["εχετε αυτο το μοντελο σε νουμερο 40", "question"],
  ])("Greek verbs: %s is a %s", (text, kind) => {
    expect(routeMessage(text, catalog.playbooks, { locale: "el" }).kind).toBe(kind);
  });
});

describe("Greek words as the router compares them", () => {
  const norm = (w: string) => wordsFor("el").normalize(tokenize(w)[0]!.norm);
  it.each([
    // Accents, case and the final sigma are one word.
    ["ΠΑΡΑΓΓΕΛΊΑ", "παραγγελια"],
    ["σπασμένος", "ΣΠΑΣΜΕΝΟΣ"],
    ["ταλαιπωρία", "ταλαιπωρια"],
    // The cases of one noun are one word.
    ["παραγγελία", "παραγγελίας"],
    ["παραγγελία", "παραγγελίες"],
    ["κωδικός", "κωδικό"],
    ["κωδικός", "κωδικού"],
    ["δέμα", "δέματος"],
    ["χρέωση", "χρεώσεις"],
    ["λογαριασμός", "λογαριασμού"],
  ])("%s and %s are one word", (a, b) => {
    expect(norm(a)).toEqual(norm(b));
  });

  it("routes a complaint the same with or without accents and in capitals", () => {
    const ids = ["Το δέμα έφτασε σπασμένο και η κούτα βρεγμένη", "το δεμα εφτασε σπασμενο και η κουτα βρεγμενη", "ΤΟ ΔΕΜΑ ΕΦΤΑΣΕ ΣΠΑΣΜΕΝΟ ΚΑΙ Η ΚΟΥΤΑ ΒΡΕΓΜΕΝΗ"].map((t) => routeMessage(t, catalog.playbooks).matches[0]);
    expect(ids.map((m) => m?.id)).toEqual(["parcel-damaged", "parcel-damaged", "parcel-damaged"]);
    expect(new Set(ids.map((m) => m?.score)).size).toBe(1);
  });
});

describe("the Greek examples", () => {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ς/g, "σ").replace(/\s+/g, " ").trim();

  it("number 30 or more for every Greek playbook, and the el kinds have praise, questions and spam", () => {
    for (const pb of catalog.playbooks.filter((p) => p.locale === "el")) expect(pb.examples?.length ?? 0, pb.id).toBeGreaterThanOrEqual(30);
    expect(KIND_EXAMPLES.el?.praise?.length).toBeGreaterThanOrEqual(30);
    expect(KIND_EXAMPLES.el?.question?.length).toBeGreaterThanOrEqual(30);
    expect(KIND_EXAMPLES.el?.spam?.length).toBeGreaterThanOrEqual(15);
  });

  it("do not contain the messages these tests route (the tests are not the training set)", () => {
    const examples = new Set([
      ...catalog.playbooks.filter((p) => p.locale === "el").flatMap((p) => p.examples ?? []),
      ...Object.values(KIND_EXAMPLES.el ?? {}).flat(),
    ].map(fold));
    for (const [text] of COMPLAINTS) expect(examples.has(fold(text)), text).toBe(false);
  });
});
