// Bad input for the loaders (issue 2 §8, issue 7): each one is one line naming the file, line,
// column and key path; through the real binary it exits 2 with no stack trace.
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { InputError } from "../../src/core/errors.js";
import { loadPhraseListFile } from "../../src/phrases/load.js";
import { loadPlaybookFile } from "../../src/playbook/load.js";
import { MAX_YAML_BYTES, MAX_YAML_DEPTH } from "../../src/yaml/read.js";
import { expectCleanFailure, expectPrototypeClean, fixture, replybook, ROOT } from "./helpers.js";

const SHIPPED = readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8");

/** The shipped playbook under another id (the id must match the file name), with edits. */
function playbook(id: string, edit: (text: string) => string = (t) => t): string {
  const text = edit(SHIPPED.replace(/^id: parcel-damaged$/m, `id: ${id}`));
  if (text === SHIPPED) throw new Error("edit did nothing");
  return text;
}

/** 1-based line and column of the first occurrence of `needle` (plus `offset` characters). */
function at(text: string, needle: string, offset = 0): string {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in fixture`);
  const before = text.slice(0, index + offset);
  const line = before.split("\n").length;
  return `${line}:${before.length - before.lastIndexOf("\n")}`;
}

function aliasBomb(): string {
  const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 0; i < 9; i++) {
    const prev = String.fromCharCode(97 + i);
    const name = String.fromCharCode(98 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
  }
  return lines.join("\n") + "\n";
}

interface Case {
  name: string;
  /** File name under en/ and its content. */
  file: string;
  content: string | Uint8Array;
  /** The exact one-line message, without the "replybook: " prefix. */
  expected: (file: string) => string;
}

const typo = playbook("typo", (t) => t.replace(/^(title: .*)$/m, "$1\ntitel: Parcel damaged"));
const listForMap = playbook("list-for-map", (t) => t.replace(/^channel:\n  private: true\n  via: \[dm, email\]$/m, "channel:\n  - private\n  - dm"));
const wrongType = playbook("wrong-type", (t) => t.replace(/^respond-within: .*$/m, "respond-within: [6h]"));
const wrongEnum = playbook("wrong-enum", (t) => t.replace(/^    type: yes-no$/m, "    type: yesno"));
const dupIds = playbook("dup-ids", (t) => t.replace(/^  - id: screenshot$/m, "  - id: read-all"));
const dupKeys = playbook("dup-keys", (t) => t.replace(/^respond-within: (.*)$/m, "respond-within: $1\nrespond-within: 2h"));
const proto = playbook("proto", (t) => t.replace(/^channel:\n/m, "channel:\n  __proto__: { polluted: true }\n"));
const ctor = playbook("ctor", (t) => t.replace(/^example:\n/m, "example:\n  constructor: { prototype: { polluted: true } }\n"));
const badPattern = playbook("bad-pattern", (t) => t.replace(/^triggers:\n/m, "triggers:\n  - (parcel|box broken\n"));
const badDuration = playbook("bad-duration", (t) => t.replace(/^respond-within: .*$/m, "respond-within: soonish"));
const tooSoon = playbook("too-soon", (t) => t.replace(/^    offer: \[48h, 3d\]$/m, "    offer: [24h, 3d]"));
const broken = "id: broken\ntitle: [unclosed\nlocale: en\n";
const tabs = "id: tabs\nsteps:\n\t- id: a\n";
const deep = "id: deep\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
const twoDocs = "id: two-docs\n---\nid: again\n";
const badAlias = "id: bad-alias\ntitle: *nowhere\n";

const CASES: Case[] = [
  { name: "broken YAML", file: "broken.yaml", content: broken, expected: (f) => `${f}:3:1 Flow sequence in block collection must be sufficiently indented and end with a ]` },
  { name: "tabs for indentation", file: "tabs.yaml", content: tabs, expected: (f) => `${f}:3:1 Tabs are not allowed as indentation` },
  { name: "an alias bomb", file: "bomb.yaml", content: aliasBomb(), expected: (f) => `${f}:1:1 too many aliases (a YAML alias bomb?)` },
  { name: "an alias with no anchor", file: "bad-alias.yaml", content: badAlias, expected: (f) => `${f}:2:8 title: alias "*nowhere" has no anchor "&nowhere" before it` },
  { name: "nesting 10,000 levels deep", file: "deep.yaml", content: deep, expected: (f) => `${f}:2:${4 + MAX_YAML_DEPTH - 1} nested more than ${MAX_YAML_DEPTH} levels deep` },
  { name: "two YAML documents in one file", file: "two-docs.yaml", content: twoDocs, expected: (f) => `${f}:2:1 more than one YAML document ("---"): one per file` },
  { name: "an empty file", file: "empty.yaml", content: "", expected: (f) => `${f}:1:1 the file is empty` },
  { name: "a file of comments only", file: "comments.yaml", content: "# nothing here\n\n", expected: (f) => `${f}:1:1 the file is empty` },
  { name: "a binary file (NUL)", file: "binary.yaml", content: Buffer.from("id: binary\ntitle: x\x00\x01\x02\n", "latin1"), expected: (f) => `${f}:2:9 binary content (a NUL byte): expected UTF-8 text` },
  { name: "a non-UTF-8 file", file: "latin1.yaml", content: Buffer.from("id: latin1\ntitle: caff\xe8\n", "latin1"), expected: (f) => `${f}:2:12 not valid UTF-8 text` },
  { name: "a list where a map belongs", file: "list-for-map.yaml", content: listForMap, expected: (f) => `${f}:${at(listForMap, "  - private", 2)} channel: expected a map, got a list` },
  { name: "a list as the whole file", file: "list.yaml", content: "- id: x\n- id: y\n", expected: (f) => `${f}:1:1 expected a map, got a list` },
  { name: "an unknown key (did you mean)", file: "typo.yaml", content: typo, expected: (f) => `${f}:${at(typo, "titel:")} titel: unknown key "titel" (did you mean "title"?)` },
  { name: "a wrong type", file: "wrong-type.yaml", content: wrongType, expected: (f) => `${f}:${at(wrongType, "[6h]")} respond-within: expected a string, got a list` },
  { name: "a value outside a list of choices", file: "wrong-enum.yaml", content: wrongEnum, expected: (f) => `${f}:${at(wrongEnum, "yesno")} steps[1].type: expected one of: text, choice, yes-no, number, date (did you mean "yes-no"?)` },
  { name: "duplicate ids", file: "dup-ids.yaml", content: dupIds, expected: (f) => `${f}:${at(dupIds, "read-all", dupIds.indexOf("read-all", dupIds.indexOf("read-all") + 1) - dupIds.indexOf("read-all"))} checklist[1].id: duplicate id "read-all"` },
  { name: "duplicate YAML keys", file: "dup-keys.yaml", content: dupKeys, expected: (f) => `${f}:${at(dupKeys, "respond-within: 2h")} respond-within: duplicate key "respond-within" (map keys must be unique)` },
  { name: "a __proto__ key", file: "proto.yaml", content: proto, expected: (f) => `${f}:${at(proto, "__proto__")} channel.__proto__: key "__proto__" is not allowed` },
  { name: "a constructor key", file: "ctor.yaml", content: ctor, expected: (f) => `${f}:${at(ctor, "constructor")} example.constructor: key "constructor" is not allowed` },
  { name: "a malformed phrase pattern", file: "bad-pattern.yaml", content: badPattern, expected: (f) => `${f}:${at(badPattern, "(parcel|box")} triggers[0]: pattern "(parcel|box broken": "(" is not closed (column 1)` },
  { name: "a duration nobody can read", file: "bad-duration.yaml", content: badDuration, expected: (f) => `${f}:${at(badDuration, "soonish")} respond-within: "soonish" is not a duration: write it like 24h, 2d, 90m or 1 working day` },
  { name: "an offer sooner than the earliest allowed", file: "too-soon.yaml", content: tooSoon, expected: (f) => `${f}:${at(tooSoon, "24h, 3d]")} commitments[1].offer[0]: offers "24h", sooner than the earliest allowed (48h)` },
  { name: "a file over 1 MB", file: "big.yaml", content: playbook("big") + "# " + "x".repeat(MAX_YAML_BYTES) + "\n", expected: (f) => `${f} file is too large (${Buffer.byteLength(playbook("big")) + MAX_YAML_BYTES + 3} bytes; the limit is ${MAX_YAML_BYTES})` },
];

describe("playbook loader: bad input, one positioned line each", () => {
  const dir = fixture(Object.fromEntries(CASES.map((c) => [`en/${c.file}`, c.content])));

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const file = join(dir, "en", c.file);
    const result = await loadPlaybookFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toBeInstanceOf(InputError);
    expect(result.errors[0]!.format()).toBe(c.expected(file));
    expectPrototypeClean();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s: `playbooks validate` exits 2, one line, no stack", async (_name, c) => {
    const r = await replybook(["playbooks", "validate", `en/${c.file}`], { cwd: dir });
    expectCleanFailure(r);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe(c.expected(`en/${c.file}`));
    expect(lines[lines.length - 1]).toMatch(/checked: \d+ problems?$/);
  });

  it("an unreadable file: a folder, a dangling link, a missing file", async () => {
    const root = fixture({});
    mkdirSync(join(root, "folder.yaml"));
    symlinkSync(join(root, "nowhere.yaml"), join(root, "dangling.yaml"));
    const folder = await loadPlaybookFile(join(root, "folder.yaml"));
    expect(!folder.ok && folder.errors[0]!.format()).toBe(`${join(root, "folder.yaml")} is a folder, expected a file`);
    const dangling = await loadPlaybookFile(join(root, "dangling.yaml"));
    expect(!dangling.ok && dangling.errors[0]!.format()).toBe(`${join(root, "dangling.yaml")} no such file`);
    // Tests run as root here, so chmod 000 cannot make a file unreadable; when they do not, check that too.
    if (process.getuid?.() !== 0) {
      const locked = join(fixture({ "locked.yaml": "id: locked\n" }), "locked.yaml");
      chmodSync(locked, 0o000);
      const r = await loadPlaybookFile(locked);
      expect(!r.ok && r.errors[0]!.format()).toBe(`${locked} permission denied: cannot read this file`);
    }
    const r = await replybook(["playbooks", "validate", "dangling.yaml", "missing.yaml"], { cwd: root });
    expectCleanFailure(r);
    expect(r.stderr).toContain("dangling.yaml no such file or folder");
    expect(r.stderr).toContain("missing.yaml no such file or folder");
  });

  it("a missing template reference names the playbook file, line and key", async () => {
    const text = playbook("no-template", (t) => t.replace(/^  follow-up: .*$/m, "  follow-up: parcel-damaged.nope"));
    const root = fixture({ "en/no-template.yaml": text });
    const r = await replybook(["playbooks", "validate", "en/no-template.yaml"], { cwd: root });
    expectCleanFailure(r);
    // Spec (issue 2 §8): file:line:col and key path. The template check works on the loaded
    // playbook, which has no positions left; see the closing report.
    expect(r.stderr.split("\n")[0]).toBe(`en/no-template.yaml:${at(text, "parcel-damaged.nope")} templates.follow-up: template "parcel-damaged.nope" not found (expected templates/en/parcel-damaged.nope.hbs)`);
  });

  it("duplicate playbook ids across files are reported with the file", async () => {
    const text = playbook("twin");
    const root = fixture({ "team/en/twin.yaml": text, "team/it/twin.yaml": text, ".replybookrc.yaml": "playbooks: [./team]\n" });
    const r = await replybook(["playbooks", "validate"], { cwd: root });
    expectCleanFailure(r);
    expect(r.stderr).toMatch(/team\/(en|it)\/twin\.yaml id: duplicate playbook id "twin" for locale en \(also in .*twin\.yaml\)/);
  });
});

describe("phrase-list loader: bad input", () => {
  const good = "locale: en\nbanned:\n  - id: asap\n    phrase: as soon as possible\n    why: says nothing\n    principle: P3\n    category: no-canned-phrase\n";
  it.each([
    ["a duplicate id", good + good.split("\n").slice(2).join("\n"), (f: string) => `${f}:8:9 banned[1].id: duplicate id "asap"`],
    ["an unknown key (did you mean)", good.replace("    category:", "    categroy: calm-tone\n    category:"), (f: string) => `${f}:7:5 banned[0].categroy: unknown key "categroy" (did you mean "category"?)`],
    ["a pattern that expands too far", good.replace("as soon as possible", Array(8).fill("(a|b|c|d)").join(" ")), (f: string) => `${f}:4:13 banned[0].phrase: pattern "${Array(8).fill("(a|b|c|d)").join(" ")}": pattern expands to more than 2048 variants (column 1)`],
    ["a principle that does not exist", good.replace("P3", "P99"), (f: string) => `${f}:6:16 banned[0].principle: "P99" is not a principle: expected P1 to P17 (see docs/principles.md)`],
    ["a map where a list belongs", "locale: en\nbanned:\n  asap: as soon as possible\n", (f: string) => `${f}:3:3 banned: expected a list, got a map`],
  ])("%s", async (_name, text, expected) => {
    const dir = fixture({ "phrases.yaml": text });
    const file = join(dir, "phrases.yaml");
    const result = await loadPhraseListFile(file);
    expect(!result.ok && result.errors[0]!.format()).toBe(expected(file));
    const r = await replybook(["playbooks", "validate", "phrases.yaml"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr.split("\n")[0]).toBe(expected("phrases.yaml"));
  });
});

describe("config loader: bad input, through `--config <file> config`", () => {
  const CONFIG_CASES: Array<[string, Record<string, string | Uint8Array>, string, (dir: string) => string]> = [
    ["a circular extends", { "a.yaml": "extends: ./b.yaml\nbrand: A\n", "b.yaml": "brand: B\nextends: ./a.yaml\n" }, "a.yaml", (d) => `${d}/b.yaml:2:10 extends: circular extends: ${d}/a.yaml -> ${d}/b.yaml -> ${d}/a.yaml`],
    ["a config extending itself", { "self.yaml": "extends: [./self.yaml]\n" }, "self.yaml", (d) => `${d}/self.yaml:1:11 extends[0]: circular extends: ${d}/self.yaml -> ${d}/self.yaml`],
    ["an extends that names no file", { "a.yaml": "extends: ./missing.yaml\n" }, "a.yaml", (d) => `${d}/a.yaml:1:10 extends: "./missing.yaml": no such config file`],
    ["an extends that names no package", { "a.yaml": "brand: x\nextends: no-such-replybook-config\n" }, "a.yaml", (d) => `${d}/a.yaml:2:10 extends: cannot find the shareable config "no-such-replybook-config" (not a path, and no such npm package is installed)`],
    ["an unknown key (did you mean)", { "c.yaml": "brnad: Acme\n" }, "c.yaml", (d) => `${d}/c.yaml:1:1 brnad: unknown key "brnad" (did you mean "brand"?)`],
    ["a wrong type", { "c.yaml": "agent:\n  name: [Dario]\n" }, "c.yaml", (d) => `${d}/c.yaml:2:9 agent.name: expected a string, got a list`],
    ["a misspelt rule severity", { "c.yaml": "rules:\n  no-over-promise: eror\n" }, "c.yaml", (d) => `${d}/c.yaml:2:20 rules.no-over-promise: expected one of: error, warn, off, 0, 1, 2 (did you mean "error"?)`],
    ["a list where a map belongs", { "c.yaml": "- brand: x\n" }, "c.yaml", (d) => `${d}/c.yaml:1:1 expected a map, got a list`],
    ["broken YAML", { "c.yaml": "agent: [\n" }, "c.yaml", (d) => `${d}/c.yaml:2:1 Flow sequence in block collection must be sufficiently indented and end with a ]`],
    ["broken JSON", { "c.json": '{ "brand": "x"\n' }, "c.json", (d) => `${d}/c.json:2:1 Flow map must end with a }`],
    ["duplicate keys", { "c.yaml": "brand: a\nbrand: b\n" }, "c.yaml", (d) => `${d}/c.yaml:2:1 brand: duplicate key "brand" (map keys must be unique)`],
    ["a __proto__ key in JSON", { "c.json": '{ "rules": { "__proto__": { "polluted": true } } }' }, "c.json", (d) => `${d}/c.json:1:14 rules.__proto__: key "__proto__" is not allowed`],
    ["a binary config (NUL)", { "c.yaml": Buffer.from("brand: x\n\x00", "latin1") }, "c.yaml", (d) => `${d}/c.yaml:2:1 binary content (a NUL byte): expected UTF-8 text`],
    ["a non-UTF-8 config", { "c.yaml": Buffer.from("brand: caff\xe8\n", "latin1") }, "c.yaml", (d) => `${d}/c.yaml:1:12 not valid UTF-8 text`],
    ["an empty config", { "c.yaml": "" }, "c.yaml", () => `c.yaml:1:1 the config file is empty`],
    ["an alias bomb", { "c.yaml": aliasBomb() }, "c.yaml", (d) => `${d}/c.yaml:1:1 too many aliases (a YAML alias bomb?)`],
    ["a config that is a folder", {}, ".", (d) => `${d} is a folder, expected a file`],
    ["a config that does not exist", {}, "nope.yaml", (d) => `${d}/nope.yaml no such config file`],
    ["a JS config with a syntax error", { "c.mjs": "export default {\n  brand: 'x'\n  oops\n};\n" }, "c.mjs", (d) => `${d}/c.mjs cannot load config: SyntaxError: Unexpected identifier 'oops'`],
    ["a JS config that throws", { "c.mjs": "throw new Error('boom');\n" }, "c.mjs", (d) => `${d}/c.mjs cannot load config: Error: boom`],
  ];

  it.each(CONFIG_CASES)("%s", async (_name, files, configFile, expected) => {
    const dir = fixture(files, "replybook-config-");
    const inProcess = await loadConfig({ cwd: dir, configFile, stopDir: dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(inProcess).toBeInstanceOf(InputError);
    // Under vitest, import() goes through vite's module runner, which words syntax errors its own way.
    if (configFile.endsWith(".mjs")) expect((inProcess as InputError).format()).toMatch(/ cannot load config: /);
    else expect((inProcess as InputError).format()).toBe(expected(dir));
    const r = await replybook(["--config", configFile, "config"], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toBe(`replybook: ${expected(dir)}`);
    expectPrototypeClean();
  });
});
