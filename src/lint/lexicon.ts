/**
 * What the rules know about English, Italian and Greek beyond the team's phrase lists: how
 * people write time frames ("within 24 hours", "entro un'ora", "by Monday"), generic
 * salutations, empathy, invitations to a private channel, "calm down", and the small word
 * classes the rules reason with (negations, future tense, an agent's own past action, hedges).
 *
 * Patterns use the phrase syntax of src/text/pattern.ts and are compiled into each locale's one
 * matcher together with the phrase list, so they cost nothing extra per reply.
 */
import { GREEKLISH_WORDS } from "../text/greeklish.js";
import { foldWord } from "../text/tokens.js";

/** How a time expression turns into minutes from "now". */
export type TimeSpec =
  /** "# hours": the number in the match times the unit; `prefixed` when "in/within/entro" opens it. */
  | { type: "duration"; unit: number; prefixed: boolean }
  /** "# working days": a working day counts as 24 hours (see src/text/duration.ts). */
  | { type: "working"; prefixed: boolean }
  /** "within the hour", "half an hour", "next week". */
  | { type: "fixed"; minutes: number; prefixed: boolean }
  /** "today" (0), "tomorrow" (1): until the end of that day. */
  | { type: "day"; offset: number }
  /** "by Monday", "entro lunedì": until the end of the next such day (0 = Sunday). */
  | { type: "weekday"; day: number }
  /** "this week", "in settimana": until the end of Sunday. */
  | { type: "week-end" }
  /** "right away", "subito". */
  | { type: "now" }
  /** "by 5 pm", "entro le 17": the next time the clock reads that hour. */
  | { type: "clock"; meridiem: "am" | "pm" | "24h" };

export type BuiltinKey =
  | { kind: "time"; time: TimeSpec }
  /** A greeting with no name in it; `greet` is the word a --fix keeps or uses before the name. */
  | { kind: "salutation"; greet: string | undefined }
  | { kind: "empathy" }
  | { kind: "private-channel" }
  | { kind: "next-step" }
  | { kind: "calm-down" };

export type BuiltinPattern = [pattern: string, key: BuiltinKey];

const t = (time: TimeSpec): BuiltinKey => ({ kind: "time", time });
const k = (kind: "empathy" | "private-channel" | "next-step" | "calm-down"): BuiltinKey => ({ kind });

/**
 * "in|within|entro # unit" patterns. Bare durations ("30 minutes") are read by a scan of the
 * unit words instead (see {@link UNIT_WORDS}): a pattern starting with "#" would make the
 * matcher test every word of every reply for a number.
 */
function durations(prefixes: string, units: Array<[string, number]>, working: string): BuiltinPattern[] {
  const out: BuiltinPattern[] = [];
  for (const [words, minutes] of units) out.push([`${prefixes} # ${words}`, t({ type: "duration", unit: minutes, prefixed: true })]);
  out.push([`${prefixes} # ${working}`, t({ type: "working", prefixed: true })]);
  return out;
}

const EN_UNITS: Array<[string, number]> = [
  ["(minute|minutes|min|mins)", 1],
  ["(hour|hours|hr|hrs)", 60],
  ["(day|days)", 1440],
  ["(week|weeks)", 10080],
];
const IT_UNITS: Array<[string, number]> = [
  ["(minuto|minuti)", 1],
  ["(ora|ore)", 60],
  ["(giorno|giorni)", 1440],
  ["(settimana|settimane)", 10080],
];
function unitWords(units: Array<[string, number]>): Map<string, number> {
  const m = new Map<string, number>();
  for (const [words, minutes] of units) for (const w of words.replace(/[()]/g, "").split("|")) m.set(foldWord(w), minutes);
  return m;
}

/** Words as written ("σας", "εργάσιμες"), folded the way a reply's words are ("σασ", "εργασιμεσ"). */
function foldAll(words: string): string[] {
  return words.split(" ").map(foldWord);
}

const EL_UNITS: Array<[string, number]> = [
  ["(λεπτό|λεπτά|λεπτών)", 1],
  ["(ώρα|ώρες|ωρών|ώρας)", 60],
  ["(μέρα|μέρες|μερών|ημέρα|ημέρες|ημερών|ημέρας)", 1440],
  ["(εβδομάδα|εβδομάδες|εβδομάδων|εβδομάδας)", 10080],
];

