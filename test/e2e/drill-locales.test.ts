// `replybook drill` in Italian and Greek through the real binary, answered through standard
// input (plain prompts): every prompt, the card, the grade, the notes and the HTML report speak
// the scenarios' language, with no English left over.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, replybook, tempDir } from "../helpers/cli.js";

function setup() {
  const home = tempDir("replybook-home-");
  const cwd = tempDir("replybook-drill-locales-");
  const env = cleanEnv(home);
  const run = (args: string[], input?: string) => replybook(args, { cwd, env, ...(input !== undefined && { input, stdin: undefined }) });
  return { cwd, run, results: join(env.REPLYBOOK_DATA_DIR!, "drill-results.jsonl") };
}

/** The number of a playbook in the plain menu, read from a run that ends at the first question. */
async function menuNumber(run: ReturnType<typeof setup>["run"], args: string[], id: string): Promise<string> {
  const menu = await run([...args, "--no-record"], "");
  const n = new RegExp(`(\\d+)\\) .*\\(${id}\\)`).exec(menu.stdout)?.[1];
  if (!n) throw new Error(`no ${id} in the menu:\n${menu.stdout}`);
  return n;
}

const ENGLISH = ["Which playbook", "tick what you have done", "Write the public reply", "Type or paste", "Open my editor", "Ctrl-D also ends it", "Score:", "Your reply", "Model reply", "Answered in", "Recorded in", "posted ", " ago", "passed", "Type a number"];

describe("an interactive drill in Greek and Italian", () => {
  it.each([
    [
      "el",
      "Γεια σας Ελένη, ονομάζομαι Νίκος και λυπάμαι πολύ για τα βιβλία. Στείλτε μου ένα προσωπικό μήνυμα με μια φωτογραφία και θα σας καλέσω μέσα σε 24 ώρες.\n— Νίκος",
      ["┌─ X (Twitter)", "Ελένη Κωνσταντίνου @elenik · δημοσιεύτηκε πριν από 9 ώρες", "Ποιο playbook χρειάζεται αυτό το παράπονο;", "<- το προτείνουν οι λέξεις του", "σημειώστε ό,τι έχετε κάνει", "Γράψτε τη δημόσια απάντηση", "και το Ctrl-D την τελειώνει", "Χρόνος απάντησης:", "Βαθμολογία:", "Η απάντησή σας", "Υποδειγματική απάντηση", "Καταγράφηκε στο"],
    ],
    [
      "it",
      "Ciao Anna, sono Nico e mi dispiace davvero per i libri. Scrivimi in privato con una foto e ti richiamo entro 24 ore.\n— Nico",
      ["· pubblicato ", "Quale playbook serve per questo reclamo?", "<- suggerito dalle sue parole", "spunta quello che hai fatto", "Scrivi la risposta pubblica", "anche Ctrl-D la termina", "Risposto in", "Punteggio:", "La tua risposta", "Risposta modello", "Registrato in"],
    ],
  ] as const)("%s: prompts, card, grade and notes", async (locale, reply, wanted) => {
    const { run, results } = setup();
    const args = ["drill", "--locale", locale, "--playbook", "parcel-damaged", "--trainee", "Nico Pappas", "--hints", "--random", "1", "--seed", "one"];
    const n = await menuNumber(run, args, "parcel-damaged");
    const out = await run(args, `${n}\n1,2,3,4\n1\n${reply}\n.\n`);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(0);
    for (const w of wanted) expect(out.stdout).toContain(w);
    for (const english of ENGLISH) expect(out.stdout).not.toContain(english);
    expect(JSON.parse(readFileSync(results, "utf8").trim())).toMatchObject({ locale, chosenPlaybook: "parcel-damaged", kind: "drill" });
  });

  it("el: a seeded crisis in Greek, and the same draw named in Greek", async () => {
    const { run } = setup();
    const one = "1\n\n1\nΛυπάμαι πολύ, ονομάζομαι Νίκος και θα σας ενημερώσω μέσα σε 24 ώρες.\n— Νίκος\n.\n";
    const out = await run(["drill", "--locale", "el", "--crisis", "--count", "2", "--seed", "peak", "--trainee", "Νίκος", "--no-record"], `1\n${one}1\n${one}`);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(0);
    for (const w of ["Άσκηση κρίσης: 2 παράπονα φτάνουν", "Σε ποιο απαντάτε τώρα;", "Βαθμολογία κρίσης:", "Η σειρά σας:", "Η σωστή σειρά:", "Η ίδια κλήρωση ξανά: --seed peak"]) expect(out.stdout).toContain(w);
    expect(out.stdout).toMatch(/σειρά\s+\d+\/20/);
    expect(out.stdout).toMatch(/αναμονή\s+\d+\/20/);
    for (const english of [...ENGLISH, "Crisis", "Same draw again", "Right order", "waiting"]) expect(out.stdout).not.toContain(english);
  });

  it("el: says in Greek that the drill was interrupted", async () => {
    const { run } = setup();
    const out = await run(["drill", "--locale", "el", "--playbook", "parcel-damaged", "--trainee", "Νίκος"], "3\n");
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe("replybook: η άσκηση διακόπηκε· δεν καταγράφηκε τίποτα");
  });
});

describe("drill report --html in the team's language", () => {
  it("el: the page, its charts and its tables in Greek", async () => {
    const { run, cwd } = setup();
    const reply = join(cwd, "reply.txt");
    await import("node:fs").then((fs) => fs.writeFileSync(reply, "Λυπούμαστε για την όποια ταλαιπωρία.\nΗ Ομάδα Εξυπηρέτησης Πελατών\n"));
    for (const [trainee, day] of [["Μαρία", "01"], ["Νίκος", "02"]] as const) {
      const graded = await run(["drill", "grade", "--locale", "el", "--playbook", "parcel-damaged", "--reply", reply, "--trainee", trainee, "--seconds", "245", "--now", `2026-12-${day}T10:00:00Z`]);
      expect(graded.exitCode).toBe(0);
      expect(graded.stdout).toContain("Βαθμολογία:");
    }
    const out = await run(["drill", "report", "--locale", "el", "--html", "report.html"]);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain("Αποτελέσματα ασκήσεων: 2 προσπάθειες από 2 εκπαιδευόμενους");
    const html = readFileSync(join(cwd, "report.html"), "utf8");
    for (const w of ['<html lang="el">', "replybook: αναφορά ασκήσεων", "Η βαθμολογία κάθε εκπαιδευόμενου στον χρόνο", "Τα συχνότερα λάθη, ανά κανόνα", "<h2>Εκπαιδευόμενοι</h2>", "Μέσος χρόνος", "4 λεπ. 05 δευτ.", "Λάθη ανά κανόνα", "Δημιουργήθηκε από το replybook"]) expect(html).toContain(w);
    for (const english of ["drill report", "attempt(s)", "Scores are out of", "score over time", "Most frequent mistakes", "Trainees", "Avg time", "Mistakes by rule", "Generated by", "time(s)"]) expect(html).not.toContain(english);
  });
});
