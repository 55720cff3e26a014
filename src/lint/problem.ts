/**
 * Whether a reply answers a problem at all (P6): an apology and a next step are owed only
 * then. Praise, thanks and plain questions ("what time does the lounge open?") need neither.
 *
 * With the complaint (the customer's post) it is read from the complaint: cues of something
 * gone wrong ("cancelled", "still waiting", "can't log in", "no one answers", "worst", 😡)
 * against cues of praise and thanks ("love", "thank you", "can't wait"). Weak words ("why",
 * "help", "still", "please") settle nothing alone: "is the lounge still open?" is a question,
 * "can you help me find my luggage?" a request. A complaint with no cue either way (a plain
 * question among them) leaves it to the reply. Without a complaint the reply decides, and only when it says so itself: an
 * apology ("sorry", "we apologise"), or the problem named ("the delay", "this issue",
 * "il disagio", "η καθυστέρηση"); otherwise the answer is "unknown" and the rules that need it stay silent:
 * never cry wolf.
 *
 * The word lists are folded (lower case, no accents, apostrophes split words: "can't" is
 * "can t") and by locale, so a new language adds its own table.
 */
import { foldText, tokenize, WordMemo } from "../text/tokens.js";

export type ProblemAnswer = "problem" | "no-problem" | "unknown";

interface ProblemWords {
  /** Words of something gone wrong in a customer's post. */
  wrong: ReadonlySet<string>;
  /** Two-word cues of something wrong, joined by a space ("not working", "can t login"). */
  wrongPairs: ReadonlySet<string>;
  /** Words of praise, thanks or anticipation. */
  praise: ReadonlySet<string>;
  praisePairs: ReadonlySet<string>;
  /** Words by which a reply itself says it deals with a problem (an apology, the problem named). */
  reply: ReadonlySet<string>;
  replyPairs: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.trim().split(/\s+/));
/**
 * "first: b c" -> {"first b", "first c"}: the words before the colon are one cue ("can t",
 * "doesn t": a contraction folds to two words), each word after it a word that may follow.
 * A cue of one word gives pairs ("not working"), of two words triples ("can t log").
 */
const pairs = (spec: string): Set<string> => {
  const out = new Set<string>();
  for (const line of spec.trim().split(/\n/)) {
    const [first, rest] = line.trim().split(":").map((s) => s.trim());
    if (!first || !rest) continue;
    const cue = first.split(/\s+/).join(" ");
    for (const b of rest.split(/\s+/)) out.add(`${cue} ${b}`);
  }
  return out;
};

const EN: ProblemWords = {
  wrong: set(`
    delay delayed delays cancel cancelled canceled cancellation cancelling canceling lost missing broken broke damaged smashed crushed cracked
    dented torn stuck stranded
    refund overcharged overbooked bumped worst terrible awful horrible horrendous rude disgusting disgrace disgraceful appalling pathetic useless
    unacceptable ridiculous outrageous shocking shameful shame poor lousy mess nightmare joke scam fraud stolen lied lying ignored ignoring
    disappointed disappointing disappointment frustrated frustrating frustration annoyed annoying angry upset furious livid fuming unhappy
    complaint complain complaining problem problems issue issues trouble error errors glitch bug bugs fault faulty outage crash crashed crashing
    fail failed fails failing failure wrong incorrect denied declined refused dirty leak leaking spam spamming slow freezing frozen misleading
    wtf fuck fucking fucked shit shitty crap crappy sucks sucked smh ugh hate hated hating waste wasted atrocious embarrassment dropped stranded
    late ripoff stressful refunds`),
  wrongPairs: pairs(`
    not: working work received arrived happy good acceptable ok okay helpful answered responding loading charging delivered refunded
    doesn t: work load open let connect
    don t: work load open let connect
    won t: work load open let connect start turn charge
    can t: log login sign access get find download connect load open use check see hear book pay reach stream play update cancel
    cannot: log login sign access get find download connect load open use check see hear book pay reach stream play update cancel
    couldn t: log login sign access get find download connect load open use check book pay reach
    didn t: work arrive receive get come show
    haven t: received heard got gotten
    hasn t: arrived come been
    no: one response reply answer help service signal internet wifi power refund show
    nobody: answers answered responds responded replies replied helps helped cares picks
    still: waiting no not haven t hasn t delayed stuck broken nothing down missing
    never: arrived received came got showed heard answered
    been: waiting charged
    on: hold
    supposed: to
    down: again
    rip: off
    too: long slow
    in: pieces
    days: waiting
    hours: waiting
    weeks: waiting
  `),
  praise: set(`thanks thank thankyou thx ty love loved loving loves amazing awesome excellent wonderful fantastic great brilliant superb outstanding
    perfect lovely nice appreciate appreciated kudos shoutout happy glad proud congrats congratulations favorite favourite enjoyed enjoying beautiful
    helpful best luv yay excited exciting stoked mvp bless exceptional professionalism woot wootwoot exemplary
    compliments compliment cheers smile smiling professional genuine friendly courteous grateful gratitude thankful impressed impressive
    heroes hero rockstar rockstars`),
  praisePairs: pairs(`
    can t: wait
    cannot: wait
    well: done
    no: complaints problem worries
    shout: out
    top: notch
    above: and
    made: my
    hats: off
  `),
  reply: set(`sorry apologise apologize apologies apology apologising apologizing regret regrets unfortunately
    issue issues problem problems trouble delay delays delayed inconvenience inconveniences frustration frustrating disappointment disappointing
    cancellation cancelled canceled missing lost damaged broken error errors outage complaint concern concerns fault glitch refund
    rude rudeness unprofessional behaviour behavior`),
  replyPairs: pairs(`
    look: into
    looking: into
    looked: into
    investigate: this it
    sort: this it
    resolve: this it
    fix: this it
  `),
};

