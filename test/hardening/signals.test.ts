// Interruptions, sent as real signals to the real process:
// - during a batch `lint --jsonl`: the output so far is complete JSON lines only, exit 2, and
//   one line on stderr saying so;
// - during an interactive `draft` (in a pseudo-terminal, tmux): the draft is saved, private
//   (0600 in a 0700 folder), and `draft --resume` continues it.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SKIP_PTY, privateTerminals, type Terminal } from "../helpers/terminal.js";
import { BIN, cleanEnv, tempDir } from "./helpers.js";

const REPLIES = [
  "Hi Laura, I'm Dario. I'm really sorry your parcel arrived damaged. I'll call you back within 24 hours. — Dario",
  "We apologise for any inconvenience. Your request will be handled as soon as possible.",
  "Dear customer, as we already told you, it's not our fault. 100% guaranteed!!!",
  "Ciao Laura, sono Dario. Mi dispiace davvero: ti richiamo entro 24 ore. — Dario",
];

/** A JSONL batch big enough to take several seconds to lint. */
function bigBatch(lines: number): string {
  const dir = tempDir("replybook-signals-");
  const file = join(dir, "batch.jsonl");
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(JSON.stringify({ id: i, text: `${REPLIES[i % REPLIES.length]} (#${i})`, customer: "Laura Bianchi", channel: i % 2 ? "x" : "facebook" }));
  writeFileSync(file, `${out.join("\n")}\n`);
  return file;
}

/** Starts `lint --jsonl`, waits for some output, sends the signal; returns what the process left. */
async function interruptBatch(signal: NodeJS.Signals, viaStdin: boolean) {
  const file = bigBatch(150_000);
  const child = execa("node", [BIN, "lint", "--jsonl", viaStdin ? "-" : file], {
    reject: false,
    extendEnv: false,
    env: cleanEnv(),
    cwd: tempDir(),
    ...(viaStdin ? { inputFile: file } : { stdin: "ignore" as const }),
    timeout: 120_000,
    buffer: true,
  });
  let seen = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no output within 60 s")), 60_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > 64 * 1024) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill(signal);
  const result = await child;
  return { exitCode: result.exitCode, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr), file };
}

describe("interrupting a batch `lint --jsonl`", () => {
  it.each([
    ["SIGINT", false],
    ["SIGTERM", false],
    ["SIGINT", true],
    ["SIGTERM", true],
  ] as const)("%s (input from stdin: %s): complete JSON lines only, exit 2, one line saying so", async (signal, viaStdin) => {
    const r = await interruptBatch(signal, viaStdin);
    expect(r.stderr).not.toContain("    at ");
    expect(r.signal, `killed by ${r.signal} instead of stopping cleanly`).toBeUndefined();
    expect(r.exitCode).toBe(2);
    const lines = r.stdout.split("\n");
    // execa strips the final newline; every line it leaves must be a whole JSON object.
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThan(150_000);
    for (const line of lines) expect(() => JSON.parse(line), `partial line: ${line.slice(0, 80)}`).not.toThrow();
    const ids = lines.map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual(ids.map((_, i) => i));
    const said = r.stderr.trim().split("\n");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^replybook: interrupted after [\d,]+ lines; the output holds the [\d,]+ complete results$/);
    const complete = Number(/the output holds the ([\d,]+)/.exec(said[0]!)![1]!.replace(/,/g, ""));
    expect(complete).toBe(lines.length);
  }, 180_000);
});

// ------------------------------------------------------------------------------------ draft

const pty = privateTerminals("signals");
afterEach(() => pty.endSessions());
afterAll(() => pty.close());

function startDraft(args: string[], home: string): Terminal {
  return pty.start(["draft", ...args], { width: 100, height: 50, home, timeout: 30_000 });
}

describe.skipIf(SKIP_PTY)("interrupting `draft` in a real terminal", () => {
  it.each(["SIGTERM", "SIGHUP", "SIGINT"] as const)("%s mid-draft: saved, private, and --resume continues it", async (signal) => {
    const home = tempDir("replybook-home-");
    const complaint = "My parcel arrived completely smashed \u001b[31mand nobody answers\u001b[0m!";
    const t = startDraft(["--agent", "Dario", "--playbook", "parcel-damaged", "--platform", "facebook", "--posted", "2h ago", "--customer", "Laura Bianchi", "--no-record"], home);
    await t.waitFor("Paste the complaint");
    t.type(complaint);
    t.keys("Enter", "Enter");
    await t.waitFor(/Done\? \(Y\/n\)/);
    t.keys("Enter");
    await t.waitFor(/Done\? yes[\s\S]*Done\? \(Y\/n\)/);
    process.kill(t.pid(), signal);
    const stopped = await t.waitFor(/EXIT=\d+/);
    expect(stopped).toContain("EXIT=2");
    expect(stopped).toContain("replybook draft --resume");
    expect(stopped).not.toContain("    at ");
    // The complaint's escape sequence is shown, never obeyed (no colour reached the terminal).
    const data = t.env.REPLYBOOK_DATA_DIR!;
    const file = join(data, "drafts", "current.json");
    const saved = JSON.parse(readFileSync(file, "utf8")) as { complaint: string; playbook: { id: string }; customer: { name: string } };
    expect(saved).toMatchObject({ playbook: { id: "parcel-damaged" }, customer: { name: "Laura Bianchi" } });
    expect(saved.complaint).toContain("My parcel arrived completely smashed");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(data, "drafts")).mode & 0o777).toBe(0o700);

    const again = startDraft(["--resume", "--no-record"], home);
    const resumed = await again.waitFor(/Done\? \(Y\/n\)/);
    expect(resumed).toMatch(/Resuming the draft saved/);
  }, 120_000);
});

// ------------------------------------------------------------------------------- case log

describe("interrupting case-log writes", () => {
  it("drafts recorded concurrently and killed at random moments leave a consistent log", async () => {
    const { default: Database } = await import("better-sqlite3");
    const home = tempDir("replybook-home-");
    const env = cleanEnv(home);
    const cwd = tempDir();
    const runs = Array.from({ length: 16 }, (_, i) => {
      const child = execa("node", [BIN, "draft", "--no-interactive", "--example", "--playbook", i % 2 ? "parcel-damaged" : "late-delivery", "--agent", "Dario", "--record"], {
        reject: false,
        extendEnv: false,
        env,
        cwd,
        stdin: "ignore",
        timeout: 60_000,
      });
      // Half are interrupted somewhere between start-up and the write.
      if (i % 2 === 0) setTimeout(() => child.kill(i % 4 === 0 ? "SIGTERM" : "SIGINT"), 150 + ((i * 37) % 300));
      return child;
    });
    const results = await Promise.all(runs);
    for (const r of results) expect(String(r.stderr)).not.toContain("    at ");
    const recorded = results.filter((r) => r.exitCode === 0).length;
    expect(recorded).toBeGreaterThanOrEqual(8);

    const file = join(env.REPLYBOOK_DATA_DIR!, "cases.db");
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      db.close();
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const list = await execa("node", [BIN, "cases", "--json"], { reject: false, extendEnv: false, env, cwd, stdin: "ignore" });
    expect(list.exitCode).toBe(0);
    const cases = JSON.parse(String(list.stdout)) as Array<{ id: number; openCommitments: number }>;
    // Every run that said "recorded" is in the log, and no half-written case is.
    expect(cases.length).toBeGreaterThanOrEqual(recorded);
    expect(cases.length).toBeLessThanOrEqual(runs.length);
    for (const c of cases) expect(c.openCommitments).toBeGreaterThan(0);
  }, 120_000);
});
