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
    return phraseFindings(reply, "no-canned-phrase");
  },
};
