/**
 * An apology or an empathy statement (P3, P5), owed when the reply answers a problem: praise,
 * thanks and plain questions need none. Whether there is a problem comes from the complaint
 * when it is given, else from the reply itself ("the delay", "this issue"); when neither says
 * so the rule stays silent. An apology inside a stock formula ("we apologise for any
 * inconvenience") does not count; a negated one does not count.
 */
import type { Rule } from "../rule.js";

const DEFAULT: Record<string, string> = { en: "I'm so sorry this happened.", it: "Mi dispiace davvero per quello che è successo.", el: "Λυπάμαι πραγματικά." };

export const rule: Rule = {
  id: "show-empathy",
  meta: {
    description: "An apology or empathy statement in the first person when the reply answers a problem.",
    principle: "P3",
    defaultSeverity: "warn",
    options: {},
    messages: { missing: "No apology or empathy statement" },
  },
  check(reply, context) {
    if (reply.problem !== "problem") return [];
    const counts = (start: number, end: number, first: number) => !reply.overlapsBanned(start, end) && !reply.negatedBefore(first, 2);
    for (const h of reply.approved) if (h.key.kind === "empathy" && counts(h.start, h.end, h.firstToken)) return [];
    for (const h of reply.builtins) if (h.key.kind === "empathy" && counts(h.start, h.end, h.firstToken)) return [];
    const approved = context.phrases?.approved.find((a) => a.kind === "empathy");
    return [{ messageId: "missing", start: 0, end: 0, suggestion: approved?.text ?? DEFAULT[context.lint.locale] ?? DEFAULT.en! }];
  },
};
