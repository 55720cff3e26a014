/**
 * A concrete next step (P6), owed when the reply answers a problem (see ../problem.ts): the
 * reply says what happens next *and* by when, in the same sentence ("I'll call you back within
 * 24 hours", "la richiamo entro 24 ore"), or it hands the next step to the customer plainly:
 * a question, a request to write in private, an address, a number or a link to use. An
 * apology alone is not enough; neither is "we'll look into it" with no time. Praise, thanks
 * and plain answers need no next step, and without a sign of a problem the rule is silent.
 */
import { formatDuration } from "../../text/duration.js";
import { foldText } from "../../text/tokens.js";
import type { AnalyzedReply } from "../analysis.js";
import type { Rule } from "../rule.js";
import { isThreadPart } from "../thread-part.js";

/** Greek written as Greeks write it, folded for the folded words of a reply (no accents, ς = σ). */
const folded = (words: string): Set<string> => new Set(foldText(words).split(" "));
/** Greek pairs, one per line. */
const foldedPairs = (lines: string): Set<string> => new Set(lines.trim().split(/\n/).map((l) => foldText(l)).filter(Boolean));

const WITHIN: Record<string, string> = { en: "within", it: "entro", el: "μέσα σε" };
const ADD_WHEN: Record<string, string> = { en: 'Add when: "{{example}}"', it: 'Aggiunga entro quando: "{{example}}"', el: 'Προσθέστε μέχρι πότε: "{{example}}"' };
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
    // A part of a thread is judged with the thread (the apology may be in another part).
    if (reply.problem !== "problem" || isThreadPart(reply.text, context.lint.thread)) return [];
    // Cheap first: a time frame in a sentence that says what will happen. A time frame that
    // opens with "within", "by", "entro" ("Courier pickup within 48 hours.") says it by itself;
    // a bare one ("48 hours") needs a future or a next-step phrase with it.
    for (const time of reply.times) {
      const sentence = reply.sentenceOf[time.firstToken]!;
      if ((time.bare || time.sameDay) && reply.inAgentAction(time.firstToken)) continue;
      // "Sorry for the inconvenience tonight": a day in an apology is no deadline.
      if (time.sameDay && !isActionSentence(reply, sentence)) continue;
      if (!time.bare || isActionSentence(reply, sentence)) return [];
    }
    if (handsStepToCustomer(reply) || tookStep(reply) || CLOCK_OR_ONCE.test(reply.text) || ON_THE_WAY.test(reply.text)) return [];
    const locale = context.lint.locale;
    // "By when" is owed where the customer is left waiting for us: a vague promise ("we're
    // working hard to get you going as soon as possible", "I hope your bag is with you soon")
    // or a promise to come back ("we'll look into it", "I'll get back to you"). An action
    // complete in itself ("we'll pass your comments on") needs no date.
    const waiting = firstWaitingSentence(reply);
    if (waiting < 0) {
      // Nothing but an apology ("I'm sorry for the inconvenience.") leaves the customer with
      // nothing; an explanation or a plain answer may be all there is to say, so it is let be.
      if (!onlyApology(reply)) return [];
      // "We're sorry you feel that way." to an opinion: with no complaint that reports a
      // problem and nothing named but a feeling, nobody is left waiting for a step.
      if (reply.problemOnlyFelt) return [];
      // "We see you're on your way now, and we truly apologise for the wait": the reply reads
      // the customer's trip as it moves, and nothing is left for anyone to do.
      if (readsStatus(reply)) return [];
      const approved = context.phrases?.approved.find((a) => a.kind === "next-step");
      return [{ messageId: "missing", start: 0, end: 0, suggestion: approved?.text ?? DEFAULT[locale] ?? DEFAULT.en! }];
    }
    // A promise with no date is owed one only on strong evidence: the complaint reports a
    // problem beyond doubt, or the promise is a stock one ("as soon as possible", "we're working
    // hard"). "Our bag team will handle your request" to a single word of complaint is let be.
    if (!reply.complaintReportsProblem && !stockIn(reply, waiting)) return [];
    const commitment = context.lint.playbook?.commitments[0];
    const example = commitment ? `${WITHIN[locale] ?? "within"} ${formatDuration(commitment.default, locale)}` : (DEFAULT[locale] ?? DEFAULT.en!);
    const first = reply.sentences[waiting]!;
    return [{ messageId: "noDeadline", start: first.start, end: first.end, suggestion: (ADD_WHEN[locale] ?? ADD_WHEN.en!).replace("{{example}}", example) }];
  },
};

