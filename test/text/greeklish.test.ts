// Greeklish read back into Greek letters and Greek compared by sound (src/text/greeklish.ts),
// table-driven: the spellings people use for one Greek word come out the same.
import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/text/tokens.js";
import { greeklishToGreek, isLatinWord, phoneticGreek } from "../../src/text/greeklish.js";

describe("greeklishToGreek", () => {
  it.each([
    ["paketo", "πακετο"],
    ["irthe", "ιρθε"],
    ["spasmeno", "σπασμενο"],
    ["sikwnei", "σικωνει"],
    ["tilefwno", "τιλεφωνο"],
    ["xrewsate", "χρεωσατε"],
    ["dyo", "δυο"],
    ["fores", "φορεσ"],
    // Digraphs: th θ, ps ψ, ks ξ, ch/kh χ, ou ου.
    ["thelw", "θελω"],
    ["psygeio", "ψυγειο"],
    ["taksidi", "ταξιδι"],
    ["mou", "μου"],
    // u after a or e is υ; elsewhere ου.
    ["aurio", "αυριο"],
    ["kurie", "κουριε"],
    // Digits that stand for letters, inside a word only; numbers stay numbers.
    ["8a", "θα"],
    ["3ero", "ξερο"],
    ["24", "24"],
    // Greek words and words with other letters are left alone.
    ["δεμα", "δεμα"],
    ["perché", "perché"],
  ])("%s -> %s", (latin, greek) => {
    expect(greeklishToGreek(latin)).toBe(greek);
  });

  it.each([
    ["paketo", true],
    ["8a", true],
    ["24", false],
    ["δεμα", false],
    ["città", false],
  ])("isLatinWord(%s) is %s", (word, latin) => {
    expect(isLatinWord(word)).toBe(latin);
  });
});

describe("phoneticGreek: the spellings of one sound are one word", () => {
  // [spellings of the same word: Greek with accents, Greeklish in its usual variants]
  it.each([
    [["ήρθε", "irthe", "hrthe", "eirthe"]],
    [["τηλέφωνο", "tilefwno", "tilefono", "tylefono"]],
    [["σηκώνει", "sikwnei", "sikonei", "shkwnei", "sikoni"]],
    [["χρεώσατε", "xrewsate", "xreosate", "chreosate"]],
    [["δύο", "dyo", "dio"]],
    [["φορές", "fores", "forais"]],
    [["ευχαριστώ", "efxaristw", "eyxaristw", "euxaristo", "efxaristo"]],
    [["αύριο", "avrio", "aurio", "ayrio"]],
    [["παραγγελία", "paraggelia", "paragelia", "parangelia"]],
    [["μπορώ", "mporw", "borw", "boro"]],
    [["έφτασε", "eftase", "eftase"]],
    [["καθυστέρηση", "kathysterisi", "ka8ysterhsh", "kathisterisi"]],
  ])("%j", (spellings) => {
    const sounds = spellings.map((w) => phoneticGreek(greeklishToGreek(foldWord(w))));
    expect(new Set(sounds).size).toBe(1);
  });

  it.each([
    // Spellings Greeklish cannot tell apart, read the common way: "th" is θ, "u" after a
    // consonant ου ("thlefwno" for τηλέφωνο, "duo" for δύο are not recognised).
    ["thelw", "θελω"],
    ["kurios", "κουριοσ"],
  ])("%s reads as %s", (latin, greek) => {
    expect(greeklishToGreek(latin)).toBe(greek);
  });

  it.each([
    // Different words stay apart.
    ["δέμα", "θέμα"],
    ["πακέτο", "πάρκο"],
    ["σπασμένο", "χαμένο"],
  ])("%s and %s differ", (a, b) => {
    expect(phoneticGreek(foldWord(a))).not.toBe(phoneticGreek(foldWord(b)));
  });
});
