#!/usr/bin/env node
// Generates a corpus of replies for `npm run bench`: one JSON object per line, the way a
// social-care tool exports them. Mixed like real traffic: English and Italian (60/40), about
// half clean and half with one to three problems (stock phrases, over-promises, blame, a
// missing name, signature or next step, shouting, placeholders), most with context.
// Deterministic (seeded), so runs are comparable.
//
//   node bench/generate.js [count=1000000] [file=.bench/corpus.jsonl]
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

const count = Number(process.argv[2] ?? 1_000_000);
const file = resolve(process.argv[3] ?? ".bench/corpus.jsonl");

let seed = 0x2f6b1a3d;
const rand = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const pick = (list) => list[Math.floor(rand() * list.length)];

const CUSTOMERS = ["Laura Bianchi", "Marco Rossi", "Anna Verdi", "Giulia Neri", "Tom Baker", "Sarah Jones", "Luca Ferri", "Emma Clarke"];
const AGENTS = ["Dario Rossi", "Giulia Conti", "Paolo Neri", "Anna Ricci"];
const initials = (name) => name.split(" ").map((p) => p[0]).join("");
const first = (name) => name.split(" ")[0];

// Each reply has five slots; a clean reply fills each with a clean variant, a violating one
// swaps one to three slots for a bad variant.
const EN = {
  playbooks: ["parcel-damaged", "parcel-lost", "late-delivery", "wrong-item"],
  greet: { ok: [(c) => `${first(c)},`, (c) => `Hi ${first(c)},`], bad: [() => "Dear customer,", () => "Hi [NAME],"] },
  sorry: { ok: ["so sorry about this.", "I'm really sorry.", "sorry, that's not ok."], bad: ["we apologise for any inconvenience.", "as we already told you, check the box."] },
  next: {
    ok: ["I'll update you within 24 hours.", "I'll call you back within 24 hours.", "The courier collects it within 48 hours."],
    bad: ["I'll call you back in 2 hours.", "We'll look into it ASAP.", "I'll refund you right away!!!", "We guarantee it."],
  },
  dm: { ok: ["DM me your order no.", "Write to care@example.com."], bad: ["PLEASE CALM DOWN.", "It's not our fault."] },
  sign: { ok: [(a) => `^${initials(a)}`, (a) => `— ${first(a)}`], bad: [() => "The Care Team", () => ""] },
};
const IT = {
  playbooks: ["parcel-damaged", "parcel-lost"],
  greet: { ok: [(c) => `${first(c)},`, (c) => `Ciao ${first(c)},`], bad: [() => "Gentile cliente,", () => "Gentile Sig. xxx,"] },
  sorry: { ok: ["mi dispiace davvero.", "le chiedo scusa."], bad: ["ci scusiamo per il disagio.", "doveva controllare il pacco."] },
  next: {
    ok: ["La aggiorno entro 24 ore.", "La richiamo entro 24 ore."],
    bad: ["La richiamo entro un'ora.", "Provvederemo quanto prima.", "Le rimborseremo tutto!!!", "Le garantisco che non succederà più."],
  },
  dm: { ok: ["Mi scriva in privato.", "Mi scriva in DM."], bad: ["SI CALMI PER FAVORE.", "Non è colpa nostra."] },
  sign: { ok: [(a) => `^${initials(a)}`, (a) => `— ${first(a)}`], bad: [() => "Il Servizio Clienti", () => ""] },
};
const SLOTS = ["greet", "sorry", "next", "dm", "sign"];

mkdirSync(dirname(file), { recursive: true });
const out = createWriteStream(file);
let buffer = "";
let bytes = 0;
let clean = 0;
for (let i = 1; i <= count; i++) {
  const L = rand() < 0.4 ? IT : EN;
  const customer = pick(CUSTOMERS);
  const agent = pick(AGENTS);
  const bad = new Set();
  if (rand() < 0.5) {
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) bad.add(pick(SLOTS));
  } else clean++;
  const parts = SLOTS.map((slot) => {
    const v = pick(bad.has(slot) ? L[slot].bad : L[slot].ok);
    return typeof v === "function" ? v(slot === "sign" ? agent : customer) : v;
  }).filter(Boolean);
  const item = { id: i, text: parts.join(" ") };
  if (rand() < 0.75) item.playbook = pick(L.playbooks);
  if (rand() < 0.75) item.customer = customer;
  if (rand() < 0.6) item.agent = agent;
  if (rand() < 0.25) item.locale = L === IT ? "it" : "en";
  if (rand() < 0.25) item.channel = "x";
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
process.stderr.write(`wrote ${count.toLocaleString("en")} replies (${Math.round((clean / count) * 100)}% written clean), ${(bytes / 1e6).toFixed(1)} MB, to ${file}\n`);
