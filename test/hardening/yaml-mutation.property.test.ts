// The shipped playbook and phrase list, mutated the way hand edits and hostile files break them:
// the loaders return a valid result or positioned errors, never throw, and no key ever reaches
// Object.prototype.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { playbookFromSource } from "../../src/playbook/load.js";
import { phraseListFromSource } from "../../src/phrases/load.js";
import { parseYaml } from "../../src/yaml/read.js";
import { expectPositioned, expectPrototypeClean, ROOT } from "./helpers.js";

const PLAYBOOK = readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8");
const PHRASES = readFileSync(join(ROOT, "playbooks/en/phrases.yaml"), "utf8");

type Mutation =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "indent"; at: number; by: number }
  | { op: "swap-type"; at: number; value: string }
  | { op: "insert"; at: number; line: string }
  | { op: "alias"; from: number; to: number }
  | { op: "chars"; at: number; col: number; text: string };

const HOSTILE_VALUES = ["[]", "{}", "[a, b]", "{ a: 1 }", "1", "-1", "0.5", "true", "null", "~", '""', "''", "2026-11-22", "!!binary aGVsbG8=", "!!str 1", "|\n  block", ">-", "*nope", "&a x", "{{customer.name}}", "\u001b[31mred", "🔥", "0x1F", ".inf", "1e400"];
const HOSTILE_LINES = [
  "__proto__: { polluted: 1 }",
  "  __proto__: { polluted: 1 }",
  "    __proto__:\n      polluted: 1",
  "constructor: { prototype: { polluted: 1 } }",
  "  - constructor: x",
  "prototype: 1",
  '"__proto__": { polluted: 1 }',
  "? [a, b]\n: 1",
  "? { __proto__: 1 }\n: 1",
  "<<: { polluted: 1 }",
  "%YAML 1.1",
  "---",
  "...",
  "\t- tab",
  "titel: x",
  "steps: { id: x }",
  "x: &a [1, 2]\ny: *a",
  "z: *undefined_anchor",
  "- - - - - - - deep",
  "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]",
  "@at: x",
  "`tick: x",
  "key: 'unterminated",
  'key: "bad \\q escape"',
  "\u0000",
  "\ufeffid: bom",
];

function mutationArb(lines: number): fc.Arbitrary<Mutation> {
  const at = fc.nat({ max: lines - 1 });
  return fc.oneof(
    fc.record({ op: fc.constant("delete" as const), at }),
    fc.record({ op: fc.constant("duplicate" as const), at }),
    fc.record({ op: fc.constant("indent" as const), at, by: fc.integer({ min: -4, max: 6 }) }),
    fc.record({ op: fc.constant("swap-type" as const), at, value: fc.constantFrom(...HOSTILE_VALUES) }),
    fc.record({ op: fc.constant("insert" as const), at, line: fc.constantFrom(...HOSTILE_LINES) }),
    fc.record({ op: fc.constant("alias" as const), from: at, to: at }),
    fc.record({ op: fc.constant("chars" as const), at, col: fc.nat({ max: 80 }), text: fc.string({ unit: "binary", maxLength: 4 }) }),
  );
}

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split("\n");
  for (const m of mutations) {
    const i = Math.min("at" in m ? m.at : m.from, lines.length - 1);
    if (i < 0) break;
    const line = lines[i]!;
    switch (m.op) {
      case "delete":
        lines.splice(i, 1);
        break;
      case "duplicate":
        lines.splice(i, 0, line);
        break;
      case "indent":
        lines[i] = m.by >= 0 ? " ".repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), "");
        break;
      case "swap-type":
        lines[i] = line.includes(": ") ? line.replace(/: .*$/, `: ${m.value}`) : line.replace(/- .*$/, `- ${m.value}`);
        break;
      case "insert":
        lines.splice(i, 0, ...m.line.split("\n").map((l) => (l.startsWith(" ") ? l : (/^\s*/.exec(line)?.[0] ?? "") + l)));
        break;
      case "alias": {
        // Anchor one value and refer to it from another line.
        const target = Math.min(m.to, lines.length - 1);
        lines[i] = line.replace(/: (.+)$/, ": &anchor$1 $1");
        lines[target] = lines[target]!.replace(/: .+$/, ": *anchor" + i);
        break;
      }
      case "chars":
        lines[i] = line.slice(0, m.col) + m.text + line.slice(m.col);
        break;
    }
  }
  return lines.join("\n");
}

function checkLoaders(text: string, file: string): void {
  const source = parseYaml(text, file);
  if (!source.ok) {
    expectPositioned(source.errors);
    return;
  }
  for (const load of [playbookFromSource, phraseListFromSource]) {
    const result = load(source.value);
    if (!result.ok) expectPositioned(result.errors);
  }
}

describe("loaders on mutated YAML", () => {
  it("the unmutated files load", () => {
    const pb = parseYaml(PLAYBOOK, "playbooks/en/parcel-damaged.yaml");
    expect(pb.ok && playbookFromSource(pb.value).ok).toBe(true);
    const list = parseYaml(PHRASES, "playbooks/en/phrases.yaml");
    expect(list.ok && phraseListFromSource(list.value).ok).toBe(true);
  });

  it("a mutated playbook gives a playbook or positioned errors, never a throw", () => {
    const lines = PLAYBOOK.split("\n").length;
    fc.assert(
      fc.property(fc.array(mutationArb(lines), { minLength: 1, maxLength: 6 }), (mutations) => {
        checkLoaders(mutate(PLAYBOOK, mutations), "parcel-damaged.yaml");
        expectPrototypeClean();
      }),
      { numRuns: 700 },
    );
  });

  it("a mutated phrase list gives a list or positioned errors, never a throw", () => {
    const lines = PHRASES.split("\n").length;
    fc.assert(
      fc.property(fc.array(mutationArb(lines), { minLength: 1, maxLength: 6 }), (mutations) => {
        checkLoaders(mutate(PHRASES, mutations), "phrases.yaml");
        expectPrototypeClean();
      }),
      { numRuns: 150 },
    );
  });

  it("any text at all gives a value or positioned errors", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.array(fc.constantFrom(...HOSTILE_LINES, ...HOSTILE_VALUES), { maxLength: 20 }).map((l) => l.join("\n"))), (text) => {
        checkLoaders(text, "any.yaml");
        expectPrototypeClean();
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["__proto__ at the top", "__proto__: { polluted: 1 }\n"],
    ["__proto__ in a list item", "steps:\n  - __proto__: { polluted: 1 }\n"],
    ["quoted __proto__", '"__proto__": { polluted: 1 }\n'],
    ["constructor.prototype", "constructor: { prototype: { polluted: 1 } }\n"],
    ["__proto__ through a merge key", "%YAML 1.1\n---\nbase: &b { polluted: 1 }\n__proto__:\n  <<: *b\n"],
    ["__proto__ inside an anchored map", "a: &a { __proto__: { polluted: 1 } }\nb: *a\n"],
    ["__proto__ as a JSON key", '{ "id": "x", "__proto__": { "polluted": 1 } }'],
    ["__proto__ as a flow-map key inside a key", "? { __proto__: { polluted: 1 } }\n: 1\n"],
  ])("%s never reaches Object.prototype", (_name, text) => {
    const source = parseYaml(text, "proto.yaml");
    expect(source.ok).toBe(false);
    if (!source.ok) expectPositioned(source.errors);
    expectPrototypeClean();
  });
});
