import { at, point, ruleTester } from "../helpers.js";

const id = "signed-by-person";
const dario = { agent: "Dario Rossi" };
const x = { agent: "Dario Rossi", channel: "x" };
const t = {
  team: "Laura, I'm so sorry. I'll call you back within 24 hours.\n— The Customer Care Team",
  servizio: "Laura, mi dispiace davvero. La richiamo entro 24 ore.\nIl Servizio Clienti",
  none: "Laura, I'm so sorry. I'll call you back within 24 hours.",
  nessuno: "Laura, mi dispiace davvero. La richiamo entro 24 ore.",
  marco: "Laura, I'm so sorry.\nKind regards,\nMarco",
  initials: "@laurab so sorry, DM me. ^MB",
  sono: "Laura, sono Giulia e mi dispiace davvero.",
  staff: "Laura, mi dispiace. Cordiali saluti, lo staff di Acme",
};

/** How real teams sign, in our own replies: each must be accepted. */
const signatures = [
  "@sam Glad it worked out. ^Nora",
  "@sam Glad it worked out. *PeterWalsh",
  "@sam Glad it worked out. ~ Petra",
  "@sam Glad it worked out. ^Tom B",
  "@sam Glad it worked out. ^MiaK",
  "@sam Glad it worked out. ^Ines V.",
  "@sam Glad it worked out. ^TQ.",
  "@sam Glad it worked out. ^WZ(2/2)",
  "@sam Glad it worked out. ^PM https://t.co/AbCdEf",
  "@sam Call us on 0800-555-0199.^RD",
  "@sam Glad it worked out. ^jb",
  "@sam Glad it worked out. Thanks-Rosa",
  "@sam Glad it worked out.\nRegards,\nHelen",
  "@sam Hannah here, glad it worked out!",
  "@sara Felici che sia tutto a posto. ^Chiara",
  "@sara Ci scriva in privato.\nUn saluto,\nMarta",
  // Marks written straight after the sentence, and a stray full stop after the initials.
  "@sam I'll pass this on for you.--JR",
  "@sam What happened? We'd love to help.-KD",
  "@sam Is there anything we can do? ^kt .",
  "@sara Lo segnalo io al reparto.--GR",
  "@sara Possiamo fare qualcosa? ^gb\n.",
];

ruleTester(id, {
  valid: [
    ...signatures.map((text) => ({ name: `signed: ${text.slice(text.indexOf(".") + 1).trim()}`, text })),
    { name: "a part that more parts follow needs no signature", context: { final: false }, text: "@sam Here is the first half of the answer." },
    { name: "a part numbered 1/2 needs no signature", text: "@sam Here is the first half of the answer. 1/2" },
    { text: "Laura, I'm so sorry. I'll call you back within 24 hours.\n— Dario" },
    { context: dario, text: "Laura, I'm so sorry. I'll call you back within 24 hours. — Dario" },
    { context: dario, text: "Laura, I'm Dario and I'm so sorry your parcel arrived damaged." },
    { context: dario, text: "Laura, sono Dario e mi dispiace davvero per il pacco." },
    { context: dario, text: "Laura, I'm so sorry.\nKind regards,\nDario" },
    { context: dario, text: "Laura, I'm so sorry. Kind regards, Dario Rossi" },
    { context: dario, text: "Laura, mi dispiace davvero.\nUn saluto, Dario" },
    { context: x, text: "@laurab so sorry, DM me. ^DR" },
    { context: x, text: "@laurab so sorry, DM me. -DR" },
    { context: x, text: "@laurab so sorry, DM me. *DR" },
    { context: x, name: "initials before thread numbering", text: "@laurab so sorry, DM me. ^DR 1/2" },
    { context: { agent: "Dario Rossi", agentInitials: "DRO" }, text: "@laurab so sorry. ^DRO" },
    { context: dario, text: "Laura, I'm so sorry.\nDario, Customer Care" },
    { text: "Laura, mi dispiace davvero. La richiamo entro 24 ore.\nGiulia" },
    { context: dario, text: "Laura, mi dispiace. Me ne occupo io, Dario, e la richiamo entro 24 ore." },
  ],
  invalid: [
    { context: dario, name: "a team is not a person", text: t.team, errors: [{ ruleId: id, ...at(t.team, "The Customer Care Team"), messageId: "team" }] },
    { name: "il servizio clienti non è una persona", text: t.servizio, errors: [{ ruleId: id, ...at(t.servizio, "Il Servizio Clienti"), messageId: "team" }] },
    { name: "unsigned", text: t.none, errors: [{ ruleId: id, ...point(t.none.length), messageId: "missing" }] },
    { name: "senza firma", text: t.nessuno, errors: [{ ruleId: id, ...point(t.nessuno.length), messageId: "missing" }] },
    { context: dario, name: "signed by someone other than the agent", text: t.marco, errors: [{ ruleId: id, ...at(t.marco, "Marco", 0), messageId: "wrongAgent" }] },
    { context: x, name: "someone else's initials", text: t.initials, errors: [{ ruleId: id, ...at(t.initials, "MB"), messageId: "wrongAgent" }] },
    { context: dario, name: "un'altra persona si presenta", text: t.sono, errors: [{ ruleId: id, ...at(t.sono, "Giulia"), messageId: "wrongAgent" }] },
    { name: "a sentence after a comma is not a name", text: "Sam, we're on it. Again, we're sorry for the delay.", errors: [{ ruleId: id, ...point(51), messageId: "missing" }] },
    { name: "a sign-off with no name", text: "Glad it worked out. Cheers.", errors: [{ ruleId: id, ...point(27), messageId: "missing" }] },
    { name: "a sign-off and a team", text: "Sorry about that. Rgds, Acme Care", errors: [{ ruleId: id, ...at("Sorry about that. Rgds, Acme Care", "Acme Care"), messageId: "team" }] },
    { name: "a closing apology is not a name", text: "The delay was down to a medical emergency on board. Apologies.", errors: [{ ruleId: id, ...point(62), messageId: "missing" }] },
    { name: "a brand signing as itself", text: "We had a delay and kept the kids up late. Love, American.", errors: [{ ruleId: id, ...point(57), messageId: "missing" }] },
    { name: "scuse in chiusura non sono un nome", text: "Il ritardo è dovuto a un'emergenza medica a bordo. Scuse.", errors: [{ ruleId: id, ...point(57), messageId: "missing" }] },
    { name: "click here is not an introduction", text: "Click here: https://t.co/xyz", errors: [{ ruleId: id, ...point(28), messageId: "missing" }] },
    { name: "the last part of a thread must be signed", text: "@sam And that is the rest. 2/2", errors: [{ ruleId: id, ...point(30), messageId: "missing" }] },
    { name: "una frase dopo la virgola non è un nome", text: "Sara, ancora, ci scusiamo per il ritardo.", errors: [{ ruleId: id, ...point(41), messageId: "missing" }] },
    { name: "lo staff non è una persona", text: t.staff, errors: [{ ruleId: id, ...at(t.staff, "lo staff di Acme"), messageId: "team" }] },
  ],
});
