// One drill driven through a real pseudo-terminal (tmux): the rich prompts (arrow keys, space
// to tick, Enter), the card, the grade and the two replies side by side on a wide terminal.
// CI installs tmux (.ci/run); without it a developer sees this skipped with a message.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, cleanEnv, tempDir } from "../helpers/cli.js";

const HAS_TMUX = (() => {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const SKIP = !HAS_TMUX && !process.env.CI;
if (SKIP) console.warn("drill-pty: tmux is not installed, so the pseudo-terminal drill is not run here (CI installs it)");

const sessions: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) {
    try {
      execFileSync("tmux", ["kill-session", "-t", s], { stdio: "ignore" });
    } catch {
      // already gone
    }
  }
});

function tmux(...args: string[]): string {
  return execFileSync("tmux", args, { encoding: "utf8" });
}

async function waitFor(session: string, text: string | RegExp, timeout = 30_000): Promise<string> {
  const until = Date.now() + timeout;
  let screen = "";
  while (Date.now() < until) {
    screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
    if (typeof text === "string" ? screen.includes(text) : text.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${String(text)}; the screen was:\n${screen}`);
}

describe.skipIf(SKIP)("drill in a real terminal", () => {
  it("is driven with arrow keys, space and Enter, and grades", async () => {
    if (!HAS_TMUX) throw new Error("tmux is not installed: CI must install it");
    const home = tempDir("replybook-home-");
    const env = cleanEnv(home);
    const dir = tempDir("replybook-pty-");
    const script = join(dir, "run.sh");
    const exports = Object.entries(env).map(([k, v]) => `export ${k}='${v.replace(/'/g, "'\\''")}'`).join("\n");
    writeFileSync(script, `${exports}\nexport TERM=xterm-256color\ncd '${dir}'\nnode '${BIN}' drill --playbook parcel-damaged --drill smashed-box-facebook --trainee 'Dario Russo'\necho "EXIT=$?"\nsleep 60\n`);
    const session = `replybook-drill-${process.pid}-${Date.now()}`;
    sessions.push(session);
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "80", `bash '${script}'`);

    await waitFor(session, "Which playbook does this complaint need?");
    const card = await waitFor(session, "┌─ Facebook");
    expect(card).toContain("Marco Rossi · posted 2 hours ago");
    // The choices are sorted by title; go to "Parcel arrived damaged".
    const list = await waitFor(session, "Parcel arrived damaged (parcel-damaged)");
    const lines = list.split("\n").filter((l) => /\((unreachable-support|late-delivery|parcel-damaged|parcel-lost|refund-request|abusive-or-spam|site-malfunction|wrong-item)\)/.test(l));
    const index = lines.findIndex((l) => l.includes("(parcel-damaged)"));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i++) tmux("send-keys", "-t", session, "Down");
    tmux("send-keys", "-t", session, "Enter");
    await waitFor(session, "tick what you have done");
    tmux("send-keys", "-t", session, "a"); // tick all
    tmux("send-keys", "-t", session, "Enter");
    await waitFor(session, "Write the public reply");
    tmux("send-keys", "-t", session, "Enter");
    await waitFor(session, "Ctrl-D also ends it");
    tmux("send-keys", "-t", session, "-l", "Hi Marco, I'm Dario and I'm so sorry. The courier will collect it within 3 days, and I'll call you back within 24 hours.");
    tmux("send-keys", "-t", session, "Enter");
    tmux("send-keys", "-t", session, "-l", "— Dario");
    tmux("send-keys", "-t", session, "Enter", ".", "Enter");
    const done = await waitFor(session, /EXIT=\d+/);
    expect(done).toContain("EXIT=0");
    expect(done).toMatch(/Score: \d+\/100/);
    expect(done).toMatch(/playbook\s+10\/10/);
    expect(done).toMatch(/checklist\s+10\/10/);
    expect(done).toMatch(/Your reply\s+│ Model reply \(parcel-damaged\.public\)/);
    const results = join(env.REPLYBOOK_DATA_DIR!, "drill-results.jsonl");
    expect(existsSync(results)).toBe(true);
    expect(JSON.parse(readFileSync(results, "utf8").trim())).toMatchObject({ trainee: "Dario Russo", chosenPlaybook: "parcel-damaged", scenario: "smashed-box-facebook" });
  });
});
