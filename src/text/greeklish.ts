/**
 * Greeklish: Greek written in Latin letters ("to paketo irthe spasmeno", "kaneis den sikwnei to
 * tilefwno", "me xrewsate dyo fores"), read back into Greek letters and then compared by sound.
 *
 * People spell Greeklish as they hear it, so one Greek sound comes in several spellings:
 * "irthe", "hrthe" and "ήρθε"; "tilefwno", "tilefono" and "τηλέφωνο". Two steps make them one:
 *
 * 1. {@link greeklishToGreek}: a folded Latin word to Greek letters, digraphs first ("th" θ,
 *    "ps" ψ, "ks" ξ, "ch"/"kh" χ, "ou" ου), then letter by letter ("i" ι, "h" η, "w" ω, "x" χ,
 *    "y" υ, "u" ου or υ after a/e, "b" μπ, "8" θ, "3" ξ inside a word).
 * 2. {@link phoneticGreek}: a folded Greek word (no accents, σ for ς: tokens.ts) by its sound:
 *    the ι-sound spellings (ι, η, υ, ει, οι, υι) are ι, ω is ο, αι is ε, αυ/αφ αβ and ευ/εφ εβ,
 *    μπ β, ντ δ, γγ/γκ/νγ γ, and a doubled letter one: "ήρθε" and "irthe" are both "ιρθε".
 *
 * Both sides of a comparison go through step 2 (the playbooks' Greek words and the message's
 * words), so the folding only has to be the same, not right.
 *
 * Written here rather than taken from the greek-utils package (whose `toGreek` does step 1):
 * it builds about 150 regular expressions on every call (60 µs a word, measured), too slow for
 * the router, which may try every word of every complaint of a batch; and its table reads
 * "U" as Θ and "c" as ψ. This table is one pass over the word.
 *
 *   greeklishToGreek("tilefwno")        // "τιλεφωνο"
 *   phoneticGreek("τηλεφωνο")           // "τιλεφονο"
 *   phoneticGreek(greeklishToGreek("tilefwno")) // "τιλεφονο"
 */

const DIGRAPHS: Readonly<Record<string, string>> = { th: "θ", ps: "ψ", ks: "ξ", ch: "χ", kh: "χ", ph: "φ", ou: "ου" };

const LETTERS: Readonly<Record<string, string>> = {
  a: "α", b: "μπ", c: "κ", d: "δ", e: "ε", f: "φ", g: "γ", h: "η", i: "ι", j: "τζ", k: "κ", l: "λ", m: "μ",
  n: "ν", o: "ο", p: "π", q: "κ", r: "ρ", s: "σ", t: "τ", u: "ου", v: "β", w: "ω", x: "χ", y: "υ", z: "ζ",
};

/** Digits Greeklish uses for letters, read so only inside a word that has letters ("8a", "3ero"). */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { "8": "θ", "9": "θ", "3": "ξ" };

/** Whether a folded word is written in Latin letters (with digits perhaps) and has a letter. */
export function isLatinWord(norm: string): boolean {
  let letter = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 97 && c <= 122) letter = true;
    else if (c < 48 || c > 57) return false;
  }
  return letter;
}

/** A folded Latin word in Greek letters (see the module comment); any other word unchanged. */
export function greeklishToGreek(norm: string): string {
  if (!isLatinWord(norm)) return norm;
  let out = "";
  for (let i = 0; i < norm.length; i++) {
    const two = norm.slice(i, i + 2);
    const digraph = DIGRAPHS[two];
    if (digraph) {
      out += digraph;
      i++;
      continue;
    }
    const ch = norm[i]!;
    // "u" after a or e is υ ("aurio", "euxaristw"); elsewhere the sound ου ("kurie").
    if (ch === "u") out += i > 0 && (norm[i - 1] === "a" || norm[i - 1] === "e") ? "υ" : "ου";
    else out += LETTERS[ch] ?? DIGIT_LETTERS[ch] ?? ch;
  }
  return out;
}

/** A folded Greek word by its sound (see the module comment). */
export function phoneticGreek(folded: string): string {
  return folded
    .replace(/ου/g, "\u0001")
    .replace(/α[υφ]/g, "αβ")
    .replace(/ε[υφ]/g, "εβ")
    .replace(/ει|οι|υι/g, "ι")
    .replace(/[ηυ]/g, "ι")
    .replace(/ω/g, "ο")
    .replace(/αι/g, "ε")
    .replace(/μπ/g, "β")
    .replace(/ντ/g, "δ")
    .replace(/γγ|γκ|νγ/g, "γ")
    .replace(/(.)\1+/gu, "$1")
    .replace(/\u0001/g, "ου");
}

/**
 * Common Greek words as Greeklish writes them that are neither English nor Italian words: a
 * message with none of them is not tried as Greeklish (reading every word of every English
 * complaint into Greek would cost a batch dearly). Also lint's sign of Greeklish
 * (src/lint/lexicon.ts).
 */
export const GREEKLISH_WORDS: readonly string[] = (
  "kai einai den tha gia sas mas mou pou stin tin tis tou ton oi apo ena poli alla otan exw exo exete simera avrio " +
  "ayrio akoma akomi idi giati pws pos ayto auto afto egw ego eseis kaneis kanenas paketo paraggelia paragelia efxaristw eyxaristw " +
  "euxaristw kalimera kalispera geia xthes xtes tilefono thlefwno katastima ekana ekane irthe hrthe eftase spasmeno spasmena akoma " +
  "kanena tipota mexri meta prin thelw thelo lefta xrimata apantaei apantate sikwnei sikonei " +
  "dyo tria treis fores poly oxi stis stous twn enan moy soy tous tilefwno paketou paraggelies perimenw perimeno " +
  "xrewsate xrewthika xreothika"
).split(" ");

/** The words a Greeklish message is recognised by: {@link GREEKLISH_WORDS} and "8a" (θα). */
const MARKERS = new Set([...GREEKLISH_WORDS, "8a"]);

/** Whether a folded word is one Greeklish is recognised by ("den", "tha", "paketo"...). */
export function isGreeklishMarker(norm: string): boolean {
  return MARKERS.has(norm);
}

/** Whether a character code is a Greek letter (basic Greek block, as folded words have them). */
export function isGreekCode(c: number): boolean {
  return c >= 0x370 && c <= 0x3ff;
}
