// A Greek draft end to end through a real pseudo-terminal (tmux): a pasted Greek complaint
// switches the prompts to Greek, routing picks the Greek parcel-damaged playbook, the checklist
// and the questions are asked in Greek, an inline edit that over-promises ("αύριο" against a
// 48-hour courier) is flagged at once in Greek, and the accepted reply greets Μαρία and is
// signed by Νίκος. Every wait polls the screen for the expected text, with a timeout.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { SKIP_PTY, privateTerminals, type Terminal } from "../helpers/terminal.js";

if (SKIP_PTY) console.warn("draft-greek-pty: tmux is not installed, so the pseudo-terminal test is skipped (CI installs it)");

const pty = privateTerminals("draft-greek-pty");
afterEach(() => pty.endSessions());
afterAll(() => pty.close());

const answered = (screen: string) => screen.match(/^✔ /gm)?.length ?? 0;
function active(screen: string): string | undefined {
  const last = [...screen.matchAll(/^✔ /gm)].at(-1)?.index ?? -1;
  return /^\? .*$/m.exec(screen.slice(last + 1))?.[0];
}

/** Enter on each question, waiting for it to be taken, until the question asked contains `until`. */
async function enterUntil(t: Terminal, until: string, max = 30): Promise<void> {
  const wait = async (ok: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`stuck before "${until}"; the screen was:\n${t.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  for (let i = 0; i < max; i++) {
    let screen = "";
    let question: string | undefined;
    await wait(() => (question = active((screen = t.screen()))) !== undefined);
    if (question!.includes(until)) return;
    const before = answered(screen);
    t.keys("Enter");
    await wait(() => answered(t.screen()) > before);
  }
  throw new Error(`never reached "${until}"; the screen was:\n${t.screen()}`);
}

describe.skipIf(SKIP_PTY)("a Greek draft in a real terminal", () => {
  it("goes from a pasted Greek complaint to a Greek reply, with an over-promise flagged in Greek", async () => {
    const t = pty.start(["draft", "--agent", "Νίκος"], { width: 80, height: 40, home: tempDir("replybook-home-") });
    await t.waitFor("Paste the complaint, as the customer wrote it.");
    // (No ";", the Greek question mark: tmux reads it as the end of a command.)
    t.type("Το δέμα μου έφτασε σπασμένο και η γυάλινη κανάτα έγινε κομμάτια. Περιμένω απάντηση.");
    t.keys("Enter");
    t.type("Μαρία Παπαδοπούλου");
    t.keys("Enter", "C-d");
    // The complaint is Greek: the next questions are Greek.
    await t.waitFor("? Πού δημοσιεύτηκε;");
    t.keys("Down", "Enter"); // Facebook
    await t.waitFor("? Πότε δημοσιεύτηκε;");
    t.type("2h ago");
    t.keys("Enter");
    const route = await t.waitFor(/Μοιάζει με «Το δέμα έφτασε κατεστραμμένο» \(ταίριαξαν: .*σπασμένο.*\)\. Χρήση αυτού του\s+playbook; \(Ν\/ο\)/s);
    expect(route).toContain("✔ Πού δημοσιεύτηκε; Facebook");
    t.keys("Enter");
    const checks = await t.waitFor("Πριν απαντήσετε: 4 έλεγχοι από το playbook.");
    expect(checks).toMatch(/Ο πελάτης περιμένει ήδη 2 ώρες· αυτό το playbook ζητά απάντηση μέσα σε 6\s+ώρες\s+\(P1\)/);
    await t.waitFor(/Διαβάστε όλη την ανάρτηση.*Έγινε; \(Ν\/ο\)/s);
    await enterUntil(t, "Το όνομα του πελάτη");
    const name = await t.waitFor("? Το όνομα του πελάτη (ή το @όνομά του);");
    expect(name).toContain("Μάντεψα από το παράπονο: «Μαρία Παπαδοπούλου».");
    await enterUntil(t, "Και τώρα;");
    const review = await t.waitFor(/\? Και τώρα;[\s\S]*❯ Αποδοχή της απάντησης/);
    expect(review).toContain("Απάντηση (parcel-damaged.public)");
    expect(review).toContain("Κανένα εύρημα: η απάντηση τηρεί τους κανόνες.");
    expect(review).toMatch(/Δεν προσφέρονται, χρειάζονται έγκριση υπευθύνου \(P4\): .*Επιστροφή χρημάτων/s);

    // An inline edit that over-promises: "αύριο" for a courier who needs 48 hours.
    t.keys("Down", "Enter");
    await t.waitFor("? Ποιες λέξεις να αντικατασταθούν;");
    t.type("μέσα σε 2 μέρες");
    t.keys("Enter");
    await t.waitFor("? Με τι;");
    t.type("αύριο");
    t.keys("Enter");
    const flagged = await t.waitFor(/Νέος έλεγχος: 1 σφάλμα, 0 προειδοποιήσεις\.[\s\S]*σφάλμα\s+no-over-promise "αύριο"[\s\S]*δοκιμάστε: μέσα σε 2 μέρες[\s\S]*Αποδοχή παρ' όλα αυτά \(1 σφάλμα/);
    expect(flagged).toContain("Απάντηση (parcel-damaged.public*)");
    // Put it back and accept.
    t.keys("Down", "Down", "Down", "Down", "Down"); // from "replace" (the default while there are errors) to "undo my edits"
    await t.waitFor(/❯ Αναίρεση των αλλαγών μου/);
    t.keys("Enter");
    await t.waitFor(/Νέος έλεγχος: 0 σφάλματα, 0 προειδοποιήσεις\.[\s\S]*❯ Αποδοχή της απάντησης/);
    t.keys("Enter");
    const done = await t.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/\nΓεια σας Μαρία, ονομάζομαι Νίκος/);
    expect(done).toContain("Ο courier θα περάσει να το παραλάβει μέσα σε 2 μέρες");
    expect(done).toMatch(/\n— Νίκος\n/);
    expect(done).toContain("--- Ιδιωτική συνέχεια, μόλις σας γράψει (P7) ---");
    expect(done).toMatch(/Καταγράφηκε ως υπόθεση \d+/);
    const last = JSON.parse(readFileSync(join(t.env.REPLYBOOK_DATA_DIR!, "drafts", "last.json"), "utf8")) as unknown;
    expect(last).toMatchObject({ locale: "el", customer: { name: "Μαρία Παπαδοπούλου" }, playbook: { id: "parcel-damaged", locale: "el" } });
  }, 180_000);
});