/** Unit words by locale (folded) -> minutes, for bare durations: "30 minutes", "due giorni". */
export const UNIT_WORDS: Record<string, ReadonlyMap<string, number>> = { en: unitWords(EN_UNITS), it: unitWords(IT_UNITS), el: unitWords(EL_UNITS) };
/** "2 working days" (before the unit), "2 giorni lavorativi" (after it), "2 εργάσιμες μέρες" (before). */
export const WORKING_BEFORE = new Set(["working", "business", ...foldAll("εργάσιμη εργάσιμες εργάσιμων εργάσιμης")]);
export const WORKING_AFTER = new Set(["lavorativo", "lavorativi", "feriale", "feriali"]);

const EN_WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const IT_WEEKDAYS = ["domenica", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato"];

const EN: BuiltinPattern[] = [
  ...durations("(in|within|inside|under) [the next|the coming|less than|about|around]", EN_UNITS, "(working|business) (day|days)"),
  ["(in|within) [the next] [a] (couple|few) [of] (hours|hour)", t({ type: "duration", unit: 60, prefixed: true })],
  ["(in|within) [the next] [a] (couple|few) [of] (days|day)", t({ type: "duration", unit: 1440, prefixed: true })],
  ["[a] (couple|few) of (hours|hour)", t({ type: "duration", unit: 60, prefixed: false })],
  ["[a] (couple|few) of (days|day)", t({ type: "duration", unit: 1440, prefixed: false })],
  ["[in|within] half an hour", t({ type: "fixed", minutes: 30, prefixed: true })],
  ["within the hour", t({ type: "fixed", minutes: 60, prefixed: true })],
  ["(next|within the|within a|within one) week", t({ type: "fixed", minutes: 10080, prefixed: true })],
  ["(today|tonight|later today|this (morning|afternoon|evening)|within the day|same day|(by|before) (the end of|end of) (the day|today|day)|end of (the day|today|day)|(by|before) close of business|eod)", t({ type: "day", offset: 0 })],
  ["tomorrow [morning|afternoon|evening|night]", t({ type: "day", offset: 1 })],
  ["(by|before|until) tomorrow", t({ type: "day", offset: 1 })],
  ["[by|before|on] the day after tomorrow", t({ type: "day", offset: 2 })],
  ["(this week|(by|before) the end of the week|end of the week|within the week)", t({ type: "week-end" })],
  ["(right away|straight away|straightaway|immediately|right now|at once|instantly|in no time|in minutes|within minutes|in a moment|in a minute)", t({ type: "now" })],
  ["(by|before|until|at) # (am|pm)", t({ type: "clock", meridiem: "pm" })],
  ...EN_WEEKDAYS.map((day, i): BuiltinPattern => [`[by|before|on|until|this|next] ${day}`, t({ type: "weekday", day: i })]),

  ["dear (customer|client|sir|madam|user|shopper|friend|valued customer|sir or madam)", { kind: "salutation", greet: "first" }],
  ["(hi|hello|hey) (there|all|everyone|friend|customer)", { kind: "salutation", greet: "first" }],
  ["to whom it may concern", { kind: "salutation", greet: "Dear" }],

  ["(sorry|apologise|apologize|apologies|apology)", k("empathy")],
  ["I [completely|really|fully|totally] (understand|can imagine|can see|know) how", k("empathy")],
  ["(how|that s|that is|this is) (frustrating|annoying|upsetting|disappointing|awful|not good enough|not okay|not ok)", k("empathy")],
  ["I (feel|felt) (terrible|awful|bad)", k("empathy")],
  ["(regret|regrets|regretted)", k("empathy")],
  ["(I|we) [+|completely|totally|fully] (understand|hear you|get it|can understand|can see why|can see how)", k("empathy")],
  ["(see|understand) where you (re|are) coming from", k("empathy")],
  ["(hate|sad|saddened|saddening|disappointed|disappointing|unhappy|gutted|sorry|a bummer|bummed|concerning|upsetting|frustrating|awful|terrible|unfortunate) to (hear|see|learn|read)", k("empathy")],
  ["(feel|share|understand|realize|realise|appreciate|hear) your (frustration|frustrations|pain|disappointment|concern|concerns|annoyance)", k("empathy")],
  ["(uh oh|oh no|what a shame|that s a shame|that s a pity|that s a bummer)", k("empathy")],
  ["(not|never) the (experience|impression|service|journey|welcome) (we|you)", k("empathy")],
  // "Certainly not the intention", "that was never our intention": owning the effect on the customer.
  ["(not|never) (the|our|my) intention", k("empathy")],
  ["(oh no|yikes|ugh|oh dear)", k("empathy")],
  ["(that s|that is|this is|it s|it is) (not good|no good|not ok|not okay|not acceptable|unacceptable|not what we want|not what we like)", k("empathy")],
  // Owning a failure, or feeling with the customer: "it sounds like we've let you down", "that's no fun!".
  ["(we|I) [ve|have|really|truly] let you down", k("empathy")],
  ["(that s|that is|this is|it s|it is|sounds) (no|not) fun", k("empathy")],
  // Feeling with the customer in other words: "We don't like hearing that", "Ouch!", "delays are
  // frustrating for everyone", "waiting is the hardest part", "we're here for you".
  ["(don t|do not|never) like (hearing|to hear|seeing|to see|reading|to read)", k("empathy")],
  // "We don't like the sound of that", "this isn't how we want you to feel".
  ["(don t|do not) like the sound of (that|this|it)", k("empathy")],
  ["(isn t|wasn t|is not|was not) (how|what) we (want|wanted|like|d like|would like|hope|hoped)", k("empathy")],
  ["(ouch|oof|aww)", k("empathy")],
  ["(aren t|isn t|are not|is not|never) [any] fun", k("empathy")],
  ["(is|are|was|were|sounds|must be|can be) [so|really|very|incredibly|truly] (frustrating|annoying|stressful|upsetting|maddening|exasperating|no fun|not fun|never fun)", k("empathy")],
  ["(is|are) the (hardest|worst) part", k("empathy")],
  ["(we re|we are|I m|I am) [always] here for you", k("empathy")],
  // What the customer goes through, named as hard: "we know long wait times are tough", "I know
  // it's hard to be stuck at the gate".
  ["(we|I) know [that] ... (is|are|s|can be|must be|was|were) [so|really|very|incredibly] (tough|hard|difficult|stressful|frustrating|annoying|upsetting|worrying|disappointing|inconvenient|no fun|not fun|a pain|a hassle)", k("empathy")],

  ["(dm|pm|message|email|e mail|call|phone|ring|text|inbox) (me|us)", k("private-channel")],
  ["(send|drop) (me|us) a (dm|direct message|private message|pm|message|line|email|e mail|note)", k("private-channel")],
  ["(direct|private) message", k("private-channel")],
  ["(in|via|by|over|through|into) [a|our|the] (dm|dms|pm|email|e mail|phone|private|inbox|direct messages|private messages)", k("private-channel")],
  ["(privately|in private|ask for me|write to me|reach me)", k("private-channel")],
  // The agent taking it private ("I'll DM you by 5pm", "I've sent you an email"): the detail
  // moves out of public as much as when the customer is asked to write. A call-back is not one:
  // in a public thread the agent has no number to call yet.
  ["(dm|dmed|pm|pmed|messaged|email|emailed|e mailed|inboxed) you", k("private-channel")],
  ["(ll|will|going to|can) message you", k("private-channel")],
  ["(send|sent|sending|drop|dropped) you (a|an) (dm|direct message|private message|pm|message|email|e mail|note)", k("private-channel")],

  ["(I|we) (ll|will|shall)", k("next-step")],
  ["(I|we) (m|am|re|are) going to", k("next-step")],
  ["(you|it|they|he|she|the courier|the driver) (ll|will) (get|receive|hear|have|be|arrive|come|collect)", k("next-step")],
  ["(next step|next steps|what happens (next|now))", k("next-step")],

  ["(calm|settle|cool) down", k("calm-down")],
  ["(relax|chill out|take it easy)", k("calm-down")],
];

const IT: BuiltinPattern[] = [
  ...durations("(entro|tra|fra|in|nel giro di|nelle prossime|entro le prossime|nei prossimi|entro i prossimi)", IT_UNITS, "(giorno|giorni) (lavorativo|lavorativi|feriale|feriali)"),
  ["(entro|tra|fra|in) [un|una] (mezz ora|mezzora|mezza ora)", t({ type: "fixed", minutes: 30, prefixed: true })],
  ["(mezz ora|mezzora|mezza ora)", t({ type: "fixed", minutes: 30, prefixed: false })],
  ["(entro|tra|fra|in) [un|qualche] (paio|po) (di ore|d ore)", t({ type: "duration", unit: 60, prefixed: true })],
  ["(entro|tra|fra|in) [un] paio di giorni", t({ type: "duration", unit: 1440, prefixed: true })],
  ["((la|entro la) (prossima settimana|settimana prossima)|entro una settimana)", t({ type: "fixed", minutes: 10080, prefixed: true })],
  ["(oggi|stasera|stamattina|stamani|stanotte|oggi pomeriggio|questo pomeriggio|questa sera|in giornata|in mattinata|in serata|nel pomeriggio|entro (oggi|stasera|sera|la giornata|fine giornata|questa sera|mezzogiorno)|(in|a) fine giornata)", t({ type: "day", offset: 0 })],
  ["[entro] domani [mattina|pomeriggio|sera]", t({ type: "day", offset: 1 })],
  ["[entro] dopodomani", t({ type: "day", offset: 2 })],
  ["(in settimana|entro (la|questa|fine) settimana|entro fine settimana|questa settimana)", t({ type: "week-end" })],
  ["(subito|immediatamente|all istante|in un attimo|in pochi minuti|in un baleno|in tempo reale)", t({ type: "now" })],
  ["entro le #", t({ type: "clock", meridiem: "24h" })],
  ...IT_WEEKDAYS.map((day, i): BuiltinPattern => [`[entro|di|per|questo|questa|prossimo|prossima] ${day} [prossimo|prossima]`, t({ type: "weekday", day: i })]),

  ["(gentile|gentilissimo|gentilissima|egregio|egregia|spettabile|stimato|stimata) (cliente|utente|signore|signora)", { kind: "salutation", greet: "first" }],
  ["(caro|cara) (cliente|utente)", { kind: "salutation", greet: "Gentile" }],
  ["(salve|buongiorno|buonasera|ciao) a (tutti|lei)", { kind: "salutation", greet: "first" }],

  ["(mi|ci) (dispiace|spiace|scuso|scusiamo)", k("empathy")],
  ["(chiedo|chiediamo) scusa", k("empathy")],
  ["(le|vi|ti) (chiedo|chiediamo|porgo|porgiamo) [le nostre|le mie] scuse", k("empathy")],
  ["(capisco|comprendo|immagino) [bene|benissimo|perfettamente]", k("empathy")],
  ["(ha|hai|avete) ragione", k("empathy")],
  ["(capiamo|comprendiamo|ci rammarica|ci rincresce|mi rincresce|ci dispiacciono|mi dispiacciono)", k("empathy")],
  ["(scuse|scusa|scusate|scusi)", k("empathy")],
  // "L'abbiamo delusa": owning the failure.
  ["(l|ti|vi) (abbiamo|ho) (deluso|delusa|delusi|deluse)", k("empathy")],
  // "Non ci piace sentirlo", "Ahi!", "è davvero frustrante", "siamo qui per lei".
  ["non (ci|mi) piace (sentire|sentirlo|leggere|leggerlo|sapere|saperlo)", k("empathy")],
  // "Non è così che vorremmo che si sentisse", "non ci piace come suona".
  ["non (e|era) (cosi che|quello che|come) (vorremmo|volevamo|ci piacerebbe)", k("empathy")],
  ["(ahi|ahia|che peccato|accidenti|mannaggia)", k("empathy")],
  ["(e|sia|sembra|deve essere|puo essere) [davvero|molto|proprio] (frustrante|snervante|stressante|spiacevole|fastidioso|fastidiosa)", k("empathy")],
  ["siamo [sempre] qui per (lei|te|voi)", k("empathy")],
  // "Sappiamo che le lunghe attese sono pesanti", "so che è difficile restare a terra".
  ["(sappiamo|so) (che|quanto) ... (e|sia|sono|siano|puo essere|possono essere|deve essere) [davvero|molto|proprio] (difficile|difficili|pesante|pesanti|dura|dure|faticoso|faticosa|faticose|stressante|stressanti|frustrante|frustranti|spiacevole|spiacevoli)", k("empathy")],

  ["(in|via|per|tramite) (privato|dm|direct|messaggio privato|e mail|email|mail|telefono|messaggio diretto)", k("private-channel")],
  ["messaggio (privato|diretto)", k("private-channel")],
  ["(mi|ci) (scriva|scrivi|scrivete|contatti|contatta|chiami|chiama|mandi|manda|invii|invia)", k("private-channel")],
  ["chieda di me", k("private-channel")],
  // "Le ho scritto una mail", "ti mando un DM": the agent taking it private.
  ["(le|ti|vi) (ho|abbiamo) (scritto|inviato|mandato) (un|una) (dm|mail|e mail|email|messaggio)", k("private-channel")],
  ["(le|ti|vi) (scrivo|scriviamo|invio|inviamo|mando|mandiamo) (un|una) (dm|mail|e mail|email|messaggio privato|messaggio diretto)", k("private-channel")],
  ["(mi|ci) lasci (un|il suo|il) (recapito|numero)", k("private-channel")],

  ["(la|le|ti|vi|lo|gli) (richiamo|chiamo|ricontatto|contatto|aggiorno|scrivo|mando|invio|telefono|spedisco|faccio sapere)", k("next-step")],
  ["(apro|avvio|chiedo|sento|verifico|controllo|sollecito|contatto|mando|invio|organizzo|prenoto) (io|subito|la pratica|una pratica|il corriere|il magazzino)", k("next-step")],
  ["(il prossimo passo|i prossimi passi|ecco (cosa|che cosa) succede)", k("next-step")],

  ["(si calmi|stia calmo|stia calma|si rilassi|si tranquillizzi|calmati|si dia una calmata)", k("calm-down")],
];

const EL_WEEKDAYS: Array<[day: string, article: string]> = [
  ["(Κυριακή|Κυριακής)", "(την|τη|της)"],
  ["(Δευτέρα|Δευτέρας)", "(την|τη|της)"],
  ["(Τρίτη|Τρίτης)", "(την|τη|της)"],
  ["(Τετάρτη|Τετάρτης)", "(την|τη|της)"],
  ["(Πέμπτη|Πέμπτης)", "(την|τη|της)"],
  ["(Παρασκευή|Παρασκευής)", "(την|τη|της)"],
  ["(Σάββατο|Σαββάτου)", "(το|του)"],
];
/** "in|within" in Greek: "σε 24 ώρες", "μέσα σε 2 μέρες", "εντός 2 εργάσιμων ημερών", "τις επόμενες 24 ώρες". */
const EL_WITHIN = "(σε|μέσα σε|εντός|εντός των|μέσα στις|μέσα στα|στις επόμενες|στα επόμενα|τις επόμενες|τα επόμενα|εντός των επόμενων|μέσα στις επόμενες|μέσα στα επόμενα|μέχρι|έως|ως)";

const EL: BuiltinPattern[] = [
  ...durations(EL_WITHIN, EL_UNITS, "(εργάσιμη|εργάσιμες|εργάσιμων|εργάσιμης) (μέρα|μέρες|μερών|ημέρα|ημέρες|ημερών|ημέρας)"),
  ["(σε|μέσα σε|εντός) [ένα|μισό] (μισή ώρα|μισάωρο|μισής ώρας|μισάωρου)", t({ type: "fixed", minutes: 30, prefixed: true })],
  ["(σε|μέσα σε|εντός) [λίγες|μερικές|λίγων|μερικών] (ώρες|ωρών)", t({ type: "duration", unit: 60, prefixed: true })],
  ["(μέσα στην ώρα|εντός της ώρας|μέσα στην επόμενη ώρα|εντός της επόμενης ώρας)", t({ type: "fixed", minutes: 60, prefixed: true })],
  ["((την|μέσα στην|εντός της) (επόμενη|ερχόμενη|άλλη) (εβδομάδα|εβδομάδας)|σε μια εβδομάδα)", t({ type: "fixed", minutes: 10080, prefixed: true })],
  [
    "(σήμερα|απόψε|σήμερα το (πρωί|μεσημέρι|απόγευμα|βράδυ)|μέσα στη (μέρα|ημέρα)|μέσα στην (ημέρα|μέρα)|εντός της (ημέρας|μέρας|σημερινής ημέρας)|αυθημερόν|(μέχρι|έως|ως) το (μεσημέρι|απόγευμα|βράδυ|τέλος της ημέρας|τέλος της μέρας)|(μέχρι|έως|ως) (απόψε|σήμερα το βράδυ)|πριν κλείσει η (μέρα|ημέρα))",
    t({ type: "day", offset: 0 }),
  ],
  ["[μέχρι|έως|ως|από] αύριο [το πρωί|το μεσημέρι|το απόγευμα|το βράδυ]", t({ type: "day", offset: 1 })],
  ["(την|μέσα στην|εντός της) (επόμενη|αυριανή) (μέρα|ημέρα)", t({ type: "day", offset: 1 })],
  ["[μέχρι|έως|ως] μεθαύριο", t({ type: "day", offset: 2 })],
  ["((αυτή|αυτήν) την εβδομάδα|μέσα στην εβδομάδα|εντός της εβδομάδας|(μέχρι|έως|ως) το (τέλος της εβδομάδας|Σαββατοκύριακο))", t({ type: "week-end" })],
  ["(αμέσως|άμεσα|τώρα αμέσως|στη στιγμή|επί τόπου|σε χρόνο μηδέν|σε ελάχιστα λεπτά|σε λίγα λεπτά|σε λίγο|σε πολύ λίγο|από στιγμή σε στιγμή)", t({ type: "now" })],
  ["(μέχρι|έως|ως|πριν) (τις|τη|την) #", t({ type: "clock", meridiem: "24h" })],
  ...EL_WEEKDAYS.flatMap(([day, article], i): BuiltinPattern[] => [
    [`[μέχρι|έως|ως|πριν|μέσα στην|εντός της|ως το τέλος] ${article} [ερχόμενη|επόμενη|ερχόμενο|επόμενο|ερχόμενης|επόμενης|ερχόμενου|επόμενου] ${day}`, t({ type: "weekday", day: i })],
    [`(μέχρι|έως|ως|πριν) ${day}`, t({ type: "weekday", day: i })],
  ]),

  ["(αγαπητέ|αγαπητή|αγαπητοί|αξιότιμε|αξιότιμη|αξιότιμοι|αγαπητέ μας|αγαπητή μας) (πελάτη|πελάτισσα|πελάτες|χρήστη|χρήστρια|χρήστες|φίλε|φίλη|φίλοι|συνεργάτη)", { kind: "salutation", greet: "first" }],
  ["(αγαπητέ|αξιότιμε) κύριε ή [αγαπητή|αξιότιμη] κυρία", { kind: "salutation", greet: "Γεια σας" }],
  ["(γεια σας|γεια|καλημέρα|καλησπέρα|χαίρετε) (σε όλους|σε όλες|φίλε|φίλη|φίλοι|φίλες)", { kind: "salutation", greet: "first" }],
  ["προς κάθε ενδιαφερόμενο", { kind: "salutation", greet: "Γεια σας" }],

  ["(λυπάμαι|λυπούμαι|λυπούμαστε|λυπόμαστε|συγγνώμη|συγνώμη|με συγχωρείτε|στενοχωριέμαι|μου κακοφαίνεται)", k("empathy")],
  ["(ζητώ|ζητάω|ζητούμε|ζητάμε) [ειλικρινά|προσωπικά] (συγγνώμη|συγνώμη)", k("empathy")],
  ["(καταλαβαίνω|κατανοώ|φαντάζομαι) [απόλυτα|πλήρως|πολύ καλά|πόσο|ότι]", k("empathy")],
  ["έχετε [απόλυτο|απολύτως|κάθε] (δίκιο|δίκαιο)", k("empathy")],
  ["(είναι|ήταν) (απογοητευτικό|εκνευριστικό|άσχημο|απαράδεκτο)", k("empathy")],

  ["(στείλτε|στείλε|στείλετε|γράψτε|γράψε|αφήστε) (μου|μας) [ένα|ένα σύντομο] (μήνυμα|προσωπικό|ιδιωτικό|email|e mail|mail|dm|inbox|email σας|τηλέφωνό σας|τηλέφωνο|αριθμό|στοιχεία σας)", k("private-channel")],
  ["(μου|μας) (στείλετε|στέλνετε|γράψετε|γράφετε) [ένα|ένα σύντομο] (μήνυμα|προσωπικό|ιδιωτικό|email|e mail|mail|dm|inbox)", k("private-channel")],
  ["(ιδιωτικό|προσωπικό|απευθείας|άμεσο) (μήνυμα|μηνύματα)", k("private-channel")],
  ["(σε|με|μέσω|στο|στα|από) (προσωπικό|ιδιωτικό|προσωπικά|ιδιωτικά|inbox|dm|email|e mail|τηλέφωνο|τηλεφώνου|messenger|μήνυμα|μηνύματος)", k("private-channel")],
  ["(κατ ιδίαν|ιδιωτικά|στα εισερχόμενα)", k("private-channel")],
  ["απαντήστε [μου] (σε αυτό το|στο) (μήνυμα|e mail|email|mail)", k("private-channel")],
  ["(τηλεφωνήστε|καλέστε) (μου|με|μας)", k("private-channel")],
  ["(ζητήστε|ρωτήστε για) (εμένα|εμάς)", k("private-channel")],
  ["(επικοινωνήστε|μιλήστε) [απευθείας] (μαζί μου|μαζί μας|με εμένα)", k("private-channel")],

  ["θα", k("next-step")],
  ["σας (τηλεφωνώ|ξανατηλεφωνώ|ενημερώνω|καλώ|στέλνω|γράφω|απαντώ|επιστρέφω|κάνω|δίνω|ετοιμάζω)", k("next-step")],
  ["(ανοίγω|στέλνω|κανονίζω|ζητώ|επικοινωνώ|αναλαμβάνω|προωθώ|καταχωρώ|δρομολογώ) (εγώ|αμέσως|τώρα|προσωπικά|το αίτημα|την υπόθεση|το θέμα|τη δήλωση|με τον courier|με την αποθήκη|με τη μεταφορική)", k("next-step")],
  ["(το επόμενο βήμα|τα επόμενα βήματα|(τι|αυτό που) (γίνεται|θα γίνει) (τώρα|στη συνέχεια))", k("next-step")],

  ["(ηρεμήστε|ηρέμησε|ηρεμείστε|χαλαρώστε|χαλάρωσε|ψυχραιμία|κάντε λίγη υπομονή)", k("calm-down")],
  ["(μην|μη) (θυμώνετε|εκνευρίζεστε|αγχώνεστε|φωνάζετε|ανησυχείτε τόσο|το παίρνετε προσωπικά)", k("calm-down")],
  ["δεν (χρειάζεται|υπάρχει λόγος) να (θυμώνετε|εκνευρίζεστε|φωνάζετε|αγχώνεστε)", k("calm-down")],
];

export const BUILTINS: Record<string, BuiltinPattern[]> = { en: EN, it: IT, el: EL };

/** Words, folded, that cancel what follows within a few words ("we can't guarantee"). */
export const NEGATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(["not", "t", "no", "never", "cannot", "cant", "dont", "wont", "unable", "without", "nor", "nobody", "impossible"]),
  it: new Set(["non", "nessun", "nessuna", "nessuno", "mai", "senza", "impossibile"]),
  el: new Set(foldAll("δεν δε μην μη ούτε χωρίς κανένας κανείς καμία καμιά κανένα ποτέ αδύνατο αδύνατον όχι")),
};

