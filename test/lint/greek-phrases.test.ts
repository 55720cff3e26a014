// The Greek phrase list (playbooks/el/phrases.yaml), family by family, as the English and
// Italian lists have them: stock phrases, non-apologies, forwarding, hand-offs, blame, the rule
// used against the customer, over-promises and tone, each with replies it fires on and replies
// it leaves alone (the entries' `unless` exceptions among them). Our own wording; with and
// without accents. Each case names the rule and the words it reports.
import { beforeAll, describe, expect, it } from "vitest";
import type { Linter } from "../../src/lint/types.js";
import { shippedLinter, toLintContext, type CaseContext } from "./helpers.js";

let linter: Linter;
beforeAll(async () => {
  linter = await shippedLinter();
});

const el: CaseContext = { locale: "el" };
// The post a reply answers: a complaint, or praise.
const complaint: CaseContext = { locale: "el", complaint: "Το δέμα μου έφτασε σπασμένο και κανείς δεν απαντά." };
const praise: CaseContext = { locale: "el", complaint: "Ευχαριστώ πολύ, ο οδηγός σας ήταν ευγενέστατος!" };

const findings = async (text: string, context: CaseContext, ruleId: string) =>
  (await linter.lint(text, await toLintContext(context))).findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));

/** Whether one of the reported spans takes in these words (a span may go on: «...που σας προκλήθηκε»). */
const reports = (spans: string[], words: string) => spans.some((s) => s.includes(words));

// [family, reply, rule, words the reported span takes in, context]
type Fires = [string, string, string, string, CaseContext?];
// [family, reply, rule, context]
type Passes = [string, string, string, CaseContext?];

