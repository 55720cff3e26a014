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

/**
 * Whether a reply's word is a form of a name's word. Greek names change their ending with
 * their case ("Νίκος" is addressed "Νίκο", "Παπαδόπουλος" "κύριε Παπαδόπουλε", "Μαρία" is
 * "της Μαρίας"), so a Greek name matches its vocative, accusative and genitive too; every other
 * name matches itself only. Both words folded (see foldWord: "ς" is "σ").
 */
export function sameNameWord(word: string, name: string): boolean {
  if (word === name) return true;
  if (!isGreekWord(name) || name.length < 3) return false;
  return greekForms(name).includes(word);
}

function isGreekWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x3b1 && c <= 0x3c9;
}

const formCache = new Map<string, string[]>();
function greekForms(name: string): string[] {
  let forms = formCache.get(name);
  if (forms) return forms;
  const stem = name.slice(0, -2);
  if (name.endsWith("οσ")) forms = [stem + "ο", stem + "ε", stem + "ου"];
  else if (name.endsWith("ησ")) forms = [stem + "η"];
  else if (name.endsWith("ασ")) forms = [stem + "α"];
  else if (name.endsWith("εσ")) forms = [stem + "ε"];
  else if (name.endsWith("α") || name.endsWith("η")) forms = [name + "σ"];
  else if (name.endsWith("ο")) forms = [name + "σ"];
  else if (name.endsWith("ε")) forms = [name.slice(0, -1) + "οσ"];
  else forms = [];
  if (formCache.size > 5000) formCache.clear();
  formCache.set(name, forms);
  return forms;
}