/** Future tense markers (folded): a reply that says what *will* happen. */
export const FUTURE_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(["will", "ll", "shall", "gonna"]),
  it: new Set([]),
  el: new Set(["θα"]),
};

/** Words that make a remedy a question rather than a promise ("I've asked whether a refund is possible"). */
export const HEDGES: Record<string, ReadonlySet<string>> = {
  en: new Set(["whether", "if", "possible", "possibly", "might", "may", "could", "eligible", "eligibility", "options", "option", "perhaps", "maybe", "consider", "considering"]),
  it: new Set(["se", "possibile", "eventuale", "eventualmente", "valutare", "valutiamo", "valutero", "valuteremo", "forse", "potrebbe", "potremmo", "opzioni", "verificare"]),
  el: new Set(foldAll("αν εάν ίσως πιθανόν πιθανώς ενδεχομένως ενδεχόμενη ενδεχόμενο ενδεχόμενης δυνατότητα δυνατότητες επιλογές εξετάσω εξετάσουμε εξετάζω εξετάζουμε μπορεί")),
};

const EN_PAST_VERBS = new Set([
  "asked", "contacted", "called", "spoke", "checked", "sent", "forwarded", "passed", "opened", "raised", "escalated", "requested",
  "emailed", "wrote", "reported", "flagged", "filed", "talked", "told", "looked", "got", "made", "put", "booked", "arranged", "chased",
  "messaged", "rang", "phoned", "started", "logged", "noted", "found", "confirmed", "received", "read", "seen", "tried",
]);
const EN_AUX = new Set(["ve", "have", "had", "already", "just"]);
const EN_BE = new Set(["m", "am", "re", "are"]);

