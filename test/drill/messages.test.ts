// A drill speaks the scenario's language: the prompts of the interactive and the crisis drill,
// the card, the grade, the crisis reasons and the HTML report, in English, Italian and Greek
// (src/drill/messages.ts, src/drill/grade-messages.ts). Driven with injected answers.
import { describe, expect, it } from "vitest";
import { ScriptedPrompter } from "../../src/prompts/scripted.js";
import { scenariosFromPlaybooks } from "../../src/drill/scenario.js";
import { buildCrisis, gradeCrisis } from "../../src/drill/crisis.js";
import { gradeMessages } from "../../src/drill/grade-messages.js";
import { renderHtmlReport } from "../../src/drill/html.js";
import { drillMessages } from "../../src/drill/messages.js";
import { formatSeconds, summariseResults } from "../../src/drill/report.js";
import { runCrisis, runDrills, type DrillDeps } from "../../src/drill/session.js";
import type { DrillResult, Scenario } from "../../src/drill/types.js";
import { fakeLinter, NOW, shippedCatalog, shippedPlaybook } from "./helpers.js";

const LOCALES = ["en", "it", "el"] as const;

async function scenarioIn(locale: string, playbook = "parcel-damaged", drill = "wet-parcel-x"): Promise<Scenario> {
  const pb = await shippedPlaybook(playbook, locale);
  const d = pb.drills.find((x) => x.id === drill) ?? pb.drills[0]!;
  return { ...d, locale, source: { kind: "playbook", file: pb.source.file } };
}

async function deps(prompter: ScriptedPrompter): Promise<DrillDeps> {
  const catalog = await shippedCatalog();
  let t = 0;
  return {
    prompter,
    playbooks: catalog.playbooks,
    templates: catalog.templates,
    linter: fakeLinter(),
    trainee: "Νίκος Παππάς",
    brand: "Acme",
    hints: true,
    width: 120,
    clock: () => (t += 30_000),
    now: () => NOW,
  };
}

/** Every question asked and every note shown, as one text. */
function everything(prompter: ScriptedPrompter): string {
  return prompter.transcript.map((e) => [e.message, e.text, JSON.stringify((e as { choices?: unknown }).choices ?? "")].join("\n")).join("\n");
}

describe("the drill's message tables", () => {
  it("have the same keys in every language, each filled", () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" && !Array.isArray(v) ? keys(v).map((x) => `${k}.${x}`) : [k])).sort();
    for (const locale of LOCALES) {
      expect(keys(drillMessages(locale))).toEqual(keys(drillMessages("en")));
      expect(keys(gradeMessages(locale))).toEqual(keys(gradeMessages("en")));
    }
  });

  it("fall back to English for a language without a table", () => {
    expect(drillMessages("de")).toBe(drillMessages("en"));
    expect(gradeMessages("de")).toBe(gradeMessages("en"));
  });

  it.each([
    // [locale, seconds, as the report shows them]
    ["en", 45, "45s"],
    ["en", 245, "4m05s"],
    ["en", 7500, "2h05m"],
    ["it", 245, "4 min 05 s"],
    ["el", 45, "45 δευτ."],
    ["el", 245, "4 λεπ. 05 δευτ."],
    ["el", 7500, "2 ώρ. 05 λεπ."],
  ] as const)("%s: %i seconds read %s", (locale, seconds, text) => {
    expect(formatSeconds(seconds, locale)).toBe(text);
  });
});

