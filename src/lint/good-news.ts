/**
 * What the reply itself says of the customer's news: glad of it ("we're glad to hear", "that's
 * great to hear", "felici di sapere") or saying no to what was asked ("tickets are
 * nontransferable, but we appreciate your feedback"). show-empathy owes no apology for news the
 * reply is glad of; thanks for "feedback" (no-canned-phrase, entries marked notOnPraise) are
 * plain thanks after good news and a form line after a no.
 */
import type { AnalyzedReply } from "./analysis.js";

/** Words of gladness and what it is glad of: "we're glad to hear", "pleased to see", "lieti di sapere" (folded). */
const GLAD: Record<string, { glad: ReadonlySet<string>; to: string; of: ReadonlySet<string>; that: string; subjects: ReadonlySet<string> }> = {
  en: { glad: new Set(["glad", "happy", "pleased", "delighted", "thrilled"]), to: "to", of: new Set(["hear", "see", "know", "read", "learn"]), that: "that", subjects: new Set(["you", "your", "he", "she", "it", "they", "the", "everything", "all"]) },
  it: { glad: new Set(["lieti", "lieto", "lieta", "felici", "felice", "contenti", "contento", "contenta"]), to: "di", of: new Set(["sapere", "leggere", "vedere", "sentire"]), that: "che", subjects: new Set(["sia", "siate", "abbia", "abbiate", "tutto", "il", "la", "lei"]) },
  // «Χαιρόμαστε (πολύ) που η βαλίτσα σας βρέθηκε», «χαρήκαμε που το ακούσαμε», «χαίρομαι να το ακούω».
  el: {
    glad: new Set(["χαιρομαστε", "χαιρομαι", "χαρηκαμε", "χαρηκα", "χαρουμενοι", "χαρουμενοσ", "χαρουμενη"]),
    to: "να",
    of: new Set(["ακουμε", "ακουω", "διαβαζουμε", "διαβαζω", "μαθαινουμε", "μαθαινω", "βλεπουμε", "βλεπω", "το", "τα"]),
    that: "που",
    subjects: new Set(["πολυ", "ιδιαιτερα", "ειλικρινα", "το", "τα", "ολα", "η", "ο", "οι", "ειστε", "εισαστε", "ακουμε", "ακουσαμε", "διαβαζουμε", "διαβασαμε", "μαθαινουμε", "μαθαμε", "βλεπουμε", "ειδαμε", "τελικα", "επιτελουσ"]),
  },
};

/**
 * "That's <word> to hear" with a word of delight: "that's great to hear", "so good to read",
 * "that's #AAwesome to hear" (a brand's own spelling of awesome); not "that's sad to hear", nor
 * "it is important to read the terms".
 */
const THAT_S: Record<string, { heads: ReadonlySet<string>; to: string; of: ReadonlySet<string>; good: ReadonlySet<string> }> = {
  en: {
    heads: new Set(["s", "is", "so", "was", "how", "always", "really", "very"]),
    to: "to",
    of: new Set(["hear", "see", "read"]),
    good: new Set(`great good awesome wonderful fantastic amazing excellent nice lovely brilliant terrific fab fabulous superb cool
      exciting encouraging reassuring refreshing heartwarming incredible outstanding sweet`.split(/\s+/)),
  },
  it: { heads: new Set(["e", "molto", "davvero", "proprio", "che"]), to: "da", of: new Set(["sapere", "leggere", "sentire", "vedere"]), good: new Set(["bello", "bella", "bellissimo", "piacevole", "fantastico", "ottimo", "splendido", "magnifico"]) },
  // «Είναι υπέροχο να το ακούμε», «τόσο ωραίο να το διαβάζουμε».
  el: {
    heads: new Set(["ειναι", "ηταν", "τοσο", "πολυ", "τι"]),
    to: "να",
    of: new Set(["το", "τα", "ακουμε", "διαβαζουμε", "βλεπουμε", "ακουω", "διαβαζω"]),
    good: new Set(["υπεροχο", "υπεροχα", "τελειο", "τελεια", "ωραιο", "ωραια", "φανταστικο", "καταπληκτικο", "ευχαριστο", "χαρα", "απιθανο"]),
  },
};

/**
 * Whether the reply welcomes good news anywhere ("While we aim for smoother trips, we're glad
 * to hear we got your bag back to you", "That's great to hear!"): what the customer tells of is
 * settled, and the reply is glad of it.
 */