/** Someone is on the way to the customer: "Someone will be with you shortly", "un operatore la raggiungerà". */
const ON_THE_WAY = /\b(?:someone|somebody|an agent|our agents?|a colleague|a member of our team|our team|staff) will be with you\b|\b(?:un operatore|un addetto|un collega|qualcuno) (?:la|ti|vi) raggiunger[àa](?![\p{L}])|\bsar[àa] da (?:lei|te)\b/iu;

/** Whether a sentence holds a stock phrase of the team's list. */
function stockIn(reply: AnalyzedReply, sentence: number): boolean {
  for (const b of reply.banned) if (reply.sentenceOf[b.firstToken] === sentence) return true;
  return false;
}

/** A clock time ("depart at 5:45 pm") or a condition that dates the step ("once travel is complete", "non appena"). */
const CLOCK_OR_ONCE =
  /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}[:.]\d{2}(?:[ap]\b|\b)|\b(?:alle|dalle|verso le) \d{1,2}\b|\b(?:once|non appena|appena)\s|\bas soon as (?:we|i|they|he|she|it|you)(?:['’]ve| have)? (?:get|gets|got|have|hear|heard|receive|received|know|find|land|lands|arrive|arrives|reviewed)\b|(?<![\p{L}])(?:μόλις|[Μμ]όλις)\s/iu;

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

/** Words of a promise to come back to the customer, who waits for it (folded). */
const FOLLOW_UP: Record<string, ReadonlySet<string>> = {
  en: new Set(["update", "updated", "posted", "informed", "know", "into", "investigate", "investigating", "follow", "back", "touch", "hear", "contact", "call", "respond", "reply"]),
  it: new Set(["sapere", "aggiorno", "aggiorneremo", "aggiornarla", "aggiornarti", "ricontatteremo", "ricontatto", "ricontattarla", "richiamo", "richiameremo", "verificheremo", "verifichiamo", "contatteremo", "risponderemo", "controlleremo"]),
  el: folded("ενημερώσω ενημερώσουμε ελέγξω ελέγξουμε εξετάσω εξετάσουμε διερευνήσω διερευνήσουμε επικοινωνήσω επικοινωνήσουμε τηλεφωνήσω τηλεφωνήσουμε απαντήσω απαντήσουμε επανέλθω επανέλθουμε ψάξω ψάξουμε κοιτάξω κοιτάξουμε"),
};

/** Words of a promise with no date: "as soon as possible", "working hard", "hopefully", "a breve" (folded; pairs joined by a space). */
const VAGUE: Record<string, { words: ReadonlySet<string>; pairs: ReadonlySet<string> }> = {
  en: {
    words: new Set(["asap", "shortly", "promptly", "diligently", "hopefully", "tirelessly"]),
    pairs: new Set(["as soon", "soon as", "working hard", "working on", "working to", "hope to", "hope your", "hope you", "hope we", "hope this", "hope it", "is with", "be with", "in due"]),
  },
  it: {
    words: new Set(["asap", "prestissimo"]),
    pairs: new Set(["al piu", "piu presto", "quanto prima", "a breve", "prima possibile", "stiamo lavorando", "sta lavorando", "stanno lavorando", "il possibile", "speriamo di", "speriamo che", "ci auguriamo"]),
  },
  el: {
    words: folded("σύντομα συντόμως προσεχώς ελπίζω ελπίζουμε asap"),
    pairs: foldedPairs(`
      το συντομότερο
      το ταχύτερο
      το γρηγορότερο
      όσο το
      εργαζόμαστε για
      δουλεύουμε για
      δουλεύουμε πάνω
      εύχομαι να
    `),
  },
};
/** Effort with no date, a vague promise only when promised ("we'll do all we can"), not when described ("we do our best to keep seats"). */
const EFFORT: Record<string, ReadonlySet<string>> = {
  en: new Set(["all we", "all they", "our best", "their best", "everything we", "everything they", "what we", "our utmost"]),
  it: new Set(["il possibile", "del nostro", "tutto il"]),
  el: foldedPairs(`
    το καλύτερο
    κάθε προσπάθεια
    κάθε δυνατή
    το παν
  `),
};
/**
 * Words that aim a promise at the customer's next experiences, not at this case: "we'll do all
 * we can to make sure you have a positive experience moving forward" leaves nobody waiting.
 */
const FROM_NOW_ON: Record<string, ReadonlySet<string>> = {
  en: new Set(["moving forward", "going forward", "in future", "the future", "next time", "future flights", "future travel", "future trips", "future visits", "future orders"]),
  it: new Set(["in futuro", "prossima volta", "prossimi viaggi", "prossimi ordini", "d ora", "da ora"]),
};
/**
 * Words that name the means of a contact the agent makes themself: "I will give you a call at
 * the number you sent" is a step under way, not a promise to come back some day.
 */
const MEANS: Record<string, ReadonlySet<string>> = {
  en: new Set(["the number", "your number", "by phone", "by email", "via email", "by dm", "via dm", "your email", "the email", "by text"]),
  it: new Set(["al numero", "per email", "via email", "per telefono", "in privato", "sua email", "suo numero"]),
};
const hasPair = (reply: AnalyzedReply, s: number, pairs: ReadonlySet<string> | undefined): boolean => {
  if (!pairs) return false;
  const { firstToken, lastToken } = reply.sentences[s]!;
  for (let i = firstToken; i < lastToken; i++) if (pairs.has(`${reply.words[i]} ${reply.words[i + 1]}`)) return true;
  return false;
};

/** Words that open a condition: "if your husband has been in touch, we'll do all we can". */
const CONDITIONS: Record<string, ReadonlySet<string>> = { en: new Set(["if", "should"]), it: new Set(["se", "qualora"]) };

/**
 * Whether a sentence promises only on a condition about the customer's case, stated at its
 * start (after a greeting and a name): "Hi Kate, if your husband has been in contact with us,
 * we'll do all we can to assist him." Nothing is promised to a customer left waiting.
 */
function conditional(reply: AnalyzedReply, s: number): boolean {
  const cond = CONDITIONS[reply.context.locale];
  const { firstToken, lastToken } = reply.sentences[s]!;
  if (!cond) return false;
  for (let i = firstToken; i <= Math.min(lastToken, firstToken + 4); i++) if (cond.has(reply.words[i]!)) return true;
  return false;
}

/** Goodbyes that look like vague promises: "hope to see you soon", "hope you have a great trip", "hope this helps", "hope to still welcome you on board". */
const FAREWELL_AFTER_HOPE = new Set(["see", "have", "enjoy", "enjoyed", "had", "get", "are", "re", "feel", "fly", "travel", "visit", "find", "welcome", "still", "helps", "helped", "clarifies", "answers"]);

/** The first sentence that leaves the customer waiting for us with no date: a vague promise or a promise to come back. */
function firstWaitingSentence(reply: AnalyzedReply): number {
  const follow = FOLLOW_UP[reply.context.locale];
  const vague = VAGUE[reply.context.locale];
  if (!follow || !vague) return firstActionSentence(reply);
  const words = reply.words;
  for (let s = 0; s < reply.sentences.length; s++) {
    const { firstToken, lastToken } = reply.sentences[s]!;
    if (hasPair(reply, s, FROM_NOW_ON[reply.context.locale]) || conditional(reply, s)) continue;
    const action = isActionSentence(reply, s);
    const byMeans = hasPair(reply, s, MEANS[reply.context.locale]);
    for (let i = firstToken; i <= lastToken; i++) {
      const w = words[i]!;
      if (action && follow.has(w) && !byMeans && !reply.negatedBefore(i, 3)) return s;
      if (vague.words.has(w)) return s;
      if (action && i < lastToken && EFFORT[reply.context.locale]?.has(`${w} ${words[i + 1]}`)) return s;
      if (i < lastToken && vague.pairs.has(`${w} ${words[i + 1]}`)) {
        if (w === "hope" && FAREWELL_AFTER_HOPE.has(words[i + 2] ?? "")) continue;
        return s;
      }
    }
  }
  return -1;
}

/**
 * Whether every sentence is an apology, empathy, a stock phrase, a greeting or a name: nothing
 * the customer can act on or learn from ("We're sorry for the inconvenience, Emily.").
 */
function onlyApology(reply: AnalyzedReply): boolean {
  let apology = false;
  for (let s = 0; s < reply.sentences.length; s++) {
    const sentence = reply.sentences[s]!;
    if (sentence.lastToken < sentence.firstToken || sentence.lastToken - sentence.firstToken < 2) continue;
    // "Let us know if we can assist", "We must do better", "Safety is our top priority": said
    // around an apology, nothing the customer can act on either.
    if (openOffer(reply, s) || owning(reply, s)) continue;
    const covered = (h: { firstToken: number }) => reply.sentenceOf[h.firstToken] === s;
    const sorry = reply.builtins.some((h) => h.key.kind === "empathy" && covered(h)) || reply.approved.some((h) => h.key.kind === "empathy" && covered(h)) || reply.banned.some(covered);
    if (!sorry || isActionSentence(reply, s)) return false;
    apology = true;
  }
  return apology;
}

/** Participles of a step already taken: "the Avios have now been refunded", "we've passed on your comments". */
const DONE: Record<string, ReadonlySet<string>> = {
  en: new Set(["refunded", "passed", "forwarded", "shared", "submitted", "processed", "rebooked", "sent", "issued", "credited", "fixed", "resolved", "reinstated", "added", "updated", "escalated", "raised", "logged", "replied", "responded", "rebooked", "cancelled", "canceled", "changed", "booked", "arranged", "restored", "reset", "taken", "noted"]),
  it: new Set(["rimborsato", "rimborsata", "inoltrato", "inoltrata", "inviato", "inviata", "risolto", "risolta", "aperto", "aperta", "sollecitato", "spedito", "spedita", "ripristinato", "ripristinata", "annullato", "annullata", "modificato", "modificata"]),
  // "έχουμε ήδη επιστρέψει", "έχει πιστωθεί": the form after έχω.
  el: folded("επιστρέψει επιστραφεί προωθήσει προωθηθεί στείλει αποσταλεί ακυρώσει ακυρωθεί διορθώσει διορθωθεί επιλύσει επιλυθεί λύσει λυθεί καταχωρίσει καταχωρηθεί καταχωρήσει ανοίξει πιστώσει πιστωθεί αλλάξει κανονίσει ενημερώσει αποκαταστήσει αποκατασταθεί ολοκληρώσει ολοκληρωθεί"),
};
const AUX: Record<string, ReadonlySet<string>> = {
  en: new Set(["have", "has", "ve", "s", "been", "was", "were"]),
  it: new Set(["ho", "abbiamo", "stato", "stata", "e", "sono"]),
  el: folded("έχω έχουμε έχει έχουν έχετε"),
};

/** Whether the reply reports a step already taken for the customer ("has now been refunded", "I can confirm"). */
function tookStep(reply: AnalyzedReply): boolean {
  const done = DONE[reply.context.locale];
  const aux = AUX[reply.context.locale];
  if (!done || !aux) return false;
  const words = reply.words;
  for (let i = 1; i < words.length; i++) {
    if (!done.has(words[i]!)) continue;
    // "have refunded", "has now been refunded", "we've already passed on"
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (aux.has(words[k]!)) return !reply.negatedBefore(k, 2);
    }
  }
  for (let i = 0; i + 2 < words.length; i++) if (words[i] === "i" && words[i + 1] === "can" && words[i + 2] === "confirm") return true;
  return false;
}

const INSTRUCTIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(["please", "pls", "plz", "kindly", "dm", "send", "follow", "check", "visit", "call", "contact", "reach", "click", "try", "let", "tell", "share", "provide", "head", "go", "give", "use", "select", "download", "update", "reply", "text", "email", "fill", "see", "look", "feel", "drop", "ring", "message", "pop", "confirm", "make", "keep", "refer", "speak", "ask", "find", "tap", "log", "sign", "complete", "submit", "hit", "stop", "bring", "take", "just"]),
  it: new Set(["scriva", "scrivi", "scriveteci", "contatti", "contatta", "contattaci", "chiami", "chiama", "invii", "invia", "mandi", "manda", "visiti", "verifichi", "controlli", "segua", "provi", "prova", "indichi", "clicchi", "acceda", "compili", "scrivici"]),
  el: folded("στείλτε γράψτε επικοινωνήστε καλέστε τηλεφωνήστε επισκεφθείτε επισκεφτείτε δοκιμάστε ελέγξτε συμπληρώστε πατήστε ακολουθήστε απαντήστε ενημερώστε δώστε χρησιμοποιήστε επιλέξτε κατεβάστε συνδεθείτε ανοίξτε παρακαλώ παρακαλούμε"),
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
    // "You can change it in the app", "Have you tried the app?"
    if (reply.context.locale === "en" && (w === "you" || w === "have")) return ["can", "could", "may", "tried", "checked"].includes(reply.words[i + 1] ?? "");
    return instructions.has(w) || asksAt(reply, i);
  };
  if (asksAnywhere(reply)) return true;
  // A question the reply opens with, after its @mentions, without the mark: "@sam What's your flight number."
  const mentions = reply.openingMentionsEnd;
  if (mentions > 0) {
    const first = reply.tokens.findIndex((t) => t.start >= mentions);
    if (first >= 0 && asksAt(reply, first)) return true;
  }
  for (let n = 0; n < reply.sentences.length; n++) {
    const s = reply.sentences[n]!;
    if (s.lastToken < s.firstToken || openOffer(reply, n)) continue;
    if (opens(s.firstToken)) return true;
    // After a greeting or a name and a comma: "Hi Ann, please DM us", "Laura, ci scriva".
    for (let i = s.firstToken + 1; i <= Math.min(s.lastToken, s.firstToken + 3); i++) {
      if (/,\s*$/.test(text.slice(reply.tokens[i - 1]!.end, reply.tokens[i]!.start)) && opens(i)) return true;
    }
  }
  return false;
}

