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
    { name: "one word in capitals is emphasis, not shouting", text: t.please },
    { name: "a handle in capitals", text: "@MARKOTWEETS sorry for the wait, DM us. ^KP" },
    { name: "acronyms and a booking code", text: "Hi Jo, the COVID rules still apply to booking QWRTZP. ^KP" },
    { name: "a link with capitals", text: "Hi Jo, the form is here: https://t.co/ZXCVBNMASD ^KP" },
    { name: "sit back and relax is a wish", text: "Hi Jo, you're all set: sit back, relax and enjoy the trip! ^KP" },
    { name: "the weather cooling down", text: "Hi Jo, the cabin should start to cool down once we push back. ^KP" },
    { name: "sincere thanks for kind words", text: "Thank you for your kind words, Jo! ^KP" },
    { name: "una parola in maiuscolo non è un grido", text: "Laura, il codice GHTRWQ è ancora valido. ^GR" },
    { name: "un handle in maiuscolo", text: "@LAURABIANCHI ci scriva in privato, grazie. ^GR" },
  ],
  invalid: [
    { text: t.shout, errors: [{ ruleId: id, ...at(t.shout, "WE ARE LOOKING INTO IT"), messageId: "shouting" }] },
    { text: t.calm, errors: [{ ruleId: id, ...at(t.calm, "calm down"), messageId: "phrase" }] },
    { text: t.calmi, errors: [{ ruleId: id, ...at(t.calmi, "Si calmi"), messageId: "phrase" }] },
    { text: t.bangs, errors: [{ ruleId: id, ...at(t.bangs, "!!!"), messageId: "exclamations" }] },
    { text: t.punti, errors: [{ ruleId: id, ...at(t.punti, "!!!"), messageId: "exclamations" }] },
    { text: t.sarcasm, errors: [{ ruleId: id, ...at(t.sarcasm, "Obviously"), messageId: "phrase" }] },
    { text: t.ovviamente, errors: [{ ruleId: id, ...at(t.ovviamente, "Ovviamente"), messageId: "phrase", severity: "warn" }] },
    { name: "telling the customer to calm down", text: "Jo, you need to calm down before we can help.", errors: [{ ruleId: id, ...at("Jo, you need to calm down before we can help.", "calm down"), messageId: "phrase" }] },
    { name: "two words in capitals", text: "Jo, PLEASE STOP writing to us.", errors: [{ ruleId: id, ...at("Jo, PLEASE STOP writing to us.", "PLEASE STOP"), messageId: "shouting" }] },
    { name: "thanks for nothing", text: "Well, thanks for nothing.", errors: [{ ruleId: id, ...at("Well, thanks for nothing.", "thanks for nothing"), messageId: "phrase" }] },
    { text: t.urlo, errors: [{ ruleId: id, ...at(t.urlo, "NON È COLPA NOSTRA"), messageId: "shouting" }] },
  ],
});
