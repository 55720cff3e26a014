// Greek through the rules' language-specific logic, as the English and Italian tables check it
// (issue 11's patterns in Greek wording): signatures as Greek teams sign, no apology or next
// step owed to praise, thanks or a plain answer, real empathy in other words, gladness at the
// customer's news, a refusal before thanks for "feedback", a thread's parts, and Greek time
// frames that make a next step concrete. NOW is Wednesday 14 January 2026, 10:00.
import { at, point, ruleTester } from "./helpers.js";

const el = { locale: "el" };
const nikos = { locale: "el", agent: "Νίκος", agentInitials: "ΝΠ" };
// The posts the replies answer.
const spasmeno = { locale: "el", complaint: "Το δέμα μου έφτασε σπασμένο και κανείς δεν σηκώνει το τηλέφωνο." };
const epainos = { locale: "el", complaint: "Ευχαριστώ πολύ, ο οδηγός σας ήταν ευγενέστατος και βοήθησε τη μητέρα μου!" };
const erotisi = { locale: "el", complaint: "Τι ώρα ανοίγει το κατάστημα της Πάτρας το Σάββατο;" };
// A complaint that ends well: the reply may be glad of the news.
const telika = { locale: "el", complaint: "Η βαλίτσα μου χάθηκε στη Ρώμη και έμεινα δύο μέρες χωρίς ρούχα, τελικά μου την έφεραν σήμερα." };
const vrethike = { locale: "el", complaint: "Η βαλίτσα μου χάθηκε στη Ρώμη αλλά σήμερα μου την έφεραν στο σπίτι." };

// signed-by-person -----------------------------------------------------------------------
const u = {
  again: "Λυπάμαι πολύ για την καθυστέρηση. Και πάλι, ζητώ συγγνώμη για την καθυστέρηση.",
  team: "Λυπάμαι πολύ για την καθυστέρηση.\nΜε εκτίμηση,\nΗ ομάδα εξυπηρέτησης",
  bare: "Λυπάμαι πολύ για την καθυστέρηση.\nΦιλικά.",
};
ruleTester("signed-by-person", {
  valid: [
    { context: nikos, name: "^ + μικρό όνομα", text: "Λυπάμαι πολύ, στείλτε μου DM. ^Νίκος" },
    { context: nikos, name: "~ + όνομα", text: "Λυπάμαι πολύ, στείλτε μου DM. ~ Νίκος" },
    { context: nikos, name: "* + όνομα", text: "Λυπάμαι πολύ, στείλτε μου DM. *Νίκος" },
    { context: nikos, name: "^ + όνομα και αρχικό επωνύμου", text: "Λυπάμαι πολύ, στείλτε μου DM. ^Νίκος Π." },
    { context: nikos, name: "αρχικά με τελεία", text: "Λυπάμαι πολύ, στείλτε μου DM. ^ΝΠ." },
    { context: nikos, name: "αρχικά και μέρος νήματος", text: "Λυπάμαι πολύ, στείλτε μου DM. ^ΝΠ(2/2)" },
    { context: nikos, name: "αρχικά και σύνδεσμος μετά", text: "Λυπάμαι πολύ, δείτε εδώ τα βήματα. ^ΝΠ https://t.co/abc123" },
    { context: nikos, name: "αρχικά κολλητά σε τηλέφωνο", text: "Λυπάμαι πολύ, καλέστε με στο 210 1234567.^ΝΠ" },
    { context: nikos, name: "αρχικά με μικρά", text: "Λυπάμαι πολύ, στείλτε μου DM. ^νπ" },
    { context: nikos, name: "ευχαριστώ-όνομα", text: "Λυπάμαι πολύ, στείλτε μου DM. Ευχαριστώ-Νίκος" },
    { context: nikos, name: "χαιρετισμός και όνομα στην επόμενη γραμμή", text: "Λυπάμαι πολύ για την καθυστέρηση.\nΦιλικά,\nΝίκος" },
    { context: nikos, name: "χωρίς τόνους", text: "Λυπαμαι πολυ.\nΦιλικα, Νικος" },
    { context: nikos, name: "συστήνεται χωρίς τόνους", text: "Ονομαζομαι Νικος και αναλαμβανω εγω την υποθεση, λυπαμαι πολυ." },
    { context: nikos, name: "ΚΕΦΑΛΑΙΑ χωρίς τόνους", text: "Λυπάμαι πολύ.\nΜΕ ΕΚΤΙΜΗΣΗ, ΝΙΚΟΣ" },
    { context: { ...nikos, final: false }, name: "ένα μέρος νήματος που ακολουθούν κι άλλα δεν υπογράφεται", text: "Λυπάμαι πολύ για την καθυστέρηση· σας εξηγώ τι έγινε. (1/2)" },
  ],
  invalid: [
    { context: nikos, name: "μια τελευταία πρόταση με κεφαλαίο και κόμμα δεν είναι υπογραφή", text: u.again, errors: [{ ruleId: "signed-by-person", ...point(u.again.length), messageId: "missing" }] },
    { context: nikos, name: "μια ομάδα δεν είναι πρόσωπο", text: u.team, errors: [{ ruleId: "signed-by-person", ...at(u.team, "Η ομάδα εξυπηρέτησης"), messageId: "team" }] },
    { context: nikos, name: "χαιρετισμός χωρίς όνομα", text: u.bare, errors: [{ ruleId: "signed-by-person", ...point(u.bare.length), messageId: "missing" }] },
  ],
});