const FIRES: Fires[] = [
  // Stock apologies (P3).
  ["stock apology", "Λυπούμαστε για την ταλαιπωρία.", "no-canned-phrase", "Λυπούμαστε για την ταλαιπωρία"],
  ["stock apology", "Λυπούμαστε πολύ για την ταλαιπωρία που σας προκλήθηκε.", "no-canned-phrase", "Λυπούμαστε πολύ για την ταλαιπωρία"],
  ["stock apology", "ζητουμε ειλικρινα συγγνωμη για τυχον αναστατωση", "no-canned-phrase", "ζητουμε ειλικρινα συγγνωμη για τυχον αναστατωση"],
  ["stock apology", "Λυπάμαι για τυχόν σύγχυση.", "no-canned-phrase", "Λυπάμαι για τυχόν"],
  ["stock apology", "Παρακαλούμε δεχτείτε τις ειλικρινείς μας συγγνώμες.", "no-canned-phrase", "δεχτείτε τις ειλικρινείς μας συγγνώμες"],
  // The hold-music line and its kin.
  ["important to us", "Η γνώμη σας είναι σημαντική για εμάς.", "no-canned-phrase", "Η γνώμη σας είναι σημαντική για εμάς"],
  ["important to us", "Τα σχόλιά σας είναι πολύτιμα για εμάς.", "no-canned-phrase", "Τα σχόλιά σας είναι πολύτιμα"],
  ["important to us", "Οι πελάτες μας είναι η προτεραιότητά μας.", "no-canned-phrase", "Οι πελάτες μας είναι η προτεραιότητά μας"],
  // Thanks for patience, for feedback after a complaint, for custom, for getting in touch.
  ["thanks for patience", "Ευχαριστούμε για την κατανόηση.", "no-canned-phrase", "Ευχαριστούμε για την κατανόηση"],
  ["thanks for patience", "Σας ευχαριστώ πολύ για την υπομονή σας.", "no-canned-phrase", "Σας ευχαριστώ πολύ για την υπομονή σας"],
  ["thanks for patience", "Εκτιμούμε πραγματικά την υπομονή σας.", "no-canned-phrase", "Εκτιμούμε πραγματικά την υπομονή σας"],
  ["thanks for feedback", "Ευχαριστούμε για τα σχόλιά σας.", "no-canned-phrase", "Ευχαριστούμε για τα σχόλιά σας", complaint],
  ["thanks for custom", "Σας ευχαριστούμε για την προτίμησή σας.", "no-canned-phrase", "Σας ευχαριστούμε για την προτίμησή σας", praise],
  ["thanks for getting in touch", "Ευχαριστούμε που επικοινωνήσατε μαζί μας.", "no-canned-phrase", "Ευχαριστούμε που επικοινωνήσατε μαζί μας"],
  // Non-apologies: sorry for the customer's feelings.
  ["non-apology", "Λυπούμαστε που νιώθετε έτσι.", "no-canned-phrase", "Λυπούμαστε που νιώθετε έτσι"],
  ["non-apology", "Συγγνώμη αν σας ενόχλησε.", "no-canned-phrase", "Συγγνώμη αν σας ενόχλησε"],
  ["non-apology", "Λυπάμαι που είστε δυσαρεστημένη.", "no-canned-phrase", "Λυπάμαι που είστε δυσαρεστημένη"],
  ["non-apology", "Λυπάμαι αν αυτή ήταν η εμπειρία σας.", "no-canned-phrase", "Λυπάμαι αν αυτή ήταν η εμπειρία σας"],
  ["sorry to hear", "Λυπούμαστε πολύ που το ακούμε.", "no-canned-phrase", "Λυπούμαστε πολύ που το ακούμε"],
  ["we understand", "Κατανοούμε πλήρως την απογοήτευσή σας.", "no-canned-phrase", "Κατανοούμε πλήρως την απογοήτευσή σας"],
  ["take it seriously", "Παίρνουμε πολύ σοβαρά κάθε παράπονο.", "no-canned-phrase", "Παίρνουμε πολύ σοβαρά κάθε"],
  // Forwarding is not handling (P12).
  ["forwarded", "Η καταγγελία σας προωθήθηκε.", "no-canned-phrase", "Η καταγγελία σας προωθήθηκε"],
  ["forwarded", "Το αίτημά σας έχει καταγραφεί και θα εξεταστεί.", "no-canned-phrase", "Το αίτημά σας έχει καταγραφεί"],
  ["forwarded", "Θα μεταφέρουμε τα σχόλιά σας.", "no-canned-phrase", "Θα μεταφέρουμε τα σχόλιά σας", complaint],
  ["someone will call", "Θα σας καλέσει ένας συνάδελφος.", "no-canned-phrase", "Θα σας καλέσει ένας συνάδελφος"],
  ["high volume", "Λόγω του αυξημένου όγκου αιτημάτων, οι απαντήσεις αργούν.", "no-canned-phrase", "Λόγω του αυξημένου όγκου"],
  ["try again later", "Δοκιμάστε ξανά αργότερα.", "no-canned-phrase", "Δοκιμάστε ξανά αργότερα"],
  ["as mentioned", "Όπως αναφέρθηκε, η επιστροφή γίνεται σε 14 μέρες.", "no-canned-phrase", "Όπως αναφέρθηκε"],
  ["regret to inform", "Λυπούμαστε να σας ενημερώσουμε ότι το προϊόν εξαντλήθηκε.", "no-canned-phrase", "Λυπούμαστε να σας ενημερώσουμε ότι"],
  ["please be advised", "Σας ενημερώνουμε ότι η παραγγελία σας ακυρώθηκε.", "no-canned-phrase", "Σας ενημερώνουμε ότι"],
  ["please be advised", "Παρακαλούμε σημειώστε ότι η επιστροφή γίνεται σε 14 μέρες.", "no-canned-phrase", "Παρακαλούμε σημειώστε ότι"],
  // Hand-offs (no-blame, P5): the customer sent elsewhere.
  ["hand-off", "Απευθυνθείτε στο αρμόδιο τμήμα.", "no-blame", "Απευθυνθείτε στο αρμόδιο"],
  ["hand-off", "Επικοινωνήστε με την εξυπηρέτηση πελατών στο 801 11 12345.", "no-blame", "Επικοινωνήστε με την εξυπηρέτηση"],
  ["hand-off", "Θα πρέπει να επικοινωνήσετε με την τράπεζά σας.", "no-blame", "Θα πρέπει να επικοινωνήσετε"],
  ["hand-off", "Σας προτείνουμε να απευθυνθείτε στο κατάστημα.", "no-blame", "Σας προτείνουμε να απευθυνθείτε στο κατάστημα"],
  ["hand-off", "Ρωτήστε τον οδηγό όταν έρθει.", "no-blame", "Ρωτήστε τον οδηγό"],
  ["hand-off", "Καλέστε στο 210 1234567 για να το δηλώσετε.", "no-blame", "Καλέστε στο 210"],
  ["hand-off", "Απευθυνθείτε απευθείας στη μεταφορική.", "no-blame", "Απευθυνθείτε απευθείας στη μεταφορική"],
  // Blame (P5).
  ["as we told you", "Όπως ήδη σας έχουμε ενημερώσει, το δέμα είναι καθ' οδόν.", "no-blame", "Όπως ήδη σας έχουμε ενημερώσει"],
  ["as we told you", "ΟΠΩΣ ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΠΕΙ, δεν γίνεται.", "no-blame", "ΟΠΩΣ ΣΑΣ ΕΧΟΥΜΕ ΗΔΗ ΠΕΙ"],
  ["you should have", "Έπρεπε να ελέγξετε τη διεύθυνση.", "no-blame", "Έπρεπε να ελέγξετε"],
  ["you should have", "Αρκούσε να διαβάσετε την περιγραφή.", "no-blame", "Αρκούσε να διαβάσετε"],
  ["you failed to", "Ξεχάσατε να συμπληρώσετε τον όροφο.", "no-blame", "Ξεχάσατε να"],
  ["your mistake", "Μάλλον πληκτρολογήσατε λάθος email.", "no-blame", "Μάλλον πληκτρολογήσατε λάθος"],
  ["the small print", "Όπως αναφέρεται στους όρους, η επιστροφή γίνεται σε 14 μέρες.", "no-blame", "Όπως αναφέρεται στους όρους"],
  ["not our fault", "Δεν φταίμε εμείς.", "no-blame", "Δεν φταίμε εμείς"],
  ["the rule against the customer", "Θα χρεωθείτε 30 ευρώ για την αλλαγή.", "no-blame", "Θα χρεωθείτε"],
  ["the rule against the customer", "Δεν έχουμε ενημέρωση για κάποιο πρόβλημα στο δίκτυο.", "no-blame", "Δεν έχουμε ενημέρωση για κάποιο"],
  ["only you", "Κανένας άλλος πελάτης δεν έχει παραπονεθεί.", "no-blame", "Κανένας άλλος πελάτης δεν έχει παραπονεθεί"],
  // Over-promises (P4).
  ["guarantee", "Σας εγγυόμαστε ότι θα φτάσει.", "no-over-promise", "Σας εγγυόμαστε"],
  ["guarantee", "Εγγυόμαστε ότι θα φτάσει.", "no-over-promise", "Εγγυόμαστε"],
  ["resolved at once", "Το πρόβλημα θα λυθεί άμεσα.", "no-over-promise", "θα λυθεί άμεσα"],
  ["resolved at once", "Θα τα λύσουμε όλα.", "no-over-promise", "Θα τα λύσουμε όλα"],
  ["never again", "Δεν θα ξανασυμβεί.", "no-over-promise", "Δεν θα ξανασυμβεί"],
  ["never again", "δεν θα το ξαναζήσετε", "no-over-promise", "δεν θα το ξαναζήσετε"],
  ["sure we will", "Είμαστε σίγουροι ότι θα βρεθεί.", "no-over-promise", "Είμαστε σίγουροι ότι θα"],
  ["my word", "Έχετε τον λόγο μου.", "no-over-promise", "Έχετε τον λόγο μου"],
  ["refund promised", "Θα σας επιστρέψουμε τα χρήματα.", "no-over-promise", "Θα σας επιστρέψουμε τα χρήματα"],
  // Tone (P8).
  ["calm down", "Ηρεμήστε λίγο.", "calm-tone", "Ηρεμήστε"],
  ["be patient", "Κάντε λίγη υπομονή.", "calm-tone", "Κάντε λίγη υπομονή"],
  ["you misread", "Μάλλον δεν διαβάσατε καλά το μήνυμα.", "calm-tone", "Μάλλον δεν διαβάσατε καλά"],
  ["these things happen", "Συμβαίνουν αυτά.", "calm-tone", "Συμβαίνουν αυτά"],
  ["don't worry", "Μην ανησυχείτε.", "calm-tone", "Μην ανησυχείτε"],
];