/**
 * Whether tokens i.. start an agent's own past or present action: "I've asked", "we have
 * contacted", "I asked", "I'm checking", "ho chiesto", "abbiamo già aperto", "sto verificando".
 */
export function isAgentAction(locale: string, words: readonly string[], i: number, present = true): boolean {
  const w = words[i];
  const next = words[i + 1];
  if (w === undefined || next === undefined) return false;
  if (locale === "en") {
    if (w !== "i" && w !== "we") return false;
    if (EN_PAST_VERBS.has(next)) return true;
    if (EN_AUX.has(next)) {
      const after = words[i + 2];
      return after !== undefined && (EN_PAST_VERBS.has(after) || after.endsWith("ed") || EN_AUX.has(after) || after === "been");
    }
    if (present && EN_BE.has(next)) {
      const after = words[i + 2];
      return after !== undefined && after.endsWith("ing") && after !== "going";
    }
    return false;
  }
  if (locale === "it") {
    if (w === "ho" || w === "abbiamo") {
      const after = next === "gia" || next === "appena" || next === "personalmente" ? words[i + 2] : next;
      return after !== undefined && isItalianParticiple(after);
    }
    if (present && (w === "sto" || w === "stiamo")) {
      const after = next === "gia" ? words[i + 2] : next;
      return after !== undefined && /(ando|endo)$/.test(after);
    }
    if ((w === "mi" || w === "ci") && (next === "sono" || next === "siamo")) {
      const after = words[i + 2] === "gia" ? words[i + 3] : words[i + 2];
      return after !== undefined && isItalianParticiple(after);
    }
    return false;
  }
  if (locale === "el") {
    if (EL_AGENT_PAST.has(w) || (present && EL_AGENT_PRESENT.has(w))) return true;
    if (w === "εχω" || w === "εχουμε") {
      const after = EL_ADVERBS.has(next) ? words[i + 2] : next;
      // The perfect: "έχω ζητήσει", "έχουμε ήδη στείλει".
      return after !== undefined && after.length >= 5 && after.endsWith("ει");
    }
    return false;
  }
  return false;
}

