import { point, ruleTester } from "../helpers.js";

const id = "show-empathy";
const smashed = { complaint: "My parcel arrived smashed and nobody answers the phone." };
const rotto = { complaint: "Il pacco è arrivato rotto e nessuno risponde." };
const praise = { complaint: "Great crew on my flight today, thank you!" };

ruleTester(id, {
  valid: [
    { text: "Laura, I'm so sorry your parcel arrived damaged." },
    { text: "Laura, I understand how frustrating it is to wait two weeks." },
    { text: "Laura, my apologies: that's not how it should have gone." },
    { text: "Laura, sorry about this, I'm on it." },
    { text: "Laura, mi dispiace davvero per il pacco." },
    { text: "Laura, le chiedo scusa in prima persona." },
    { text: "Laura, capisco bene la sua frustrazione." },
    { text: "Laura, ha ragione: non doveva andare così." },
    { name: "praise needs no apology", context: praise, text: "Hello, Sean. So glad to hear that. Thank you for flying with us. *AFM" },
    { name: "a plain answer needs no apology", context: { complaint: "Which terminal do flights to Abu Dhabi leave from?" }, text: "Hi Rob, our flights to Abu Dhabi depart from T5. ^Jane" },
    { name: "without the complaint, a reply that names no problem is left alone", text: "Hi Rob, our flights to Abu Dhabi depart from T5. ^Jane" },
    { name: "seeing where the customer comes from is empathy", context: smashed, text: "Sam, we can see where you're coming from. DM us the order number. ^KP" },
    { name: "un complimento non chiede scuse", context: { complaint: "Grazie, servizio ottimo!" }, text: "Grazie a lei, Sara! ^GR" },
    { name: "capiamo è comprensione", context: rotto, text: "Sara, capiamo bene: ci scriva in privato il numero d'ordine. ^GR" },
  ],
  invalid: [
    { name: "no apology at all", context: smashed, text: "Laura, the courier will collect it within 48 hours.", errors: [{ ruleId: id, ...point(0), messageId: "missing", severity: "warn" }] },
    { name: "an apology inside a stock formula does not count", text: "We apologise for any inconvenience caused.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "nessuna scusa", context: rotto, text: "Laura, il corriere passerà entro 2 giorni.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "una scusa di circostanza non conta", text: "Ci scusiamo per il disagio.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "a quoted apology is the customer's", context: smashed, text: 'You said "sorry" was the least we could say. The courier comes within 48 hours.', errors: [{ ruleId: id, ...point(0) }] },
    { name: "a negated apology", context: smashed, text: "We are not sorry for following the procedure.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "without the complaint, a reply that names the problem owes an apology", text: "Please DM us your booking code and we'll look into the delay.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "senza reclamo, una risposta che nomina il disagio", text: "Ci scriva il numero d'ordine per il disagio con la consegna.", errors: [{ ruleId: id, ...point(0) }] },
  ],
});
