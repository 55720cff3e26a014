/**
 * Names folded to words ("Laura Bianchi" -> ["laura", "bianchi"]), remembered: in a batch the
 * same customers and agents come back on every other line.
 */
import type { Customer } from "../playbook/types.js";
import { foldWords } from "../text/tokens.js";

/**
 * Two generations of remembered names: when the newer one is full it becomes the older one, so
 * the names a batch keeps meeting (its agents) stay, and memory stays bounded whatever the input.
 */
let recent = new Map<string, string[]>();
let older = new Map<string, string[]>();
const MAX = 5000;

export function foldedWords(name: string): string[] {
  let words = recent.get(name);
  if (!words) {
    words = older.get(name) ?? foldWords(name);
    if (recent.size >= MAX) {
      older = recent;
      recent = new Map();
    }
    recent.set(name, words);
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
