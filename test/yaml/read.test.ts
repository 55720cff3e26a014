import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml, readYamlFile, formatKeyPath } from "../../src/yaml/read.js";
import { tempDir } from "../helpers/cli.js";

describe("parseYaml", () => {
  it("returns the value and positions of keys", () => {
    const r = parseYaml("id: x\nsteps:\n  - id: a\n    ask: hi\n", "f.yaml");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.positionOf(["steps", 0, "ask"])).toEqual({ line: 4, column: 10 });
    expect(r.value.positionOf(["steps", 0, "ask"], { key: true })).toEqual({ line: 4, column: 5 });
  });
  it.each([
    ["broken YAML", "id: [unclosed\n", /f\.yaml:\d+:\d+ /],
    ["an empty file", "", /f\.yaml:1:1 the file is empty/],
    ["a file of comments only", "# nothing\n", /f\.yaml:1:1 the file is empty/],
    ["duplicate keys", "id: a\nid: b\n", /f\.yaml:2:1 .*[Mm]ap keys must be unique/],
    ["a __proto__ key", "steps:\n  - __proto__: { polluted: 1 }\n", /f\.yaml:2:5 steps\[0\]\.__proto__: key "__proto__" is not allowed/],
    ["a constructor key", "constructor: 1\n", /f\.yaml:1:1 constructor: key "constructor" is not allowed/],
  ])("reports %s with a position", (_name, text, message) => {
    const r = parseYaml(text, "f.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.format()).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("stops an alias bomb", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const r = parseYaml(lines.join("\n"), "bomb.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.format()).toMatch(/bomb\.yaml:1:1 too many aliases/);
  });
  it("formats key paths", () => expect(formatKeyPath(["steps", 2, "ask"])).toBe("steps[2].ask"));
});

describe("readYamlFile", () => {
  const dir = tempDir();
  it.each([
    ["a binary file", Buffer.from([0x69, 0x64, 0x3a, 0x0a, 0x00, 0x01]), /bin\.yaml:2:1 binary content/],
    ["non-UTF-8 text", Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe8, 0x0a]), /bin\.yaml:1:5 not valid UTF-8/],
    ["a file over 1 MB", Buffer.alloc(1024 * 1024 + 10, 0x61), /bin\.yaml too large|file is too large/],
  ])("refuses %s", async (_name, bytes, message) => {
    const file = join(dir, "bin.yaml");
    writeFileSync(file, bytes);
    const r = await readYamlFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.format()).toMatch(message);
  });
  it("refuses a missing file and a folder", async () => {
    const missing = await readYamlFile(join(dir, "nope.yaml"));
    expect(!missing.ok && missing.errors[0]!.format()).toMatch(/nope\.yaml no such file/);
    mkdirSync(join(dir, "folder.yaml"), { recursive: true });
    const folder = await readYamlFile(join(dir, "folder.yaml"));
    expect(!folder.ok && folder.errors[0]!.format()).toMatch(/folder\.yaml is a folder/);
  });
  it("accepts a BOM and CRLF line ends", async () => {
    const file = join(dir, "crlf.yaml");
    writeFileSync(file, "\uFEFFid: x\r\ntitle: y\r\n");
    const r = await readYamlFile(file);
    expect(r.ok && r.value.value).toEqual({ id: "x", title: "y" });
  });
});
