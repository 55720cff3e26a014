/**
 * What the rules know about English, Italian and Greek beyond the team's phrase lists: how
 * people write time frames ("within 24 hours", "entro un'ora", "by Monday"), generic
 * salutations, empathy, invitations to a private channel, "calm down", and the small word
 * classes the rules reason with (negations, future tense, an agent's own past action, hedges).
 *
 * Patterns use the phrase syntax of src/text/pattern.ts and are compiled into each locale's one
 * matcher together with the phrase list, so they cost nothing extra per reply.
 */

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
  for (const [words, minutes] of units) for (const w of words.replace(/[()]/g, "").split("|")) m.set(w, minutes);
  return m;
}

const EL_UNITS: Array<[string, number]> = [["(λεπτο|λεπτα)", 1], ["(ωρα|ωρες)", 60], ["(μερα|μερες|ημερα|ημερες)", 1440]];

/** Unit words by locale (folded) -> minutes, for bare durations: "30 minutes", "due giorni". */
export const UNIT_WORDS: Record<string, ReadonlyMap<string, number>> = { en: unitWords(EN_UNITS), it: unitWords(IT_UNITS), el: unitWords(EL_UNITS) };
/** "2 working days" (before the unit), "2 giorni lavorativi" (after it). */
export const WORKING_BEFORE = new Set(["working", "business"]);
export const WORKING_AFTER = new Set(["lavorativo", "lavorativi", "feriale", "feriali", "εργασιμες", "εργασιμη"]);

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

  ["(dm|pm|message|email|e mail|call|phone|ring|text|inbox) (me|us)", k("private-channel")],
  ["(send|drop) (me|us) a (dm|direct message|private message|pm|message|line|email|e mail|note)", k("private-channel")],
  ["(direct|private) message", k("private-channel")],
  ["(in|via|by|over|through|into) [a|our|the] (dm|dms|pm|email|e mail|phone|private|inbox|direct messages|private messages)", k("private-channel")],
  ["(privately|in private|ask for me|write to me|reach me)", k("private-channel")],

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

  ["(in|via|per|tramite) (privato|dm|direct|messaggio privato|e mail|email|mail|telefono|messaggio diretto)", k("private-channel")],
  ["messaggio (privato|diretto)", k("private-channel")],
  ["(mi|ci) (scriva|scrivi|scrivete|contatti|contatta|chiami|chiama|mandi|manda|invii|invia)", k("private-channel")],
  ["chieda di me", k("private-channel")],
  ["(mi|ci) lasci (un|il suo|il) (recapito|numero)", k("private-channel")],

  ["(la|le|ti|vi|lo|gli) (richiamo|chiamo|ricontatto|contatto|aggiorno|scrivo|mando|invio|telefono|spedisco|faccio sapere)", k("next-step")],
  ["(apro|avvio|chiedo|sento|verifico|controllo|sollecito|contatto|mando|invio|organizzo|prenoto) (io|subito|la pratica|una pratica|il corriere|il magazzino)", k("next-step")],
  ["(il prossimo passo|i prossimi passi|ecco (cosa|che cosa) succede)", k("next-step")],

  ["(si calmi|stia calmo|stia calma|si rilassi|si tranquillizzi|calmati|si dia una calmata)", k("calm-down")],
];

const EL: BuiltinPattern[] = [
  ...durations("(σε|μεσα σε|εντος)", EL_UNITS, "(εργασιμη|εργασιμες) (μερα|μερες|ημερα|ημερες)"),
  ["(σημερα|αποψε)", t({ type: "day", offset: 0 })],
  ["αυριο", t({ type: "day", offset: 1 })],
  ["(αμεσως|αμεσα)", t({ type: "now" })],
  ["(αγαπητε|αγαπητη) (πελατη|πελατισσα)", { kind: "salutation", greet: "first" }],
  ["(λυπαμαι|συγγνωμη|ζητω συγγνωμη|ζηταμε συγγνωμη|καταλαβαινω)", k("empathy")],
  ["(στειλτε|στειλε) (μου|μας) (μηνυμα|email|e mail)", k("private-channel")],
  ["(ιδιωτικο|προσωπικο) μηνυμα", k("private-channel")],
  ["θα", k("next-step")],
  ["(ηρεμηστε|ηρεμησε)", k("calm-down")],
];

export const BUILTINS: Record<string, BuiltinPattern[]> = { en: EN, it: IT, el: EL };

/** Words, folded, that cancel what follows within a few words ("we can't guarantee"). */
export const NEGATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set(["not", "t", "no", "never", "cannot", "cant", "dont", "wont", "unable", "without", "nor", "nobody", "impossible"]),
  it: new Set(["non", "nessun", "nessuna", "nessuno", "mai", "senza", "impossibile"]),
  el: new Set(["δεν", "μην", "δε", "ουτε"]),
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
  el: new Set(["αν", "ισως", "πιθανον"]),
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
  return false;
}

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

/** Stop words for telling English, Italian and Greek apart, as a bit mask: 1 en, 2 it, 4 el. */
export const STOP_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (bit: number, words: string) => {
    for (const w of words.split(" ")) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(1, "the and you your we i to is are of for it this that with be have will ll my me our on sorry please can not t s m ve hi thanks thank what when by from was has been would could should there here they them just an at as so");
  add(2, "il lo la di che e non per un una le mi ci ho sono del della con lei grazie suo sua dispiace entro ore oggi domani ma anche questo quando io come gli al alla nel ha sia piu gia lo ti vi ne da dal dei delle sul buongiorno ciao scusa pacco ordine");
  add(4, "και να το τη την σας θα για με ειναι δεν που στο στη στην τον του της οι τα μας σε απο");
  return m;
})();
