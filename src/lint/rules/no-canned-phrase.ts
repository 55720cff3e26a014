/** Stock corporate phrases, caught by family through the phrase lists (P3). */
import { declinesBefore, thanksForIdea, welcomesGoodNews } from "../good-news.js";
import { phraseFindings } from "../phrase-findings.js";
import { replyNamesProblem } from "../problem.js";
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
    // to praise, and a form line after a complaint or after a no: it is reported where a
    // problem is known (../problem.ts), from the complaint or, without one, from the reply
    // ("sorry for the delay"), or where the reply says no before it ("tickets are
    // nontransferable, but we appreciate your feedback"); never where the reply is glad of the
    // customer's news ("That's great to hear. Thanks for sharing your feedback!").
    // An entry marked notOnGoodNews ("I'll pass your comments on") is good news carried to the
    // crew in a reply glad of the customer's news, or to praise when the reply names no problem
    // of its own ("Apologies for the delay to your bag... We'll pass your comments on" answers
    // the complaint inside the praise), or to an idea the reply thanks the customer for
    // ("Thanks for the suggestion! I'll forward this on to our leadership team"); elsewhere a
    // brush-off.
    let glad: boolean | undefined;
    return phraseFindings(reply, "no-canned-phrase", (hit) => {
      if (hit.key.notOnGoodNews) {
        if ((glad ??= welcomesGoodNews(reply)) || thanksForIdea(reply)) return false;
        return reply.problem !== "no-problem" || replyNamesProblem(reply.words, reply.context.locale) === "problem";
      }
      if (!hit.key.notOnPraise) return true;
      // After a no, unless the complaint is praise: "it's still in testing, but we appreciate
      // this positive feedback" thanks a compliment.
      if (reply.problem === "no-problem" || (reply.problem !== "problem" && !declinesBefore(reply, hit.firstToken))) return false;
      return !(glad ??= welcomesGoodNews(reply));
    });
  },
};
