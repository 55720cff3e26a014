// Greek words fold like Latin ones: no τόνος, no διαλυτικά, lower case, and the final sigma is
// the ordinary one, so a phrase list written with accents matches replies typed without them,
// in capitals, or with "σ" at the end of a word.
import { describe, expect, it } from "vitest";
import { foldText, foldWord, tokenize } from "../../src/text/tokens.js";
import { formatDuration, parseDuration } from "../../src/text/duration.js";
import { numberValue } from "../../src/text/numbers.js";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { detectLocale } from "../../src/lint/locale.js";

describe("Greek folding", () => {
  it.each([
    ["Σάς", "σασ"],
    ["ΣΑΣ", "σασ"],
    ["σας", "σασ"],
    ["σασ", "σασ"],
    ["Παπαδοπούλου", "παπαδοπουλου"],
    ["ΠΡΩΤΕΪΝΗ", "πρωτεινη"],
    ["πρωτεΐνη", "πρωτεινη"],
    ["ρολόι", "ρολοι"],
    ["ΐ", "ι"],
  ])("%s -> %s", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it("matches a phrase whatever its accents, case and final sigma", () => {
    const m = new PhraseMatcher<string>();
    m.add("λυπούμαστε για την ταλαιπωρία", "canned");
    for (const text of ["Λυπούμαστε για την ταλαιπωρία.", "ΛΥΠΟΥΜΑΣΤΕ ΓΙΑ ΤΗΝ ΤΑΛΑΙΠΩΡΙΑ", "λυπουμαστε για την ταλαιπωρια"]) {
      expect(m.match(text).map((x) => x.key), text).toEqual(["canned"]);
    }
    const s = new PhraseMatcher<string>();
    s.add("όπως σας είπαμε", "blame");
    for (const text of ["Όπως σασ είπαμε", "ΟΠΩΣ ΣΑΣ ΕΙΠΑΜΕ", "όπωσ σας ειπαμε"]) expect(s.match(text), text).toHaveLength(1);
  });

  it("folds names word by word", () => {
    expect(foldText("Μαρία Παπαδοπούλου")).toBe("μαρια παπαδοπουλου");
  });
});

describe("Greek durations", () => {
  it.each([
    ["24 ώρες", 1440, false],
    ["24 ΩΡΕΣ", 1440, false],
    ["2 μέρες", 2880, false],
    ["2 εργάσιμες μέρες", 2880, true],
    ["3 ημέρες", 4320, false],
    ["μία ώρα", 60, false],
    ["δύο εβδομάδες", 20160, false],
  ])("%s", (text, minutes, working) => {
    const d = parseDuration(text);
    expect(d?.minutes).toBe(minutes);
    expect(Boolean(d?.working)).toBe(working);
  });

  it("writes durations in Greek, and reads them back", () => {
    expect(formatDuration(1440, "el")).toBe("24 ώρες");
    expect(formatDuration(2880, "el")).toBe("2 μέρες");
    expect(formatDuration({ minutes: 2880, working: true, text: "2d" }, "el")).toBe("2 εργάσιμες μέρες");
    for (const d of ["24 ώρες", "2 μέρες", "2 εργάσιμες μέρες", "1 εβδομάδα", "30 λεπτά"]) expect(formatDuration(parseDuration(d)!, "el")).toBe(d);
  });

  it("reads Greek number words, in the genitive too", () => {
    expect(numberValue(foldWord("τρεις"))).toBe(3);
    expect(numberValue(foldWord("τριών"))).toBe(3);
    expect(numberValue(foldWord("μίας"))).toBe(1);
    expect(numberValue(foldWord("εικοσιτέσσερις"))).toBe(24);
  });
});

describe("telling Greek from English and Italian", () => {
  it.each([
    ["Το δέμα μου έφτασε σπασμένο και κανείς δεν απαντά.", "el"],
    ["ΤΟ ΔΕΜΑ ΜΟΥ ΕΦΤΑΣΕ ΣΠΑΣΜΕΝΟ", "el"],
    ["Kalispera, to paketo mou irthe spasmeno kai kaneis den apantaei", "el"],
    ["Geia sas, den exw parei akoma tin paraggelia mou", "el"],
    ["My parcel arrived smashed and nobody answers the phone.", "en"],
    ["Il pacco è arrivato rotto e nessuno risponde.", "it"],
    ["Hi Maria, I'm sorry: the courier (ΑΧΙΛΛΕΥΣ) will call you within 24 hours.", "en"],
  ])("%s -> %s", (text, locale) => {
    expect(detectLocale(tokenize(text))).toBe(locale);
  });
});

describe("Greek vocative for greetings", async () => {
  const { greekVocative, greetingNameFor } = await import("../../src/reply/context.js");
  it.each([
    ["Νίκος", "Νίκο"],
    ["Γιώργος", "Γιώργο"],
    ["Στέλιος", "Στέλιο"],
    ["Αλέξανδρος", "Αλέξανδρε"],
    ["Κωνσταντίνος", "Κωνσταντίνε"],
    ["Παπαδόπουλος", "Παπαδόπουλε"],
    ["Δημήτρης", "Δημήτρη"],
    ["Κώστας", "Κώστα"],
    ["Μαρία", "Μαρία"],
    ["Παπαδοπούλου", "Παπαδοπούλου"],
    ["Marcos", "Marcos"],
  ])("%s -> %s", (name, vocative) => {
    expect(greekVocative(name)).toBe(vocative);
  });

  it("greets in the vocative only in Greek", () => {
    expect(greetingNameFor({ name: "Γιώργος Παπαδόπουλος" }, "el")).toBe("Γιώργο");
    expect(greetingNameFor({ name: "Γιώργος Παπαδόπουλος", title: "κύριος" }, "el")).toBe("κύριε Παπαδόπουλε");
    expect(greetingNameFor({ name: "Γιώργος Παπαδόπουλος" }, "en")).toBe("Γιώργος");
  });
});
