// Greek drills: the shipped Greek scenarios are graded like the others, a Greek customer is
// addressed in any case of the name ("Γιώργο" for "Γιώργος"), the trainee's Greek signature
// and introduction count, and the card is in Greek.
import { describe, expect, it } from "vitest";
import { gradePersonalisation, gradeReply } from "../../src/drill/grade.js";
import { renderComplaintCard } from "../../src/drill/card.js";
import { formatGrade } from "../../src/drill/format.js";
import { formatSummaryMarkdown, formatSummaryTable, summariseResults } from "../../src/drill/report.js";
import type { DrillResult } from "../../src/drill/types.js";
import type { Scenario } from "../../src/drill/types.js";
import { fakeLinter, NOW, shippedPlaybook } from "./helpers.js";

async function greekScenario(playbookId: string, drillId: string): Promise<Scenario> {
  const pb = await shippedPlaybook(playbookId, "el");
  const drill = pb.drills.find((d) => d.id === drillId)!;
  return { ...drill, locale: "el", source: { kind: "playbook", file: pb.source.file } };
}

const GOOD = `Γεια σας Γιώργο, ονομάζομαι Νίκος και είμαι από την ομάδα εξυπηρέτησης. Λυπάμαι πραγματικά που η καφετιέρα σας έφτασε σπασμένη· αναλαμβάνω προσωπικά την υπόθεσή σας.
Θα μπορούσατε να μου στείλετε μια φωτογραφία του δέματος; Ο courier θα περάσει να το παραλάβει μέσα σε 3 μέρες: κρατήστε, παρακαλώ, το κουτί στην άκρη ως τότε. Θα σας τηλεφωνήσω μέσα σε 24 ώρες με την έκβαση.
Στείλτε μου ένα προσωπικό μήνυμα με τον αριθμό παραγγελίας ή γράψτε μου στο care@example.com και ζητήστε εμένα.
— Νίκος`;

