// One drill driven through a real pseudo-terminal (tmux): the rich prompts (arrow keys, space
// to tick, Enter), the card, the grade and the two replies side by side on a wide terminal.
// CI installs tmux (.ci/run); without it a developer sees this skipped with a message.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { HAS_TMUX, SKIP_PTY, privateTerminals } from "../helpers/terminal.js";

const SKIP = SKIP_PTY;
if (SKIP) console.warn("drill-pty: tmux is not installed, so the pseudo-terminal drill is not run here (CI installs it)");

const pty = privateTerminals("drill-pty");
afterEach(() => pty.endSessions());
afterAll(() => pty.close());

describe.skipIf(SKIP)("drill in a real terminal", () => {
  it("is driven with arrow keys, space and Enter, and grades", async () => {
    if (!HAS_TMUX) throw new Error("tmux is not installed: CI must install it");
    const t = pty.start(["drill", "--playbook", "parcel-damaged", "--drill", "smashed-box-facebook", "--trainee", "Dario Russo"], { width: 140, height: 80, timeout: 30_000, scrollback: 200, poll: 150, linger: 60 });

    await t.waitFor("Which playbook does this complaint need?");
    const card = await t.waitFor("┌─ Facebook");
    expect(card).toContain("Marco Rossi · posted 2 hours ago");
    // The choices are sorted by title; go to "Parcel arrived damaged".
    const list = await t.waitFor("Parcel arrived damaged (parcel-damaged)");
    // Every choice line ends with its playbook id in brackets: "Parcel arrived damaged (parcel-damaged)".
    const lines = list.split("\n").filter((l) => /\([a-z]+(?:-[a-z]+)*\)\s*$/.test(l.trimEnd()));
    const index = lines.findIndex((l) => l.includes("(parcel-damaged)"));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) t.keys("Down");
    t.keys("Enter");
    await t.waitFor("tick what you have done");
    t.keys("a"); // tick all
    t.keys("Enter");
    await t.waitFor("Write the public reply");
    t.keys("Enter");
    await t.waitFor("Ctrl-D also ends it");
    t.type("Hi Marco, I'm Dario and I'm so sorry. The courier will collect it within 3 days, and I'll call you back within 24 hours.");
    t.keys("Enter");
    t.type("— Dario");
    t.keys("Enter", ".", "Enter");
    const done = await t.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/Score: \d+\/100/);
    expect(done).toMatch(/playbook\s+10\/10/);
    expect(done).toMatch(/checklist\s+10\/10/);
    expect(done).toMatch(/Your reply\s+│ Model reply \(parcel-damaged\.public\)/);
    const results = join(t.env.REPLYBOOK_DATA_DIR!, "drill-results.jsonl");
    expect(existsSync(results)).toBe(true);
    expect(JSON.parse(readFileSync(results, "utf8").trim())).toMatchObject({ trainee: "Dario Russo", chosenPlaybook: "parcel-damaged", scenario: "smashed-box-facebook" });
  });

  it("speaks Greek for a Greek scenario: the prompts, the card, the grade and the note", async () => {
    if (!HAS_TMUX) throw new Error("tmux is not installed: CI must install it");
    const t = pty.start(["drill", "--locale", "el", "--playbook", "parcel-damaged", "--drill", "smashed-box-facebook", "--trainee", "Νίκος Παππάς", "--hints"], { width: 140, height: 80, timeout: 30_000, scrollback: 200, poll: 150, linger: 60 });

    // With --hints the playbook the words point to comes first, chosen: Enter takes it.
    const list = await t.waitFor(/❯ Το δέμα έφτασε κατεστραμμένο \(parcel-damaged\)\s+<- το προτείνουν οι λέξεις του/);
    expect(list).toContain("Ποιο playbook χρειάζεται αυτό το παράπονο;");
    expect(list).toContain("┌─ Facebook");
    expect(list).toContain("δημοσιεύτηκε πριν από 2 ώρες");
    t.keys("Enter");
    await t.waitFor("σημειώστε ό,τι έχετε κάνει");
    t.keys("a"); // tick all
    t.keys("Enter");
    await t.waitFor("Γράψτε τη δημόσια απάντηση");
    t.keys("Enter");
    await t.waitFor("και το Ctrl-D την τελειώνει");
    t.type("Γεια σας Γιώργο, ονομάζομαι Νίκος και λυπάμαι πολύ. Ο courier θα περάσει μέσα σε 3 μέρες και θα σας τηλεφωνήσω μέσα σε 24 ώρες.");
    t.keys("Enter");
    t.type("— Νίκος");
    t.keys("Enter", ".", "Enter");
    const done = await t.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/Βαθμολογία: \d+\/100/);
    expect(done).toMatch(/λίστα ελέγχου\s+10\/10/);
    expect(done).toMatch(/Η απάντησή σας\s+│ Υποδειγματική απάντηση \(parcel-damaged\.public\)/);
    expect(done).toContain("Καταγράφηκε στο");
    for (const english of ["Which playbook", "tick what you have done", "Write the public reply", "Ctrl-D also ends it", "Score:", "Your reply", "Recorded in"]) expect(done).not.toContain(english);
  });
});
