/** Stock corporate phrases, caught by family through the phrase lists (P3). */
import { phraseFindings } from "../phrase-findings.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "no-canned-phrase",
  meta: {
    description: "No stock corporate phrases (\"we apologise for any inconvenience\", \"verrà gestita nel minor tempo possibile\"): a named person writes, not a form letter.",
    principle: "P3",
    defaultSeverity: "error",
    options: {},
    messages: { phrase: "\"{{phrase}}\" is a stock phrase" },
    fixable: true,
    phraseCategory: true,
  },
  check(reply) {
    // An entry marked notOnPraise ("thank you for your feedback") is plain thanks in a reply
    // to praise or a suggestion, and a form line after a complaint: it is reported only where
    // a problem is known (../problem.ts), from the complaint or, without one, from the reply
    // ("sorry for the delay"). "We appreciate your feedback, Sam! Enjoy the lounge." is thanks.
    return phraseFindings(reply, "no-canned-phrase", (hit) => !hit.key.notOnPraise || reply.problem === "problem");
  },
};
