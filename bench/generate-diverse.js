#!/usr/bin/env node
// Generates the diverse corpus of `npm run bench`: distinct replies over a realistic vocabulary,
// one JSON object per line, shaped like the replies brands post on X (an @handle first, one to
// four sentences, often the customer's first name, a sign-off by one of the brand's few dozen
// agents, about 100 characters).
//
// Unlike bench/generate.js (a few hundred replies repeated), almost no two lines are alike and
// the words follow the long tail of real text: each language's words are drawn by frequency rank
// (Zipf) from word lists ranked by use, so common words repeat and tens of thousands of rarer
// ones turn up a few times each, the way new words reach the linter in real traffic. Mixed in:
// first and last names, handles, links, e-mail addresses, order numbers, times, prices, emoji,
// typos (a letter dropped, doubled or swapped), shouting, and the phrases the rules look for.
// English and Italian (60/40). Deterministic (seeded): the same count gives the same file.
//
// Word lists (devDependencies, used only here, nothing of them is shipped or committed):
//   @zxcvbn-ts/language-en, @zxcvbn-ts/language-it (MIT): words ranked by frequency
//     (subtitles and Wikipedia), first names and last names
//   an-array-of-english-words (MIT): ~275,000 English words, the rare tail
//   unicode-emoji-json (MIT): the emoji, in Unicode's order
//
//   node bench/generate-diverse.js [count=500000] [file=.bench/diverse-500000.jsonl]
import { createWriteStream, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const require = createRequire(import.meta.url);
const count = Number(process.argv[2] ?? 500_000);
const file = resolve(process.argv[3] ?? `.bench/diverse-${count}.jsonl`);

let seed = 0x5eed1e55;
const rand = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => rand() < p;
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);