// show-empathy ---------------------------------------------------------------------------
const e = { formula: "Λυπούμαστε για την ταλαιπωρία. Θα σας τηλεφωνήσω μέσα σε 24 ώρες.", nonApology: "Λυπούμαστε που νιώθετε έτσι. Θα σας τηλεφωνήσω μέσα σε 24 ώρες." };
ruleTester("show-empathy", {
  valid: [
    { context: epainos, name: "ο έπαινος δεν θέλει συγγνώμη", text: "Τι ωραία νέα, θα τα μεταφέρω στον οδηγό! ^ΝΠ" },
    { context: erotisi, name: "μια απλή απάντηση σε ερώτηση δεν θέλει συγγνώμη", text: "Το κατάστημα της Πάτρας ανοίγει το Σάββατο στις 9:00. ^ΝΠ" },
    { context: vrethike, name: "χαρά για τα νέα του πελάτη", text: "Χαιρόμαστε πολύ που η βαλίτσα σας βρέθηκε και ήρθε στο σπίτι σας! ^ΝΠ" },
    { context: telika, name: "χαρά για τα νέα, σε παράπονο που τελείωσε καλά", text: "Χαρήκαμε πολύ που η βαλίτσα σας έφτασε επιτέλους. ^ΝΠ" },
    { context: vrethike, name: "χαρά για τα νέα του πελάτη, με «είναι υπέροχο να το ακούμε»", text: "Είναι υπέροχο να το ακούμε, καλή συνέχεια! ^ΝΠ" },
    { context: spasmeno, name: "«καταλαβαίνω γιατί σας ενόχλησε» είναι κατανόηση", text: "Καταλαβαίνω γιατί σας ενόχλησε τόσο. Θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    { context: spasmeno, name: "«καταλαβαίνω πώς νιώθετε»", text: "Καταλαβαίνω απόλυτα πώς νιώθετε. Θα σας τηλεφωνήσω μέσα σε 24 ώρες." },
    // As in English and Italian, a non-apology is no-canned-phrase's to report, not a missing apology too.
    { context: spasmeno, name: "μια μη-συγγνώμη την αναφέρει το no-canned-phrase, όχι και αυτός ο κανόνας", text: e.nonApology },
  ],
  invalid: [
    { context: spasmeno, name: "η στερεότυπη συγγνώμη δεν μετράει", text: e.formula, errors: [{ ruleId: "show-empathy", ...point(0), messageId: "onlyFormula" }] },
  ],
});

// concrete-next-step ---------------------------------------------------------------------
const n = { none: "Λυπάμαι πολύ που το δέμα σας έφτασε σπασμένο." };
ruleTester("concrete-next-step", {
  valid: [
    { context: epainos, name: "ο έπαινος δεν θέλει επόμενο βήμα", text: "Σας ευχαριστούμε θερμά, θα το πούμε στον οδηγό! ^ΝΠ" },
    { context: erotisi, name: "μια απλή απάντηση δεν θέλει επόμενο βήμα", text: "Το κατάστημα της Πάτρας ανοίγει το Σάββατο στις 9:00. ^ΝΠ" },
    { context: spasmeno, name: "εντός της ημέρας", text: "Λυπάμαι πολύ. Θα σας τηλεφωνήσω εντός της ημέρας." },
    { context: spasmeno, name: "ως το μεσημέρι", text: "Λυπάμαι πολύ. Θα σας ενημερώσω ως το μεσημέρι." },
    { context: spasmeno, name: "μέσα στην εβδομάδα", text: "Λυπάμαι πολύ. Θα σας ενημερώσω μέσα στην εβδομάδα." },
    { context: spasmeno, name: "μέχρι την Παρασκευή, χωρίς τόνους", text: "Λυπαμαι πολυ. Θα σας ενημερωσω μεχρι την Παρασκευη." },
    { context: spasmeno, name: "μόλις λάβω τη φωτογραφία", text: "Λυπάμαι πολύ. Μόλις λάβω τη φωτογραφία, θα ανοίξω τη δήλωση ζημιάς." },
  ],
  invalid: [{ context: spasmeno, text: n.none, errors: [{ ruleId: "concrete-next-step", ...point(0), messageId: "missing" }] }],
});

// no-canned-phrase: thanks for "feedback" after a no, and after gladness -----------------
const f = {
  afterNo: "Δυστυχώς τα εισιτήρια δεν μεταφέρονται σε άλλο όνομα, αλλά ευχαριστούμε για τα σχόλιά σας.",
  afterBut: "Όλα τα εισιτήρια είναι ονομαστικά, αλλά ευχαριστούμε για τα σχόλιά σας. ^ΝΠ",
  afterWhile: "Ενώ πιστεύουμε ότι οι ελεύθερες θέσεις λειτουργούν καλύτερα, ευχαριστούμε για τα σχόλιά σας. ^ΝΠ",
};
ruleTester("no-canned-phrase", {
  valid: [
    { context: el, name: "μετά από χαρά για τα νέα του πελάτη, ένα απλό ευχαριστώ", text: "Χαιρόμαστε πολύ που το ακούμε! Ευχαριστούμε για τα σχόλιά σας. ^ΝΠ" },
    { context: el, name: "«τι υπέροχο να το διαβάζουμε»", text: "Είναι υπέροχο να το διαβάζουμε. Ευχαριστούμε για τα σχόλιά σας. ^ΝΠ" },
    { context: telika, name: "σε παράπονο που τελείωσε καλά, χαρά για τα νέα και ένα απλό ευχαριστώ", text: "Χαιρόμαστε πολύ που η βαλίτσα σας βρέθηκε! Ευχαριστούμε για τα σχόλιά σας. ^ΝΠ" },
    { context: telika, name: "σε παράπονο που τελείωσε καλά, «είναι υπέροχο να το ακούμε»", text: "Είναι υπέροχο να το ακούμε! Ευχαριστούμε για τα σχόλιά σας. ^ΝΠ" },
    { context: telika, name: "χωρίς τόνους", text: "Χαιρομαστε που ολα πηγαν καλα τελικα! Ευχαριστουμε για τα σχολια σας. ^ΝΠ" },
  ],
  invalid: [
    { context: el, name: "μετά από «αλλά», το ευχαριστώ για τα σχόλια είναι φόρμουλα", text: f.afterBut, errors: [{ ruleId: "no-canned-phrase", ...at(f.afterBut, "ευχαριστούμε για τα σχόλιά σας") }] },
    { context: el, name: "μετά από «ενώ...», το ευχαριστώ για τα σχόλια είναι φόρμουλα", text: f.afterWhile, errors: [{ ruleId: "no-canned-phrase", ...at(f.afterWhile, "ευχαριστούμε για τα σχόλιά σας") }] },
    { context: el, name: "μετά από ένα όχι, το ευχαριστώ για τα σχόλια είναι φόρμουλα", text: f.afterNo, errors: [{ ruleId: "no-canned-phrase", ...at(f.afterNo, "ευχαριστούμε για τα σχόλιά σας") }] },
  ],
});
