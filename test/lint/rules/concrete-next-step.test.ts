import { at, point, ruleTester } from "../helpers.js";

const id = "concrete-next-step";
const smashed = { complaint: "My parcel arrived smashed and nobody answers the phone." };
const rotto = { complaint: "Il pacco è arrivato rotto e nessuno risponde." };
const t = {
  vague: "Laura, I'm so sorry. We'll look into it.",
  vago: "Laura, mi dispiace. Le faremo sapere.",
  none: "Laura, I'm so sorry your parcel arrived damaged.",
  niente: "Laura, mi dispiace davvero per il pacco.",
  past: "Laura, I'm sorry. I checked with the courier 2 hours ago. I'll keep you posted.",
};

ruleTester(id, {
  valid: [
    { text: "Laura, I'm sorry. I'll call you back within 24 hours." },
    { text: "Laura, I'm sorry. The courier will collect it within 48 hours." },
    { text: "Laura, I'm sorry. You'll hear from me by Friday." },
    { context: { playbook: "en/parcel-damaged" }, text: "Laura, I'm sorry. The courier collects it within 48 hours." },
    { text: "Laura, mi dispiace. La richiamo entro 24 ore." },
    { text: "Laura, mi dispiace. Il corriere passerà a ritirare il pacco entro 2 giorni." },
    { text: "Laura, mi dispiace. La aggiorno domani." },
    { text: "I can't promise a date yet, but I'll update you within 24 hours." },
    { name: "praise needs no next step", context: { complaint: "Loved the new lounge, thanks!" }, text: "Hello, Sean. So glad to hear that. Thank you for flying with us. *AFM" },
    { name: "a plain answer needs no next step", context: { complaint: "Which terminal for Abu Dhabi?" }, text: "Hi Rob, our flights to Abu Dhabi depart from T5. ^Jane" },
    { name: "asking for the details hands the next step over", context: smashed, text: "Sam, I'm sorry. Please DM us your order number. ^KP" },
    { name: "a question to the customer", context: smashed, text: "Sam, I'm sorry. Which courier brought it? ^KP" },
    { name: "without the complaint and no sign of a problem, silent", text: "Laura, I'm so glad the parcel arrived. ^KP" },
    { name: "chiedere i dati in privato passa il prossimo passo", context: rotto, text: "Sara, mi dispiace. Ci scriva in privato il numero d'ordine. ^GR" },
  ],
  invalid: [
    { name: "what happens, but not by when", context: smashed, text: t.vague, errors: [{ ruleId: id, ...at(t.vague, "We'll look into it"), messageId: "noDeadline" }] },
    { name: "cosa succede, ma non quando", context: rotto, text: t.vago, errors: [{ ruleId: id, ...at(t.vago, "Le faremo sapere"), messageId: "noDeadline" }] },
    { name: "nothing about what happens next", context: smashed, text: t.none, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "niente sul prossimo passo", context: rotto, text: t.niente, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a time in the past is not a deadline", context: smashed, text: t.past, errors: [{ ruleId: id, ...at(t.past, "I'll keep you posted"), messageId: "noDeadline" }] },
  ],
});
