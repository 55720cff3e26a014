/**
 * One form for the spellings of social media, per language, applied to folded words before
 * stemming (./words.ts), to a complaint and to every pattern alike.
 *
 * - `words`: a word to the word or words it stands for ("bday" -> "birthday", "didnt" ->
 *   "did not", "pls" -> "please").
 * - `contractions`: the word before an apostrophe's "t" ("didn" of "didn't", which the
 *   tokenizer splits in two) to its full form, so "didn't", "didnt" and "did not" are one.
 *
 * Keep these to spellings and abbreviations that mean the same thing everywhere; a word that
 * belongs to one kind of complaint goes in that playbook's triggers instead.
 */
export interface SynonymTable {
  words: Readonly<Record<string, string>>;
  contractions: Readonly<Record<string, string>>;
}

const EN_CONTRACTIONS: Record<string, string> = {
  don: "do not",
  doesn: "does not",
  didn: "did not",
  isn: "is not",
  aren: "are not",
  wasn: "was not",
  weren: "were not",
  haven: "have not",
  hasn: "has not",
  hadn: "had not",
  won: "will not",
  wouldn: "would not",
  can: "can not",
  couldn: "could not",
  shouldn: "should not",
  ain: "is not",
};

const EN_WORDS: Record<string, string> = {
  // Contractions written without the apostrophe.
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  arent: "are not",
  wasnt: "was not",
  werent: "were not",
  havent: "have not",
  hasnt: "has not",
  hadnt: "had not",
  wont: "will not",
  wouldnt: "would not",
  cant: "can not",
  cannot: "can not",
  couldnt: "could not",
  shouldnt: "should not",
  aint: "is not",
  // Abbreviations and common misspellings.
  bday: "birthday",
  pkg: "package",
  pkge: "package",
  pckg: "package",
  parcle: "parcel",
  recieve: "receive",
  recieved: "received",
  recieving: "receiving",
  reciept: "receipt",
  deliverd: "delivered",
  delivary: "delivery",
  acct: "account",
  acc: "account",
  pwd: "password",
  passwd: "password",
  u: "you",
  ur: "your",
  pls: "please",
  plz: "please",
  thx: "thanks",
  thanx: "thanks",
  tks: "thanks",
  tysm: "thank you",
  ty: "thank you",
  cust: "customer",
  hrs: "hours",
  hr: "hour",
  mins: "minutes",
  min: "minute",
  wks: "weeks",
  wk: "week",
  yday: "yesterday",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  appt: "appointment",
  msg: "message",
  msgs: "messages",
  ppl: "people",
  wifi: "wi fi",
  cancelled: "canceled",
  cancelling: "canceling",
};

const IT_WORDS: Record<string, string> = {
  nn: "non",
  x: "per",
  xke: "perche",
  xche: "perche",
  cmq: "comunque",
  ke: "che",
  grz: "grazie",
  qlc: "qualcosa",
  qls: "qualsiasi",
  msg: "messaggio",
};

/**
 * Greek (folded: no accents, final sigma as σ): the cases of two words every complaint uses that
 * Snowball's Greek stemmer splits ("παραγγελία" παραγγελ but "παραγγελίας" παραγγελι, "κωδικός"
 * κωδικ but "κωδικό" κωδ), put in one form before stemming.
 */
const EL_WORDS: Record<string, string> = {
  παραγγελιασ: "παραγγελια",
  παραγγελιεσ: "παραγγελια",
  κωδικο: "κωδικοσ",
  κωδικου: "κωδικοσ",
  κωδικων: "κωδικοσ",
};

export const SYNONYMS: Readonly<Record<string, SynonymTable>> = {
  en: { words: EN_WORDS, contractions: EN_CONTRACTIONS },
  it: { words: IT_WORDS, contractions: {} },
  el: { words: EL_WORDS, contractions: {} },
};