describe("Greek drills", () => {
  it("gives a careful Greek reply full personalisation: the name in the vocative, the intro, the signature", async () => {
    const scenario = await greekScenario("parcel-damaged", "smashed-box-facebook");
    expect(scenario.customer.name).toBe("Γιώργος Αντωνίου");
    const item = gradePersonalisation({ reply: GOOD, scenario, trainee: "Νίκος Παπαδάκης" });
    expect(item.losses).toEqual([]);
    expect(item.points).toBe(item.max);
    const initials = gradePersonalisation({ reply: "Γιώργο, λυπάμαι πολύ. Ονομάζομαι Νίκος και το αναλαμβάνω: στείλτε μου DM. ^ΝΠ", scenario, trainee: "Νίκος Παπαδάκης" });
    expect(initials.losses).toEqual([]);
  });

  it("takes points off a Greek reply with no name, no intro and a team signature", async () => {
    const scenario = await greekScenario("parcel-damaged", "smashed-box-facebook");
    const item = gradePersonalisation({ reply: "Αγαπητέ πελάτη, λυπούμαστε για την ταλαιπωρία.\nΗ Ομάδα Εξυπηρέτησης", scenario, trainee: "Νίκος Παπαδάκης" });
    expect(item.losses.map((l) => l.key).sort()).toEqual(["personalisation/introduction", "personalisation/name", "personalisation/team-signature"]);
  });

  it("grades a Greek scenario against its Greek playbook, with its facts", async () => {
    const scenario = await greekScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged", "el");
    const grade = gradeReply({ scenario, playbook, chosenPlaybook: "parcel-damaged", checklistDone: playbook.checklist.map((c) => c.id), reply: GOOD, linter: fakeLinter(), secondsTaken: 300, trainee: "Νίκος Παπαδάκης", now: NOW });
    expect(grade.score).toBe(100);
    const tooSoon = gradeReply({ scenario, playbook, chosenPlaybook: "parcel-damaged", reply: GOOD.replace("μέσα σε 3 μέρες", "αύριο"), linter: fakeLinter(), secondsTaken: 300, trainee: "Νίκος Παπαδάκης", now: NOW });
    const commitments = tooSoon.breakdown.find((i) => i.item === "commitments")!;
    expect(commitments.losses.map((l) => l.key)).toEqual(["commitments/courier-collection"]);
  });

  it("shows the complaint card in Greek", async () => {
    const scenario = await greekScenario("parcel-damaged", "smashed-box-facebook");
    expect(renderComplaintCard(scenario)).toContain("Γιώργος Αντωνίου · δημοσιεύτηκε πριν από 2 ώρες");
  });

  it("explains a Greek grade in Greek: every reason, the verdict, the durations", async () => {
    const scenario = await greekScenario("parcel-damaged", "smashed-box-facebook");
    const playbook = await shippedPlaybook("parcel-damaged", "el");
    const grade = gradeReply({ scenario, playbook, chosenPlaybook: "parcel-lost", reply: "Αγαπητέ πελάτη, λυπούμαστε για την ταλαιπωρία.\nΗ Ομάδα Εξυπηρέτησης", linter: fakeLinter(), secondsTaken: 600, trainee: "Νίκος Παπαδάκης", now: NOW });
    const why = grade.breakdown.map((i) => i.why).join("\n");
    expect(why).toContain("επέλεξε το «parcel-lost», ενώ αυτό το παράπονο χρειάζεται το «parcel-damaged»");
    expect(why).toContain("δεν λέει ποιος γράφει");
    expect(why).toContain("υπογραφή ομάδας («Η Ομάδα Εξυπηρέτησης») αντί για το όνομα Νίκος");
    expect(why).toContain("κανένα επόμενο βήμα με χρονικό πλαίσιο");
    expect(why).toMatch(/η ανάρτηση είχε ηλικία 2 ώρ\. και η απάντηση χρειάστηκε 10 λεπ\./u);
    // In Greek ";" is the question mark: reasons are set apart by the ano teleia.
    expect(why).not.toMatch(/\p{Script=Greek}[^\n]*; /u);
    expect(grade.fails).toContainEqual(expect.stringMatching(/^υπογραφή ομάδας: /u));
    const text = formatGrade(grade, undefined, "el");
    expect(text).toMatch(/^Βαθμολογία: \d+\/100, αποτυχία: αυτό το λάθος απορρίπτει μια απάντηση όσους βαθμούς κι αν πάρει αλλού \(βάση 70\)/u);
    expect(text).toContain("προσωπική απάντηση");
    expect(text).toContain("λίστα ελέγχου");
    // The same keys in every language: a report counts Greek and English mistakes together.
    expect(grade.breakdown.flatMap((i) => i.losses.map((l) => l.key))).toContain("personalisation/team-signature");
  });

  it("writes the drill report in Greek", () => {
    const result: DrillResult = { version: 1, kind: "drill", trainee: "Νίκος Παπαδάκης", at: "2026-01-14T10:00:00.000Z", locale: "el", scenario: "smashed-box-facebook", expectedPlaybook: "parcel-damaged", seconds: 300, hints: false, score: 64, max: 100, passed: false, breakdown: [{ item: "personalisation", points: 9, max: 15, why: "", principle: "P3", losses: [{ points: 6, why: "υπογραφή ομάδας", principle: "P3", key: "personalisation/team-signature" }] }] } as DrillResult;
    const summary = summariseResults([result]);
    const table = formatSummaryTable(summary, "el");
    expect(table).toMatch(/^Αποτελέσματα ασκήσεων: 1 προσπάθεια από 1 εκπαιδευόμενο, από 2026-01-14 έως 2026-01-14/u);
    expect(table).toContain("συχνότερα λάθη");
    expect(table).toContain("Λάθη ανά κανόνα:");
    expect(formatSummaryMarkdown(summary, "el")).toContain("## Εκπαιδευόμενοι");
    expect(formatSummaryTable(summariseResults([]), "el")).toBe("Δεν υπάρχουν ακόμη αποτελέσματα ασκήσεων.");
    expect(formatSummaryTable(summary)).toMatch(/^Drill results: 1 attempt\(s\) by 1 trainee\(s\)/);
  });
});
