// `replybook lint` on reply files and stdin, through the real binary (execa strips the last
// newline of stdout and stderr).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { CliIO } from "../../src/cli/io.js";
import { cleanEnv, expectNoStack, replybook, tempDir } from "../helpers/cli.js";

const NOW = "2026-01-14T10:00";
const CLEAN = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number.\n— Dario\n";
const BAD = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n— The Customer Care Team\n";
const CONTEXT = ["--playbook", "parcel-damaged", "--customer", "Laura Bianchi", "--agent", "Dario", "--now", NOW];

function workspace(files: Record<string, string | Buffer> = {}) {
  const dir = tempDir("replybook-lint-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("replybook lint: formats", () => {
  it("stylish: the reply with the span marked, rule id, message, suggestion; exit 1", async () => {
    const cwd = workspace({ "reply.txt": BAD });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--format", "stylish"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("reply.txt\n");
    expect(r.stdout).toContain('1:80  error    "tomorrow" is sooner than this playbook allows for "Send the courier to collect the parcel" (earliest: 2 days)  no-over-promise');
    expect(r.stdout).toContain("    │ Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n    │                                                                                ^^^^^^^^\n    ↳ within 2 days");
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    expect(r.stdout).toContain("fixable with --fix");
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toBe("");
  });

  it("compact when stdout is not a terminal: file:line:col: severity message [rule-id]", async () => {
    const cwd = workspace({ "reply.txt": BAD });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('reply.txt:1:80: error "tomorrow" is sooner than this playbook allows for "Send the courier to collect the parcel" (earliest: 2 days) [no-over-promise]\n');
    expect(r.stdout).toContain("reply.txt:2:3: error Signed by a team (\"The Customer Care Team\"), not a person [signed-by-person]\n");
  });

  it("json: ESLint-compatible results", async () => {
    const cwd = workspace({ "a.txt": BAD, "b.txt": CLEAN });
    const r = await replybook(["lint", "a.txt", "b.txt", ...CONTEXT, "-f", "json"], { cwd });
    expect(r.exitCode).toBe(1);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>>; errorCount: number; warningCount: number }>;
    expect(results.map((x) => x.filePath)).toEqual(["a.txt", "b.txt"]);
    expect(results[1]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    const tomorrow = results[0]!.messages.find((m) => m.ruleId === "no-over-promise");
    expect(tomorrow).toMatchObject({ severity: 2, line: 1, column: 80, endLine: 1, endColumn: 88, suggestions: [{ desc: "within 2 days" }] });
    expect(results[0]!.errorCount).toBe(results[0]!.messages.filter((m) => m.severity === 2).length);
    for (const m of results[0]!.messages) expect(Object.keys(m)).toEqual(expect.arrayContaining(["ruleId", "severity", "message", "line", "column", "endLine", "endColumn"]));
  });

  it("github: workflow annotations", async () => {
    const cwd = workspace({ "reply.txt": BAD });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--format", "github"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error file=reply.txt,line=1,col=80,endLine=1,endColumn=88,title=no-over-promise::\"tomorrow\" is sooner than this playbook allows");
    expect(r.stdout.trim().split("\n").every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
  });

  it("colours the stylish output only when asked (FORCE_COLOR)", async () => {
    const cwd = workspace({ "reply.txt": BAD });
    const env = { ...cleanEnv(), FORCE_COLOR: "1" } as Record<string, string>;
    delete env.NO_COLOR;
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "-f", "stylish"], { cwd, env });
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe("replybook lint: input", () => {
  it("reads stdin with - or with no file", async () => {
    for (const args of [["lint", "-"], ["lint"]]) {
      const r = await replybook([...args, ...CONTEXT], { input: BAD, stdin: undefined } as never);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain("<stdin>:1:80: error");
    }
  });

  it("exit 0 and no output for a clean reply", async () => {
    const cwd = workspace({ "reply.txt": CLEAN });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd });
    expect(r).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("takes the agent from the config", async () => {
    const cwd = workspace({ "reply.txt": CLEAN.replace("— Dario", "— Marco"), ".replybookrc.yaml": "agent:\n  name: Dario Rossi\n" });
    const r = await replybook(["lint", "reply.txt", "--playbook", "parcel-damaged", "--customer", "Laura Bianchi", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("error Signed by Marco, but the agent is Dario Rossi [signed-by-person]");
  });

  it("detects the locale, or takes --locale", async () => {
    const it1 = "Laura, mi dispiace davvero. Il corriere passerà domani a ritirare il pacco. Mi scriva in privato.\n— Dario\n";
    const cwd = workspace({ "risposta.txt": it1 });
    const r = await replybook(["lint", "risposta.txt", ...CONTEXT], { cwd });
    expect(r.stdout).toContain('"domani" è prima di quanto il playbook consente per "Mandare il corriere a ritirare il pacco" (non prima di 2 giorni)');
  });
});

describe("replybook lint: exit codes and options", () => {
  const warnOnly = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours.\n— Dario\n";

  it("warnings alone exit 0, or 1 over --max-warnings", async () => {
    const cwd = workspace({ "reply.txt": warnOnly });
    const ok = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain("warning Does not invite the customer to continue in private");
    const over = await replybook(["lint", "reply.txt", ...CONTEXT, "--max-warnings", "0"], { cwd });
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toBe("replybook: 1 warning, more than --max-warnings 0");
  });

  it("--quiet reports errors only", async () => {
    const cwd = workspace({ "reply.txt": BAD });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--quiet"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toContain(" warning ");
    expect(r.stdout).toContain(" error ");
  });

  it("--rule overrides a severity", async () => {
    const cwd = workspace({ "reply.txt": "Laura, I'm so sorry!!! I'll call you back within 24 hours.\n— Dario\n" });
    expect((await replybook(["lint", "reply.txt", ...CONTEXT], { cwd })).exitCode).toBe(1);
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--rule", "calm-tone=off", "--rule", "offer-private-channel=off"], { cwd });
    expect(r).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it.each([
    [["lint", "nope.txt"], /^replybook: nope\.txt no such file$/],
    [["lint", "Hi Laura, so sorry about the parcel, it is on me. — Dario"], /^replybook: "Hi Laura, so sorry about the parcel, it…" no such file; to lint a reply's text, pipe it in: echo '\.\.\.' \| replybook lint -$/],
    [["lint", "reply.txt", "--playbook", "nope"], /^replybook: --playbook: no playbook "nope"; playbooks: .*parcel-damaged/],
    [["lint", "reply.txt", "--locale", "fr"], /--locale <locale>' argument 'fr' is invalid/],
    [["lint", "reply.txt", "--now", "yesterday"], /argument 'yesterday' is invalid\. expected an ISO time/],
    [["lint", "reply.txt", "--rule", "calm-tone"], /^replybook: --rule calm-tone: expected <rule-id>=<error\|warn\|off>$/],
    [["lint", "reply.txt", "--rule", "loud=off"], /^replybook: --rule loud: unknown rule "loud"/],
    [["lint", "reply.txt", "--max-warnings", "some"], /expected a whole number/],
    [["lint", "reply.txt", "--write"], /^replybook: --write needs --fix$/],
    [["lint", "reply.txt", "reply.txt", "--fix"], /--fix prints one fixed reply; add --write/],
    [["lint", "reply.txt", "--jsonl", "x.jsonl"], /reply files and --jsonl cannot be combined/],
  ])("usage and input errors exit 2 with one line: %j", async (args, message) => {
    const cwd = workspace({ "reply.txt": CLEAN });
    const r = await replybook(args, { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expectNoStack(r.stderr);
  });

  it("refuses binary and non-UTF-8 files with a position, and lints the others", async () => {
    const cwd = workspace({ "bin.txt": Buffer.from("Hello\nwor\u0000ld"), "latin1.txt": Buffer.from([0x48, 0x69, 0x0a, 0x63, 0x61, 0x66, 0xe8]), "ok.txt": CLEAN });
    const r = await replybook(["lint", "bin.txt", "latin1.txt", "ok.txt", ...CONTEXT], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("replybook: bin.txt:2:4 binary content (a NUL byte): expected UTF-8 text\nreplybook: latin1.txt:2:4 not valid UTF-8 text");
  });

  it("refuses a reply over 10 MB", async () => {
    const cwd = workspace({ "huge.txt": Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) });
    const r = await replybook(["lint", "huge.txt"], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("replybook: huge.txt:1:1 file is too large (10485761 bytes; a reply may be at most 10485760 bytes)");
  });

  it("a bad rule in the config names the config file", async () => {
    const cwd = workspace({ "reply.txt": CLEAN, ".replybookrc.yaml": "rules:\n  no-canned-phrases: error\n" });
    const r = await replybook(["lint", "reply.txt"], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^replybook: .*\.replybookrc\.yaml rules\.no-canned-phrases: unknown rule "no-canned-phrases" \(did you mean "no-canned-phrase"\?\)/);
  });

  it("never waits on a terminal: no file and stdin a TTY is a usage error", async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let out = "";
    let err = "";
    const sink = (write: (s: string) => void) => Object.assign(new Writable({ write: (c, _e, cb) => (write(String(c)), cb()) }), { isTTY: false });
    const io: CliIO = { stdin, stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: { ...cleanEnv() }, cwd: workspace() };
    const code = await run(["lint"], io);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^replybook: no reply to lint: name a file, pipe a reply into stdin/);
  });

  it("never waits on a real terminal either (script(1) pseudo-terminal)", async () => {
    const { execa } = await import("execa");
    const { BIN } = await import("../helpers/cli.js");
    const r = await execa("script", ["-qec", `node ${BIN} lint`, "/dev/null"], { reject: false, env: cleanEnv(), cwd: workspace(), timeout: 30_000, stdin: "ignore" });
    expect(r.timedOut).toBe(false);
    expect(String(r.stdout)).toMatch(/no reply to lint/);
  });
});

describe("replybook lint --fix", () => {
  const fixable = "Dear customer, we apologise for any inconvenience!!! The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM.";

  it("prints the fixed reply on stdout and what is left on stderr", async () => {
    const cwd = workspace({ "reply.txt": fixable });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--fix"], { cwd });
    expect(r.stdout).toBe("Dear Laura, I'm sorry! The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM.\n— Dario");
    expect(readFileSync(join(cwd, "reply.txt"), "utf8")).toBe(fixable);
    expect(r.exitCode).toBe(0);
  });

  it("--write writes the fix back and reports what is left", async () => {
    const cwd = workspace({ "reply.txt": `${fixable} We guarantee it.` });
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--fix", "--write"], { cwd });
    expect(readFileSync(join(cwd, "reply.txt"), "utf8")).toBe("Dear Laura, I'm sorry! The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM. We guarantee it.\n— Dario");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('error "guarantee": A guarantee turns the next hiccup into a broken promise in public. [no-over-promise]');
  });
});
