/**
 * Whether a reply answers a problem at all (P6): an apology and a next step are owed only
 * then. Praise, thanks and plain questions ("what time does the lounge open?") need neither.
 *
 * With the complaint (the customer's post) it is read from the complaint: words of something
 * gone wrong outweigh words of praise. Without it the reply alone decides, and only when it
 * says so itself ("the delay", "this issue", "look into it", "il disagio"); otherwise the
 * answer is "unknown" and the rules that need it stay silent: never cry wolf.
 *
 * The word lists are folded (lower case, no accents, apostrophes split words) and by locale,
 * so a new language adds its own table.
 */
import { tokenize } from "../text/tokens.js";

export type ProblemAnswer = "problem" | "no-problem" | "unknown";

interface ProblemWords {
  /** Words of something gone wrong, in a customer's post. */
  complaint: ReadonlySet<string>;
  /** Two-word cues ("not working", "no one"), joined with a space. */
  complaintPairs: ReadonlySet<string>;
  praise: ReadonlySet<string>;
  /** Words by which a reply itself says it deals with a problem. */
  reply: ReadonlySet<string>;
  replyPairs: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.trim().split(/\s+/));

const EN: ProblemWords = {
  complaint: set(`
    delay delayed delays late later cancel cancelled canceled cancellation cancelling lost missing broken damaged damage wrong error errors issue issues
    problem problems trouble fault faulty stuck waiting waited wait still never refund refunds charged overcharged charge charges complaint complain
    complaining terrible awful horrible worst rude disappointed disappointing disappointment frustrated frustrating frustration annoyed annoying angry upset
    unacceptable ridiculous useless poor bad fail failed fails failing failure outage slow crash crashed crashing bug glitch stranded missed bumped
    overbooked dirty leak leaking unable denied declined scam shame disgrace disgraceful appalling pathetic sucks suck hate smh seriously nobody
    why help urgent please cant couldnt wont didnt doesnt isnt wasnt hasnt havent lousy mess nightmare incorrect fraud stolen lied lying ignored
    ignoring joke cold hot dead dropped drops crashes freezing frozen fix fixed unhappy hold queue`),
  complaintPairs: set("not working no one no response no reply no answer on hold can t won t didn t doesn t isn t wasn t haven t hasn t couldn t not received never received"),
  praise: set(`thanks thank great love loved loving amazing awesome excellent best wonderful fantastic appreciate appreciated kudos shoutout happy glad brilliant
    perfect superb nice lovely cheers congrats congratulations proud favorite favourite enjoyed enjoy beautiful helpful`),
  reply: set(`issue issues problem problems trouble delay delays delayed inconvenience inconveniences frustration frustrating disappointment disappointing
    cancellation cancelled canceled missing lost damaged broken error errors outage complaint concern concerns fault glitch refund`),
  replyPairs: set("look into looking into looked into investigate this get this get it sort this sort it resolve this fix this"),
};

const IT: ProblemWords = {
  complaint: set(`
    ritardo ritardi ritardato annullato annullata cancellato cancellata perso persa smarrito smarrita rotto rotta danneggiato danneggiata sbagliato sbagliata
    errore errori problema problemi guasto guasti disservizio disservizi disagio disagi reclamo lamentela attesa aspetto aspettando ancora mai rimborso
    addebito addebitato vergogna pessimo pessima schifo inaccettabile ridicolo vergognoso bloccato bloccata lento lenta funziona scandalo truffa aiuto
    perche nessuno niente arrabbiato arrabbiata deluso delusa delusione inutile maleducato maleducata`),
  complaintPairs: set("non funziona non arriva non risponde non e non ho nessuna risposta"),
  praise: set("grazie complimenti ottimo ottima bravi bravo brava fantastico fantastica perfetto perfetta gentilissimi gentili felice contento contenta adoro"),
  reply: set(`problema problemi disagio disagi ritardo ritardi disservizio disservizi inconveniente inconvenienti guasto errore reclamo segnalazione
    disguido disguidi rimborso danneggiato smarrito`),
  replyPairs: set("verificare la verificheremo la verifichiamo la"),
};

/** By locale; a locale without a table gets "unknown" (the rules that need it stay silent). */
export const PROBLEM_WORDS: Record<string, ProblemWords> = { en: EN, it: IT };

/** Whether the customer's post reports a problem: words of something wrong, at least as many as of praise. */
export function complaintIsProblem(complaint: string, locale: string): ProblemAnswer {
  const words = PROBLEM_WORDS[locale];
  if (!words) return "unknown";
  const folded = tokenize(complaint).map((t) => t.norm);
  let wrong = 0;
  let praise = 0;
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i]!;
    if (words.complaint.has(w)) wrong++;
    else if (words.praise.has(w)) praise++;
    if (i + 1 < folded.length && words.complaintPairs.has(`${w} ${folded[i + 1]}`)) wrong++;
  }
  if (complaint.includes("?") && wrong === 0 && praise === 0) return "no-problem";
  return wrong > 0 && wrong >= praise ? "problem" : "no-problem";
}

/** Whether the reply itself says it deals with a problem; "unknown" when it does not say. */
export function replyNamesProblem(words: readonly string[], locale: string): ProblemAnswer {
  const table = PROBLEM_WORDS[locale];
  if (!table) return "unknown";
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (table.reply.has(w)) return "problem";
    if (i + 1 < words.length && table.replyPairs.has(`${w} ${words[i + 1]}`)) return "problem";
  }
  return "unknown";
}
