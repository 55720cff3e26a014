/**
 * A concrete next step (P6), owed when the reply answers a problem (see ../problem.ts): the
 * reply says what happens next *and* by when, in the same sentence ("I'll call you back within
 * 24 hours", "la richiamo entro 24 ore"), or it hands the next step to the customer plainly:
 * a question, a request to write in private, an address, a number or a link to use. An
 * apology alone is not enough; neither is "we'll look into it" with no time. Praise, thanks
 * and plain answers need no next step, and without a sign of a problem the rule is silent.
 */
import { formatDuration } from "../../text/duration.js";
import type { AnalyzedReply } from "../analysis.js";
import type { Rule } from "../rule.js";

const WITHIN: Record<string, string> = { en: "within", it: "entro", el: "μέσα σε" };
const DEFAULT: Record<string, string> = { en: "I'll update you within 24 hours.", it: "La aggiorno entro 24 ore.", el: "Θα σας ενημερώσω μέσα σε 24 ώρες." };

export const rule: Rule = {
  id: "concrete-next-step",
  meta: {
    description: "Say what happens next and by when, in the same sentence.",
    principle: "P6",
    defaultSeverity: "warn",
    options: {},
    messages: {
      missing: "Does not say what happens next, or by when",
      noDeadline: "Says what happens next but not by when",
    },
  },
  check(reply, context) {
    if (reply.problem !== "problem") return [];
    // Cheap first: a time frame in a sentence that says what will happen. A time frame that
    // opens with "within", "by", "entro" ("Courier pickup within 48 hours.") says it by itself;
    // a bare one ("48 hours") needs a future or a next-step phrase with it.
    for (const time of reply.times) {
      const sentence = reply.sentenceOf[time.firstToken]!;
      if ((time.bare || time.sameDay) && reply.inAgentAction(time.firstToken)) continue;
      if (!time.bare || isActionSentence(reply, sentence)) return [];
    }
    if (handsStepToCustomer(reply)) return [];
    const locale = context.lint.locale;
    const action = firstActionSentence(reply);
    if (action < 0) {
      const approved = context.phrases?.approved.find((a) => a.kind === "next-step");
      return [{ messageId: "missing", start: 0, end: 0, suggestion: approved?.text ?? DEFAULT[locale] ?? DEFAULT.en! }];
    }
    const commitment = context.lint.playbook?.commitments[0];
    const example = commitment ? `${WITHIN[locale] ?? "within"} ${formatDuration(commitment.default, locale)}` : (DEFAULT[locale] ?? DEFAULT.en!);
    const first = reply.sentences[action]!;
    return [{ messageId: "noDeadline", start: first.start, end: first.end, suggestion: `Add when: "${example}"` }];
  },
};

/** Whether a sentence says what will happen: a future, a next-step phrase, a commitment's words. */
function isActionSentence(reply: AnalyzedReply, sentence: number): boolean {
  for (const h of reply.approved) if (h.key.kind === "next-step" && reply.sentenceOf[h.firstToken] === sentence) return true;
  for (const h of reply.builtins) if (h.key.kind === "next-step" && reply.sentenceOf[h.firstToken] === sentence && !reply.negatedBefore(h.firstToken, 2)) return true;
  for (const h of reply.commitments) if (reply.sentenceOf[h.firstToken] === sentence) return true;
  return reply.futureIn(sentence) >= 0;
}

function firstActionSentence(reply: AnalyzedReply): number {
  for (let s = 0; s < reply.sentences.length; s++) if (isActionSentence(reply, s)) return s;
  return -1;
}

const INSTRUCTIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(["please", "pls", "plz", "kindly", "dm", "send", "follow", "check", "visit", "call", "contact", "reach", "click", "try", "let", "tell", "share", "provide", "head", "go", "give", "use", "select", "download", "update", "reply", "text", "email", "fill", "see", "look", "feel", "drop", "ring", "message", "pop", "confirm", "make", "keep", "refer", "speak", "ask", "find", "tap", "log", "sign", "complete", "submit", "hit", "stop", "bring", "take", "just"]),
  it: new Set(["scriva", "scrivi", "scriveteci", "contatti", "contatta", "contattaci", "chiami", "chiama", "invii", "invia", "mandi", "manda", "visiti", "verifichi", "controlli", "segua", "provi", "prova", "indichi", "clicchi", "acceda", "compili", "scrivici"]),
};

/**
 * Whether the reply gives the next step to the customer: a question to answer, an invitation
 * to a private channel, an e-mail address, a phone number or a link, or an instruction that
 * opens a sentence ("Please DM us...", "Check the app...", "Ci scriva in privato").
 */
function handsStepToCustomer(reply: AnalyzedReply): boolean {
  const text = reply.text;
  if (text.includes("?") || /https?:\/\/|www\.|\b[\w.-]+@[\w-]+\.\w/.test(text) || /\d[\d ().-]{7,}\d/.test(text)) return true;
  for (const h of reply.builtins) if (h.key.kind === "private-channel") return true;
  for (const h of reply.approved) if (h.key.kind === "private-channel") return true;
  const instructions = INSTRUCTIONS[reply.context.locale];
  if (!instructions) return false;
  const opens = (i: number) => {
    const w = reply.words[i];
    if (w === undefined) return false;
    // "Ci scriva", "mi mandi": the pronoun comes first in Italian.
    if ((w === "ci" || w === "mi") && reply.context.locale === "it") return instructions.has(reply.words[i + 1] ?? "");
    return instructions.has(w);
  };
  for (const s of reply.sentences) {
    if (s.lastToken < s.firstToken) continue;
    if (opens(s.firstToken)) return true;
    // After a greeting or a name and a comma: "Hi Ann, please DM us", "Laura, ci scriva".
    for (let i = s.firstToken + 1; i <= Math.min(s.lastToken, s.firstToken + 3); i++) {
      if (/,\s*$/.test(text.slice(reply.tokens[i - 1]!.end, reply.tokens[i]!.start)) && opens(i)) return true;
    }
  }
  return false;
}