/** Words that open a question even without its mark: "What's your flight number." (folded). */
const QUESTION_OPENERS: Record<string, { first: ReadonlySet<string>; then?: ReadonlySet<string> }[]> = {
  en: [
    { first: new Set(["what", "which", "where", "when", "who", "how"]), then: new Set(["s", "is", "are", "was", "were", "do", "did", "does", "can", "could", "would", "time", "flight", "city", "date", "day", "number", "airport", "kind", "type", "seat", "device", "email", "your", "long", "many", "much"]) },
    { first: new Set(["can", "could", "would", "do", "did", "have", "are", "were", "is"]), then: new Set(["you"]) },
  ],
  it: [{ first: new Set(["qual", "quale", "quali"]) }, { first: new Set(["puo", "potrebbe", "puoi", "potresti"]), then: new Set(["indicarci", "dirci", "inviarci", "mandarci", "confermarci", "scriverci", "darci", "indicarmi", "dirmi", "inviarmi", "mandarmi"]) }],
};

/** Whether a sentence asks something, with or without the question mark. */
function asksAt(reply: AnalyzedReply, i: number): boolean {
  const openers = QUESTION_OPENERS[reply.context.locale];
  if (!openers) return false;
  const w = reply.words[i];
  const next = reply.words[i + 1] ?? "";
  return openers.some((o) => o.first.has(w ?? "") && (!o.then || o.then.has(next)));
}

