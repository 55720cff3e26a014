/**
 * Never over-promise (P4), three ways:
 *  (a) a time frame sooner than the playbook allows for the commitment the sentence speaks of
 *      ("the courier will collect it tomorrow" when the courier needs 48 hours);
 *  (b) absolute guarantees from the phrase lists ("guarantee", "100%", "non succederà mai più"),
 *      unless negated: "we can't guarantee the slot" is honest;
 *  (c) remedies the playbook marks requires-approval, promised outright ("I'll refund you").
 * (a) and (c) need a playbook a person named; one guessed from the complaint stays out of it.
 * A time in a sentence about the agent's own action ("I've asked the warehouse to check
 * today") is not a promise to the customer, and a remedy in a sentence that opens with a
 * condition on the customer's case ("If you paid for a seat you didn't get, we'll refund you
 * once travel is complete") states a policy, not a promise for this case. Each time frame is
 * held against the commitment of its own clause: in "il corriere passerà domani e la richiamo
 * entro 24 ore" "domani" is the courier's (too soon) and "entro 24 ore" the call's.
 */
import { formatDuration } from "../../text/duration.js";
import type { Commitment } from "../../playbook/types.js";
import type { AnalyzedReply, Hit } from "../analysis.js";
import { excerpt, phraseFindings } from "../phrase-findings.js";
import { foldWord } from "../../text/tokens.js";
import type { Rule, RuleFinding } from "../rule.js";
import type { TimeHit } from "../time.js";

interface Options {
  negationWindow: number;
}

const WITHIN: Record<string, string> = { en: "within", it: "entro", el: "μέσα σε" };
const REMEDY_SUGGESTION: Record<string, string> = {
  en: "Say you are asking for it: \"I've asked whether a {{remedy}} is possible and I'll update you within 24 hours.\"",
  it: "Dica che lo sta chiedendo: \"Ho chiesto se è possibile un {{remedy}} e la aggiorno entro 24 ore.\"",
  el: "Πείτε ότι το ζητάτε: \"Ρώτησα αν μπορούμε να σας προσφέρουμε {{remedy}} και θα σας ενημερώσω μέσα σε 24 ώρες.\"",
};

export const rule: Rule<Options> = {
  id: "no-over-promise",
  meta: {
    description: "No time frame sooner than the playbook allows, no absolute guarantees, no remedies that need approval promised outright.",
    principle: "P4",
    defaultSeverity: "error",
    options: {
      negationWindow: { type: "number", default: 4, description: "How many words before a guarantee or time frame a negation (can't, non) may stand to cancel it." },
    },
    messages: {
      tooSoon: "\"{{promised}}\" is sooner than this playbook allows for \"{{commitment}}\" (earliest: {{earliest}})",
      remedy: "Offers \"{{text}}\" ({{remedy}}) outright; this playbook needs approval for it first",
      phrase: "\"{{phrase}}\" is an absolute promise",
    },
    phraseCategory: true,
  },
  check(reply, context) {
    const window = context.options.negationWindow;
    const findings: RuleFinding[] = [];
    // The playbook's time frames and remedies are held against the reply only when a person
    // named the playbook. One guessed from the complaint is often the wrong procedure for the
    // sentence in hand ("we'll reserve your position 36 hrs prior" read against the claims
    // team's two weeks; "refunds are processed once travel is complete" as a refund promised).
    const playbook = context.lint.playbookRouted ? undefined : context.lint.playbook;
    const locale = context.lint.locale;
    if (playbook && reply.commitments.length && reply.times.length) {
      for (const time of reply.times) {
        const finding = checkTime(reply, time, window, locale);
        if (finding) findings.push(finding);
      }
    }
    if (playbook && reply.remedies.length) findings.push(...checkRemedies(reply, window, locale));
    const guarantees = phraseFindings(reply, "no-over-promise", (hit) => !reply.negatedBefore(hit.firstToken, window) && !underCondition(reply, hit));
    for (const g of guarantees) {
      // One report per place: a too-soon time frame says more than the list's "hard-coded day".
      if (!findings.some((f) => f.start < g.end && g.start < f.end)) findings.push(g);
    }
    return findings;
  },
};