const IT: ProblemWords = {
  wrong: set(`
    ritardo ritardi ritardato ritardata annullato annullata cancellato cancellata perso persa smarrito smarrita rotto rotta danneggiato danneggiata
    sbagliato sbagliata errore errori problema problemi guasto guasti disservizio disservizi disagio disagi reclamo lamentela rimborso addebitato
    vergogna vergognoso vergognosa pessimo pessima schifo inaccettabile ridicolo ridicola scandalo scandaloso truffa bloccato bloccata lento lenta
    arrabbiato arrabbiata deluso delusa delusione inutile maleducato maleducata incompetenti assurdo assurda schiacciato schiacciata ammaccato
    ammaccata stressante fregatura`),
  wrongPairs: pairs(`
    non: funziona funzionano arriva arrivato arrivata risponde risponde ricevuto ricevuta riesco posso accetta
    nessuna: risposta
    nessuno: risponde
    ancora: niente nulla aspetto attendo
    mai: arrivato arrivata ricevuto ricevuta
    in: attesa
    troppo: lento lenta lunga lunghi tempo
    mille: pezzi
    a: pezzi
    di: attesa
  `),
  praise: set("grazie complimenti ottimo ottima bravi bravo brava fantastico fantastica perfetto perfetta gentilissimi gentilissima gentili felice contento contenta adoro bellissimo bellissima esemplare"),
  praisePairs: pairs(`
    non: vedo
    nessun: problema
  `),
  reply: set(`scusa scuse scusi scusate scusiamo dispiace dispiaciuti spiacenti rammarica rincresce purtroppo
    problema problemi disagio disagi ritardo ritardi disservizio disservizi inconveniente inconvenienti guasto errore reclamo segnalazione
    disguido disguidi rimborso danneggiato smarrito maleducazione scortesia scortese`),
  replyPairs: pairs(`
    verificare: la il
    verifichiamo: la il subito
    verificheremo: la il
  `),
};

/** Greek is written here as Greeks write it; the lists are folded when built (no accents, ς = σ). */
const foldSet = (words: string) => set(foldText(words));
const foldPairs = (spec: string) => new Set([...pairs(spec)].map((p) => foldText(p)));

