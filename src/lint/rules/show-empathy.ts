/**
 * An apology or an empathy statement (P3, P5), owed when the reply answers a problem: praise,
 * thanks and plain questions need none. Whether there is a problem comes from the complaint
 * when it is given, else from the reply itself ("the delay", "this issue"); when neither says
 * so the rule stays silent, as it does when, with no complaint saying so, the reply only
 * apologises for a confusion ("sorry for any confusion"). An apology inside a stock formula ("we apologise for any
 * inconvenience") does not count; a negated one does not count.
 */
import type { AnalyzedReply } from "../analysis.js";
import type { Rule } from "../rule.js";
import { welcomesGoodNews } from "../good-news.js";
import { isThreadPart } from "../thread-part.js";
import { foldText } from "../../text/tokens.js";

const DEFAULT: Record<string, string> = { en: "I'm so sorry this happened.", it: "Mi dispiace davvero per quello che è successo.", el: "Λυπάμαι πραγματικά." };

export const rule: Rule = {
  id: "show-empathy",
  meta: {
    description: "An apology or empathy statement in the first person when the reply answers a problem.",
    principle: "P3",
    defaultSeverity: "warn",
    options: {},
    messages: {
      missing: "No apology or empathy statement",
      // The reply does apologise, by formula: saying "no apology" would read as a mistake of the tool.
      onlyFormula: "The only apology is for nothing in particular: say what you are sorry for, in the first person",
    },
  },
  check(reply, context) {
    // A part of a thread is judged with the thread (the apology may be in another part).
    if (reply.problem !== "problem" || isThreadPart(reply.text, context.lint.thread)) return [];
    if (continuesConversation(reply) || welcomesGoodNews(reply)) return [];
    // No complaint says there is a problem and the reply only apologises for a confusion
    // ("Sorry for any confusion! DM means direct message."): a question was unclear, no
    // problem the customer suffered is named, so nothing says an apology is owed.
    if (reply.problemOnlyFelt && onlyConfusion(reply)) return [];
    // An apology for nothing in particular ("we apologise for any inconvenience") does not
    // count; one in a company voice that names what happened ("we're sorry to hear about your
    // bag") is a stock phrase (no-canned-phrase says so) but still an apology.
    let formula = false;
    for (const hits of [reply.approved, reply.builtins]) {
      for (const h of hits) {
        if (h.key.kind !== "empathy" || reply.negatedBefore(h.firstToken, 2)) continue;
        if (!emptyApology(reply, h.start, h.end)) return [];
        formula = true;
      }
    }
    // Owed only on strong evidence, since a reply that answers a question, a joke or a
    // suggestion owes no apology and a word or two cannot tell them apart: the reply itself
    // apologises by formula (it knows of a problem and says sorry for nothing in particular),
    // or the complaint reports a problem beyond doubt. Without the complaint, only the first.
    if (!formula && !reply.complaintReportsProblem) return [];
    const approved = context.phrases?.approved.find((a) => a.kind === "empathy");
    return [{ messageId: formula ? "onlyFormula" : "missing", start: 0, end: 0, suggestion: approved?.text ?? DEFAULT[context.lint.locale] ?? DEFAULT.en! }];
  },
};

/**
 * What an apology for nothing in particular apologises for ("any inconvenience", "il disagio"),
 * folded. An apology for the customer's disappointment, trouble or the disruption to their trip
 * is a stock phrase (no-canned-phrase says so) but names what the customer went through: it
 * counts as an apology, as real reviewers read it.
 */
const EMPTY_OBJECTS = new Set([
  "inconvenience", "inconveniences", "frustration", "frustrations",
  "disagio", "disagi", "inconveniente", "inconvenienti", "disservizio", "disservizi", "disguido", "disguidi",
  ...foldText("ταλαιπωρία αναστάτωση ενόχληση αναστάτωση παρεξήγηση απογοήτευση").split(" "),
]);

/** What an apology for an unclear answer apologises for: the customer was confused, not wronged. */
const CONFUSION = new Set(["confusion", "misunderstanding", "mix", "equivoco", "malinteso", "fraintendimento", ...foldText("παρεξήγηση σύγχυση").split(" ")]);

/** Whether everything the reply apologises for in particular is a confusion ("sorry for any confusion"). */
function onlyConfusion(reply: AnalyzedReply): boolean {
  let confusion = false;
  for (const w of reply.words) {
    if (CONFUSION.has(w)) confusion = true;
    else if (EMPTY_OBJECTS.has(w)) return false;
  }
  return confusion;
}

/** Feelings an apology may be for: with what caused them named, the apology names it too. */
const FELT = new Set(["frustration", "frustrations", "frustrazione"]);
/** What caused the feeling, named after it: "with waiting for connecting passengers", "our delay is causing you". */
const CAUSES = new Set(["delay", "delays", "wait", "waiting", "hold", "queue", "queues", "cancellation", "ritardo", "ritardi", "attesa", "coda", "cancellazione"]);