describe("an interactive drill in the scenario's language", () => {
  // [locale, words that must be there]; in Italian and Greek, no English either
  it.each([
    ["en", ["Which playbook does this complaint need?", "tick what you have done", "Write the public reply", "Type or paste it here", "Ctrl-D also ends it", "<- suggested by its words", "· posted ", "Score:", "Your reply", "Answered in"]],
    ["it", ["Quale playbook serve per questo reclamo?", "spunta quello che hai fatto", "Scrivi la risposta pubblica", "Scrivila o incollala qui", "anche Ctrl-D la termina", "<- suggerito dalle sue parole", "· pubblicato ", "Punteggio:", "La tua risposta", "Risposto in", "Risposta modello"]],
    ["el", ["Ποιο playbook χρειάζεται αυτό το παράπονο;", "σημειώστε ό,τι έχετε κάνει", "Γράψτε τη δημόσια απάντηση", "Πληκτρολογήστε ή επικολλήστε την εδώ", "και το Ctrl-D την τελειώνει", "<- το προτείνουν οι λέξεις του", "· δημοσιεύτηκε πριν από ", "Βαθμολογία:", "Η απάντησή σας", "Χρόνος απάντησης:", "Υποδειγματική απάντηση"]],
  ] as const)("%s", async (locale, wanted) => {
    // The choices' names are seen by answering through functions.
    const names: string[] = [];
    const pick = (value: string) => (q: { choices?: Array<{ name: string }> }) => (names.push(...(q.choices ?? []).map((c) => c.name)), value);
    const prompter = new ScriptedPrompter({ playbook: pick("parcel-damaged"), checklist: [["read-all"]], "reply-method": pick("type"), reply: (q: { hint?: unknown }) => (names.push(String(q.hint)), "") }, { strict: false });
    await runDrills([await scenarioIn(locale)], await deps(prompter));
    const seen = `${everything(prompter)}\n${names.join("\n")}`;
    for (const w of wanted) expect(seen).toContain(w);
    if (locale !== "en") {
      for (const english of ["Which playbook", "tick what you have done", "Write the public reply", "Type or paste", "Open my editor", "Ctrl-D also ends it", "suggested by its words", "Score:", "Your reply", "Model reply", "Answered in", "The reply is empty", " ago"]) {
        expect(seen).not.toContain(english);
      }
    }
    // Three tries at an empty reply: the empty-reply note in the language too.
    expect(seen).toContain(drillMessages(locale).emptyReply);
  });

  it("says 'Drill 1 of 2' in the scenarios' language", async () => {
    const prompter = new ScriptedPrompter({ playbook: "parcel-damaged", checklist: [[]], "reply-method": "type", reply: "Γεια σας" });
    const scenario = await scenarioIn("el");
    await runDrills([scenario, { ...scenario }], await deps(prompter));
    expect(prompter.notes).toContain("Άσκηση 1 από 2");
    expect(prompter.notes).toContain("Άσκηση 2 από 2");
  });
});

describe("a crisis drill in the scenarios' language", () => {
  it.each([
    ["it", ["Esercitazione di crisi: 2 reclami arrivano", "arrivato a +0:00", "in attesa. A quale rispondi adesso?", "Punteggio della crisi:", "Il tuo ordine:", "L'ordine giusto:", "(i dettagli alla fine)"]],
    ["el", ["Άσκηση κρίσης: 2 παράπονα φτάνουν", "έφτασε στο +0:00", "σε αναμονή. Σε ποιο απαντάτε τώρα;", "Βαθμολογία κρίσης:", "Η σωστή σειρά:", "(λεπτομέρειες στο τέλος)", "δημοσιεύτηκε πριν από"]],
  ] as const)("%s", async (locale, wanted) => {
    const catalog = await shippedCatalog();
    const pool = scenariosFromPlaybooks(catalog.playbooks, locale);
    const first = (q: { choices?: Array<{ value: unknown }> }) => q.choices?.[0]?.value;
    const prompter = new ScriptedPrompter({ next: first, playbook: first, checklist: [[]], "reply-method": "type", reply: "Λυπάμαι πολύ." });
    const outcome = await runCrisis(pool, { count: 2, seed: "peak" }, await deps(prompter));
    const seen = everything(prompter);
    for (const w of wanted) expect(seen).toContain(w);
    for (const english of ["Crisis drill", "arrived at", "waiting. Which", "Crisis score", "Your order", "Right order", "details at the end", "posted "]) expect(seen).not.toContain(english);
    // The crisis grade's reasons, and the replies' mistakes item, in the language.
    const reasons = outcome.grade.breakdown.map((i) => i.why).join("\n");
    expect(reasons).not.toMatch(/average reply score|pairs out of order|answered in the right order|answered within their targets|every reply scored/);
    expect(outcome.result.breakdown.find((i) => i.item === "reply-mistakes")?.why ?? drillMessages(locale).crisis.replyMistakes).toBe(drillMessages(locale).crisis.replyMistakes);
  });

  it("grades order and waiting in Greek, reasons set apart by the ano teleia", async () => {
    const catalog = await shippedCatalog();
    const pool = scenariosFromPlaybooks(catalog.playbooks, "el");
    const burst = buildCrisis(pool, catalog.playbooks, { count: 3, seed: "peak" });
    // Answered in reverse order, the last one never: every reason is owed.
    const [a, b] = [...burst.items].reverse();
    const grade = gradeCrisis(burst, [
      { scenario: a!.scenario.id, answeredAt: 99_999, grade: { score: 80, max: 100, breakdown: [], passed: true, passMark: 70, fails: [] } },
      { scenario: b!.scenario.id, answeredAt: 99_999, grade: { score: 60, max: 100, breakdown: [], passed: false, passMark: 70, fails: [] } },
    ]);
    const why = Object.fromEntries(grade.breakdown.map((i) => [i.item, i.why]));
    expect(why.replies).toMatch(/^-\d+: μέση βαθμολογία απαντήσεων \d+\/100 \(.* χωρίς απάντηση \(P1\)\)$/);
    expect(why.order).toMatch(/ζεύγη εκτός σειράς· .*έπρεπε να προηγηθεί του/);
    expect(why.waiting).toMatch(/το .* περίμενε .* στην ουρά, πάνω από .* \(P1\) · -\d+ /);
    expect(why.waiting).toMatch(/το .* δεν απαντήθηκε ποτέ \(P1\)/);
    expect(Object.values(why).join(" ")).not.toMatch(/[a-z]{4,} (of|the|was|in|answered)\b/);
  });
});

