// src/build/ascii.ts: the bundle written in ASCII, meaning the same.
import { describe, expect, it } from "vitest";
import { asAscii } from "../../src/build/ascii.js";

describe("asAscii", () => {
  it("escapes every non-ASCII character, and the escapes mean the same in a regular expression", () => {
    const cases: Array<[string, string, string]> = [
      ["[’ʼ]", "g", "I’m"],
      ["^[.!?…]\\s+", "", "… then"],
      ["δεν μπορ\\S* να (υποσχεθ|εγγυηθ)", "iu", "Δεν μπορώ να υποσχεθώ"],
      ["\\b(?:[Ss]ono|[Qq]ui è)\\s+(\\p{Lu}\\p{L}+)", "u", "Qui è Dario"],
      ["[😀-😂]", "u", "ok 😁"],
    ];
    for (const [source, flags, text] of cases) {
      const ascii = asAscii(source);
      expect(ascii).toMatch(/^[\x00-\x7f]*$/);
      expect(new RegExp(ascii, flags).exec(text)?.[0]).toBe(new RegExp(source, flags).exec(text)?.[0]);
      expect(new RegExp(ascii, flags).exec(text)).not.toBeNull();
    }
    expect(asAscii("/* sì */ const a = /é/;")).toBe("/* s\\u00ec */ const a = /\\u00e9/;");
    expect(asAscii("plain ascii")).toBe("plain ascii");
  });

  it("keeps escaped backslashes, and refuses a backslash that escapes the character itself", () => {
    expect(asAscii("\\\\é")).toBe("\\\\\\u00e9");
    expect(() => asAscii("\\é")).toThrow(/backslash before "é"/);
  });
});
