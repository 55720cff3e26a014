/** Blaming the customer or deflecting to others, through the phrase lists (P5). */
import { phraseFindings } from "../phrase-findings.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  id: "no-blame",
  meta: {
    description: "Never blame the customer or pass the blame (\"you should have\", \"as we already told you\", \"non è colpa nostra\").",
    principle: "P5",
    defaultSeverity: "error",
    options: {},
    messages: { phrase: "\"{{phrase}}\" blames the customer or someone else" },
    fixable: true,
    phraseCategory: true,
  },
  check(reply) {
    return phraseFindings(reply, "no-blame");
  },
};