const EL: ProblemWords = {
  wrong: foldSet(`
    καθυστέρηση καθυστερήσεις καθυστερεί καθυστέρησε καθυστερημένο καθυστερημένη ακυρώθηκε ακυρώθηκαν ακύρωση ακύρωσαν χάθηκε χάθηκαν χαμένο χαμένη χαμένα
    σπασμένο σπασμένη σπασμένα χαλασμένο χαλασμένη χαλασμένα χάλασε κατεστραμμένο κατεστραμμένη κατεστραμμένα τσακισμένο τσακισμένη τσακισμένα ραγισμένο σχισμένο λιωμένο κομμάτια
    ζημιά ζημιές λάθος λανθασμένο λανθασμένη πρόβλημα προβλήματα σφάλμα σφάλματα βλάβη διακοπή διακοπές παράπονο παράπονα αποζημίωση χρέωση χρεώσεις χρεώθηκα
    απαράδεκτο απαράδεκτη απαράδεκτα απαράδεκτοι απαίσιο απαίσια χάλια χειρότερο χειρότερη χειρότερη άθλιο άθλια αίσχος αισχρό ντροπή κοροϊδία κοροϊδεύετε απάτη απατεώνες
    αγενής αγενέστατος αγένεια θυμωμένος θυμωμένη εκνευρισμένος εκνευρισμένη απογοητευμένος απογοητευμένη απογοήτευση ταλαιπωρία ταλαιπωρήθηκα αργό αργεί
    κόλλησε κολλημένο άχρηστο άχρηστοι ανεπίτρεπτο σκάνδαλο εξαφανίστηκε εξαφανίστηκαν ανύπαρκτη ανύπαρκτο`),
  wrongPairs: foldPairs(`
    δεν: λειτουργεί λειτουργούν δουλεύει ήρθε ήρθαν έφτασε έφτασαν παρέλαβα πήρα απαντά απαντάει απαντάτε απάντησε σηκώνει σηκώνετε μπορώ φορτώνει ανοίγει ισχύει
    κανείς: δεν
    κανένας: δεν
    καμία: απάντηση
    ακόμα: περιμένω τίποτα δεν
    ακόμη: περιμένω τίποτα δεν
    ποτέ: δεν ήρθε έφτασε
    σε: αναμονή
    μέρες: περίμενα
    ώρες: περίμενα
  `),
  praise: foldSet(`ευχαριστώ ευχαριστούμε ευχαριστίες συγχαρητήρια μπράβο τέλεια τέλειο τέλεια εξαιρετικό εξαιρετική εξαιρετικά υπέροχο υπέροχη υπέροχα
    φανταστικό φανταστική άψογο άψογη άψογα χαρούμενος χαρούμενη ικανοποιημένος ικανοποιημένη ευγενικοί ευγενική ευγενικός λατρεύω καταπληκτικό καταπληκτική`),
  praisePairs: foldPairs(`
    καλή: δουλειά
    πολύ: καλό καλή καλά
    ανυπομονώ: να
  `),
  reply: foldSet(`λυπάμαι λυπούμαι λυπούμαστε συγγνώμη συγγνώμες απολογούμαι δυστυχώς
    πρόβλημα προβλήματα καθυστέρηση καθυστερήσεις ταλαιπωρία αναστάτωση ενόχληση λάθος σφάλμα βλάβη διακοπή ακύρωση ζημιά παράπονο αποζημίωση`),
  replyPairs: foldPairs(`
    το: ελέγξω ελέγξουμε εξετάσω εξετάσουμε διερευνήσω διερευνήσουμε λύσω λύσουμε διορθώσω διορθώσουμε
  `),
};

/** By locale; a locale without a table gets "unknown" (the rules that need it stay silent). */
export const PROBLEM_WORDS: Record<string, ProblemWords> = { en: EN, it: IT, el: EL };

/**
 * The first words of a table's two-word cues: a pair is looked up only after a word that can
 * start one (building "w next" for every word of every reply was a string and a hash each).
 */
interface PairStarts {
  wrong: ReadonlySet<string>;
  praise: ReadonlySet<string>;
  reply: ReadonlySet<string>;
}
const pairStarts = new Map<ProblemWords, PairStarts>();
function pairStartsOf(table: ProblemWords): PairStarts {
  let starts = pairStarts.get(table);
  if (!starts) {
    const firsts = (pairs: ReadonlySet<string>) => new Set([...pairs].map((p) => p.slice(0, p.indexOf(" "))));
    starts = { wrong: firsts(table.wrongPairs), praise: firsts(table.praisePairs), reply: firsts(table.replyPairs) };
    pairStarts.set(table, starts);
  }
  return starts;
}

/** Signs of anger or distress that are not words. */
const ANGRY_SIGNS = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F62D}\u{1F629}\u{1F62B}\u{1F612}\u{1F644}\u{1F611}]/u;
/**
 * Signs of banter or good humour, each counted as half a word of praise: "if only we could get
 * an open gate 😉😉" jokes about a wait rather than complains of it. Laughing faces are left out:
 * they are as often sarcastic ("lost my bag again 😂").
 */