/** An agent's own past action in Greek, first person: "ζήτησα", "επικοινωνήσαμε", "έστειλα". */
const EL_AGENT_PAST = new Set(
  foldAll(
    "ζήτησα ζητήσαμε επικοινώνησα επικοινωνήσαμε έστειλα στείλαμε άνοιξα ανοίξαμε μίλησα μιλήσαμε έλεγξα ελέγξαμε ρώτησα ρωτήσαμε προώθησα προωθήσαμε " +
      "κατέγραψα καταγράψαμε ενημέρωσα ενημερώσαμε τηλεφώνησα τηλεφωνήσαμε έγραψα γράψαμε έλαβα λάβαμε είδα είδαμε βρήκα βρήκαμε επιβεβαίωσα " +
      "επιβεβαιώσαμε κανόνισα κανονίσαμε δήλωσα δηλώσαμε διαβίβασα διαβιβάσαμε",
  ),
);
/** What the agent is doing right now: "ελέγχω", "ψάχνουμε". */
const EL_AGENT_PRESENT = new Set(foldAll("ελέγχω ελέγχουμε ψάχνω ψάχνουμε εξετάζω εξετάζουμε κοιτάζω κοιτάμε ερευνώ ερευνούμε"));
const EL_ADVERBS = new Set(foldAll("ήδη μόλις προσωπικά"));

