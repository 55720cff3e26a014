/**
 * Address the customer by name (P3): first name, title and surname, or handle, when the
 * customer is known; without a known customer, a generic salutation ("Dear customer", "Hi
 * there", "Gentile cliente") is flagged, except a friendly "Hi there" after the @handle the
 * reply opens with (on X that handle is the address).
 */
import { greetingNameFor, splitName } from "../../reply/context.js";
import { foldedWords, sameNameWord } from "../names.js";
import type { Customer } from "../../playbook/types.js";
import type { AnalyzedReply } from "../analysis.js";
import { excerpt } from "../phrase-findings.js";
import type { Rule, RuleFinding } from "../rule.js";

interface Options {
  generic: boolean;
}

const TITLES = new Set(["ms", "mrs", "mr", "miss", "mx", "dr", "sig", "sigra", "signora", "signor", "signore", "signorina", "dott", "dottssa", "dottoressa", "dottor", "prof", "avv", "ing", "gentile", "gent", "egregio", "egregia", "caro", "cara", "dear",
  // Greek, folded: κύριε, κυρία, κ., κα, αγαπητέ, αγαπητή, αξιότιμε, αξιότιμη, δρ
  "κυριε", "κυρια", "κυριοσ", "κυριο", "κ", "κα", "αγαπητε", "αγαπητη", "αξιοτιμε", "αξιοτιμη", "δρ", "γιατρε"]);
/** Greetings that are friendly, not form letters ("Hi there"), and fine after an @handle (Greek folded: γεια, καλημέρα, καλησπέρα). */
const CASUAL = new Set(["hi", "hello", "hey", "ciao", "salve", "buongiorno", "buonasera", "γεια", "καλημερα", "καλησπερα"]);
const LEADING_MENTION = /^\s*@\w/;
const START: Record<string, string> = { en: "Hi", it: "Gentile", el: "Γεια σας" };

export const rule: Rule<Options> = {
  id: "address-customer",
  meta: {
    description: "Address the customer by name (first name, title and surname, or handle); no generic salutations.",
    principle: "P3",
    defaultSeverity: "warn",
    options: {
      generic: { type: "boolean", default: true, description: "Flag generic salutations (\"Dear customer\", \"Gentile cliente\") when the customer is not known." },
    },
    messages: {
      missing: "Does not address {{name}} by name",
      generic: "Generic salutation \"{{text}}\": address the customer by name or handle",
    },
    fixable: true,
  },
  check(reply, context) {
    const customer = context.lint.customer;
    const salutations = reply.builtinsOf("salutation");
    const known = Boolean(customer && (customer.name?.trim() || customer.handle?.trim()));
    if (!known) {
      if (!context.options.generic) return [];
      // A reply that opens with the customer's @handle is addressed to them: "@laurab Hi there,"
      // is as personal as a post gets on X. A form-letter salutation ("Dear customer") is not.
      const mentioned = LEADING_MENTION.test(reply.text);
      return salutations
        .filter((h) => !(mentioned && CASUAL.has(reply.words[h.firstToken]!)))
        .map((h) => ({ messageId: "generic", start: h.start, end: h.end, data: { text: excerpt(reply.text.slice(h.start, h.end)) } }));
    }
    if (addresses(reply, customer!)) return [];
    const greeting = greetingNameFor(customer!, context.lint.locale);
    const name = customer!.name?.trim() || greeting;
    const first = salutations[0];
    const finding: RuleFinding = first
      ? { messageId: "missing", start: first.start, end: first.end, data: { name } }
      : { messageId: "missing", start: 0, end: 0, data: { name } };
    if (greeting) {
      const locale = context.lint.locale;
      finding.suggestion = `${START[locale] ?? START.en} ${greeting},`;
      if (first) {
        const written = reply.text.slice(first.start, first.end);
        const greet = first.key.greet === "first" || first.key.greet === undefined ? written.split(/\s+/)[0]! : first.key.greet;
        finding.fix = { start: first.start, end: first.end, text: `${greet} ${greeting}` };
      }
    }
    return [finding];
  },
};

/** Whether the reply uses the customer's first name, title + surname, full name or handle. */
export function addresses(reply: AnalyzedReply, customer: Customer): boolean {
  const words = reply.words;
  const { first, last } = nameParts(customer.name);
  if (first.length && contains(words, first)) {
    // A one-word name is the first name; with a surname, the first name alone addresses them.
    return true;
  }
  if (last.length) {
    const surname = last;
    const title = customer.title ? foldedWords(customer.title) : undefined;
    for (let i = 0; i < words.length; i++) {
      if (!startsAt(words, surname, i)) continue;
      const prev = words[i - 1];
      const prev2 = words[i - 2];
      if (prev !== undefined && TITLES.has(prev)) return true;
      if (prev2 !== undefined && prev !== undefined && TITLES.has(prev2 + prev)) return true;
      if (title && i >= title.length && startsAt(words, title, i - title.length)) return true;
    }
  }
  if (customer.handle) {
    const handle = customer.handle.replace(/^@/, "").toLowerCase();
    if (handle && reply.text.toLowerCase().includes(`@${handle}`)) return true;
  }
  return false;
}

const parts = new Map<string, { first: string[]; last: string[] }>();
/** First name and surname, folded, remembered per name (a batch names the same customers again and again). */
function nameParts(name: string | undefined): { first: string[]; last: string[] } {
  const key = name ?? "";
  let p = parts.get(key);
  if (!p) {
    const { first, last } = splitName(key);
    p = { first: first ? foldedWords(first) : [], last: last ? foldedWords(last) : [] };
    if (parts.size > 5000) parts.clear();
    parts.set(key, p);
  }
  return p;
}

function contains(words: readonly string[], seq: readonly string[]): boolean {
  if (seq.length === 0 || seq[0] === "") return false;
  for (let i = 0; i + seq.length <= words.length; i++) if (startsAt(words, seq, i)) return true;
  return false;
}

function startsAt(words: readonly string[], seq: readonly string[], i: number): boolean {
  for (let k = 0; k < seq.length; k++) {
    const w = words[i + k];
    if (w === undefined || !sameNameWord(w, seq[k]!)) return false;
  }
  return seq.length > 0;
}
