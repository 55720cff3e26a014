// `replybook lint --jsonl` and `--csv` through the real binary: order, malformed lines,
// summary, exit codes, and an interrupted run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { execa } from "execa";
import { threadCount } from "../../src/cli/commands/lint.js";
import { PARALLEL_MIN_BYTES } from "../../src/lint/batch/threads.js";
import { run } from "../../src/cli/run.js";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, expectNoStack, replybook, tempDir } from "../helpers/cli.js";

const NOW = "2026-01-14T10:00";
const CLEAN_EN = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number. — Dario";
const CLEAN_IT = "Laura, mi dispiace davvero per il pacco. Il corriere passerà a ritirare il pacco entro 2 giorni e la richiamo entro 24 ore. Mi scriva in privato. — Dario";
const BAD = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!";

function workspace(files: Record<string, string | Buffer>) {
  const dir = tempDir("replybook-batch-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const jsonl = (items: unknown[]) => `${items.map((i) => (typeof i === "string" ? i : JSON.stringify(i))).join("\n")}\n`;
const results = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: unknown; messages: Array<{ ruleId: string; line: number; column: number; severity: number }>; errorCount: number; warningCount: number; output?: string });

describe("replybook lint --jsonl", () => {
  const lines = [
    { id: "a", text: CLEAN_EN, playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" },
    { id: "b", text: BAD, playbook: "parcel-damaged", customer: { name: "Laura Bianchi", handle: "@laurab" }, agent: "Dario", locale: "en", channel: "x" },
    { id: 3, text: CLEAN_IT, playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" },
  ];

  it("writes one result per line, in input order, and a summary on stderr", async () => {
    const cwd = workspace({ "in.jsonl": jsonl(lines) });
    const r = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(1);
    const out = results(r.stdout);
    expect(out.map((o) => o.id)).toEqual(["a", "b", 3]);
    expect(out[0]).toEqual({ id: "a", messages: [], errorCount: 0, warningCount: 0 });
    expect(out[2]).toEqual({ id: 3, messages: [], errorCount: 0, warningCount: 0 });
    const tomorrow = out[1]!.messages.find((m) => m.ruleId === "no-over-promise")!;
    expect(tomorrow).toMatchObject({ line: 1, column: 80, severity: 2 });
    expect(out[1]!.errorCount).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^replybook: 3 read, 3 linted, 0 refused; \d+ errors, \d+ warnings \(\d+\.\d s(, [\d,]+ replies\/s)?\)$/);
  });

  it("reports malformed lines with their numbers, carries on, and exits 2", async () => {
    const input = jsonl([lines[0], "{ not json", { id: "no-text" }, "", '"just a string"', { id: "pb", text: "hi", playbook: "nope" }, { id: "loc", text: "hi", locale: "fr" }, lines[2]]);
    const cwd = workspace({ "in.jsonl": input });
    const r = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(2);
    expect(results(r.stdout).map((o) => o.id)).toEqual(["a", 3]);
    const errors = r.stderr.split("\n");
    expect(errors[0]).toMatch(/^replybook: in\.jsonl:2:3 malformed JSON: /);
    expect(errors.slice(1)).toEqual([
      'replybook: in.jsonl:3:1 text: expected a string (the reply is missing)',
      'replybook: in.jsonl:5:1 expected a JSON object such as {"id": 1, "text": "..."}',
      'replybook: in.jsonl:6:24 playbook: no playbook "nope"',
      'replybook: in.jsonl:7:25 locale: expected one of en, it, el',
      expect.stringMatching(/^replybook: 7 read, 2 linted, 5 refused; 0 errors, 0 warnings/),
    ]);
    expectNoStack(r.stderr);
  });

  it("refuses a line that is not UTF-8 and goes on", async () => {
    const input = Buffer.concat([Buffer.from(`${JSON.stringify(lines[0])}\n{"id":"x","text":"caf`), Buffer.from([0xe8]), Buffer.from(`"}\n${JSON.stringify(lines[2])}\n`)]);
    const cwd = workspace({ "in.jsonl": input });
    const r = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(2);
    expect(results(r.stdout).map((o) => o.id)).toEqual(["a", 3]);
    expect(r.stderr.split("\n")[0]).toBe("replybook: in.jsonl:2:1 not valid UTF-8 text");
  });

  it("reads stdin with --jsonl -, and numbers lines without an id", async () => {
    const r = await replybook(["lint", "--jsonl", "-", "--now", NOW], { input: jsonl([{ text: BAD }, { text: BAD }]), stdin: undefined } as never);
    expect(r.exitCode).toBe(1);
    expect(results(r.stdout).map((o) => o.id)).toEqual([1, 2]);
    expect(r.stderr).toMatch(/^replybook: 2 read, 2 linted, 0 refused/);
  });

  it("applies context flags to every line, lines' own context first", async () => {
    const input = jsonl([{ id: 1, text: "The courier will collect it tomorrow." }, { id: 2, text: "The courier will collect it tomorrow.", playbook: "late-delivery" }]);
    const r = await replybook(["lint", "--jsonl", "-", "--now", NOW, "--playbook", "parcel-damaged", "--rule", "signed-by-person=off"], { input, stdin: undefined } as never);
    const out = results(r.stdout);
    expect(out[0]!.messages.some((m) => m.ruleId === "no-over-promise")).toBe(true);
    expect(out[1]!.messages.some((m) => m.ruleId === "no-over-promise")).toBe(false);
    expect(out.every((o) => o.messages.every((m) => m.ruleId !== "signed-by-person"))).toBe(true);
  });

  it("--fix adds the fixed reply as output", async () => {
    const input = jsonl([{ id: 1, text: "Laura, so sorry!!! I'll call you back within 24 hours.", agent: "Dario" }]);
    const r = await replybook(["lint", "--jsonl", "-", "--fix", "--now", NOW], { input, stdin: undefined } as never);
    expect(results(r.stdout)[0]!.output).toBe("Laura, so sorry! I'll call you back within 24 hours.\n— Dario");
  });

  it("exit 0 when every line is clean", async () => {
    const cwd = workspace({ "in.jsonl": jsonl([lines[0], lines[2]]) });
    const r = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(0);
  });

  it("a missing batch file is an input error", async () => {
    const r = await replybook(["lint", "--jsonl", "nope.jsonl"], { cwd: workspace({}) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("replybook: nope.jsonl no such file");
  });

  it("gives the same output, in the same order, with two threads", async () => {
    const many: unknown[] = [];
    for (let i = 0; i < 6000; i++) many.push(i % 997 === 5 ? "{ broken" : { id: i, text: i % 2 ? BAD : CLEAN_EN, playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" });
    const cwd = workspace({ "in.jsonl": jsonl(many) });
    const one = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    const two = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW, "--workers", "2"], { cwd });
    expect(two.exitCode).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(results(two.stdout)).toHaveLength(6000 - 7);
    const refusals = (r: { stderr: string }) => r.stderr.split("\n").filter((l) => /in\.jsonl:\d+/.test(l));
    expect(refusals(two)).toEqual(refusals(one));
    expect(refusals(two)[0]).toMatch(/^replybook: in\.jsonl:6:3 malformed JSON/);
  });

  it("lints a batch over 24 MB in two threads by default, from a file or stdin, as one thread would", async () => {
    const many: unknown[] = [];
    // Each line padded with a field the linter does not read: over PARALLEL_MIN_BYTES without more replies to lint.
    const pad = "x".repeat(800);
    for (let i = 0; i < 30_000; i++) many.push(i % 4999 === 7 ? "{ broken" : { id: i, text: [CLEAN_EN, BAD, CLEAN_IT][i % 3], playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario", pad });
    const input = jsonl(many);
    expect(input.length).toBeGreaterThan(PARALLEL_MIN_BYTES);
    const cwd = workspace({ "in.jsonl": input });
    const one = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW, "--workers", "1"], { cwd });
    const auto = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    const piped = await replybook(["lint", "--jsonl", "-", "--now", NOW], { cwd, input, stdin: "pipe" });
    const summary = (r: { stderr: string }) => r.stderr.replaceAll("<stdin>", "in.jsonl").split("\n").filter((l) => !/ s, [\d,]+ replies\/s\)$/.test(l));
    for (const r of [auto, piped]) {
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe(one.stdout);
      expect(summary(r)).toEqual(summary(one));
    }
    expect(results(one.stdout)).toHaveLength(30_000 - 6);
    // Three runs over 30,000 replies: on a busy shared machine, more than the default 30 s.
  }, 120_000);

  it("chooses its threads: --workers, else two for a large or piped batch on two cores or more with one idle", () => {
    expect(threadCount(3, 100, 1, 0)).toBe(3);
    expect(threadCount(1, 50_000_000, 8, 0)).toBe(1);
    expect(threadCount(undefined, 100_000, 8, 0)).toBe(1);
    expect(threadCount(undefined, 50_000_000, 8, 0)).toBe(2);
    expect(threadCount(undefined, undefined, 2, 0.4)).toBe(2);
    expect(threadCount(undefined, 50_000_000, 1, 0)).toBe(1);
    // Every core busy: a second thread would only share them.
    expect(threadCount(undefined, 50_000_000, 2, 4.5)).toBe(1);
    expect(threadCount(undefined, undefined, 2, 1.8)).toBe(1);
    expect(threadCount(3, 50_000_000, 2, 4.5)).toBe(3);
  });

  it("refuses a line over the size limit without holding it, and goes on", async () => {
    const huge = `{"id":"big","text":"${"a".repeat(10 * 1024 * 1024 + 70 * 1024)}"}`;
    const cwd = workspace({ "in.jsonl": `${JSON.stringify(lines[0])}\n${huge}\n${JSON.stringify(lines[2])}\n` });
    const r = await replybook(["lint", "--jsonl", "in.jsonl", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(2);
    expect(results(r.stdout).map((o) => o.id)).toEqual(["a", 3]);
    expect(r.stderr.split("\n")[0]).toBe("replybook: in.jsonl:2:1 line is too long (more than 10551296 bytes); a reply may be at most 10485760 bytes");
  });

  it("stops on Ctrl-C, keeps only complete lines, says so and exits 2", async () => {
    const child = execa("node", [BIN, "lint", "--jsonl", "-", "--now", NOW], { reject: false, extendEnv: false, env: cleanEnv(), cwd: workspace({}), stdin: "pipe", timeout: 60_000 });
    const line = `${JSON.stringify({ text: BAD })}\n`;
    let seen = "";
    child.stdout!.on("data", (d: Buffer) => (seen += d.toString()));
    // Lines keep coming; once results flow, interrupt.
    const feed = setInterval(() => child.stdin!.write(line.repeat(2000)), 20);
    while (seen.length < 100_000) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    const r = await child;
    clearInterval(feed);
    expect(r.exitCode).toBe(2);
    expect(String(r.stderr)).toMatch(/replybook: interrupted after [\d,]+ lines; the output holds the [\d,]+ complete results$/);
    const out = String(r.stdout).split("\n").filter(Boolean);
    expect(out.length).toBeGreaterThan(10);
    for (const l of out) expect(() => JSON.parse(l)).not.toThrow();
  });
});

describe("replybook lint --csv", () => {
  const csv = [
    "post_id,author,message,kind",
    `p1,Laura Bianchi,"${CLEAN_EN}",parcel-damaged`,
    `p2,Laura Bianchi,"${BAD}",parcel-damaged`,
    `p3,Laura Bianchi,"Quoted ""words"", and a comma — Dario",`,
  ].join("\n");

  it("lints a column, with optional context columns, one JSON result per row", async () => {
    const cwd = workspace({ "export.csv": `${csv}\n` });
    const r = await replybook(["lint", "--csv", "export.csv", "--text-column", "message", "--id-column", "post_id", "--customer-column", "author", "--playbook-column", "kind", "--agent", "Dario", "--now", NOW], { cwd });
    expect(r.exitCode).toBe(1);
    const out = results(r.stdout);
    expect(out.map((o) => o.id)).toEqual(["p1", "p2", "p3"]);
    expect(out[0]!.messages).toEqual([]);
    expect(out[1]!.messages.some((m) => m.ruleId === "no-over-promise")).toBe(true);
    expect(r.stderr).toMatch(/^replybook: 3 read, 3 linted, 0 refused/);
  });

  it("numbers rows without an id column", async () => {
    const cwd = workspace({ "export.csv": `text\n"${BAD}"\n"${BAD}"\n` });
    const r = await replybook(["lint", "--csv", "export.csv"], { cwd });
    expect(results(r.stdout).map((o) => o.id)).toEqual([1, 2]);
  });

  it("reports a malformed row with its line number and carries on", async () => {
    const cwd = workspace({ "export.csv": `post_id,message\np1,"${BAD}"\np2,too,many,fields\np3,"${BAD}"\n` });
    const r = await replybook(["lint", "--csv", "export.csv", "--text-column", "message", "--id-column", "post_id"], { cwd });
    expect(r.exitCode).toBe(2);
    expect(results(r.stdout).map((o) => o.id)).toEqual(["p1", "p3"]);
    expect(r.stderr.split("\n")[0]).toMatch(/^replybook: export\.csv:3:1 malformed CSV: /);
    expect(r.stderr).toMatch(/3 read, 2 linted, 1 refused/);
  });

  it("names a missing column and the columns there are", async () => {
    const cwd = workspace({ "export.csv": "id,body\n1,hello\n" });
    const r = await replybook(["lint", "--csv", "export.csv"], { cwd });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('replybook: export.csv:1:1 --text-column: no column "text" in the header (columns: id, body)');
  });
});

describe("replybook lint --jsonl progress", () => {
  const sink = (isTTY: boolean, write: (s: string) => void) => Object.assign(new Writable({ write: (c, _e, cb) => (write(String(c)), cb()) }), { isTTY });

  it("draws a progress bar on a terminal's stderr for a large input, and clears it", async () => {
    const line = `${JSON.stringify({ text: BAD })}\n`;
    const cwd = workspace({ "big.jsonl": line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)) });
    let err = "";
    let out = 0;
    const io = { stdin: process.stdin, stdout: sink(false, (s) => (out += s.length)), stderr: sink(true, (s) => (err += s)), env: { ...cleanEnv() }, cwd };
    const code = await run(["lint", "--jsonl", "big.jsonl", "--now", NOW], io);
    expect(code).toBe(1);
    expect(out).toBeGreaterThan(0);
    expect(err).toMatch(/\r[█░]+ +\d+%  [\d,]+ replies  [\d,]+\/s/);
    expect(err).toContain("\r\u001b[K");
    expect(err).toMatch(/replybook: [\d,]+ read/);
  });

  it("draws nothing when stderr is not a terminal, or with --no-progress", async () => {
    const line = `${JSON.stringify({ text: BAD })}\n`;
    const cwd = workspace({ "big.jsonl": line.repeat(Math.ceil((3 * 1024 * 1024) / line.length)) });
    for (const [tty, extra] of [[false, []], [true, ["--no-progress"]]] as const) {
      let err = "";
      const io = { stdin: process.stdin, stdout: sink(false, () => undefined), stderr: sink(tty, (s) => (err += s)), env: { ...cleanEnv() }, cwd };
      await run(["lint", "--jsonl", "big.jsonl", "--now", NOW, ...extra], io);
      expect(err).not.toContain("\r");
    }
  });
});
