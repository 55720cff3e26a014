/**
 * Names folded to words ("Laura Bianchi" -> ["laura", "bianchi"]), remembered: in a batch the
 * same customers and agents come back on every other line.
 */
import type { Customer } from "../playbook/types.js";
import { foldText } from "../text/tokens.js";

const cache = new Map<string, string[]>();
const MAX = 5000;

export function foldedWords(name: string): string[] {
  let words = cache.get(name);
  if (!words) {
    const folded = foldText(name);
    words = folded ? folded.split(" ") : [];
    if (cache.size >= MAX) cache.clear();
    cache.set(name, words);
  }
  return words;
}

export function foldedName(name: string): string {
  return foldedWords(name).join(" ");
}

/** A customer with a fixed shape (absent parts undefined); a handle gets its "@". */
export function customerOf(name: string | undefined, handle: string | undefined, title: string | undefined): Customer | undefined {
  if (!name && !handle) return undefined;
  return { name: name || undefined, handle: handle ? (handle.startsWith("@") ? handle : `@${handle}`) : undefined, title: title || undefined };
}
