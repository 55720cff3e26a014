/**
 * Which language a reply is written in, when nobody said: count the stop words of each
 * language among its words ("the", "you", "we" against "il", "che", "non"); Greek letters
 * decide for Greek, and so do enough Greeklish words ("den", "tha", "paketo": Greek in Latin
 * letters) that are neither English nor Italian. Cheap enough to run on every reply of a batch.
 */
import { WordMemo, type Token } from "../text/tokens.js";
import { STOP_WORDS } from "./lexicon.js";

/** Each word's stop-word bits (1 en, 2 it, 4 el), or -1 for a word that is none. */
const stopBits = new WordMemo((norm) => STOP_WORDS.get(norm) ?? -1);

export const LOCALES = ["en", "it", "el"] as const;

export function detectLocale(tokens: readonly Token[], fallback = "en"): string {
  let en = 0;
  let it = 0;
  let el = 0;
  let greeklish = 0;
  // The first words decide: stop once one language leads clearly.
  for (let i = 0; i < tokens.length; i++) {
    if (i >= 12 && Math.abs(en - it) >= 4 && el === 0 && greeklish < Math.max(en, it)) break;
    const bits = stopBits.get(tokens[i]!);
    if (bits === -1) {
      const c = tokens[i]!.norm.charCodeAt(0);
      if (c >= 0x370 && c <= 0x3ff) el++;
      continue;
    }
    if (bits & 1) en++;
    if (bits & 2) it++;
    if (bits & 4) el += 2;
    if (bits & 8) greeklish++;
  }
  if (en === 0 && it === 0 && el === 0 && greeklish === 0) return fallback;
  if (el > en && el > it) return "el";
  if (greeklish >= 2 && greeklish > en && greeklish > it) return "el";
  if (it > en) return "it";
  if (en > it) return "en";
  return fallback === "it" || fallback === "en" || fallback === "el" ? fallback : "en";
}
