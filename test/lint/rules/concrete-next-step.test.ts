import { at, point, ruleTester } from "../helpers.js";

const id = "concrete-next-step";
const smashed = { complaint: "My parcel arrived smashed and nobody answers the phone." };
const rotto = { complaint: "Il pacco è arrivato rotto e nessuno risponde." };
/** One word of a problem only: a stock promise is still owed a date, a named step is let be. */
const oneCue = { complaint: "My bag didn't show up on the belt" };
const unaParola = { complaint: "Bagaglio smarrito all'arrivo" };
const stock = "Sorry, Sam. We're working hard to find it as soon as possible. ^KP";
const stockIt = "Mi dispiace, Sara. Stiamo lavorando sodo per ritrovarlo al più presto. ^GR";
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
    // Seventh round: a question without its mark, a number handed over, the trip read as it moves.
    { name: "a question without the mark hands the step over", context: smashed, text: "@sam What's your order number. We'll be happy to check for you." },
    { name: "una domanda senza punto interrogativo", context: rotto, text: "@sara Qual è il numero d'ordine. Controlliamo subito." },
    { name: "pls contact hands the step over", context: smashed, text: "So sorry, Sam. For the refund pls contact @2048 directly." },
    { name: "the trip read as it moves", context: { complaint: "Delayed again and nobody tells us anything, terrible" }, text: "We see you're on your way now, and we're so sorry for the wait." },
    { name: "il viaggio letto mentre procede", context: { complaint: "Ancora in ritardo e nessuno ci dice niente, vergogna", locale: "it" }, text: "Vediamo che siete a bordo adesso: ci scusiamo davvero per l'attesa." },
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
    // An open offer is no step, but an offer with something to send is one.
    { name: "an offer with details to send is a step", context: smashed, text: "Sam, I'm sorry. If you'd like help with a refund, DM us the order number. ^KP" },
    { name: "an open offer with an answer in it is let be", context: smashed, text: "Sam, the courier's depot reopens on Monday. Let us know if we can help with anything else. ^KP" },
    { name: "un'offerta con i dati da mandare è un passo", context: rotto, text: "Sara, mi dispiace. Se ha bisogno di aiuto, ci scriva in privato il numero d'ordine. ^GR" },
    // An offer that names its step, or asks for details, is a step.
    { name: "a specific offer is a step", context: smashed, text: "I'm very sorry for the trouble, Sam. If you need help with rebooking the delivery, please let us know. ^KP" },
    { name: "details asked for inside an offer", context: smashed, text: "So sorry for the wait, Sam. Feel free to send your order number here if you're still waiting for help. ^KP" },
    { name: "un'offerta che nomina il passo", context: rotto, text: "Mi dispiace, Sara. Se ha bisogno di aiuto con il reso, ci faccia sapere. ^GR" },
    // A time or an event that dates the step.
    { name: "a clock time written 3:00a", context: smashed, text: "Sorry, Sam. The depot opens at 7:00a. We'll have it out to you as soon as possible. ^KP" },
    { name: "un orario: alle 4", context: rotto, text: "Ci scusiamo, Sara. Il banco apre alle 4 e un operatore arriverà al più presto. ^GR" },
    { name: "as soon as we hear is an event", context: smashed, text: "Sorry, Sam. We'll update you as soon as we hear from the courier. ^KP" },
    { name: "someone on the way", context: smashed, text: "Sorry for the wait, Sam. Someone will be with you shortly. ^KP" },
    { name: "qualcuno sta arrivando", context: rotto, text: "Ci scusiamo per l'attesa, Sara. Un operatore la raggiungerà a breve. ^GR" },
    // A promise under a condition on the customer's case leaves nobody waiting.
    { name: "a promise under a condition", context: smashed, text: "Hi Sam, if your neighbour took the parcel in, we'll do all we can to help. ^KP" },
    { name: "una promessa sotto condizione", context: rotto, text: "Sara, se ha già aperto una pratica, faremo il possibile per aiutarla. ^GR" },
    // One cue in the complaint and a named step with no stock phrase: let be.
    { name: "one cue, a named step", context: oneCue, text: "Our baggage team will handle your claim and follow up with you. ^KP" },
    { name: "una parola sola, un passo con un nome", context: unaParola, text: "Il nostro ufficio bagagli seguirà la sua pratica e la aggiorneremo. ^GR" },
    // Goodbyes that look like vague promises.
    { name: "hope this helps is a goodbye", context: smashed, text: "Sam, small parcels go through the side door at the depot. I hope this helps! ^KP" },
    { name: "hope you're on your way is a goodbye", context: smashed, text: "Sorry about the wait, Sam. The driver has now collected it. We hope you're all set now! ^KP" },
    { name: "le suggeriamo di è un passo", context: rotto, text: "Ci dispiace, Sara. Le suggeriamo di riprovare dall'app. ^GR" },
  ],
  invalid: [
    { name: "one cue, a stock promise with no date", context: oneCue, text: stock, errors: [{ ruleId: id, ...at(stock, "We're working hard to find it as soon as possible"), messageId: "noDeadline" }] },
    { name: "una parola sola, una promessa di circostanza senza data", context: unaParola, text: stockIt, errors: [{ ruleId: id, ...at(stockIt, "Stiamo lavorando sodo per ritrovarlo al più presto"), messageId: "noDeadline" }] },
    // An apology with nothing but an offer "if" the customer wants one, or a sentence that owns the failure.
    { name: "an apology and an open offer", context: smashed, text: "Sorry for the trouble, Sam. Let us know if we can assist via this channel. ^KP", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "an offer first, then the apology", context: smashed, text: "Very sorry about your parcel. If you need any help, let us know. ^KP", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "an apology and \"we must do better\"", context: smashed, text: "Our apologies for the damaged parcel, Sam. We must do better. ^KP", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a value stated, then the apology", context: smashed, text: "Careful handling is our top priority. We're truly sorry your parcel arrived like this. ^KP", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "scuse e un'offerta aperta", context: rotto, text: "Ci scusiamo per il pacco, Sara. Ci faccia sapere se ha bisogno di aiuto. ^GR", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "scuse e \"dobbiamo fare meglio\"", context: rotto, text: "Ci dispiace per il pacco rotto, Sara. Dobbiamo fare meglio. ^GR", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "what happens, but not by when", context: smashed, text: t.vague, errors: [{ ruleId: id, ...at(t.vague, "We'll look into it"), messageId: "noDeadline" }] },
    { name: "cosa succede, ma non quando", context: rotto, text: t.vago, errors: [{ ruleId: id, ...at(t.vago, "Le faremo sapere"), messageId: "noDeadline" }] },
    { name: "nothing about what happens next", context: smashed, text: t.none, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "niente sul prossimo passo", context: rotto, text: t.niente, errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a time in the past is not a deadline", context: smashed, text: t.past, errors: [{ ruleId: id, ...at(t.past, "I'll keep you posted"), messageId: "noDeadline" }] },
    { name: "without the complaint, a feeling and the problem named: only an apology", text: "We're so sorry for the rudeness you met at the desk tonight.", errors: [{ ruleId: id, ...point(0), messageId: "missing" }] },
    { name: "a promise to come back with no date and no means", context: smashed, text: t.callBack, errors: [{ ruleId: id, ...at(t.callBack, "We'll get back to you"), messageId: "noDeadline" }] },
  ],
});
