/**
 * A concrete next step (P6): the reply says what happens next *and* by when, in the same
 * sentence ("I'll call you back within 24 hours", "la richiamo entro 24 ore"). An apology
 * alone is not enough; neither is "we'll look into it" with no time.
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
    // Cheap first: a time frame in a sentence that says what will happen. A time frame that
    // opens with "within", "by", "entro" ("Courier pickup within 48 hours.") says it by itself;
    // a bare one ("48 hours") needs a future or a next-step phrase with it.
    for (const time of reply.times) {
      const sentence = reply.sentenceOf[time.firstToken]!;
      if ((time.bare || time.sameDay) && reply.inAgentAction(time.firstToken)) continue;
      if (!time.bare || isActionSentence(reply, sentence)) return [];
    }
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