export function welcomesGoodNews(reply: AnalyzedReply): boolean {
  const locale = reply.context.locale;
  const g = GLAD[locale];
  if (!g) return false;
  const t = THAT_S[locale]!;
  const words = reply.words;
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (g.glad.has(w) && !reply.negatedBefore(i, 2)) {
      if (words[i + 1] === g.to && g.of.has(words[i + 2]!)) return true;
      // "We're glad your son arrived safe and sound", "felici che sia arrivato".
      const next = words[i + 1] === g.that ? words[i + 2]! : words[i + 1]!;
      if (g.subjects.has(next)) return true;
    }
    // "That's great to hear", "è bello da sapere".
    if (i > 0 && t.heads.has(words[i - 1]!) && words[i + 1] === t.to && t.of.has(words[i + 2]!) && (t.good.has(w) || w.endsWith("awesome")) && !reply.negatedBefore(i, 2)) return true;
  }
  return false;
}

/**
 * Words that say no to the customer before thanks for their "feedback", in the same sentence or
 * the one before: "All tickets are nontransferable, but we appreciate your feedback", "While we
 * feel open seating works best, we appreciate the feedback!", "purtroppo non è possibile".
 */
const DECLINES: Record<string, ReadonlySet<string>> = {
  en: new Set(["but", "however", "while", "although", "though", "unfortunately", "sadly", "unable", "cannot", "can", "won", "don", "doesn", "isn", "aren", "not", "no", "never"]),
  it: new Set(["ma", "pero", "tuttavia", "purtroppo", "sebbene", "benche", "mentre", "non", "impossibile"]),
  el: new Set(["αλλα", "ομωσ", "ωστοσο", "δυστυχωσ", "παροτι", "μολονοτι", "ενω", "δεν", "δε", "αδυνατο", "αδυνατον"]),
};
/** Words of contrast only where a clause starts: "While we don't fly there, ..." but not "...connected while in the air". */
const CLAUSE_OPENERS = new Set(["while", "although", "though", "mentre", "sebbene", "benche", "ενω"]);
/** Words that say no only as "can't", "won't", "don't"... (the "t" of the apostrophe is a word of its own). */
const WITH_NOT = new Set(["can", "won", "don", "doesn", "isn", "aren"]);

/** Whether the reply says no before token i: a word of refusal or contrast in i's sentence or the one before. */
export function declinesBefore(reply: AnalyzedReply, i: number): boolean {
  const words = DECLINES[reply.context.locale];
  if (!words) return false;
  const sentence = reply.sentenceOf[i]!;
  for (let j = i - 1; j >= 0 && reply.sentenceOf[j]! >= sentence - 1; j--) {
    const w = reply.words[j]!;
    if (!words.has(w)) continue;
    // "can" only as "can't" ("can t"): "we can" says yes.
    if (WITH_NOT.has(w)) {
      if (reply.words[j + 1] === "t") return true;
      continue;
    }
    if (CLAUSE_OPENERS.has(w) && !opensClause(reply, j)) continue;
    return true;
  }
  return false;
}

/** Words a clause may open with before "while": "so while we feel it works best, ...". */
const CONJUNCTIONS = new Set(["so", "and", "but", "yet", "e", "ma", "quindi", "και", "αλλα", "οποτε"]);

/** Whether token j starts a sentence, follows a comma, a colon or a dash, or a conjunction ("so while"). */
function opensClause(reply: AnalyzedReply, j: number): boolean {
  if (j === 0 || reply.sentenceOf[j - 1] !== reply.sentenceOf[j] || CONJUNCTIONS.has(reply.words[j - 1]!)) return true;
  return /[,;:\u2013\u2014-]/.test(reply.text.slice(reply.tokens[j - 1]!.end, reply.tokens[j]!.start));
}

/** Thanks and what they are for, when it is an idea the customer offered (folded). */
const THANKS_FOR_IDEA: Record<string, { thanks: ReadonlySet<string>; idea: ReadonlySet<string> }> = {
  en: { thanks: new Set(["thanks", "thank", "appreciate", "great", "good", "interesting", "love"]), idea: new Set(["suggestion", "suggestions", "idea", "ideas", "recommendation", "recommendations", "tip", "tips", "proposal"]) },
  it: { thanks: new Set(["grazie", "ringraziamo", "ringrazio", "apprezziamo", "ottimo", "ottima", "bella", "bel", "buona", "interessante"]), idea: new Set(["suggerimento", "suggerimenti", "idea", "idee", "consiglio", "consigli", "proposta", "proposte", "spunto"]) },
};

/**
 * Whether the reply thanks the customer for an idea or calls it a good one ("thanks for the
 * suggestion!", "great question and suggestion", "grazie per il suggerimento"): carrying it to the team that decides is the answer to a suggestion, not a
 * brush-off of a complaint.
 */
export function thanksForIdea(reply: AnalyzedReply): boolean {
  const t = THANKS_FOR_IDEA[reply.context.locale];
  if (!t) return false;
  const words = reply.words;
  for (let i = 0; i < words.length; i++) {
    if (!t.thanks.has(words[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < words.length && reply.sentenceOf[j] === reply.sentenceOf[i]; j++) if (t.idea.has(words[j]!)) return true;
  }
  return false;
}