function checkTime(reply: AnalyzedReply, time: TimeHit, window: number, locale: string): RuleFinding | undefined {
  if (!Number.isFinite(time.minutes)) return undefined;
  const sentence = reply.sentenceOf[time.firstToken]!;
  // "I've asked the warehouse to check today": the agent's own action, not a promise.
  if ((time.sameDay || time.bare) && reply.inAgentAction(time.firstToken)) return undefined;
  if (reply.negatedBefore(time.firstToken, window)) return undefined;
  const commitment = nearestCommitment(reply, sentence, time);
  if (!commitment || time.minutes >= commitment.earliest.minutes) return undefined;
  const earliest = formatDuration(commitment.earliest, locale);
  return {
    messageId: "tooSoon",
    start: time.start,
    end: time.end,
    data: { promised: excerpt(reply.text.slice(time.start, time.end)), commitment: commitment.label.replace(/\.$/, ""), earliest },
    suggestion: `${WITHIN[locale] ?? "within"} ${earliest}`,
  };
}

/** Words that join two clauses, each with its own promise: "the courier comes tomorrow and I'll call you within 24 hours". */
const CLAUSE_JOINS = new Set(["and", "but", "then", "while", "e", "ed", "ma", "poi", "mentre"]);

/** The first and last token of the clause a token stands in: its sentence, cut at joining words, commas and semicolons. */
function clauseOf(reply: AnalyzedReply, sentence: number, token: number): [number, number] {
  const s = reply.sentences[sentence]!;
  const cut = (j: number) => CLAUSE_JOINS.has(reply.words[j]!) || /[,;:]/.test(reply.text.slice(reply.tokens[j - 1]!.end, reply.tokens[j]!.start));
  let first = token;
  while (first > s.firstToken && !cut(first)) first--;
  let last = token;
  while (last < s.lastToken && !cut(last + 1)) last++;
  return [first, last];
}

/**
 * The commitment whose keywords stand nearest to the time expression, in its clause when one
 * is there, else in its sentence. "Il corriere passerà domani e la richiamo entro 24 ore":
 * "domani" is the courier's time and "entro 24 ore" the call's, though "domani" stands nearer
 * to "la richiamo" than to "corriere".
 */
function nearestCommitment(reply: AnalyzedReply, sentence: number, time: TimeHit): Commitment | undefined {
  const [first, last] = clauseOf(reply, sentence, time.firstToken);
  const inClause = reply.commitments.some((h) => h.firstToken >= first && h.lastToken <= last);
  let best: Hit<Commitment> | undefined;
  let bestDistance = Infinity;
  for (const hit of reply.commitments) {
    if (reply.sentenceOf[hit.firstToken] !== sentence) continue;
    if (inClause && !(hit.firstToken >= first && hit.lastToken <= last)) continue;
    const distance = hit.lastToken < time.firstToken ? time.firstToken - hit.lastToken : hit.firstToken > time.lastToken ? hit.firstToken - time.lastToken + 0.5 : 0;
    if (distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best?.key;
}

function checkRemedies(reply: AnalyzedReply, window: number, locale: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  const reported = new Set<string>();
  // The widest keyword match first ("buono sconto" before "buono").
  const hits = reply.remedies.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of hits) {
    if (!hit.key.requiresApproval) continue;
    const sentence = reply.sentenceOf[hit.firstToken]!;
    const key = `${hit.key.id}:${sentence}`;
    if (reported.has(key)) continue;
    if (reply.hasHedge(sentence)) continue;
    if (reply.negatedBefore(hit.firstToken, window) || customersRequest(reply, hit.firstToken)) continue;
    const promised = promiseIn(reply, sentence, window);
    if (!promised) continue;
    if (reply.hasAgentAction(sentence, false) && reply.futureIn(sentence) < 0) continue;
    reported.add(key);
    const remedy = hit.key.label.toLowerCase();
    out.push({
      messageId: "remedy",
      start: hit.start,
      end: hit.end,
      data: { remedy: hit.key.label, text: excerpt(reply.text.slice(hit.start, hit.end)) },
      suggestion: (REMEDY_SUGGESTION[locale] ?? REMEDY_SUGGESTION.en!).replace("{{remedy}}", remedy),
    });
  }
  return out;
}

/** Words that make a remedy the customer's own request: "follow up with your request for a voucher", "la sua richiesta di rimborso". */
const REQUESTED = new Set(["request", "requests", "requested", "claim", "claims", "application", "richiesta", "richieste", "domanda", "pratica", ...["αίτημα", "αίτηση"].map(foldWord)]);

/** Whether the remedy at token i is what the customer asked for, not what the reply offers. */
function customersRequest(reply: AnalyzedReply, i: number): boolean {
  const sentence = reply.sentenceOf[i];
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (reply.sentenceOf[k] !== sentence) return false;
    if (REQUESTED.has(reply.words[k]!)) return true;
  }
  return false;
}

