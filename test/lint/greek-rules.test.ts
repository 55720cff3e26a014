// Greek is first-class: every rule has its table of Greek replies, valid and invalid, against
// the shipped Greek playbooks and phrase list (the same RuleTester shape as the English and
// Italian tables in test/lint/rules/). NOW is Wednesday 14 January 2026, 10:00.
import { describe, expect, it } from "vitest";
import { at, point, ruleTester } from "./helpers.js";
import { RULES } from "../../src/lint/rules/index.js";
import { LOCALIZED_MESSAGES } from "../../src/lint/messages.js";
import { readFileSync } from "node:fs";

const damaged = { playbook: "el/parcel-damaged", locale: "el" };
const maria = { ...damaged, customer: "Μαρία Παπαδοπούλου", agent: "Νίκος" };
const giorgos = { ...damaged, customer: "Γιώργος Παπαδόπουλος", agent: "Νίκος" };
const el = { locale: "el" };
// The customer's post: show-empathy and concrete-next-step are owed when a reply answers a problem.
const spasmeno = { locale: "el", complaint: "Το δέμα μου έφτασε σπασμένο και κανείς δεν σηκώνει το τηλέφωνο." };
const epainos = { locale: "el", complaint: "Ευχαριστώ πολύ, εξαιρετική εξυπηρέτηση!" };

const SIGNED = "\n— Νίκος";

// no-over-promise ------------------------------------------------------------------------
const p = {
  avrio: "Ο courier θα περάσει να παραλάβει το δέμα αύριο.",
  simera: "Θα σας τηλεφωνήσω σήμερα με την έκβαση.",
  apopse: "Θα σας τηλεφωνήσω απόψε με την έκβαση.",
  mesaStiMera: "Θα σας τηλεφωνήσω μέσα στη μέρα.",
  se2ores: "Θα σας τηλεφωνήσω σε 2 ώρες.",
  pempti: "Ο courier θα περάσει να παραλάβει το δέμα μέχρι την Πέμπτη.",
  ergasimi: "Ο courier θα περάσει να παραλάβει το δέμα εντός μίας εργάσιμης ημέρας.",
  se24: "Ο courier θα περάσει να παραλάβει το δέμα σε 24 ώρες.",
  amesa: "Θα σας τηλεφωνήσω άμεσα.",
  eggyomaste: "Σας εγγυόμαστε ότι ο courier θα έρθει.",
  xanasymvei: "Αυτό δεν θα ξανασυμβεί ποτέ.",
  refund: "Θα σας επιστρέψουμε τα χρήματα σήμερα κιόλας.",
  voucher: "Θα σας στείλω ένα κουπόνι για την ταλαιπωρία.",
};

