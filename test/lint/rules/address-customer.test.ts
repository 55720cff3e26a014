import { at, point, ruleTester } from "../helpers.js";

const id = "address-customer";
const laura = { customer: "Laura Bianchi" };
const t = {
  dear: "Dear customer, I'm sorry about your parcel.",
  nobody: "I'm sorry about your parcel. I'll call you back within 24 hours.",
  hiThere: "Hi there, I'm sorry about your parcel.",
  gentile: "Gentile cliente, mi dispiace per il pacco.",
  cara: "Cara cliente, mi dispiace per il pacco.",
  nessuno: "Mi dispiace per il pacco, la richiamo entro 24 ore.",
};

ruleTester(id, {
  valid: [
    { context: laura, text: "Laura, I'm so sorry your parcel arrived damaged." },
    { context: laura, text: "Hi Laura, I'm so sorry." },
    { context: { customer: { name: "Laura Bianchi", title: "Ms" } }, text: "Dear Ms Bianchi, I'm so sorry." },
    { context: laura, name: "title and surname without a configured title", text: "Gentile Sig.ra Bianchi, mi dispiace davvero." },
    { context: { customer: { handle: "@laurab" } }, text: "@laurab I'm so sorry, send me a DM." },
    { context: { customer: { name: "Laura Bianchi", handle: "@laurab" } }, text: "@LauraB so sorry about this." },
    { context: laura, text: "Ciao Laura, mi dispiace davvero per il pacco." },
    { context: { customer: "Élodie Martin" }, name: "accents do not matter", text: "Elodie, I'm so sorry." },
    { name: "no customer and no generic salutation: nothing to say", text: "I'm so sorry your parcel arrived damaged." },
    { name: "nessun cliente, nessun saluto generico", text: "Mi dispiace davvero per il pacco." },
  ],
  invalid: [
    { context: laura, name: "a generic salutation instead of the name", text: t.dear, errors: [{ ruleId: id, ...at(t.dear, "Dear customer"), messageId: "missing", severity: "warn" }] },
    { context: laura, name: "no name at all", text: t.nobody, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "without a known customer, a generic salutation is flagged", text: t.hiThere, errors: [{ ruleId: id, ...at(t.hiThere, "Hi there"), messageId: "generic" }] },
    { name: "senza cliente noto, il saluto generico è segnalato", text: t.gentile, errors: [{ ruleId: id, ...at(t.gentile, "Gentile cliente"), messageId: "generic" }] },
    { context: laura, text: t.cara, errors: [{ ruleId: id, ...at(t.cara, "Cara cliente"), messageId: "missing" }] },
    { context: laura, text: t.nessuno, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { context: { customer: { handle: "@laurab" } }, name: "a handle that is not used", text: t.nobody, errors: [{ ruleId: id, ...point(0) }] },
    { context: { customer: "Marco Rossi" }, name: "someone else's name", text: "Laura, I'm so sorry.", errors: [{ ruleId: id, ...point(0) }] },
  ],
});
