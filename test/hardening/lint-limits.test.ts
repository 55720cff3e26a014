// Input limits for `replybook lint`, through the real binary: a reply of tens of megabytes, a
// file that is not UTF-8, a binary file, an empty file, CRLF and BOM, JSONL and CSV exports
// with broken lines, quotes and embedded newlines. Each is handled, or refused with a
// positioned line and exit 2; nothing is silently dropped: the summary counts every record.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCleanFailure, fixture, replybook } from "./helpers.js";

const MB = 1024 * 1024;
const SIGNED = "Hi Laura, I'm Dario. I'm really sorry your parcel arrived damaged. I'll call you back within 24 hours. — Dario";

interface Summary {
  read: number;
  linted: number;
  refused: number;
}

function summaryOf(stderr: string): Summary {
  const m = /replybook: ([\d,]+) read, ([\d,]+) linted, ([\d,]+) refused; /.exec(stderr);
  if (!m) throw new Error(`no summary in stderr:\n${stderr}`);
  const n = (s: string) => Number(s.replace(/,/g, ""));
  return { read: n(m[1]!), linted: n(m[2]!), refused: n(m[3]!) };
}

function outputIds(stdout: string): unknown[] {
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: unknown }).id);
}

describe("lint: one reply per file", () => {
  it("refuses a reply of tens of megabytes, from a file or from stdin, with one line and exit 2", async () => {
    const dir = fixture({ "huge.txt": "a".repeat(30 * MB) });
    const r = await replybook(["lint", "huge.txt", "--agent", "Dario"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toBe(`replybook: huge.txt:1:1 file is too large (${30 * MB} bytes; a reply may be at most ${10 * MB} bytes)`);
    const piped = await replybook(["lint", "-", "--agent", "Dario"], { cwd: dir, inputFile: join(dir, "huge.txt"), stdin: undefined });
    expectCleanFailure(piped);
    expect(piped.stderr).toBe(`replybook: <stdin>:1:1 input is too large (more than ${10 * MB} bytes; a reply may be at most that)`);
  }, 120_000);

  it.each([
    ["a non-UTF-8 file", Buffer.from("Ciao, caff\xe8 offerto. — Dario\n", "latin1"), "reply.txt:1:11 not valid UTF-8 text"],
    ["a binary file", Buffer.from("Hi Laura\n\x00\x01\x02binary", "latin1"), "reply.txt:2:1 binary content (a NUL byte): expected UTF-8 text"],
  ])("refuses %s with its position", async (_name, bytes, message) => {
    const dir = fixture({ "reply.txt": bytes });
    const r = await replybook(["lint", "reply.txt", "--agent", "Dario"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toBe(`replybook: ${message}`);
  });

  it("a folder or a missing file is refused, and the other files are still linted", async () => {
    const dir = fixture({ "ok.txt": SIGNED, "sub/x.txt": "x" });
    const r = await replybook(["lint", "ok.txt", "sub", "missing.txt", "--agent", "Dario", "--format", "json"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toContain("replybook: sub is a folder, expected a reply file");
    expect(r.stderr).toContain("replybook: missing.txt no such file");
    expect((JSON.parse(r.stdout) as Array<{ filePath: string }>).map((f) => f.filePath)).toEqual(["ok.txt"]);
  });

  it("lints an empty file (as a reply with nothing in it) without crashing", async () => {
    const dir = fixture({ "empty.txt": "" });
    const r = await replybook(["lint", "empty.txt", "--agent", "Dario", "--format", "json"], { cwd: dir });
    expect(r.stderr).not.toContain("    at ");
    expect([1, 2]).toContain(r.exitCode);
  });

  it("reads CRLF and a BOM like plain text: same findings, ranges in the text as written", async () => {
    const lf = "Hi Laura,\nwe apologise for any inconvenience.\n— Dario\n";
    const dir = fixture({ "lf.txt": lf, "crlf.txt": lf.replace(/\n/g, "\r\n"), "bom.txt": `\ufeff${lf.replace(/\n/g, "\r\n")}` });
    const results = await Promise.all(["lf.txt", "crlf.txt", "bom.txt"].map((f) => replybook(["lint", f, "--agent", "Dario", "--format", "json"], { cwd: dir })));
    const rules = results.map((r) => (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>)[0]!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`));
    expect(rules[0]).toContain("no-canned-phrase@2:1");
    expect(rules[1]).toEqual(rules[0]);
    expect(rules[2]).toEqual(rules[0]);
    for (const r of results) expect(r.exitCode).toBe(1);
  });

  it("--fix keeps CRLF line ends and the BOM-less text intact", async () => {
    const text = "Hi Laura,\r\nwe apologise for any inconvenience!!!\r\n— Dario\r\n";
    const dir = fixture({ "crlf.txt": text });
    const r = await replybook(["lint", "crlf.txt", "--agent", "Dario", "--fix", "--write"], { cwd: dir });
    expect(r.stderr).not.toContain("    at ");
    const fixed = readFileSync(join(dir, "crlf.txt"), "utf8");
    expect(fixed).not.toMatch(/[^\r]\n/);
    expect(fixed).toContain("\r\n— Dario\r\n");
  });
});

describe("lint --jsonl: broken lines are refused one by one, the rest is linted, the summary adds up", () => {
  const lines = [
    JSON.stringify({ id: 1, text: SIGNED }),
    '{"id":2,"text":"unterminated',
    '{"id":3}',
    "[1,2]",
    '{"id":5,"text":"Ciao Laura, mi dispiace. — Dario"}\r',
    Buffer.from('{"id":6,"text":"caff\xe8"}', "latin1"),
    JSON.stringify({ id: 7, text: SIGNED, playbook: "no-such-playbook" }),
    JSON.stringify({ id: 8, text: 42 }),
    JSON.stringify({ id: 9, text: "a line\nwith escaped newlines\n\nand \"quotes\" — Dario" }),
    JSON.stringify({ id: 10, text: SIGNED, __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } }),
    JSON.stringify({ id: 11, text: "x".repeat(10 * MB + 10) }),
    JSON.stringify({ id: 12, text: "the last line has no newline — Dario" }),
  ];
  const file = Buffer.concat(lines.map((l, i) => Buffer.concat([typeof l === "string" ? Buffer.from(l) : l, Buffer.from(i < lines.length - 1 ? "\n" : "")])));

  it("refuses each broken line with file:line:col, lints the others, exit 2", async () => {
    const dir = fixture({ "batch.jsonl": file });
    const r = await replybook(["lint", "--jsonl", "batch.jsonl", "--no-progress"], { cwd: dir });
    expectCleanFailure(r);
    const refusals = r.stderr.split("\n").filter((l) => !/ read, .* linted, /.test(l));
    expect(refusals).toEqual([
      "replybook: batch.jsonl:2:29 malformed JSON: Unterminated string",
      'replybook: batch.jsonl:3:1 text: expected a string (the reply is missing)',
      'replybook: batch.jsonl:4:1 expected a JSON object such as {"id": 1, "text": "..."}',
      "replybook: batch.jsonl:6:1 not valid UTF-8 text",
      `replybook: batch.jsonl:7:${String(lines[6]).indexOf('"playbook"') + 1} playbook: no playbook "no-such-playbook"`,
      'replybook: batch.jsonl:8:9 text: expected a string',
      `replybook: batch.jsonl:11:10 text: the reply is too large (more than ${10 * MB} characters)`,
    ]);
    expect(outputIds(r.stdout)).toEqual([1, 5, 9, 10, 12]);
    expect(summaryOf(r.stderr)).toEqual({ read: 12, linted: 5, refused: 7 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it("a blank line is either not a record or is counted as skipped: the summary accounts for every line", async () => {
    const dir = fixture({ "batch.jsonl": [JSON.stringify({ id: 1, text: SIGNED }), "", "   ", JSON.stringify({ id: 2, text: SIGNED }), "{bad"].join("\n") });
    const r = await replybook(["lint", "--jsonl", "batch.jsonl", "--no-progress"], { cwd: dir });
    expectCleanFailure(r);
    const s = summaryOf(r.stderr);
    expect(outputIds(r.stdout)).toEqual([1, 2]);
    // Spec (issue 7): "a batch run's summary counts every line read, linted, and refused".
    const accounted = s.read === s.linted + s.refused || /\b2 (blank|empty|skipped)\b/.test(r.stderr);
    expect(accounted, `summary: ${r.stderr}`).toBe(true);
  });

  it("counts every line of a large batch read from stdin", async () => {
    const n = 20_000;
    const body = Array.from({ length: n }, (_, i) => (i % 1000 === 999 ? "{not json" : JSON.stringify({ id: i, text: `${SIGNED} ${i}` }))).join("\n");
    const dir = fixture({ "batch.jsonl": body });
    const r = await replybook(["lint", "--jsonl", "-", "--no-progress"], { cwd: dir, inputFile: join(dir, "batch.jsonl"), stdin: undefined });
    expectCleanFailure(r);
    expect(summaryOf(r.stderr)).toEqual({ read: n, linted: n - n / 1000, refused: n / 1000 });
    expect(r.stdout.split("\n")).toHaveLength(n - n / 1000);
  }, 120_000);
});

describe("lint --csv: quotes, embedded newlines, broken rows", () => {
  it("reads quoted fields with commas, doubled quotes and newlines; refuses broken rows with their line", async () => {
    const csv = [
      "id,text,customer",
      `1,"Hi Laura, ""sorry"" — really. I'll call you back within 24 hours. — Dario",Laura Bianchi`,
      `2,"a reply
over three
lines — Dario",Laura Bianchi`,
      `3,bad"quote,Laura`,
      `4,too,many,fields,here`,
      `5,"Ciao Laura, mi dispiace. — Dario",Laura`,
    ].join("\r\n");
    const dir = fixture({ "export.csv": `\ufeff${csv}\r\n` });
    const r = await replybook(["lint", "--csv", "export.csv", "--id-column", "id", "--customer-column", "customer", "--no-progress"], { cwd: dir });
    expectCleanFailure(r);
    const refusals = r.stderr.split("\n").filter((l) => !/ read, .* linted, /.test(l));
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatch(/^replybook: export\.csv:6:1 malformed CSV: Invalid Opening Quote: /);
    expect(refusals[1]).toMatch(/^replybook: export\.csv:7:1 malformed CSV: Invalid Record Length: /);
    expect(outputIds(r.stdout)).toEqual(["1", "2", "5"]);
    expect(summaryOf(r.stderr)).toEqual({ read: 5, linted: 3, refused: 2 });
  });

  it("an unclosed quote at the end is refused, not silently dropped", async () => {
    const dir = fixture({ "export.csv": `id,text\n1,"fine — Dario"\n2,"never closed\n3,swallowed\n` });
    const r = await replybook(["lint", "--csv", "export.csv", "--id-column", "id", "--no-progress"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/export\.csv:\d+:1 malformed CSV: Quote Not Closed/);
    const s = summaryOf(r.stderr);
    expect(s.linted).toBe(1);
    expect(s.refused).toBeGreaterThanOrEqual(1);
    expect(s.read).toBe(s.linted + s.refused);
  });

  it("a missing column is one line naming the columns there are", async () => {
    const dir = fixture({ "export.csv": "id,message\n1,hello\n" });
    const r = await replybook(["lint", "--csv", "export.csv"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr.split("\n")[0]).toBe('replybook: export.csv:1:1 --text-column: no column "text" in the header (columns: id, message)');
  });
});

describe("lint output never carries terminal escapes from the reply", () => {
  it("stylish and compact output show an ESC in a reply as a visible symbol", async () => {
    const dir = fixture({ "reply.txt": "Hi Laura \u001b[2J\u001b[31mwe apologise for any inconvenience\u001b[0m \u001b]0;pwned\u0007 — Dario" });
    for (const format of ["stylish", "compact", "github"]) {
      const r = await replybook(["lint", "reply.txt", "--agent", "Dario", "--format", format], { cwd: dir });
      expect(r.stderr).not.toContain("    at ");
      expect(r.stdout + r.stderr, `${format} output carries a raw ESC`).not.toMatch(/[\u001b\u0007\u009b]/);
    }
  });
});
