import { at, point, ruleTester } from "../helpers.js";

const id = "concrete-next-step";
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
  ],
  invalid: [
    { name: "what happens, but not by when", text: t.vague, errors: [{ ruleId: id, ...at(t.vague, "We'll look into it"), messageId: "noDeadline" }] },
    { name: "cosa succede, ma non quando", text: t.vago, errors: [{ ruleId: id, ...at(t.vago, "Le faremo sapere"), messageId: "noDeadline" }] },
    { name: "nothing about what happens next", text: t.none, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "niente sul prossimo passo", text: t.niente, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a time in the past is not a deadline", text: t.past, errors: [{ ruleId: id, ...at(t.past, "I'll keep you posted"), messageId: "noDeadline" }] },
  ],
});