const LIGHT_SIGNS = /[\u{1F609}\u{1F61C}\u{1F61B}\u{1F60A}\u{263A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F60D}\u{1F970}\u{1F44D}\u{1F64C}\u{1F44F}\u{2764}\u{1F499}\u{1F49C}\u{1F49A}\u{1F49B}\u{1F973}\u{1F389}]/gu;

/** Words of thanks: in a closing sentence, manners rather than sarcasm ("Any update on the delay? Thx!"). */
const THANKS = new Set(["thanks", "thank", "thankyou", "thx", "ty", "grazie", ...foldText("ευχαριστώ ευχαριστούμε").split(" ")]);

/** The end of a sentence with more text after it. */
const SENTENCE_END = /[.!?\u2026]+\s+(?=\S)/g;

/** "Isn't", "hasn't", "wasn't": before "t", the words that say a cue did not happen. */
const SAID_NOT = set("isn aren wasn weren hasn haven hadn");

/** Words that open a case asked about rather than lived: "if", "whether", "se", "qualora". */
const HYPOTHETICAL: Record<string, ReadonlySet<string>> = { en: set("if whether"), it: set("se qualora") };

/**
 * A wish not to, as folded words ending on the last one: what follows is feared, not lived
 * ("don't want to be stuck again", "non voglio restare a piedi"). Read like "if".
 */
const WISH_NOT: ReadonlyArray<readonly string[]> = [
  ["don", "t", "want"],
  ["non", "voglio"],
];

/** Whether the folded words ending at `i` are one of WISH_NOT's. */
function wishNotEndsAt(folded: readonly string[], i: number): boolean {
  // Plain loops, last word first: this runs on every word of every complaint.
  for (const words of WISH_NOT) {
    let k = words.length - 1;
    while (k >= 0 && folded[i - (words.length - 1 - k)] === words[k]) k--;
    if (k < 0) return true;
  }
  return false;
}

/** What a complaint's word is to complaintCues, as bits: the table's sets asked once per known word (Token.id). */
const IS_WRONG = 1;
const IS_PRAISE = 2;
const IS_IF = 4;
const STARTS_PAIR = 8;
const complaintWords = new Map<ProblemWords, WordMemo>();
function complaintWordsOf(table: ProblemWords, locale: string): WordMemo {
  let memo = complaintWords.get(table);
  if (!memo) {
    const starts = pairStartsOf(table);
    const hypothetical = HYPOTHETICAL[locale];
    memo = new WordMemo(
      (w) =>
        (table.wrong.has(w) ? IS_WRONG : 0) |
        (table.praise.has(w) ? IS_PRAISE : 0) |
        (hypothetical?.has(w) ? IS_IF : 0) |
        (starts.praise.has(w) || starts.wrong.has(w) ? STARTS_PAIR : 0),
    );
    complaintWords.set(table, memo);
  }
  return memo;
}

/** What a customer's post says of itself: its cues of something wrong and of praise, and whether it asks. */
export interface ComplaintCues {
  /** Cues of something gone wrong, each word or pair once ("cancelled", "can't log in", 😡). */
  wrong: number;
  /** Cues of praise, thanks or good humour (a light sign 😉 weighs half). */
  praise: number;
  /** The post asks something: a question mark. */
  asks: boolean;
}

