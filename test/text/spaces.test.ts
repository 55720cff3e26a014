import { describe, expect, it } from "vitest";
import { isSpaceCode, trimmedEnd } from "../../src/text/spaces.js";

describe("isSpaceCode", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect([c, isSpaceCode(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
  });
});

describe("trimmedEnd", () => {
  it.each(["", "   ", "Dario", "Dario \n\t ", "a\u00a0\u3000\ufeff", "x\u2028", " y "])("%j is replace(/\\s+$/) long", (text) => {
    expect(trimmedEnd(text)).toBe(text.replace(/\s+$/, "").length);
  });
  it("trims from a given end", () => {
    expect(trimmedEnd("ab  cd", 4)).toBe(2);
  });
});
