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
    // to praise or a suggestion. Only a complaint given says "no-problem" (../problem.ts): the
    // reply alone never does, so without the complaint such entries are reported as before.
    return phraseFindings(reply, "no-canned-phrase", (hit) => !hit.key.notOnPraise || reply.problem === "problem");
  },
};
