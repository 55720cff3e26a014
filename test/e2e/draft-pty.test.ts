// `replybook draft` driven through a real pseudo-terminal (tmux): a pasted complaint, the
// rich prompts (arrow keys, Enter), an inline edit that the linter flags at once, the fix,
// the printed reply; Ctrl-C's signal sent to the real process, then --resume; --plain.
// Every wait polls the screen for the expected text, with a timeout.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { SKIP_PTY, privateTerminals, type Terminal } from "../helpers/terminal.js";

if (SKIP_PTY) console.warn("draft-pty: tmux is not installed, so the pseudo-terminal tests are skipped (CI installs it)");

const pty = privateTerminals("draft-pty");
afterEach(() => pty.endSessions());
afterAll(() => pty.close());

/** Starts `replybook draft <args>` in an 80x40 tmux window with a pinned home and data folder. */
function startDraft(args: string[], home = tempDir("replybook-home-")): Terminal {
  return pty.start(["draft", ...args], { width: 80, height: 40, home });
}

interface Progress {
  /** How many questions have been answered (rich) or asked (plain) so far. */
  count(screen: string): number;
  /** The question waiting for input now, if one is shown. */
  active(screen: string): string | undefined;
}

const RICH: Progress = {
  count: (screen) => screen.match(/^✔ /gm)?.length ?? 0,
  active(screen) {
    const answered = [...screen.matchAll(/^✔ /gm)].at(-1)?.index ?? -1;
    return /^\? .*$/m.exec(screen.slice(answered + 1))?.[0];
  },
};

const PLAIN: Progress = {
  count: (screen) => screen.match(/^\d+\. /gm)?.length ?? 0,
  active(screen) {
    const header = [...screen.matchAll(/^\d+\. .*$/gm)].at(-1);
    return header && /\n>$/.test(screen.trimEnd()) ? header[0] : undefined;
  },
};

/**
 * Presses Enter once per question, each time waiting for it to be taken and for the next
 * question to show, until the question being asked contains `until`. Never types ahead: a
 * stray Enter on the review would accept the reply.
 */