const IT_IRREGULAR_PARTICIPLES = new Set(["fatto", "chiesto", "scritto", "messo", "preso", "detto", "visto", "aperto", "letto", "risposto", "sentito", "spedito", "inviato", "parlato", "richiesto", "promosso", "sollecitato"]);
function isItalianParticiple(word: string): boolean {
  return IT_IRREGULAR_PARTICIPLES.has(word) || /.{2,}(ato|ata|ati|ate|uto|uta|uti|ito|ita|iti|esto|esso|otto)$/.test(word);
}

const IT_NOT_FUTURE = new Set(["pero", "perche", "estremo", "supremo", "estreme"]);

/**
 * Italian future tense, read from the word as written: "richiamerò", "passerà", "rimborseremo",
 * "invieranno". The accent carries the tense in the singular ("però" is the one common
 * exception); the plural endings (-remo, -ranno, -rete: "faremo", "manderanno") are
 * distinctive enough on words of six letters or more.
 */
export function isItalianFuture(raw: string, folded: string): boolean {
  if (folded.length < 4 || IT_NOT_FUTURE.has(folded)) return false;
  const last = raw.charCodeAt(raw.length - 1);
  if ((last === 0xf2 || last === 0xe0) && /r[òà]$/.test(raw.toLowerCase())) return true;
  return folded.length >= 6 && /(remo|ranno|rete)$/.test(folded) && !/(tremo|crete|prete|parete|segrete)$/.test(folded);
}

/**
 * Stop words for telling English, Italian and Greek apart, as a bit mask: 1 en, 2 it, 4 el,
 * 8 Greeklish (Greek written in Latin letters: "to paketo irthe spasmeno"), only words that are
 * not English or Italian ones.
 */
export const STOP_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (bit: number, words: string) => {
    for (const w of words.split(" ")) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(1, "the and you your we i to is are of for it this that with be have will ll my me our on sorry please can not t s m ve hi thanks thank what when by from was has been would could should there here they them just an at as so");
  add(2, "il lo la di che e non per un una le mi ci ho sono del della con lei grazie suo sua dispiace entro ore oggi domani ma anche questo quando io come gli al alla nel ha sia piu gia lo ti vi ne da dal dei delle sul buongiorno ciao scusa pacco ordine");
  add(4, foldAll("και να το τη την σας θα για με είναι δεν που στο στη στην τον του της οι τα μας σε από η ο τι μου ένα μια πολύ αλλά ή όταν έχω έχετε σήμερα αύριο ακόμα ήδη γιατί πώς αυτό αυτή εγώ εσείς").join(" "));
  add(8, GREEKLISH_WORDS.filter((w) => !m.has(w)).join(" "));
  return m;
})();