const PROMISE_VERBS = new Set(["promise", "guarantee", "prometto", "promettiamo", "garantisco", "garantiamo", ...["υπόσχομαι", "υποσχόμαστε", "εγγυώμαι", "εγγυόμαστε", "διαβεβαιώνω"].map(foldWord)]);
const EN_BE = new Set(["m", "am", "re", "are"]);

/** Whether a sentence promises: a future (not negated), "I promise", "we're sending", or an Italian "le mando". */
function promiseIn(reply: AnalyzedReply, sentence: number, window: number): boolean {
  const s = reply.sentences[sentence]!;
  const w = reply.words;
  for (let i = s.firstToken; i <= s.lastToken; i++) {
    if (reply.isFuture(i) && !reply.negatedBefore(i, 2)) return true;
    if (PROMISE_VERBS.has(w[i]!) && !reply.negatedBefore(i, window)) return true;
    if (reply.context.locale === "en" && (w[i] === "i" || w[i] === "we") && EN_BE.has(w[i + 1] ?? "") && (w[i + 2] ?? "").endsWith("ing") && w[i + 2] !== "going") return true;
  }
  for (const b of reply.builtins) {
    if (b.key.kind === "next-step" && reply.sentenceOf[b.firstToken] === sentence && !reply.negatedBefore(b.firstToken, 2)) return true;
  }
  return false;
}

/** Words that open a condition: "If you paid for...", "Se il pacco arriva danneggiato...", "Should you need...". */
const CONDITIONS = new Set(["if", "should", "se", "qualora"]);

/** Words of a remedy: a remedy under a condition states a policy; a guarantee under one is still a guarantee. */
const REMEDY_WORDS = /^(?:refund|reimburs|compensat|credit|voucher|rimbors|risarc|buon|vouch)/;

/**
 * Whether a remedy promised by the phrase list stands in the main clause of a sentence that
 * opens with a condition (past the @mentions): "If you paid for a seat you didn't get, we'll
 * refund you". Guarantees are not excused: "if it breaks, it will never happen again" is one.
 */
function underCondition(reply: AnalyzedReply, hit: Hit<unknown>): boolean {
  let remedy = false;
  for (let k = hit.firstToken; k <= hit.lastToken; k++) if (REMEDY_WORDS.test(reply.words[k]!)) remedy = true;
  if (!remedy) return false;
  const token = hit.firstToken;
  const sentence = reply.sentences[reply.sentenceOf[token]!]!;
  let i = sentence.firstToken;
  while (i < token && reply.text[reply.tokens[i]!.start - 1] === "@") i++;
  if (!CONDITIONS.has(reply.words[i]!)) return false;
  // The promise is in the main clause, after the comma that closes the condition.
  return reply.text.slice(reply.tokens[i]!.end, reply.tokens[token]!.start).includes(",");
}