const PASSES: Passes[] = [
  // What went wrong, named, in the first person.
  ["stock apology", "Λυπάμαι πραγματικά που το δέμα σας έφτασε σπασμένο.", "no-canned-phrase"],
  ["stock apology", "Λυπάμαι για την ταλαιπωρία με το δέμα σας.", "no-canned-phrase"],
  ["stock apology", "Σας ζητώ συγγνώμη για την καθυστέρηση της παράδοσης.", "no-canned-phrase"],
  ["important to us", "Το δώρο είναι σημαντικό για την επέτειό σας, το καταλαβαίνω.", "no-canned-phrase"],
  ["please be advised", "Θα σας ενημερώσω μέσα σε 24 ώρες για την έκβαση.", "no-canned-phrase"],
  ["thanks for patience", "Λυπάμαι που περιμένατε τόσο· θα σας ενημερώσω μέσα σε 24 ώρες.", "no-canned-phrase"],
  // Thanks for the customer's words are plain thanks after praise (notOnPraise).
  ["thanks for feedback", "Ευχαριστούμε για τα σχόλιά σας!", "no-canned-phrase", praise],
  // The cause named is an apology for it.
  ["non-apology", "Λυπάμαι που μείνατε δυσαρεστημένη από την επισκευή.", "no-canned-phrase"],
  ["non-apology", "Λυπάμαι που σας στείλαμε λάθος νούμερο.", "no-canned-phrase"],
  ["forwarded", "Ζήτησα από την αποθήκη να το ελέγξει και θα σας ενημερώσω μέσα σε 24 ώρες.", "no-canned-phrase"],
  // Good news carried to the crew after a compliment (notOnGoodNews).
  ["forwarded", "Θα μεταφέρουμε τα σχόλιά σας στο πλήρωμα.", "no-canned-phrase", praise],
  // With us, in private, in the first person, or a question: no hand-off.
  ["hand-off", "Επικοινωνήστε απευθείας μαζί μου στο 210 1234567.", "no-blame"],
  ["hand-off", "Θα επικοινωνήσω εγώ με τη μεταφορική.", "no-blame"],
  ["hand-off", "Επικοινωνήσατε ήδη με την τράπεζα;", "no-blame"],
  ["hand-off", "Στείλτε μου προσωπικό μήνυμα με τον αριθμό παραγγελίας.", "no-blame"],
  ["hand-off", "Αν χρειαστεί, ρωτήστε το πλήρωμα.", "no-blame"],
  // What should have reached the customer is no blame.
  ["you should have", "Θα έπρεπε να έχετε λάβει ένα email επιβεβαίωσης.", "no-blame"],
  ["you should have", "θα επρεπε να το ειχατε παραλαβει χθες, λυπαμαι", "no-blame"],
  ["as we told you", "Σας γράφω ξανά τα επόμενα βήματα, για να τα έχετε όλα μαζί.", "no-blame"],
  ["the rule against the customer", "Δεν θα χρεωθείτε τίποτα για την αλλαγή.", "no-blame"],
  ["the rule against the customer", "Η αλλαγή γίνεται χωρίς χρέωση.", "no-blame"],
  // Negated guarantees, terms of the service, a service back in full.
  ["guarantee", "Δεν σας εγγυόμαστε ημερομηνία, αλλά θα σας ενημερώσω μέσα σε 24 ώρες.", "no-over-promise"],
  ["guarantee", "Η θέση σας είναι εγγυημένα δική σας.", "no-over-promise"],
  ["guarantee", "Το δίκτυο λειτουργεί ξανά 100 τοις εκατό.", "no-over-promise"],
  ["never again", "Καταγράφω το πρόβλημα για να μην επαναληφθεί.", "no-over-promise"],
  ["calm down", "Καθίστε αναπαυτικά και χαλαρώστε μέχρι την προσγείωση.", "calm-tone"],
  ["be patient", "Στο μεταξύ παρακολουθώ εγώ το αίτημα.", "calm-tone"],
];

describe("the Greek phrase list fires", () => {
  it.each(FIRES)("%s: %s", async (_family, text, ruleId, words, context = el) => {
    const spans = await findings(text, context, ruleId);
    expect(reports(spans, words), `${ruleId} reported ${JSON.stringify(spans)}`).toBe(true);
  });
});

describe("the Greek phrase list leaves alone", () => {
  it.each(PASSES)("%s: %s", async (_family, text, ruleId, context = el) => {
    expect(await findings(text, context, ruleId)).toEqual([]);
  });
});