async function enterUntil(t: Terminal, until: string, progress: Progress, max = 30): Promise<void> {
  const wait = async (ok: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`stuck before "${until}"; the screen was:\n${t.screen()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  for (let i = 0; i < max; i++) {
    let screen = "";
    let active: string | undefined;
    await wait(() => (active = progress.active((screen = t.screen()))) !== undefined);
    if (active!.includes(until)) return;
    const before = progress.count(screen);
    t.keys("Enter");
    await wait(() => progress.count(t.screen()) > before);
  }
  throw new Error(`never reached "${until}"; the screen was:\n${t.screen()}`);
}

/** Counts of a text on the screen, to wait for the next occurrence of a repeated prompt. */
function count(screen: string, text: string): number {
  return screen.split(text).length - 1;
}

describe.skipIf(SKIP_PTY)("draft in a real terminal", () => {
  it("goes from a pasted complaint to the printed reply, with an inline edit re-linted at once", async () => {
    const t = startDraft([]);
    await t.waitFor("Paste the complaint, as the customer wrote it.");
    t.type("Ordered a birthday present on the 2nd and the tracking hasn't moved since. Ten days stuck at the depot. Where has my parcel gone?");
    t.keys("Enter");
    t.type("— Laura");
    t.keys("Enter", "Enter");
    await t.waitFor("? Where was it posted?");
    t.keys("Down", "Enter"); // Facebook
    await t.waitFor("? When was it posted?");
    t.type("8h ago");
    t.keys("Enter");
    const route = await t.waitFor(/This looks like "Parcel lost or never received" \(matched: "tracking hasn't\s+moved"/);
    expect(route).toContain("✔ Where was it posted? Facebook");
    t.keys("Enter");
    const late = await t.waitFor("Before you answer: 7 checks from the playbook.");
    expect(late).toMatch(/LATE: the customer has waited 8 hours; this playbook asks for a reply within 6\s*hours \(P1\)/);
    await t.waitFor(/Read the whole post.*Done\? \(Y\/n\)/s);
    t.keys("Enter"); // read-all: done
    await t.waitFor(/Screenshot the post.*Done\? \(Y\/n\)/s);
    t.keys("n", "Enter"); // screenshot: skipped
    for (let i = 0; i < 5; i++) {
      const before = count(t.screen(), "Done? yes");
      t.keys("Enter");
      await t.waitFor(new RegExp(`(Done\\? yes[\\s\\S]*){${before + 1}}`));
    }
    const name = await t.waitFor("? The customer's name (or their @handle)?");
    expect(name).toContain('Guessed from the complaint: "— Laura".');
    t.keys("Enter");
    await t.waitFor("? Your name, as you sign the reply?");
    t.type("Dario");
    t.keys("Enter");
    await t.waitFor("? What is the order number (if you found it)?");
    t.type("A-20417");
    t.keys("Enter");
    await t.waitFor("? What does the tracking show?");
    t.keys("Up", "Up", "Up", "Up", "Enter"); // It has not moved for days
    await t.waitFor("? Date of the last tracking scan (for the courier claim)?");
    t.type("2025-05-03");
    t.keys("Enter");
    await t.waitFor("? Which e-mail address should the customer write to for you?");
    t.keys("Enter");
    await t.waitFor(/\? Update the customer on the search, even without news: promise it\?[\s\S]*Yes, within 24 hours \(the earliest allowed\)/);
    t.keys("Enter");
    await t.waitFor(/\? Give the outcome of the courier's investigation: promise it\?[\s\S]*❯ Yes, within 5 working days/);
    t.keys("Enter");
    const review = await t.waitFor("? What now?");
    expect(review).toMatch(/Not offered, they need a manager's approval \(P4\): .*Refund/s);
    expect(review).toContain("Reply (parcel-lost.public)");
    expect(review).toContain("No findings: the reply follows the rules.");
    // The reply and its findings are wrapped by replybook, not by the terminal (-J joins what the terminal wrapped).
    const block = review.slice(review.indexOf("Reply (parcel-lost.public)"), review.indexOf("? What now?"));
    for (const line of block.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);

    // An inline edit that over-promises: flagged at once, with the suggestion.
    t.keys("Down", "Enter");
    await t.waitFor("? Replace which words?");
    t.type("within 24 hours");
    t.keys("Enter");
    await t.waitFor("? With what?");
    t.type("in an hour");
    t.keys("Enter");
    const flagged = await t.waitFor(/Checked again: 1 error, 0 warnings\.[\s\S]*error no-over-promise "in an hour"[\s\S]*try: within 24 hours[\s\S]*Accept anyway \(1 error/);
    expect(flagged).toContain("Reply (parcel-lost.public*)");
    expect(flagged).toMatch(/update you in an hour.*\n\s+\^+ \[1\]/);
    // Fix it the same way and accept.
    const asked = count(t.screen(), "Replace which words?");
    t.keys("Enter"); // the default is "replace some words" while there are errors
    await t.waitFor(new RegExp(`(Replace which words\\?[\\s\\S]*){${asked + 1}}`));
    t.type("in an hour");
    t.keys("Enter");
    await t.waitFor(/With what\?[\s\S]*With what\?/);
    t.type("within 24 hours");
    t.keys("Enter");
    await t.waitFor(/Checked again: 0 errors, 0 warnings\.[\s\S]*❯ Accept this reply/);
    t.keys("Enter");
    const done = await t.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/Checklist items skipped:\s+- Screenshot the post/);
    expect(done).toMatch(/\nHi Laura, I'm Dario from Customer Care\./);
    expect(done).toContain("I'll also update you within 24 hours");
    expect(done).toContain("--- Private follow-up, once they write to you (P7) ---");
    expect(done).toMatch(/Recorded as case \d+/);
    const data = t.env.REPLYBOOK_DATA_DIR!;
    expect(existsSync(join(data, "drafts", "current.json"))).toBe(false);
    expect(JSON.parse(readFileSync(join(data, "drafts", "last.json"), "utf8"))).toMatchObject({ customer: { name: "Laura" }, answers: { "tracking-status": "stuck" } });
  });

  it("keeps everything after SIGINT to the real process, and --resume continues where it stopped", async () => {
    const home = tempDir("replybook-home-");
    const t = startDraft(["--locale", "it", "--agent", "Dario"], home);
    await t.waitFor("Incolla il reclamo, come l'ha scritto il cliente.");
    t.type("il mio pacco è arrivato distrutto, vergogna!");
    t.keys("Enter", "C-d"); // Ctrl-D ends the complaint; the terminal stays usable for the questions
    await t.waitFor("? Dove è stato pubblicato?");
    t.keys("Down", "Down", "Enter"); // Instagram
    await t.waitFor("? Quando è stato pubblicato?");
    t.keys("Enter");
    await t.waitFor(/Sembra "Pacco arrivato danneggiato".*Uso questo playbook\? \(S\/n\)/s);
    t.keys("Enter");
    await t.waitFor(/Fatto\? \(S\/n\)/);
    process.kill(t.pid(), "SIGINT");
    const stopped = await t.waitFor(/EXIT=\d+/);
    expect(stopped).toContain("Bozza salvata. Per riprenderla: replybook draft --resume");
    expect(stopped).toContain("EXIT=2");
    const saved = JSON.parse(readFileSync(join(t.env.REPLYBOOK_DATA_DIR!, "drafts", "current.json"), "utf8")) as { complaint: string; platform: string; playbook: { id: string } };
    expect(saved).toMatchObject({ complaint: "il mio pacco è arrivato distrutto, vergogna!", platform: "instagram", playbook: { id: "parcel-damaged" } });

    const again = startDraft(["--resume"], home);
    const resumed = await again.waitFor(/Fatto\? \(S\/n\)/);
    expect(resumed).toMatch(/Riprendo la bozza salvata \d+ min fa\./);
    expect(resumed).not.toContain("Incolla il reclamo");
    for (let i = 0; i < 6; i++) {
      const before = count(again.screen(), "Fatto? (S/n) sì");
      again.keys("Enter");
      await again.waitFor(new RegExp(`(Fatto\\? \\(S/n\\) sì[\\s\\S]*){${before + 1}}`));
    }
    await again.waitFor("? Il nome del cliente (o il suo @nome)?");
    again.type("Laura Bianchi");
    again.keys("Enter");
    // Every other question takes its default: one Enter per question until the review.
    await enterUntil(again, "E ora?", RICH);
    await again.waitFor(/\? E ora\?[\s\S]*❯ Accetta questa risposta/);
    again.keys("Enter");
    const done = await again.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/\nGentile Laura, sono Dario/);
  });

  it("--plain asks numbered questions read line by line, without cursor tricks", async () => {
    const t = startDraft(["--plain", "--example", "--playbook", "parcel-damaged", "--customer", "Laura", "--agent", "Dario", "--platform", "facebook"]);
    await t.waitFor(/1\. When was it posted\?\n.*\n> /);
    t.keys("Enter");
    await t.waitFor(/2\. Read the whole post.*Done\?\n\s+\(yes\/no, Enter alone: yes\)\n> /s);
    for (let i = 0; i < 4; i++) {
      t.keys("Enter");
      await t.waitFor(`\n${i + 3}. `);
    }
    // The steps take the example's answers as defaults.
    await enterUntil(t, "What now?", PLAIN);
    const review = await t.waitFor(/What now\?\n\s+1\) Accept this reply \(default\)/);
    expect(review).not.toContain("^^^");
    t.keys("Enter");
    const done = await t.waitFor(/EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/\nHi Laura, I'm Dario/);
  });
});
