// Telling Greeklish (Greek in Latin letters) from English and Italian (src/lint/locale.ts, with
// the Greeklish words of src/text/greeklish.ts), table-driven: lint's messages then come in Greek.
import { describe, expect, it } from "vitest";
import { detectLocale } from "../../src/lint/locale.js";
import { tokenize } from "../../src/text/tokens.js";

describe("detectLocale and Greeklish", () => {
  it.each([
    ["to paketo irthe spasmeno", "el"],
    ["kaneis den sikwnei to tilefwno", "el"],
    ["me xrewsate dyo fores", "el"],
    ["den exw lavei akoma tin paraggelia mou", "el"],
    ["my parcel arrived smashed, please help", "en"],
    ["you charged me twice for the same order", "en"],
    ["il pacco è arrivato rotto, non ci posso credere", "it"],
    ["Το δέμα έφτασε σπασμένο", "el"],
  ])("%s -> %s", (text, locale) => {
    expect(detectLocale(tokenize(text))).toBe(locale);
  });
});