/** Words of a trip reported as it moves: "you're on your way", "you've boarded", "siete a bordo" (folded). */
const STATUS: Record<string, { see: ReadonlySet<string>; who: ReadonlySet<string>; moving: ReadonlySet<string> }> = {
  en: { see: new Set(["see", "notice", "noticed", "saw"]), who: new Set(["you", "your"]), moving: new Set(["way", "boarded", "boarding", "landed", "departed", "arrived", "onboard", "airborne", "rebooked", "taxiing", "pushed", "headed", "wheels", "route", "air"]) },
  it: { see: new Set(["vediamo", "vedo", "notiamo"]), who: new Set(["che"]), moving: new Set(["bordo", "partito", "partita", "partiti", "atterrato", "atterrata", "atterrati", "arrivato", "arrivata", "arrivati", "volo", "viaggio", "riprotetto", "riprotetta", "imbarcato", "imbarcata"]) },
};

/** Whether the reply reads the customer's trip as it moves ("We see you're on your way now"). */
function readsStatus(reply: AnalyzedReply): boolean {
  const st = STATUS[reply.context.locale];
  if (!st) return false;
  const words = reply.words;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!st.see.has(words[i]!) || !(st.who.has(words[i + 1]!) || (words[i + 1] === "that" && st.who.has(words[i + 2] ?? "")))) continue;
    for (let j = i + 2; j < words.length && reply.sentenceOf[j] === reply.sentenceOf[i]; j++) if (st.moving.has(words[j]!)) return true;
  }
  return false;
}

