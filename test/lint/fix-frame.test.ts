// --fix applies a replacement only where it leaves a grammatical sentence; elsewhere the
// finding keeps its suggestion and the reply is left as written. Table-driven, English and
// Italian, through the shipped phrase lists and the fixer (lintAndFix) and on the frame check.
import { describe, expect, it } from "vitest";
import { lintAndFix } from "../../src/lint/fix.js";
import { fitsFrame, frameOf } from "../../src/lint/fix-frame.js";
import { shippedLinter } from "./helpers.js";

describe("lint --fix on the shipped phrase lists", () => {
  it.each([
    // [locale, reply, what --fix writes]
    // A replacement that is a clause of its own, where the phrase ended its clause.
    ["en", "Hi George, we apologise for the inconvenience. — Dario", "Hi George, I'm sorry. — Dario"],
    ["en", "Again, we apologise for any inconvenience caused! — Dario", "Again, I'm sorry! — Dario"],
    ["en", "We apologise for any inconvenience this may have caused.\n— Dario", "I'm sorry.\n— Dario"],
    ["en", "Hi George, and we apologise for the trouble — Dario", "Hi George, and I'm sorry — Dario"],
    // An adverb for an adverbial phrase; a preposition that keeps its object.
    ["en", "I'll call you back at this point in time. — Dario", "I'll call you back now. — Dario"],
    ["en", "With regards to your order, I'll call you within 24 hours. — Dario", "About your order, I'll call you within 24 hours. — Dario"],
    ["it", "Siamo spiacenti per il ritardo. — Dario", "Mi dispiace per il ritardo. — Dario"],
    ["it", "Ciao Laura, siamo spiacenti. — Dario", "Ciao Laura, mi dispiace. — Dario"],
    ["it", "Ciao Laura, purtroppo siamo spiacenti di non poterla aiutare oggi. — Dario", "Ciao Laura, purtroppo mi dispiace di non poterla aiutare oggi. — Dario"],
    ["it", "Siamo dispiaciuti che il pacco sia arrivato rotto. — Dario", "Mi dispiace che il pacco sia arrivato rotto. — Dario"],
  ] as const)("fixes in place (%s): %j", async (locale, reply, fixed) => {
    const { output } = lintAndFix(await shippedLinter(), reply, { locale });
    expect(output).toBe(fixed);
  });

  it.each([
    // [locale, reply, the rule that still reports it] — each would have become ungrammatical:
    ["en", "We apologise for the trouble this caused.", "no-canned-phrase"], // "I'm sorry this caused."
    ["en", "We apologise for the trouble with the bassinet.", "no-canned-phrase"], // "I'm sorry with the bassinet."
    ["en", "We apologise for the inconvenience today, George.", "no-canned-phrase"], // "I'm sorry today, George."
    ["en", "Laura we apologise for the inconvenience and delay.", "no-canned-phrase"], // "Laura I'm sorry and delay."
    ["en", "Thanks for your message with regard to.", "no-canned-phrase"], // "about." with no object
    ["it", "Ne siamo spiacenti.", "no-canned-phrase"], // "Ne mi dispiace."
    ["it", "Siamo spiacenti oggi, Laura.", "no-canned-phrase"], // "Mi dispiace oggi, Laura."
    ["it", "Per questo siamo spiacenti e amareggiati.", "no-canned-phrase"], // "Per questo mi dispiace e amareggiati."
  ] as const)("leaves it as written, with a suggestion (%s): %j", async (locale, reply, ruleId) => {
    const linter = await shippedLinter();
    const { output, result } = lintAndFix(linter, reply, { locale });
    expect(output).toBe(reply);
    const finding = result.findings.find((f) => f.ruleId === ruleId);
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
    expect(finding!.suggestion).toEqual(expect.any(String));
  });
});

describe("fitsFrame", () => {
  it.each([
    ["en", "I'm sorry", "clause"],
    ["en", "now", "any"],
    ["en", "about", "object"],
    ["it", "mi dispiace", "clause"],
    ["it", "riguardo a", "object"],
    ["it", "adesso", "any"],
    ["el", "λυπάμαι", "any"],
  ] as const)("reads the kind of a replacement (%s %j: %s)", (locale, replacement, frame) => {
    expect(frameOf(replacement, locale)).toBe(frame);
  });

  /** The text with the phrase marked [like this]: the part the replacement takes the place of. */
  const fits = (marked: string, replacement: string, locale: string) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    return fitsFrame(marked.replace("[", "").replace("]", ""), start, end, replacement, locale);
  };

  it.each([
    ["en", "[we regret] that it broke.", "I'm sorry", true],
    ["en", "Hi Sam, [we regret]; I'll call.", "I'm sorry", true],
    ["en", "[we regret]", "I'm sorry", true],
    ["en", "So [we regret] the mix-up.", "I'm sorry", false],
    ["en", "Sam [we regret].", "I'm sorry", false],
    ["en", "[regarding] the refund", "about", true],
    ["en", "what it is [regarding].", "about", false],
    ["en", "just [at this moment].", "now", true],
    ["it", "[siamo spiacenti] per il ritardo", "mi dispiace", true],
    ["it", "e [siamo spiacenti].", "mi dispiace", true],
    ["it", "[siamo spiacenti] oggi", "mi dispiace", false],
    ["it", "ne [siamo spiacenti].", "mi dispiace", false],
    ["it", "[in merito al] suo ordine", "riguardo al", true],
    ["it", "[in merito al].", "riguardo al", false],
  ] as const)("%s %j <- %j: %s", (locale, marked, replacement, expected) => {
    expect(fits(marked, replacement, locale)).toBe(expected);
  });
});