/**
 * Whether an apology overlaps a stock phrase that apologises for nothing in particular. An
 * apology for the customer's frustration that names its cause in the same sentence ("sorry for
 * the frustrations our delay is causing you") names what happened, and counts.
 */
function emptyApology(reply: AnalyzedReply, start: number, end: number): boolean {
  for (const b of reply.banned) {
    if (!(b.start < end && start < b.end)) continue;
    // "We understand your frustration" is stock (no-canned-phrase says so) but no apology for
    // nothing in particular: it meets the customer's feeling, as real reviewers read it.
    if (!apologises(reply, b.firstToken, b.lastToken)) continue;
    for (let i = b.firstToken; i <= b.lastToken; i++) {
      const w = reply.words[i]!;
      if (EMPTY_OBJECTS.has(w) && !(FELT.has(w) && causeNamed(reply, b.lastToken))) return true;
    }
  }
  return false;
}

/** Words of an apology, folded: a formula without one ("we understand your frustration") names a feeling, it does not apologise. */
const APOLOGY_WORDS = new Set([
  "sorry", "apologise", "apologize", "apologises", "apologizes", "apologised", "apologized", "apologies", "apology", "regret", "regrets", "forgive", "pardon", "excuse",
  "scuse", "scusa", "scusi", "scusiamo", "scuso", "scusate", "scusandoci", "dispiace", "spiace", "spiacenti", "spiacente", "dispiaciuti", "rammarico", "rammarichiamo", "rincresce",
  ...foldText("συγγνώμη συγγνώμες λυπάμαι λυπούμαι λυπούμαστε απολογούμαι ζητώ ζητούμε ζητάμε").split(" "),
]);

function apologises(reply: AnalyzedReply, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (APOLOGY_WORDS.has(reply.words[i]!)) return true;
  return false;
}

function causeNamed(reply: AnalyzedReply, after: number): boolean {
  const sentence = reply.sentenceOf[after];
  for (let i = after + 1; i < reply.words.length && reply.sentenceOf[i] === sentence; i++) if (CAUSES.has(reply.words[i]!)) return true;
  return false;
}

/** Openings of a later turn in a conversation: the customer has answered us ("Got it.", "Thanks for clarifying."). */
const CONTINUATIONS: Record<string, readonly string[]> = {
  en: ["got it", "thanks for clarifying", "thank you for clarifying", "thanks for confirming", "thank you for confirming", "thanks for the info", "thanks for the update", "thanks for letting us know", "no problem", "you re welcome", "understood", "glad to hear", "great to hear", "thanks for getting back", "you are welcome",
    // Good news from the customer: "That's good to hear, thanks for the kind words."
    "good to hear", "that s good to hear", "that s great to hear", "so glad to hear", "so good to hear", "happy to hear", "thanks for the kind words", "thank you for the kind words",
    // A question taken as one: "Great question! Boarding starts 30 minutes before departure."
    "great question", "good question",
    // Delight at what the customer tells: "Nice! We're looking forward to seeing you."
    "nice", "awesome", "yay", "woohoo", "how exciting", "sounds like fun", "sounds fun"],
  it: ["grazie per la conferma", "grazie per le informazioni", "perfetto", "si figuri", "di nulla", "prego", "ci fa piacere", "che bella notizia", "felici di sapere", "ottima domanda", "bella domanda", "buona domanda", "che bello", "evviva"],
  el: ["ευχαριστώ για την επιβεβαίωση", "ευχαριστούμε για την επιβεβαίωση", "ευχαριστώ για τις πληροφορίες", "ευχαριστούμε για τις πληροφορίες", "ευχαριστώ για την ενημέρωση", "ευχαριστούμε για την ενημέρωση", "κατανοητό", "χαίρομαι που το ακούω", "χαιρόμαστε που το ακούμε", "τι ωραία νέα", "ευχαριστούμε για τα καλά σας λόγια", "να είστε καλά"].map(foldText),
};

/**
 * Whether the reply is a later turn of a conversation: it opens (after the @mentions and a
 * greeting) by taking note of the customer's answer. The apology belonged to the first turn.
 */
function continuesConversation(reply: AnalyzedReply): boolean {
  const openings = CONTINUATIONS[reply.context.locale];
  if (!openings) return false;
  const first = reply.sentences.find((s) => s.lastToken >= s.firstToken);
  if (!first) return false;
  let i = first.firstToken;
  // Past the @mentions the reply opens with ("@dana_k @shop Got it.").
  const mentions = reply.openingMentionsEnd;
  while (i <= first.lastToken && reply.tokens[i]!.start < mentions) i++;
  if (i > first.lastToken) return false;
  if (["hi", "hello", "hey", "ciao", "salve", "buongiorno", "buonasera", "καλημερα", "καλησπερα"].includes(reply.words[i]!)) i += reply.words[i + 1] !== undefined && /^[,.!\s]*$/.test(reply.text.slice(reply.tokens[i]!.end, reply.tokens[i + 1]!.start)) ? 1 : 2;
  const head = reply.words.slice(i, i + 5).join(" ");
  return openings.some((o) => head === o || head.startsWith(`${o} `));
}
