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
 * "il disagio"); otherwise the answer is "unknown" and the rules that need it stay silent:
 * never cry wolf.
 *
 * The word lists are folded (lower case, no accents, apostrophes split words: "can't" is
 * "can t") and by locale, so a new language adds its own table.
 */
import { tokenize } from "../text/tokens.js";

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
/** "a b|c d" -> {"a b", "c d"}; "can t (log|get)" style groups are spelled out by pairs(). */
const pairs = (spec: string): Set<string> => {
  const out = new Set<string>();
  for (const line of spec.trim().split(/\n/)) {
    const [first, rest] = line.trim().split(":").map((s) => s.trim());
    if (!first || !rest) continue;
    for (const a of first.split(/\s+/)) for (const b of rest.split(/\s+/)) out.add(`${a} ${b}`);
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
    wtf fuck fucking fucked shit shitty crap crappy sucks sucked smh ugh hate hated waste wasted atrocious embarrassment dropped stranded`),
  wrongPairs: pairs(`
    not: working work received arrived happy good acceptable ok okay helpful answered responding loading charging delivered refunded
    doesn t: work load open let connect
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
  `),
  praise: set(`thanks thank thankyou thx ty love loved loving loves amazing awesome excellent wonderful fantastic great brilliant superb outstanding
    perfect lovely nice appreciate appreciated kudos shoutout happy glad proud congrats congratulations favorite favourite enjoyed enjoying beautiful
    helpful best luv yay excited exciting stoked mvp bless`),
  praisePairs: pairs(`
    can t: wait
    cannot: wait
    well: done
    no: complaints
    shout: out
  `),
  reply: set(`sorry apologise apologize apologies apology apologising apologizing regret regrets unfortunately
    issue issues problem problems trouble delay delays delayed inconvenience inconveniences frustration frustrating disappointment disappointing
    cancellation cancelled canceled missing lost damaged broken error errors outage complaint concern concerns fault glitch refund`),
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
    ammaccata`),
  wrongPairs: pairs(`
    non: funziona funzionano arriva arrivato arrivata risponde risponde ricevuto ricevuta riesco posso accetta
    nessuna: risposta
    nessuno: risponde
    ancora: niente nulla aspetto attendo
    mai: arrivato arrivata ricevuto ricevuta
    in: attesa
  `),
  praise: set("grazie complimenti ottimo ottima bravi bravo brava fantastico fantastica perfetto perfetta gentilissimi gentilissima gentili felice contento contenta adoro bellissimo bellissima"),
  praisePairs: pairs(`
    non: vedo
  `),
  reply: set(`scusa scuse scusi scusate scusiamo dispiace dispiaciuti spiacenti rammarica rincresce purtroppo
    problema problemi disagio disagi ritardo ritardi disservizio disservizi inconveniente inconvenienti guasto errore reclamo segnalazione
    disguido disguidi rimborso danneggiato smarrito`),
  replyPairs: pairs(`
    verificare: la il
    verifichiamo: la il subito
    verificheremo: la il
  `),
};

/** By locale; a locale without a table gets "unknown" (the rules that need it stay silent). */
export const PROBLEM_WORDS: Record<string, ProblemWords> = { en: EN, it: IT };

/** Signs of anger or distress that are not words. */
const ANGRY_SIGNS = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F62D}\u{1F629}\u{1F62B}\u{1F612}\u{1F644}\u{1F611}]/u;

/**
 * Whether the customer's post reports a problem: "problem" when its cues of something wrong
 * outweigh those of praise, "no-problem" for praise, thanks or a plain question, "unknown" when
 * it says neither (a bare mention, "I sent a DM").
 */
export function complaintIsProblem(complaint: string, locale: string): ProblemAnswer {
  const table = PROBLEM_WORDS[locale];
  if (!table) return "unknown";
  const folded = tokenize(complaint).map((t) => t.norm);
  let wrong = ANGRY_SIGNS.test(complaint) ? 1 : 0;
  let praise = 0;
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i]!;
    const pair = i + 1 < folded.length ? `${w} ${folded[i + 1]}` : "";
    if (pair && table.praisePairs.has(pair)) {
      praise++;
      i++;
    } else if (pair && table.wrongPairs.has(pair)) {
      wrong++;
      i++;
    } else if (table.wrong.has(w)) wrong++;
    else if (table.praise.has(w)) praise++;
  }
  if (wrong > praise) return "problem";
  // Praise or thanks with nothing wrong; a question alone may be either ("flight 6346 has been
  // pushed back 3 times, what's going on?"), so the reply decides.
  if (praise > 0) return "no-problem";
  return "unknown";
}

/** Words before a problem word that say there is none ("no problem", "any issues", "nessun problema"). */
const NOT_NAMED = new Set(["no", "any", "nessun", "nessuna", "alcun", "qualche"]);

/** Whether the reply itself says it deals with a problem; "unknown" when it does not say. */
export function replyNamesProblem(words: readonly string[], locale: string): ProblemAnswer {
  const table = PROBLEM_WORDS[locale];
  if (!table) return "unknown";
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "No problem", "if you have any issues": no problem named.
    if (table.reply.has(w) && !NOT_NAMED.has(words[i - 1] ?? "")) return "problem";
    if (i + 1 < words.length && table.replyPairs.has(`${w} ${words[i + 1]}`)) return "problem";
  }
  return "unknown";
}