/** The cues of a customer's post (undefined for a locale without a table). */
export function complaintCues(complaint: string, locale: string): ComplaintCues | undefined {
  const table = PROBLEM_WORDS[locale];
  if (!table) return undefined;
  const tokens = tokenize(complaint);
  const folded = tokens.map((t) => t.norm);
  const memo = complaintWordsOf(table, locale);
  let wrong = ANGRY_SIGNS.test(complaint) ? 1 : 0;
  // A sign weighs half a word: "never arrived 👍" is sarcasm, "if only we had a gate 😉😉" banter.
  const signs = (complaint.match(LIGHT_SIGNS)?.length ?? 0) / 2;
  let praise = signs;
  // Where the last sentence starts: praise there alone, after a problem told, is sarcasm
  // ("...arrived smashed and nobody answers. Great service!").
  let lastStart = Infinity;
  for (const m of complaint.matchAll(SENTENCE_END)) lastStart = m.index + m[0].length;
  let wrongBefore = 0;
  let praiseBefore = 0;
  // Praise in the closing sentence other than thanks: "Great service!" is sarcasm, "Thx!" manners.
  let closingPraise = 0;
  const addWrong = (i: number) => {
    wrong++;
    if (tokens[i]!.start < lastStart) wrongBefore++;
  };
  const addPraise = (i: number) => {
    praise++;
    if (tokens[i]!.start < lastStart) praiseBefore++;
    else if (!THANKS.has(folded[i]!)) closingPraise++;
  };
  // Where the last "if" stands: a wrong word just after it is a case asked about, not one
  // lived ("if a flight is delayed, does boarding change?", "se il volo viene cancellato...").
  let lastIf = -10;
  const asksSomething = complaint.includes("?");
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i]!;
    const bits = memo.get(tokens[i]!);
    // "if", "whether", and a wish not to: "don't want to be stuck again", "non voglio restare a piedi".
    if (bits & IS_IF || wishNotEndsAt(folded, i)) lastIf = i;
    // A contraction folds to two words: "can't log" is the triple "can t log".
    const triple = folded[i + 1] === "t" && i + 2 < folded.length ? `${w} t ${folded[i + 2]}` : "";
    const pair = i + 1 < folded.length && bits & STARTS_PAIR ? `${w} ${folded[i + 1]}` : "";
    // "haven't been charged", "wasn't delayed": a cue said not to have happened. Not after
    // "won't" or "can't": "won't refund me" is a complaint.
    const asked = i - lastIf <= 4 || (folded[i - 1] === "t" && SAID_NOT.has(folded[i - 2] ?? ""));
    if (triple && table.praisePairs.has(triple)) {
      addPraise(i);
      i += 2;
    } else if (triple && table.wrongPairs.has(triple)) {
      if (!asked) addWrong(i);
      i += 2;
    } else if (pair && table.praisePairs.has(pair)) {
      addPraise(i);
      i++;
    } else if (pair && table.wrongPairs.has(pair)) {
      if (!asked) addWrong(i);
      i++;
    } else if (bits & IS_WRONG) {
      // The customer's own act counts only in a post that tells; in one that asks ("I cancelled,
      // can I undo it?") it is the question's subject.
      if (!asked && !(asksSomething && ownAct(folded, i, locale))) addWrong(i);
    } else if (bits & IS_PRAISE) addPraise(i);
  }
  // Praise only in the closing sentence, after two cues of a problem: sarcasm, not praise.
  if (closingPraise > 0 && praiseBefore === 0 && signs === 0 && wrongBefore >= 2) praise = 0;
  return { wrong, praise, asks: complaint.includes("?") || (locale === "el" && /[;\u037e]/.test(complaint)) };
}

/**
 * Words of something the customer does or asks for, not something that went wrong to them,
 * when the customer is the one doing it: "I cancelled my booking", "is it possible to cancel",
 * "I asked for a refund", "ho annullato", "posso annullare" (folded). "My flight was
 * cancelled", "still no refund" are still cues.
 */
const ACTS: Record<string, { acts: ReadonlySet<string>; by: ReadonlySet<string>; asked: ReadonlySet<string> }> = {
  en: { acts: new Set(["cancel", "cancelled", "canceled", "cancelling", "canceling", "refund"]), by: new Set(["i", "we"]), asked: new Set(["for", "request", "requested"]) },
  it: { acts: new Set(["annullare", "annullato", "annullata", "cancellare", "cancellato", "cancellata", "rimborso"]), by: new Set(["ho", "abbiamo", "posso", "possiamo"]), asked: new Set(["chiesto", "chiedere", "richiesto", "richiedere"]) },
};
/** "To cancel" is something the customer wants to do ("is it possible to cancel?"); "to refund" is redress demanded. */
const TO_CANCEL = new Set(["cancel", "annullare", "cancellare"]);

function ownAct(folded: readonly string[], i: number, locale: string): boolean {
  const t = ACTS[locale];
  if (!t || !t.acts.has(folded[i]!)) return false;
  const prev = folded[i - 1] ?? "";
  if (t.by.has(prev) || ((prev === "to" || prev === "di") && TO_CANCEL.has(folded[i]!))) return true;
  // "for a refund", "chiesto il rimborso"
  return (prev === "a" || prev === "il" || prev === "un") && t.asked.has(folded[i - 2] ?? "");
}