/** Two-word openings of a request or an instruction, wherever they stand ("if you need help, please let us know"). */
const REQUESTS: Record<string, ReadonlySet<string>> = {
  en: new Set(["please let", "please send", "please dm", "please contact", "please call", "please check", "please reach", "please follow", "please visit", "please try", "please email", "please provide", "please share", "please give", "please use", "please go", "please message", "please pop", "please drop", "please confirm", "let us", "let me", "we suggest", "we recommend", "d recommend", "d suggest", "we advise", "i recommend", "i suggest", "need to", "have to", "feel free", "kindly send", "kindly dm", "kindly share", "pls dm", "pls send", "pls let", "please can", "pls contact", "pls call", "pls reach", "pls tweet", "please tweet", "pls see", "please see", "pls check", "pls visit"]),
  it: new Set(["ci scriva", "ci invii", "ci mandi", "ci contatti", "mi scriva", "mi invii", "mi mandi", "mi contatti", "può scriverci", "puo scriverci", "può contattarci", "puo contattarci", "le chiedo", "le chiediamo", "ti chiedo", "ti chiediamo", "può inviarci", "puo inviarci", "le suggeriamo", "le suggerisco", "le consigliamo", "le consiglio", "ti suggeriamo", "ti consigliamo"]),
  // Not "σας ζητώ": "σας ζητώ συγγνώμη" is an apology.
  el: foldedPairs(`
    σας παρακαλώ
    σας παρακαλούμε
    σας προτείνω
    σας προτείνουμε
    σας συνιστώ
    σας συνιστούμε
    μπορείτε να
    στείλτε μου
    στείλτε μας
    γράψτε μου
    γράψτε μας
  `),
};

