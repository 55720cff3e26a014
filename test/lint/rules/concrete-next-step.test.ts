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
  callBack: "Laura, I'm sorry. We'll get back to you.",
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
    // An opinion answered with a feeling: nobody waits for a step.
    { name: "an opinion answered with a feeling", context: { complaint: "I don't like your new logo" }, text: "@ben We're sorry you feel that way. We appreciate your feedback." },
    { name: "without the complaint, only a feeling named", text: "@ben We understand where you're coming from and regret any disappointment. ^SL" },
    { name: "un'opinione, una risposta di sentimento", context: { complaint: "Il nuovo logo non mi piace" }, text: "@ben Ci dispiace che la pensi così, grazie del commento." },
    // Effort aimed at the next trips is no pending promise.
    { name: "effort for the next experiences leaves nobody waiting", context: smashed, text: "Sam, sorry for the trouble. We'll do all we can so that your next orders arrive in one piece moving forward. ^KP" },
    { name: "l'impegno per il futuro non lascia in attesa", context: rotto, text: "Sara, mi dispiace. Faremo il possibile perché in futuro i pacchi arrivino integri. ^GR" },
    // A contact the agent makes by a named means is a step under way.
    { name: "a call by a named means is under way", context: smashed, text: "Sam, I'm sorry to see this. I will give you a call at the number you sent us. ^KP" },
    { name: "una chiamata al numero indicato è già in corso", context: rotto, text: "Sara, mi dispiace. La contatteremo al numero che ci ha lasciato. ^GR" },
  ],
  invalid: [
    { name: "what happens, but not by when", context: smashed, text: t.vague, errors: [{ ruleId: id, ...at(t.vague, "We'll look into it"), messageId: "noDeadline" }] },
    { name: "cosa succede, ma non quando", context: rotto, text: t.vago, errors: [{ ruleId: id, ...at(t.vago, "Le faremo sapere"), messageId: "noDeadline" }] },
    { name: "nothing about what happens next", context: smashed, text: t.none, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "niente sul prossimo passo", context: rotto, text: t.niente, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a time in the past is not a deadline", context: smashed, text: t.past, errors: [{ ruleId: id, ...at(t.past, "I'll keep you posted"), messageId: "noDeadline" }] },
    { name: "without the complaint, a feeling and the problem named: only an apology", text: "We're so sorry for the rudeness you met at the desk tonight.", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a promise to come back with no date and no means", context: smashed, text: t.callBack, errors: [{ ruleId: id, ...at(t.callBack, "We'll get back to you"), messageId: "noDeadline" }] },
  ],
});