/**
 * Whether the customer's post reports a problem: "problem" when its cues of something wrong
 * outweigh those of praise, "no-problem" for praise, thanks or a plain question, "unknown" when
 * it says neither (a bare mention, "I sent a DM").
 */
export function complaintIsProblem(complaint: string, locale: string): ProblemAnswer {
  const cues = complaintCues(complaint, locale);
  return cues ? answerOf(cues) : "unknown";
}

/** The answer the cues give: see {@link complaintIsProblem}. */
export function answerOf(cues: ComplaintCues): ProblemAnswer {
  if (cues.wrong > cues.praise) return "problem";
  // Praise or thanks with nothing wrong; a question alone may be either ("flight 6346 has been
  // pushed back 3 times, what's going on?"), so the reply decides.
  if (cues.praise > 0) return "no-problem";
  return "unknown";
}

/**
 * Words before a problem word that say there is none: "no problem", "any issues", "nessun
 * problema", or a negation: "you aren't lost", "it's not a problem", "non è un problema",
 * "κανένα πρόβλημα", "δεν είναι πρόβλημα".
 */
const NOT_NAMED = new Set(["no", "any", "nessun", "nessuna", "alcun", "qualche", "not", "t", "never", "non", ...foldText("κανένα καμία κάποιο κάποια χωρίς δεν μην μη").split(" ")]);
/** Small words that may stand between a negation and the problem word: "not a problem", "non è un problema", "δεν είναι πρόβλημα". */
const BETWEEN = new Set(["a", "an", "any", "the", "is", "s", "was", "really", "such", "un", "uno", "una", "e", "il", "lo", "la", "alcun", "davvero", ...foldText("είναι ήταν υπάρχει υπήρξε ένα κανένα καθόλου το η").split(" ")]);

/** Whether the problem word at i is said not to be there ("no problem", "isn't a problem", "non è un problema"). */
function notNamed(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (NOT_NAMED.has(words[k]!)) return true;
    if (!BETWEEN.has(words[k]!)) return false;
  }
  return false;
}

/** What "look into" must look into for the reply to name a problem: "look into this", not "look into options". */
const LOOKED_INTO = new Set(["this", "it", "that", "these", "what", "why", "whats", "your"]);

/** Whether the reply itself says it deals with a problem; "unknown" when it does not say. */
export function replyNamesProblem(words: readonly string[], locale: string): ProblemAnswer {
  return replyProblemCues(words, locale).length ? "problem" : "unknown";
}

/**
 * Of the reply's problem words, those that name a feeling or an apology, not what happened:
 * "sorry", "regret", "disappointment" are said to opinions too ("sorry you feel that way").
 */
const FEELINGS: Record<string, ReadonlySet<string>> = {
  en: set(`sorry apologise apologize apologies apology apologising apologizing regret regrets unfortunately frustration frustrating
    disappointment disappointing concern concerns`),
  it: set("scusa scuse scusi scusate scusiamo dispiace dispiaciuti spiacenti rammarica rincresce purtroppo"),
  el: foldSet("λυπάμαι λυπούμαι λυπούμαστε συγγνώμη συγγνώμες απολογούμαι δυστυχώς απογοήτευση"),
};

/** Whether the reply names what went wrong ("the delay", "this issue", "il disagio"), not only a feeling about it. */
export function replyNamesEvent(words: readonly string[], locale: string): boolean {
  const feelings = FEELINGS[locale] ?? new Set<string>();
  return replyProblemCues(words, locale).some((i) => !feelings.has(words[i]!));
}

/**
 * Where the reply says it deals with a problem: the index of each cue word (the first word of
 * a two-word cue), in order; empty when it does not say.
 */
export function replyProblemCues(words: readonly string[], locale: string): number[] {
  const table = PROBLEM_WORDS[locale];
  if (!table) return [];
  const cues: number[] = [];
  const starts = pairStartsOf(table).reply;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "No problem", "if you have any issues": no problem named.
    if (table.reply.has(w) && !notNamed(words, i)) cues.push(i);
    else if (i + 1 < words.length && starts.has(w) && table.replyPairs.has(`${w} ${words[i + 1]}`) && (words[i + 1] !== "into" || LOOKED_INTO.has(words[i + 2] ?? ""))) cues.push(i);
  }
  return cues;
}