function asksAnywhere(reply: AnalyzedReply): boolean {
  const requests = REQUESTS[reply.context.locale];
  if (!requests) return false;
  const words = reply.words;
  for (let i = 0; i + 1 < words.length; i++) if (requests.has(`${words[i]} ${words[i + 1]}`) && !openOffer(reply, reply.sentenceOf[i]!)) return true;
  return false;
}

/**
 * What an open offer offers and the word that makes it conditional: "let us know if we can
 * assist", "if you need any help, let us know", "ci faccia sapere se ha bisogno di aiuto",
 * "restiamo a disposizione" (folded).
 */
const OFFERS: Record<string, { offer: ReadonlySet<string>; cond: ReadonlySet<string>; specific: ReadonlySet<string> }> = {
  en: { offer: new Set(["assist", "assistance", "help", "questions", "anything"]), cond: new Set(["if", "should"]), specific: new Set(["with", "rebooking", "booking", "getting", "send", "dm", "share", "provide", "confirmation", "number", "details", "reference"]) },
  it: { offer: new Set(["aiuto", "aiutarla", "aiutarti", "assistenza", "domande", "bisogno", "disposizione"]), cond: new Set(["se", "disposizione"]), specific: new Set(["con", "per", "invii", "mandi", "invia", "manda", "numero", "codice", "dettagli", "prenotazione"]) },
};

/**
 * Whether a sentence only offers help should the customer want it ("Let us know if we can
 * assist via Twitter."): the customer is handed no step (a question, a link, a number, a DM
 * to send are steps; they make it more than an offer).
 */
function openOffer(reply: AnalyzedReply, s: number): boolean {
  const o = OFFERS[reply.context.locale];
  const sentence = reply.sentences[s];
  if (!o || !sentence || sentence.lastToken < sentence.firstToken) return false;
  let offer = false;
  let cond = false;
  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const w = reply.words[i]!;
    if (o.offer.has(w)) {
      offer = true;
      // "If you need assistance with re-booking, let us know": the offer names its step.
      if (o.specific.has(reply.words[i + 1] ?? "")) return false;
    }
    if (o.cond.has(w)) cond = true;
    // "Feel free to send your confirmation number if you're still waiting": details asked for.
    else if (o.specific.has(w) && w !== "with" && w !== "con" && w !== "per") return false;
  }
  if (!offer || !cond) return false;
  const text = reply.text.slice(sentence.start, sentence.end).replace(/^(?:\s*@\w+)+/, "");
  if (/[?\d@]|https?:\/\//.test(text)) return false;
  const inSentence = (h: { firstToken: number }) => reply.sentenceOf[h.firstToken] === s;
  return !reply.builtins.some((h) => h.key.kind === "private-channel" && inSentence(h)) && !reply.approved.some((h) => h.key.kind === "private-channel" && inSentence(h));
}

/** Words of a sentence that owns a failure or states a value, and does nothing: "we must do better", "safety is our top priority" (folded pairs). */
const OWNING: Record<string, ReadonlySet<string>> = {
  en: new Set(["do better", "top priority", "1 priority", "number one", "we expect", "level of", "the standard"]),
  it: new Set(["fare meglio", "massima priorita", "priorita assoluta", "nostra priorita", "ci aspettiamo", "livello di"]),
};

/** Whether a sentence owns a failure or states a value and promises nothing: "We must do better." */
function owning(reply: AnalyzedReply, s: number): boolean {
  return hasPair(reply, s, OWNING[reply.context.locale]) && !isActionSentence(reply, s);
}
