// Customer text is data: "{{...}}", HTML and terminal escapes inside a complaint, a name or an
// answer come out of a reply template as the same characters, never evaluated or escaped; and
// printed through safeForTerminal they cannot move the cursor or recolour the terminal.
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Playbook } from "../../src/playbook/types.js";
import { loadPlaybookFile } from "../../src/playbook/load.js";
import { buildReplyContext } from "../../src/reply/context.js";
import { renderTemplateFile, renderTemplateSource } from "../../src/reply/render.js";
import { parseDuration } from "../../src/text/duration.js";
import { hasTerminalControls, safeForTerminal } from "../../src/text/terminal.js";
import { expectPrototypeClean, ROOT } from "./helpers.js";

const HOSTILE = [
  "{{agent.name}}",
  "{{{brand}}}",
  "{{#each this}}x{{/each}}",
  "{{constructor.constructor 'return process'}}",
  "{{lookup this 'constructor'}}",
  "{{> partial}}",
  "<script>alert(1)</script>",
  "<b>bold</b> &amp; &lt;",
  "\u001b[2J\u001b[H",
  "\u001b[31mred\u001b[0m",
  "\u001b]0;pwned\u0007",
  "\u009b31m",
  "\u202eevil\u202c",
  "line1\rOVERWRITE",
];

let playbook: Playbook;
beforeAll(async () => {
  const result = await loadPlaybookFile(join(ROOT, "playbooks/en/parcel-damaged.yaml"));
  if (!result.ok) throw new Error(result.errors.map((e) => e.format()).join("\n"));
  playbook = result.value;
});

function contextWith(text: string) {
  return buildReplyContext({
    playbook,
    customer: { name: `${text} Bianchi`, handle: text },
    agent: { name: "Dario Rossi" },
    brand: "Acme",
    platform: "facebook",
    answers: { "order-number": text, "photo-received": false, damage: "contents", "contact-email": text },
    commitments: { callback: parseDuration("24h")! },
    now: new Date("2026-11-22T10:00:00Z"),
  });
}

describe("customer text through reply templates", () => {
  it.each(HOSTILE)("%j stays literal in a template that prints it", (text) => {
    const out = renderTemplateSource("Name: {{customer.name}} | Order: {{answers.order-number}} | Raw: {{{customer.handle}}}", contextWith(text));
    // tidy() folds runs of spaces and trims; the hostile text has no double spaces.
    expect(out).toBe(`Name: ${text} Bianchi | Order: ${text} | Raw: ${text}`.trim());
    expectPrototypeClean();
  });

  it.each(HOSTILE)("%j stays literal in the shipped public reply", async (text) => {
    const out = await renderTemplateFile(join(ROOT, "templates/en/parcel-damaged.public.hbs"), contextWith(text));
    expect(out).toContain(text.startsWith("{{") || text.startsWith("<") ? text : text.trim());
    expect(out).not.toContain("Dario Rossi Bianchi");
    expect(out).not.toContain("&lt;script");
  });

  it("any customer text comes out exactly as it went in", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }).filter((s) => !/\s/.test(s)), (text) => {
        const out = renderTemplateSource("[{{answers.order-number}}]", contextWith(text));
        expect(out).toBe(`[${text}]`);
      }),
      { numRuns: 500 },
    );
  });

  it("a template cannot reach prototype properties of the data", () => {
    const out = renderTemplateSource("[{{customer.constructor}}][{{customer.__proto__}}][{{lookup customer 'constructor'}}]", contextWith("x"));
    expect(out).toBe("[][][]");
    expectPrototypeClean();
  });
});

describe("safeForTerminal", () => {
  it.each([
    ["ESC sequences", "a\u001b[2Jb", "a␛[2Jb"],
    ["an OSC title with BEL", "\u001b]0;pwned\u0007", "␛]0;pwned␇"],
    ["C1 CSI", "\u009b31m", "\\x9b31m"],
    ["NUL and DEL", "\u0000\u007f", "␀␡"],
    ["a lone carriage return", "line1\rOVER", "line1␍OVER"],
    ["CRLF line ends", "a\r\nb\r\n", "a\nb\n"],
    ["bidi overrides", "\u202eevil\u202c \u2066x\u2069", "\\u202eevil\\u202c \\u2066x\\u2069"],
    ["tabs and newlines", "a\tb\nc", "a\tb\nc"],
    ["emoji, accents, RTL text", "perché 😀 مرحبا שלום", "perché 😀 مرحبا שלום"],
  ])("%s", (_name, input, expected) => {
    expect(safeForTerminal(input)).toBe(expected);
  });

  it("leaves nothing a terminal would obey, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const safe = safeForTerminal(text);
        expect(hasTerminalControls(safe)).toBe(false);
        expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        // Printable text passes through unchanged.
        if (!hasTerminalControls(text)) expect(safe).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
