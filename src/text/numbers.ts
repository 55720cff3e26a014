/**
 * Number words, folded, in the languages replybook ships (en, it, el), for "#" in patterns
 * and for reading durations ("two days", "due giorni", "ventiquattro ore").
 */
import { foldWord } from "./tokens.js";

const WORDS: Record<string, number> = {
  // English
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fortyeight: 48, "forty": 40, "seventy": 70,
  couple: 2, few: 3, half: 0.5,
  // Italian
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  undici: 11, dodici: 12, quindici: 15, venti: 20, ventiquattro: 24, trenta: 30, quarantotto: 48, settantadue: 72,
  paio: 2, mezza: 0.5, mezzo: 0.5,
  // Greek, as written (folded below): with the genitive forms "εντός" takes ("εντός τριών ημερών")
  ένα: 1, έναν: 1, ενός: 1, μία: 1, μια: 1, μίας: 1, μιας: 1, δύο: 2, δυο: 2, τρεις: 3, τρία: 3, τριών: 3,
  τέσσερις: 4, τέσσερα: 4, τεσσάρων: 4, πέντε: 5, έξι: 6, επτά: 7, εφτά: 7, οκτώ: 8, οχτώ: 8, εννέα: 9, εννιά: 9,
  δέκα: 10, δώδεκα: 12, δεκαπέντε: 15, είκοσι: 20, εικοσιτέσσερις: 24, εικοσιτεσσάρων: 24, τριάντα: 30,
  σαρανταοκτώ: 48, σαράντα: 40, εβδομήντα: 70, μισή: 0.5, μισής: 0.5, ζευγάρι: 2,
};

/**
 * The same as a Map: a lookup of any word (most are not numbers) is cheaper than on an object.
 * Keys folded the way words are ("τρεις" -> "τρεισ"), so Greek can be written as it is spelled.
 */
const NUMBER_WORDS = new Map<string, number>(Object.entries(WORDS).map(([word, value]) => [foldWord(word), value]));

/** The numeric value of a folded word ("24", "two", "ventiquattro"), or undefined. */
export function numberValue(folded: string): number | undefined {
  // /^\d{1,6}$/ as a loop: this runs for most words of every reply in a batch.
  const n = folded.length;
  if (n >= 1 && n <= 6) {
    let digits = true;
    for (let i = 0; i < n; i++) {
      const c = folded.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return Number(folded);
  }
  // A Map, not the object: "constructor" or "__proto__" in a reply is a word, not a number.
  return NUMBER_WORDS.get(folded);
}

export function isNumberWord(folded: string): boolean {
  return numberValue(folded) !== undefined;
}
