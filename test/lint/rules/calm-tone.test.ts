import { at, ruleTester } from "../helpers.js";

const id = "calm-tone";
const t = {
  shout: "Laura, WE ARE LOOKING INTO IT.",
  please: "PLEASE read the instructions.",
  calm: "Please calm down, we are working on it.",
  calmi: "Si calmi, ci stiamo lavorando.",
  bangs: "We're on it!!!",
  punti: "Ci stiamo lavorando!!!",
  sarcasm: "Obviously, the box was opened.",
  ovviamente: "Ovviamente il pacco è stato aperto.",
  urlo: "Laura, NON È COLPA NOSTRA.",
};

ruleTester(id, {
  valid: [
    { text: "Laura, send me a DM and I'll check it with UPS." },
    { text: "Laura, I've sent you an SMS with the DHL tracking code." },
    { text: "Laura, I'm so sorry! I'll call you back within 24 hours. ^DR" },
    { text: "Laura, mi scriva in DM e verifico con BRT e SDA." },
    { name: "the customer's shouting, quoted", text: 'You wrote "NEVER AGAIN" and I understand why.' },
    { name: "il cliente che urla, citato", text: "Ha scritto «VERGOGNA!!!» e ha ragione a essere arrabbiata." },
    { text: "Laura, the IKEA order is on its way." },
  ],
  invalid: [
    { text: t.shout, errors: [{ ruleId: id, ...at(t.shout, "WE ARE LOOKING INTO IT"), messageId: "shouting" }] },
    { text: t.please, errors: [{ ruleId: id, ...at(t.please, "PLEASE"), messageId: "shouting" }] },
    { text: t.calm, errors: [{ ruleId: id, ...at(t.calm, "calm down"), messageId: "phrase" }] },
    { text: t.calmi, errors: [{ ruleId: id, ...at(t.calmi, "Si calmi"), messageId: "phrase" }] },
    { text: t.bangs, errors: [{ ruleId: id, ...at(t.bangs, "!!!"), messageId: "exclamations" }] },
    { text: t.punti, errors: [{ ruleId: id, ...at(t.punti, "!!!"), messageId: "exclamations" }] },
    { text: t.sarcasm, errors: [{ ruleId: id, ...at(t.sarcasm, "Obviously"), messageId: "phrase" }] },
    { text: t.ovviamente, errors: [{ ruleId: id, ...at(t.ovviamente, "Ovviamente"), messageId: "phrase", severity: "warn" }] },
    { text: t.urlo, errors: [{ ruleId: id, ...at(t.urlo, "NON È COLPA NOSTRA"), messageId: "shouting" }] },
  ],
});