/** Draws from a list ranked by frequency: rank r with weight 1 / (r + 2) ** s (Zipf). */
function zipf(list, s = 1) {
  const cumulative = new Float64Array(list.length);
  let total = 0;
  for (let r = 0; r < list.length; r++) cumulative[r] = total += 1 / (r + 2) ** s;
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

/** A seeded shuffle (the alphabetical list becomes a tail with no order to it). */
function shuffled(list) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const en = require("@zxcvbn-ts/language-en").dictionary;
const it = require("@zxcvbn-ts/language-it").dictionary;
const englishTail = require("an-array-of-english-words");
const emoji = require("unicode-emoji-json/data-ordered-emoji.json");

const EN_WORD = /^[a-z][a-z'-]*[a-z]$/;
const IT_WORD = /^[a-zàèéìòóù][a-zàèéìòóù']*[a-zàèéìòóù]$/;
const unique = (...lists) => [...new Set(lists.flat())];
const enWords = unique(en["commonWords-en"].filter((w) => EN_WORD.test(w)), en["wikipedia-en"].filter((w) => EN_WORD.test(w)));
const enTail = shuffled(englishTail.filter((w) => EN_WORD.test(w)));
const itWords = unique(it.commonWords.filter((w) => IT_WORD.test(w)), it.wikipedia.filter((w) => IT_WORD.test(w)));
const names = {
  en: { first: zipf(en["firstnames-en"].map(cap), 0.9), last: zipf(en["lastnames-en"].slice(0, 20_000).map(cap), 1) },
  it: { first: zipf(it.firstnames.map(cap), 0.9), last: zipf(unique(it.lastnames, en["lastnames-en"].slice(0, 2000)).map(cap), 0.8) },
};
const word = { en: zipf(enWords, 1.4), it: zipf(itWords, 1.4) };
// A slot in a sentence ("sorry about the {w}") takes a content word: the function words at the head of the lists are left out.
const content = { en: zipf(enWords.slice(300), 1.1), it: zipf(itWords.slice(300), 1.1) };
// A brand's care team is a few dozen agents; its customers are anyone.
const team = (lang, size) => Array.from({ length: size }, () => [names[lang].first(), names[lang].last()]);
const agents = { en: zipf(team("en", 40), 0.8), it: zipf(team("it", 25), 0.8) };
const rareEnglish = zipf(enTail, 0.3);
const someEmoji = zipf(emoji, 0.9);

// Sentences a care team writes, with slots: {n} the customer's first name, {w} a word drawn
// from the language's long tail, {o} an order or case number, {t} a time, {p} a price.
const FRAMES = {
  en: {
    open: ["Hi {n},", "Hey {n}!", "Hello {n},", "{n},", "Hi there,", "Hey there!", "Thanks for reaching out, {n}.", "Hi {n}, thanks for the shout."],
    body: [
      "Sorry to hear about the {w}.",
      "We're really sorry the {w} didn't arrive as expected.",
      "That's not the {w} we want you to have.",
      "Can you tell us more about the {w} and the {w}?",
      "Please send us a DM with your order number and we'll take a look.",
      "Could you DM us your case number {o} and the {w}?",
      "I've passed this on to our {w} team.",
      "Your refund of {p} is on its way.",
      "The courier will be there by {t}.",
      "I'll update you by {t} with news on your {w}.",
      "We'd love to help with the {w}, {n}.",
      "Thanks for your patience with the {w} today.",
      "Have you tried restarting the {w}?",
      "You can check the status at {l}",
      "Drop us an email at {e} and we'll sort it out.",
      "Glad to hear the {w} is working again!",
      "Enjoy the {w}, {n}!",
      "I've checked order {o} and it left our {w} on {d}.",
      "We appreciate the feedback about the {w}.",
      "Let us know if there's anything else we can do.",
    ],
    risky: [
      "We apologise for any inconvenience.",
      "Your call is important to us.",
      "I'll call you back in 2 hours.",
      "We'll look into it ASAP.",
      "We guarantee it won't happen again.",
      "As we already told you, check the box.",
      "It's not our fault.",
      "PLEASE CALM DOWN.",
      "Dear customer,",
      "I'll refund you right away!!!",
    ],
    sign: ["^{i}", "-{i}", "*{i}", "— {a}", "^{a}", "Thanks, {a}"],
    times: ["5pm", "10am", "tomorrow", "Friday", "the end of the day", "noon", "Monday morning", "4:30pm", "the weekend"],
    days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "12/03", "3rd March", "the 14th"],
    money: () => `${pick(["$", "£", "€"])}${int(400)}.${String(int(100)).padStart(2, "0")}`,
  },
  it: {
    open: ["Ciao {n},", "Buongiorno {n},", "{n},", "Salve,", "Ciao!", "Gentile {n},", "Buonasera {n}, grazie per averci scritto."],
    body: [
      "Ci dispiace per il problema con {w}.",
      "Mi dispiace davvero per {w}.",
      "Può scriverci in privato il numero d'ordine?",
      "Ci mandi un DM con il numero {o} e verifichiamo subito.",
      "Ho inoltrato la segnalazione su {w} al reparto.",
      "Il rimborso di {p} è in lavorazione.",
      "Il corriere passerà entro {t}.",
      "La aggiorno entro {t} su {w}.",
      "Grazie per la pazienza con {w}.",
      "Ha provato a riavviare {w}?",
      "Trova tutte le informazioni su {l}",
      "Ci scriva a {e} e risolviamo.",
      "Siamo contenti che {w} funzioni di nuovo!",
      "L'ordine {o} è partito dal magazzino di {w} il {d}.",
      "Grazie per il riscontro su {w} e {w}.",
      "Restiamo a disposizione per qualsiasi cosa.",
    ],
    risky: [
      "Ci scusiamo per il disagio.",
      "La richiamo entro un'ora.",
      "Provvederemo quanto prima.",
      "Le garantisco che non succederà più.",
      "Non è colpa nostra.",
      "SI CALMI PER FAVORE.",
      "Gentile cliente,",
      "Le rimborseremo tutto!!!",
    ],
    sign: ["^{i}", "-{i}", "*{i}", "— {a}", "Un saluto, {a}"],
    times: ["domani", "le 17", "venerdì", "fine giornata", "lunedì mattina", "le 10:30", "48 ore"],
    days: ["lunedì", "martedì", "3 marzo", "14/02", "ieri"],
    money: () => `${int(400)},${String(int(100)).padStart(2, "0")} €`,
  },
};
const PLAYBOOKS = { en: ["parcel-damaged", "parcel-lost", "late-delivery", "wrong-item"], it: ["parcel-damaged", "parcel-lost"] };
const LINK_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const token = (n) => Array.from({ length: n }, () => LINK_CHARS[int(LINK_CHARS.length)]).join("");

/** A typo in a word of four letters or more: one letter dropped, doubled or swapped with the next. */
function typo(w) {
  if (w.length < 4) return w;
  const i = 1 + int(w.length - 2);
  switch (int(3)) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + w[i] + w.slice(i);
    default:
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  }
}

function handle(lang) {
  switch (int(4)) {
    case 0:
      return `@${100000 + int(900000)}`;
    case 1:
      return `@${names[lang].first().toLowerCase()}${int(2000)}`;
    case 2:
      return `@${names[lang].first().toLowerCase()}_${names[lang].last().toLowerCase().replace(/[^a-z]/g, "")}`;
    default:
      return `@${word[lang]()}${pick(["", "_", "."])}${word[lang]()}`.replace(/['-]/g, "");
  }
}

/** A run of free words, as in the parts of a reply no frame covers. */
function freeSentence(lang) {
  const n = 4 + int(10);
  const out = [];
  for (let k = 0; k < n; k++) {
    let w = lang === "en" && chance(0.005) ? rareEnglish() : word[lang]();
    if (chance(0.01)) w = typo(w);
    if (chance(0.01)) w = w.toUpperCase();
    if (chance(0.02)) w = String(int(100) + 1);
    out.push(w);
  }
  out[0] = cap(out[0]);
  return `${out.join(" ")}${pick([".", ".", ".", "!", "?", "..."])}`;
}

function fill(frame, lang, ctx) {
  const F = FRAMES[lang];
  return frame.replace(/\{(\w)\}/g, (_, slot) => {
    switch (slot) {
      case "n":
        return ctx.first;
      case "a":
        return ctx.agentFirst;
      case "i":
        return ctx.initials;
      case "w": {
        let w = lang === "en" && chance(0.01) ? rareEnglish() : content[lang]();
        if (chance(0.01)) w = typo(w);
        return w;
      }
      case "o":
        return pick([`#${int(10_000_000)}`, `${pick(["A", "B", "IT", "UK"])}${int(1_000_000)}`, String(100000000 + int(900000000))]);
      case "t":
        return pick(F.times);
      case "d":
        return pick(F.days);
      case "p":
        return F.money();
      case "l":
        return pick([`https://t.co/${token(10)}`, `https://help.example.com/${word[lang]()}/${int(9000) + 1000}`, `https://example.${lang === "it" ? "it" : "com"}/${token(6)}`]);
      case "e":
        return `${pick(["help", "care", "support", "assistenza", ctx.agentFirst.toLowerCase()])}@${pick(["example.com", "example.it", "example.org"])}`;
      default:
        return slot;
    }
  });
}

mkdirSync(dirname(file), { recursive: true });
const out = createWriteStream(file);
let buffer = "";
let bytes = 0;
for (let i = 1; i <= count; i++) {
  const lang = chance(0.4) ? "it" : "en";
  const F = FRAMES[lang];
  const first = names[lang].first();
  const last = names[lang].last();
  const [agentFirst, agentLast] = agents[lang]();
  const ctx = { first, agentFirst, initials: `${agentFirst[0]}${agentLast[0]}`.toUpperCase() };
  const parts = [];
  if (chance(0.95)) parts.push(handle(lang));
  if (chance(0.55)) parts.push(fill(pick(F.open), lang, ctx));
  const sentences = 1 + int(3);
  for (let k = 0; k < sentences; k++) {
    const r = rand();
    parts.push(r < 0.12 ? fill(pick(F.risky), lang, ctx) : r < 0.6 ? fill(pick(F.body), lang, ctx) : freeSentence(lang));
  }
  if (chance(0.04)) parts.push(someEmoji());
  if (chance(0.6)) parts.push(fill(pick(F.sign), lang, ctx));
  const item = { id: `d${i}`, text: parts.join(" ") };
  if (chance(0.5)) item.playbook = pick(PLAYBOOKS[lang]);
  if (chance(0.5)) item.customer = `${first} ${last}`;
  if (chance(0.4)) item.agent = `${agentFirst} ${agentLast}`;
  if (chance(0.25)) item.locale = lang;
  if (chance(0.5)) item.channel = "x";
  const line = `${JSON.stringify(item)}\n`;
  buffer += line;
  bytes += Buffer.byteLength(line);
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise((r) => out.once("drain", r));
    buffer = "";
  }
}
out.end(buffer);
await new Promise((r) => out.on("finish", r));
process.stderr.write(`wrote ${count.toLocaleString("en")} diverse replies, ${(bytes / 1e6).toFixed(1)} MB, to ${file}\n`);
