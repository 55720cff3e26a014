/**
 * A complaint's words as the router compares them: folded (tokens.ts), contractions and
 * common spellings of social media put in one form ("didnt", "didn't" and "did not" are all
 * "did not"; "bday" is "birthday"), then stemmed in the playbook's language, so "delivered",
 * "delivery" and "deliveries" are one word, and so are "consegnato" and "consegna". Patterns
 * (triggers, negative cues, the kind cues) go through the same steps, so a trigger written
 * "arrived broken" also matches "arriving broke" without listing every form.
 *
 * Stemming is Snowball's (Porter's for English), from @orama/stemmers: one small module per
 * language, no data files, nothing loaded at run time.
 *
 *   const words = wordsFor("en");
 *   words.normalize("deliveries") // ["deliveri"]
 *   words.normalize("didnt")      // ["did", "not"]
 */
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemGreek } from "@orama/stemmers/greek";
import { stemmer as stemItalian } from "@orama/stemmers/italian";
import { greeklishToGreek, phoneticGreek } from "../text/greeklish.js";
import { SYNONYMS } from "./synonyms.js";

const STEMMERS: Record<string, (word: string) => string> = { en: stemEnglish, it: stemItalian, el: stemGreek };

/** Words too short or too plain to stem (a stemmer would fold "was" into "wa"). */
const KEEP_MAX_LENGTH = 3;

export interface LocaleWords {
  locale: string;
  /** A folded word (Token.norm) to its normalized words: usually one, two for a contraction, none for a filler. */
  normalize(norm: string): readonly string[];
  /** A folded word followed by "t" ("didn" "t"), as one normalized contraction, or undefined. */
  contraction(norm: string): readonly string[] | undefined;
}

const cache = new Map<string, LocaleWords>();

/** The normalizer of a language; a language without a stemmer still gets folding and synonyms. */
export function wordsFor(locale: string): LocaleWords {
  let words = cache.get(locale);
  if (!words) {
    words = makeWords(locale);
    cache.set(locale, words);
  }
  return words;
}

function makeWords(locale: string): LocaleWords {
  const stem = STEMMERS[locale] ?? ((w: string) => w);
  const table = SYNONYMS[locale] ?? { words: {}, contractions: {} };
  const stemmed = (word: string): string => (word.length <= KEEP_MAX_LENGTH || /^\d/.test(word) ? word : stem(word));
  const normalize = memoNormalizer(table.words, (norm) => norm, stemmed);
  const contractions = new Map<string, readonly string[]>();
  for (const [head, full] of Object.entries(table.contractions)) contractions.set(head, full.split(" ").map(stemmed));
  return { locale, normalize, contraction: (norm) => contractions.get(norm) };
}

let greekBySound: LocaleWords | undefined;

/**
 * Greek compared by its sound, for Greek written in Latin letters (Greeklish): a Latin word is
 * read into Greek letters first ("spasmeno" σπασμενο), then every word, Greek or read, is folded
 * by sound and stemmed (../text/greeklish.ts), so "irthe", "hrthe" and "ήρθε" are one word. The
 * Greek playbooks' patterns go through the same steps when the router compiles them this way.
 *
 *   greekBySoundWords().normalize("tilefwno") // the same as .normalize("τηλεφωνο")
 */
export function greekBySoundWords(): LocaleWords {
  if (greekBySound) return greekBySound;
  const table = SYNONYMS.el ?? { words: {}, contractions: {} };
  const normalize = memoNormalizer(table.words, greeklishToGreek, (w) => {
    if (/^\d/.test(w)) return w;
    const sound = phoneticGreek(w);
    return sound.length <= KEEP_MAX_LENGTH ? sound : stemGreek(sound);
  });
  greekBySound = { locale: "el", normalize, contraction: () => undefined };
  return greekBySound;
}

/**
 * A folded word to its normalized words, remembered: `read` first (Greeklish into Greek
 * letters, or nothing), then the synonyms table's replacement, then `stemmed` on each word.
 * Bounded, so a corpus of ever new words does not grow it without end.
 */
function memoNormalizer(synonyms: Record<string, string>, read: (norm: string) => string, stemmed: (word: string) => string): (norm: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (norm) => {
    let out = memo.get(norm);
    if (out === undefined) {
      const word = read(norm);
      const replaced = synonyms[word];
      out = (replaced === undefined ? [word] : replaced.split(" ").filter(Boolean)).map(stemmed);
      if (memo.size < 100_000) memo.set(norm, out);
    }
    return out;
  };
}
