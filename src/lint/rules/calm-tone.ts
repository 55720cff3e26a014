/**
 * A calm, close, human tone (P8): no shouting in capitals (short acronyms such as DM, UPS or
 * SMS are fine), no "calm down" / "si calmi", no sarcasm (the phrase lists' calm-tone
 * entries), no "!!!". Words inside quotation marks are the customer's and do not count.
 */
import type { AnalyzedReply } from "../analysis.js";
import { excerpt, phraseFindings } from "../phrase-findings.js";
import type { Rule, RuleFinding } from "../rule.js";
import { sortSmall } from "../sort.js";

interface Options {
  minLetters: number;
  allow: string[];
  maxExclamations: number;
}

const ACRONYMS = ["ASAP", "FAQ", "FAQS", "GDPR", "IBAN", "NASDAQ", "PAYPAL", "IKEA", "ROMA", "BANCOMAT", "POSTE", "AMAZON", "BARTOLINI"];

export const rule: Rule<Options> = {
  id: "calm-tone",
  meta: {
    description: "No shouting in capitals, no \"calm down\", no sarcasm, no \"!!!\".",
    principle: "P8",
    defaultSeverity: "error",
    options: {
      minLetters: { type: "number", default: 5, description: "A word in capitals this long (or a run of capitals with this many letters and 8 in all) is shouting; shorter ones are acronyms." },
      allow: { type: "string[]", default: [], description: "Words in capitals that are names, not shouting (brands, product codes)." },
      maxExclamations: { type: "number", default: 1, description: "How many exclamation marks in a row are fine." },
    },
    messages: {
      shouting: "\"{{text}}\" is in capitals: it reads as shouting",
      calmDown: "\"{{text}}\" tells the customer how to feel",
      exclamations: "\"{{text}}\": one exclamation mark is enough",
      phrase: "\"{{phrase}}\" sounds sarcastic or harsh",
    },
    fixable: true,
    phraseCategory: true,
  },
  check(reply, context) {
    const out = phraseFindings(reply, "calm-tone");
    for (const h of reply.builtinsOf("calm-down")) {
      if (out.some((f) => f.start < h.end && h.start < f.end)) continue;
      out.push({ messageId: "calmDown", start: h.start, end: h.end, data: { text: excerpt(reply.text.slice(h.start, h.end)) } });
    }
    for (const f of shouting(reply, context.options)) out.push(f);
    for (const f of exclamations(reply, context.options.maxExclamations)) out.push(f);
    return out.length > 1 ? sortSmall(out, (a, b) => a.start - b.start) : out;
  },
};

const allowed = new WeakMap<Options, Set<string>>();

function shouting(reply: AnalyzedReply, options: Options): RuleFinding[] {
  const out: RuleFinding[] = [];
  let allow = allowed.get(options);
  if (!allow) {
    allow = new Set([...ACRONYMS, ...options.allow.map((a) => a.toUpperCase())]);
    allowed.set(options, allow);
  }
  const { tokens, text } = reply;
  let runStart = -1;
  let letters = 0;
  let longest = 0;
  let words = 0;
  const flush = (endToken: number) => {
    if (runStart >= 0 && (longest >= options.minLetters || (words >= 2 && letters >= Math.max(8, options.minLetters)))) {
      const start = tokens[runStart]!.start;
      const end = tokens[endToken]!.end;
      if (!reply.quoted(start)) out.push({ messageId: "shouting", start, end, data: { text: excerpt(text.slice(start, end)) }, suggestion: sentenceCase(text.slice(start, end)) });
    }
    runStart = -1;
    letters = longest = words = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    // Most words start with a lower-case letter: decided without slicing the word out.
    const t = tokens[i]!;
    const c = text.charCodeAt(t.start);
    const c2 = t.end - t.start > 1 ? text.charCodeAt(t.start + 1) : 65;
    let caps = false;
    let raw = "";
    // "Laura", "sorry", "24": decided on the first two letters, without slicing the word out.
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c2 >= 97 && c2 <= 122))) {
      raw = reply.raw(i);
      caps = isCapitals(raw) && !allow.has(raw) && !isInitialsSignature(text, tokens[i]!.start);
    }
    if (caps) {
      if (runStart < 0) runStart = i;
      letters += raw.length;
      words++;
      if (raw.length > 1) longest = Math.max(longest, raw.length);
    } else if (runStart >= 0) {
      flush(i - 1);
    }
  }
  if (runStart >= 0) flush(tokens.length - 1);
  return out;
}

/** Letters only, all upper case ("SORRY"); single letters ("I", "A") join a run but never start shouting alone. */
function isCapitals(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  let hasLetter = false;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) {
      if (ch >= "0" && ch <= "9") return false;
      continue;
    }
    if (ch !== upper) return false;
    hasLetter = true;
  }
  return hasLetter;
}

/** "^DR", "-DR", "*DR": X-style initials are a signature, not shouting. */
function isInitialsSignature(text: string, start: number): boolean {
  const before = text[start - 1];
  return before === "^" || before === "*" || ((before === "-" || before === "/") && (start < 2 || /\s/.test(text[start - 2]!)));
}

function exclamations(reply: AnalyzedReply, max: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = reply.text;
  if (!text.includes("!")) return out;
  const runs = /[!?¡]{2,}/g;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    let bangs = 0;
    for (const ch of m[0]) if (ch === "!" || ch === "¡") bangs++;
    if (bangs <= max || reply.quoted(m.index)) continue;
    const keep = m[0].includes("?") ? "?" : "!";
    out.push({ messageId: "exclamations", start: m.index, end: m.index + m[0].length, data: { text: m[0] }, fix: { start: m.index, end: m.index + m[0].length, text: keep } });
  }
  return out;
}

function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