ruleTester("no-over-promise", {
  valid: [
    { context: damaged, text: "Μαρία, λυπάμαι. Ο courier θα περάσει να παραλάβει το δέμα μέσα σε 48 ώρες και θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    { context: damaged, name: "μια αρνημένη εγγύηση είναι ειλικρινής", text: "Δεν μπορώ να εγγυηθώ την ώρα, αλλά ο courier θα περάσει να παραλάβει το δέμα μέσα σε 2 μέρες." },
    { context: damaged, name: "ό,τι δεν μπορώ να υποσχεθώ, το λέω", text: "Δεν μπορώ να σας υποσχεθώ ημερομηνία ακόμη, αλλά θα σας ενημερώσω μέσα σε 24 ώρες." },
    { context: damaged, name: "εντός 2 εργάσιμων ημερών δεν είναι νωρίτερα από 48 ώρες", text: "Ο courier θα περάσει να παραλάβει το δέμα εντός 2 εργάσιμων ημερών." },
    { context: damaged, name: "μέχρι τη Δευτέρα, μια Τετάρτη, δεν είναι νωρίτερα από 48 ώρες", text: "Ο courier θα περάσει να παραλάβει το δέμα μέχρι τη Δευτέρα." },
    { context: damaged, name: "αύριο δεν είναι νωρίτερα από τηλεφώνημα σε 24 ώρες", text: "Θα σας τηλεφωνήσω αύριο με την έκβαση." },
    { context: damaged, name: "η δική μου ενέργεια σήμερα δεν είναι υπόσχεση", text: "Ζήτησα σήμερα από την αποθήκη να το ελέγξει, και θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    { context: damaged, name: "η ερώτηση για επιστροφή χρημάτων δεν είναι υπόσχεση", text: "Ρώτησα αν είναι δυνατή η επιστροφή χρημάτων και θα σας ενημερώσω μέσα σε 24 ώρες." },
    { context: damaged, name: "μια διάρκεια στο παρελθόν δεν είναι υπόσχεση", text: "Ο courier πέρασε πριν από 2 ώρες· θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    { context: damaged, name: "ό,τι παραθέτει ο πελάτης είναι δικό του", text: "Σας είπαν «ο courier θα περάσει αύριο» και δεν ήρθε κανείς: λυπάμαι." },
    { context: el, name: "χωρίς playbook δεν υπάρχει δέσμευση για σύγκριση", text: p.avrio },
    { context: damaged, name: "ΚΕΦΑΛΑΙΑ και χωρίς τόνους: μέσα σε 48 ωρες", text: "Ο COURIER ΘΑ ΠΕΡΑΣΕΙ ΝΑ ΠΑΡΑΛΑΒΕΙ ΤΟ ΔΕΜΑ ΜΕΣΑ ΣΕ 48 ΩΡΕΣ." },
  ],
  invalid: [
    { context: damaged, name: "«αύριο» απέναντι σε courier που χρειάζεται 48 ώρες", text: p.avrio, errors: [{ ruleId: "no-over-promise", ...at(p.avrio, "αύριο"), messageId: "tooSoon", severity: "error" }] },
    { context: damaged, text: p.simera, errors: [{ ruleId: "no-over-promise", ...at(p.simera, "σήμερα"), messageId: "tooSoon" }] },
    { context: damaged, text: p.apopse, errors: [{ ruleId: "no-over-promise", ...at(p.apopse, "απόψε"), messageId: "tooSoon" }] },
    { context: damaged, text: p.mesaStiMera, errors: [{ ruleId: "no-over-promise", ...at(p.mesaStiMera, "μέσα στη μέρα") }] },
    { context: damaged, text: p.se2ores, errors: [{ ruleId: "no-over-promise", ...at(p.se2ores, "σε 2 ώρες") }] },
    { context: damaged, name: "μέχρι την Πέμπτη, μια Τετάρτη, είναι νωρίτερα από 48 ώρες", text: p.pempti, errors: [{ ruleId: "no-over-promise", ...at(p.pempti, "μέχρι την Πέμπτη") }] },
    { context: damaged, text: p.ergasimi, errors: [{ ruleId: "no-over-promise", ...at(p.ergasimi, "εντός μίας εργάσιμης ημέρας") }] },
    { context: damaged, text: p.se24, errors: [{ ruleId: "no-over-promise", ...at(p.se24, "σε 24 ώρες") }] },
    { context: damaged, text: p.amesa, errors: [{ ruleId: "no-over-promise", ...at(p.amesa, "άμεσα") }] },
    { context: el, text: p.eggyomaste, errors: [{ ruleId: "no-over-promise", ...at(p.eggyomaste, "Σας εγγυόμαστε"), messageId: "phrase" }] },
    { context: el, text: p.xanasymvei, errors: [{ ruleId: "no-over-promise", ...at(p.xanasymvei, "δεν θα ξανασυμβεί ποτέ"), messageId: "phrase" }] },
    { context: damaged, text: p.voucher, errors: [{ ruleId: "no-over-promise", ...at(p.voucher, "κουπόνι"), messageId: "remedy" }] },
  ],
});

// address-customer -----------------------------------------------------------------------
const a = {
  generic: "Αγαπητέ πελάτη, λυπάμαι για ό,τι συνέβη.",
  nobody: "Λυπάμαι πολύ για ό,τι συνέβη.",
  otherName: "Γεια σας Ελένη, λυπάμαι πολύ.",
};
ruleTester("address-customer", {
  valid: [
    { context: maria, text: "Γεια σας Μαρία, λυπάμαι πολύ για ό,τι συνέβη." },
    { context: maria, text: "Αγαπητή κυρία Παπαδοπούλου, λυπάμαι πολύ για ό,τι συνέβη." },
    { context: maria, name: "χωρίς τόνους και με κεφαλαία", text: "ΓΕΙΑ ΣΑΣ ΜΑΡΙΑ, λυπάμαι πολύ." },
    { context: maria, name: "κα + επώνυμο", text: "Κα Παπαδοπούλου, λυπάμαι πολύ." },
    { context: giorgos, name: "η κλητική του ονόματος", text: "Γεια σας Γιώργο, λυπάμαι πολύ." },
    { context: giorgos, name: "κύριε + επώνυμο στην κλητική", text: "Αγαπητέ κύριε Παπαδόπουλε, λυπάμαι πολύ." },
    { context: { ...el, customer: { handle: "@mariapap" } }, text: "@mariapap λυπάμαι πολύ." },
    { context: el, name: "χωρίς γνωστό πελάτη, μια προσφώνηση με όνομα περνά", text: "Αγαπητή κυρία Παπαδοπούλου, λυπάμαι." },
  ],
  invalid: [
    { context: el, text: a.generic, errors: [{ ruleId: "address-customer", ...at(a.generic, "Αγαπητέ πελάτη"), messageId: "generic" }] },
    { context: maria, text: a.generic, errors: [{ ruleId: "address-customer", ...at(a.generic, "Αγαπητέ πελάτη"), messageId: "missing" }] },
    { context: maria, text: a.nobody, errors: [{ ruleId: "address-customer", ...point(0), messageId: "missing" }] },
    { context: maria, text: a.otherName, errors: [{ ruleId: "address-customer", ...point(0), messageId: "missing" }] },
  ],
});

// signed-by-person -----------------------------------------------------------------------
const s = {
  team: "Λυπάμαι πολύ.\nΗ Ομάδα Εξυπηρέτησης Πελατών",
  none: "Λυπάμαι πολύ.",
  other: "Λυπάμαι πολύ.\n— Γιάννης",
};
ruleTester("signed-by-person", {
  valid: [
    { context: maria, text: `Λυπάμαι πολύ.${SIGNED}` },
    { context: maria, text: "Λυπάμαι πολύ.\nΜε εκτίμηση,\nΝίκος" },
    { context: maria, text: "Λυπάμαι πολύ. Με εκτίμηση, Νίκος" },
    { context: maria, text: "Λυπάμαι πολύ.\nΦιλικά, Νίκος Παπαδάκης" },
    { context: maria, name: "συστήνεται: είμαι ο Νίκος", text: "Είμαι ο Νίκος και λυπάμαι πολύ για ό,τι συνέβη." },
    { context: maria, name: "στην αιτιατική: ζητήστε τον Νίκο", text: "Λυπάμαι πολύ. Στείλτε μου μήνυμα και ζητήστε τον Νίκο." },
    { context: maria, text: "Λυπάμαι πολύ. Ονομάζομαι Νίκος και αναλαμβάνω εγώ την υπόθεση." },
    { context: { ...maria, agentInitials: "ΝΠ" }, text: "Λυπάμαι πολύ, στείλτε μου DM. ^ΝΠ" },
    { context: maria, text: "Λυπάμαι πολύ.\nΝίκος, Εξυπηρέτηση Πελατών" },
  ],
  invalid: [
    { context: maria, text: s.team, errors: [{ ruleId: "signed-by-person", ...at(s.team, "Η Ομάδα Εξυπηρέτησης Πελατών"), messageId: "team" }] },
    { context: maria, text: s.none, errors: [{ ruleId: "signed-by-person", ...point(s.none.length), messageId: "missing" }] },
    { context: maria, text: s.other, errors: [{ ruleId: "signed-by-person", ...at(s.other, "Γιάννης"), messageId: "wrongAgent" }] },
  ],
});

// show-empathy ---------------------------------------------------------------------------
const e = { none: "Θα σας τηλεφωνήσω μέσα σε 24 ώρες.", canned: "Λυπούμαστε για την ταλαιπωρία." };
ruleTester("show-empathy", {
  valid: [
    { context: el, text: "Λυπάμαι πραγματικά που το δέμα σας έφτασε έτσι." },
    { context: el, text: "Σας ζητώ συγγνώμη για την καθυστέρηση." },
    { context: el, text: "Καταλαβαίνω απόλυτα πόσο εκνευριστικό είναι." },
    { context: el, text: "Έχετε απόλυτο δίκιο." },
    { context: el, name: "χωρίς τόνους", text: "Λυπαμαι πολυ." },
    { context: epainos, name: "ένας έπαινος δεν θέλει συγγνώμη", text: "Σας ευχαριστούμε θερμά, κυρία Παπαδοπούλου! ^ΝΠ" },
    { context: el, name: "χωρίς το παράπονο, μια απάντηση που δεν αναφέρει πρόβλημα μένει ήσυχη", text: "Το κατάστημα της Θεσσαλονίκης ανοίγει στις 9:00. ^ΝΠ" },
    { context: el, name: "μια επόμενη απάντηση στη συζήτηση", text: "Ευχαριστούμε για την επιβεβαίωση. Ο courier θα περάσει μέσα σε 48 ώρες." },
  ],
  invalid: [
    { context: spasmeno, text: e.none, errors: [{ ruleId: "show-empathy", ...point(0), messageId: "missing" }] },
    { context: el, name: "η στερεότυπη συγγνώμη δεν μετράει", text: e.canned, errors: [{ ruleId: "show-empathy", ...point(0), messageId: "onlyFormula" }] },
  ],
});

// concrete-next-step ---------------------------------------------------------------------
const n = { none: "Λυπάμαι πολύ για ό,τι συνέβη.", noWhen: "Λυπάμαι πολύ. Θα το ελέγξω με τη μεταφορική.", vague: "Λυπάμαι πολύ. Θα σας ενημερώσουμε το συντομότερο δυνατό." };
ruleTester("concrete-next-step", {
  valid: [
    { context: el, text: "Λυπάμαι. Θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    // Without the complaint, a promise with no date and no stock phrase is let be: nothing says the customer waits.
    { context: el, name: "χωρίς το παράπονο, μια υπόσχεση χωρίς ημερομηνία", text: n.noWhen },
    { context: el, text: "Λυπάμαι. Θα σας ενημερώσω εντός 2 εργάσιμων ημερών." },
    { context: el, text: "Λυπάμαι. Θα σας ενημερώσω μέχρι τη Δευτέρα." },
    { context: el, text: "Λυπάμαι. Σας τηλεφωνώ αύριο το πρωί." },
    { context: spasmeno, name: "ένα βήμα που ανατίθεται στον πελάτη", text: "Λυπάμαι πολύ. Στείλτε μου προσωπικό μήνυμα με τον αριθμό παραγγελίας." },
    { context: spasmeno, name: "ένα βήμα που έγινε ήδη", text: "Λυπάμαι πολύ. Έχουμε ήδη επιστρέψει τα χρήματα στην κάρτα σας." },
    { context: epainos, name: "ένας έπαινος δεν θέλει επόμενο βήμα", text: "Σας ευχαριστούμε θερμά! ^ΝΠ" },
    { context: el, name: "σε μια γνώμη, χωρίς παράπονο, ένα συναίσθημα αρκεί", text: "Λυπάμαι πολύ που το βλέπετε έτσι." },
  ],
  invalid: [
    { context: spasmeno, text: n.none, errors: [{ ruleId: "concrete-next-step", ...point(0), messageId: "missing" }] },
    { context: el, name: "χωρίς το παράπονο, μια συγγνώμη που ονομάζει το πρόβλημα", text: "Λυπάμαι πολύ για την καθυστέρηση.", errors: [{ ruleId: "concrete-next-step", ...point(0), messageId: "missing" }] },
    { context: spasmeno, text: n.noWhen, errors: [{ ruleId: "concrete-next-step", ...at(n.noWhen, "Θα το ελέγξω με τη μεταφορική"), messageId: "noDeadline" }] },
    { context: spasmeno, name: "μια αόριστη υπόσχεση", text: n.vague, errors: [{ ruleId: "concrete-next-step", ...at(n.vague, "Θα σας ενημερώσουμε το συντομότερο δυνατό"), messageId: "noDeadline" }] },
  ],
});

// offer-private-channel ------------------------------------------------------------------
const o = { none: "Μαρία, λυπάμαι. Θα σας τηλεφωνήσω μέσα σε 24 ώρες." };
ruleTester("offer-private-channel", {
  valid: [
    { context: damaged, text: "Στείλτε μου ένα προσωπικό μήνυμα με τον αριθμό παραγγελίας." },
    { context: damaged, text: "Γράψτε μου στο care@example.com και ζητήστε εμένα." },
    { context: damaged, text: "Στείλτε μου DM με τον αριθμό παραγγελίας." },
    { context: damaged, text: "Ας συνεχίσουμε σε προσωπικό μήνυμα." },
    { context: damaged, text: "Επικοινωνήστε απευθείας μαζί μου στο 210 1234567." },
  ],
  invalid: [{ context: damaged, text: o.none, errors: [{ ruleId: "offer-private-channel", ...point(o.none.length), messageId: "missing" }] }],
});

// calm-tone ------------------------------------------------------------------------------
const c = { shout: "ΔΕΝ ΕΙΝΑΙ ΔΙΚΟ ΜΑΣ ΛΑΘΟΣ.", calm: "Μαρία, ηρεμήστε λίγο.", dont: "Μη θυμώνετε, θα το λύσουμε.", bang: "Λυπάμαι πολύ!!!" };
ruleTester("calm-tone", {
  valid: [
    { context: el, text: "Λυπάμαι πολύ, στείλτε μου DM με τον αριθμό της ΑΦΜ." },
    { context: el, text: "Λυπάμαι πολύ! Θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
  ],
  invalid: [
    { context: el, text: c.shout, errors: [{ ruleId: "calm-tone", ...at(c.shout, "ΔΕΝ ΕΙΝΑΙ ΔΙΚΟ ΜΑΣ ΛΑΘΟΣ"), messageId: "shouting" }] },
    { context: el, text: c.calm, errors: [{ ruleId: "calm-tone", ...at(c.calm, "ηρεμήστε") }] },
    { context: el, text: c.dont, errors: [{ ruleId: "calm-tone", ...at(c.dont, "Μη θυμώνετε") }] },
    { context: el, text: c.bang, errors: [{ ruleId: "calm-tone", ...at(c.bang, "!!!"), messageId: "exclamations" }] },
  ],
});

// no-blame -------------------------------------------------------------------------------
const b = { eprepe: "Έπρεπε να διαβάσετε τους όρους.", opos: "Όπως σας είπαμε ήδη, το δέμα είναι καθ' οδόν.", courier: "Δεν φταίμε εμείς, φταίει ο courier." };
ruleTester("no-blame", {
  valid: [
    { context: el, text: "Λυπάμαι, το δέμα είναι δική μας ευθύνη μέχρι να φτάσει σε εσάς." },
    { context: el, name: "ό,τι παραθέτει ο πελάτης", text: "Σας απάντησαν «έπρεπε να διαβάσετε τους όρους»; Λυπάμαι πολύ." },
  ],
  invalid: [
    { context: el, text: b.eprepe, errors: [{ ruleId: "no-blame", ...at(b.eprepe, "Έπρεπε να διαβάσετε") }] },
    { context: el, text: b.opos, errors: [{ ruleId: "no-blame", ...at(b.opos, "Όπως σας είπαμε") }] },
    { context: el, text: b.courier, errors: [{ ruleId: "no-blame", ...at(b.courier, "Δεν φταίμε εμείς") }, { ruleId: "no-blame", ...at(b.courier, "φταίει ο courier") }] },
  ],
});

// no-canned-phrase -----------------------------------------------------------------------
const k = { talaip: "Λυπούμαστε για την ταλαιπωρία.", syntomo: "Το αίτημά σας θα εξεταστεί το συντομότερο δυνατό.", noAccents: "ΛΥΠΟΥΜΑΣΤΕ ΓΙΑ ΤΗΝ ΤΑΛΑΙΠΩΡΙΑ." };
ruleTester("no-canned-phrase", {
  valid: [{ context: el, text: "Λυπάμαι πραγματικά που το δέμα σας έφτασε σπασμένο." }],
  invalid: [
    { context: el, text: k.talaip, errors: [{ ruleId: "no-canned-phrase", ...at(k.talaip, "Λυπούμαστε για την ταλαιπωρία") }] },
    { context: el, text: k.syntomo, errors: [{ ruleId: "no-canned-phrase", ...at(k.syntomo, "το συντομότερο δυνατό") }] },
    { context: el, name: "κεφαλαία χωρίς τόνους, τελικό Σ", text: k.noAccents, errors: [{ ruleId: "no-canned-phrase", ...at(k.noAccents, "ΛΥΠΟΥΜΑΣΤΕ ΓΙΑ ΤΗΝ ΤΑΛΑΙΠΩΡΙΑ") }] },
  ],
});

// no-placeholder -------------------------------------------------------------------------
const ph = { brackets: "Γεια σας [ΟΝΟΜΑ ΠΕΛΑΤΗ], λυπάμαι.", braces: "Γεια σας {{όνομα}}, λυπάμαι." };
ruleTester("no-placeholder", {
  valid: [{ context: el, text: "Γεια σας Μαρία, λυπάμαι." }],
  invalid: [
    { context: el, text: ph.brackets, errors: [{ ruleId: "no-placeholder", ...at(ph.brackets, "[ΟΝΟΜΑ ΠΕΛΑΤΗ]") }] },
    { context: el, text: ph.braces, errors: [{ ruleId: "no-placeholder", ...at(ph.braces, "{{όνομα}}") }] },
  ],
});

// max-length -----------------------------------------------------------------------------
const long = `Μαρία, ${"λυπάμαι πραγματικά για ό,τι συνέβη. ".repeat(8)}— Νίκος`;
ruleTester("max-length", {
  valid: [{ context: { ...el, channel: "x" }, name: "οι ελληνικοί χαρακτήρες μετρούν ένας ένας", text: `Μαρία, ${"λ".repeat(260)} — Νίκος` }],
  invalid: [{ context: { ...el, channel: "x" }, name: "πάνω από 280 χαρακτήρες στο X", text: long, errors: [{ ruleId: "max-length", start: 280, end: long.length }] }],
});

describe("Greek rule messages", () => {
  const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  for (const rule of RULES.values()) {
    it(`${rule.id}: every message has a Greek template with the same placeholders`, () => {
      for (const [id, english] of Object.entries(rule.meta.messages)) {
        const greek = LOCALIZED_MESSAGES.el?.[rule.id]?.[id];
        expect(greek, `${rule.id}.${id}`).toBeTypeOf("string");
        expect(placeholders(greek!)).toEqual(placeholders(english));
      }
    });
  }

  it("every rule has a Greek table in this file", () => {
    const source = readFileSync(new URL(import.meta.url), "utf8");
    for (const id of RULES.keys()) expect(source, id).toContain(`ruleTester("${id}"`);
  });
});