describe("the HTML drill report", () => {
  const results: DrillResult[] = [
    { version: 1, kind: "drill", trainee: "Μαρία", at: "2026-12-01T10:00:00Z", locale: "el", scenario: "wet-parcel-x", expectedPlaybook: "parcel-damaged", chosenPlaybook: "parcel-damaged", seconds: 245, hints: false, score: 62, max: 100, passed: false, breakdown: [{ item: "lint", points: 17, max: 25, why: "x", principle: "P14", losses: [{ points: 8, why: "στερεότυπη φράση", principle: "P3", key: "no-canned-phrase" }] }] },
    { version: 1, kind: "drill", trainee: "Νίκος", at: "2026-12-02T10:00:00Z", locale: "el", scenario: "wet-parcel-x", expectedPlaybook: "parcel-damaged", chosenPlaybook: "parcel-damaged", seconds: 120, hints: false, score: 90, max: 100, passed: true, breakdown: [] },
  ];
  const ENGLISH = ["replybook drill report", "attempt(s)", "Scores are out of 100", "Each trainee's score over time", "Most frequent mistakes", "<h2>Trainees</h2>", "Avg time", "Mistakes by rule", "Generated by replybook", "time(s)", "Lines left out"];

  it.each([
    ["en", 'lang="en"', ["replybook drill report", "2 attempt(s) by 2 trainee(s), 2026-12-01 to 2026-12-02", "<th>Trainee</th>", "Avg time", "4m05s", "Generated by replybook on 2026-12-07 10:00 UTC", "Lines left out"]],
    ["it", 'lang="it"', ["replybook: report delle esercitazioni", "2 tentativi di 2 partecipanti, dal 2026-12-01 al 2026-12-02", "<h2>Partecipanti</h2>", "Tempo medio", "4 min 05 s", "Errori per regola", "Generato da replybook", "Righe escluse", "1 volta, 8 punti persi"]],
    ["el", 'lang="el"', ["replybook: αναφορά ασκήσεων", "2 προσπάθειες από 2 εκπαιδευόμενους, από 2026-12-01 έως 2026-12-02", "<h2>Εκπαιδευόμενοι</h2>", "Μέσος χρόνος", "4 λεπ. 05 δευτ.", "Λάθη ανά κανόνα", "Δημιουργήθηκε από το replybook", "Γραμμές που παραλείφθηκαν", "1 φορά, 8 βαθμοί χάθηκαν"]],
  ] as const)("%s", (locale, lang, wanted) => {
    const html = renderHtmlReport(summariseResults(results), { generatedAt: new Date("2026-12-07T10:00:00Z"), problems: ["x.jsonl:3:1 not a JSON line"], locale });
    expect(html).toContain(`<html ${lang}>`);
    for (const w of wanted) expect(html).toContain(w);
    if (locale !== "en") for (const english of ENGLISH) expect(html).not.toContain(english);
  });

  it("says there are no results yet, in Greek", () => {
    const html = renderHtmlReport(summariseResults([]), { generatedAt: new Date("2026-12-07T10:00:00Z"), locale: "el" });
    expect(html).toContain("Δεν υπάρχουν ακόμη αποτελέσματα ασκήσεων.");
  });
});
