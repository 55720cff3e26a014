/**
 * Whether a replacement leaves a whole sentence where it lands, so that `--fix` applies only
 * fixes that read as written by a person. A phrase list's `fix` replaces the words the entry
 * matched and nothing around them, so the words around must suit the replacement:
 *
 *   "We apologise for the inconvenience."              -> "I'm sorry."                (applied)
 *   "We apologise for the trouble with the bassinet."  -> "I'm sorry with the bassinet." (not applied)
 *   "With regard to your order, ..."                   -> "About your order, ..."      (applied)
 *   "... with regard to."                              -> "... about."                 (not applied)
 *
 * A replacement is read as one of three kinds, from its words:
 * - a **clause** of its own ("I'm sorry", "mi dispiace": it starts with a subject or a clitic
 *   pronoun): the words it replaced must have ended their clause (punctuation, a line break or
 *   the end follows, or a word the clause can take: "for", "that", "per", "che"), and begun
 *   one (the start, punctuation, or a linking word: "and", "again", "e", "purtroppo");
 * - a phrase that needs an **object** (it ends with a preposition: "about", "riguardo a"): a
 *   word must follow, the object it keeps;
 * - **any** other (an adverb for an adverbial phrase: "now" for "at this point in time"): it
 *   takes the place of the words it replaces as they stood.
 * A fix that does not fit is not applied; the finding keeps its suggestion for a person.
 */

export type FixFrame = "clause" | "object" | "any";

interface FrameWords {
  /** First words that make a replacement a clause of its own. */
  subjects: ReadonlySet<string>;
  /** Last words that make it need an object. */
  prepositions: ReadonlySet<string>;
  /** Words a clause replacement may be followed by (its complements). */
  after: ReadonlySet<string>;
  /** Words a clause replacement may follow (links and sentence adverbs). */
  before: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.trim().split(/\s+/));

const FRAMES: Record<string, FrameWords> = {
  en: {
    subjects: set("i i'm i’m im i've i’ve i'll i’ll we we're we’re we've we’ve we'll we’ll let let's let’s"),
    prepositions: set("about for to with on regarding concerning into of from by"),
    after: set("for about that to if because as when"),
    before: set("and but so again also once really truly sincerely honestly first then now still however"),
  },
  it: {
    subjects: set("io noi mi ci sono siamo ho abbiamo"),
    prepositions: set("a al alla allo ai agli alle per di del della dello dei degli delle su sul sulla riguardo circa con in da"),
    after: set("per che di del della dello dei degli delle dell se ma però perché quando davvero molto tanto"),
    before: set("e ma però quindi ancora anche davvero sinceramente purtroppo allora intanto innanzitutto poi"),
  },
};

/** The words of a replacement, lower case, apostrophes kept ("I'm" -> "i'm"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
}

/** What a replacement needs around it (see the module comment); "any" for a locale without a table. */
export function frameOf(replacement: string, locale: string): FixFrame {
  const table = FRAMES[locale];
  const words = wordsOf(replacement);
  if (!table || words.length === 0) return "any";
  if (table.subjects.has(words[0]!)) return "clause";
  if (table.prepositions.has(words[words.length - 1]!)) return "object";
  return "any";
}

const BOUNDARY_AFTER = /^[ \t]*(?:$|[\n\r.,;:!?…)\]}—–]|-\s)/u;
const BOUNDARY_BEFORE = /(?:^|[\n\r.,;:!?…(\[{—–-])[ \t]*$/u;
const NEXT_WORD = /^[ \t]*([\p{L}\p{N}'’]+)/u;
const PREVIOUS_WORD = /([\p{L}\p{N}'’]+)[ \t]*$/u;

/** Whether `replacement` in place of text[start, end) leaves a grammatical sentence. */
export function fitsFrame(text: string, start: number, end: number, replacement: string, locale: string): boolean {
  const frame = frameOf(replacement, locale);
  if (frame === "any") return true;
  const table = FRAMES[locale]!;
  const after = text.slice(end, end + 40);
  if (frame === "object") return NEXT_WORD.test(after);
  if (!BOUNDARY_AFTER.test(after)) {
    const next = NEXT_WORD.exec(after)?.[1]?.toLowerCase();
    if (!next || !table.after.has(next)) return false;
  }
  const before = text.slice(Math.max(0, start - 40), start);
  if (BOUNDARY_BEFORE.test(before)) return true;
  const previous = PREVIOUS_WORD.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && table.before.has(previous);
}
