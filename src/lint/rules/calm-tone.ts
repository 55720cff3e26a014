/**
 * A calm, close, human tone (P8): no shouting in capitals, no "calm down" / "si calmi" said to
 * the customer, no sarcasm (the phrase lists' calm-tone entries), no "!!!". Words inside
 * quotation marks are the customer's and do not count. Capitals that are not shouting are
 * left alone: handles (@BLAZERJLW), links, acronyms and booking codes (COVID, HKYXMN) are one
 * word, and one word in capitals is emphasis at most; shouting is a run of them or a long word.
 * "It should start to cool down" and "sit back and relax" tell no one how to feel.
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
      minLetters: { type: "number", default: 9, description: "A word in capitals this long is shouting on its own (shorter ones are acronyms, codes or emphasis); a run of two or more words in capitals with 8 letters in all is shouting too." },
      allow: { type: "string[]", default: [], description: "Words in capitals that are names, not shouting (brands, product codes)." },
      maxExclamations: { type: "number", default: 2, description: "How many exclamation marks in a row are fine (\"Happy birthday!!\" is warmth; \"!!!\" is shouting)." },
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
      if (!toldToCustomer(reply, h.firstToken)) continue;
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
    if (runStart >= 0 && (longest >= options.minLetters || (words >= 2 && letters >= 8 && longest >= 2))) {
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
      caps = isCapitals(raw) && !allow.has(raw) && !isInitialsSignature(text, tokens[i]!.start) && !inHandleOrLink(text, t.start, t.end);
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

/** Whether a word is part of a handle, a hashtag, a link or an address ("@BLAZERJLW", "t.co/AbCD"). */
function inHandleOrLink(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const chunk = text.slice(from, to);
  return /[@#/]|\.\w/.test(chunk);
}

const IMPERATIVE_BEFORE = new Set(["please", "pls", "just", "now", "so", "you", "si", "per", "favore"]);
const NEED_TO = new Set(["need", "have", "got", "ought", "try", "should", "must"]);

/** "Calm down", "please relax", "you need to calm down": said to the customer, not "it should start to cool down". */
function toldToCustomer(reply: AnalyzedReply, first: number): boolean {
  const sentence = reply.sentences[reply.sentenceOf[first]!]!;
  if (first === sentence.firstToken) return true;
  const prev = reply.words[first - 1]!;
  if (IMPERATIVE_BEFORE.has(prev)) return true;
  return prev === "to" && NEED_TO.has(reply.words[first - 2] ?? "") && reply.words[first - 3] === "you";
}
