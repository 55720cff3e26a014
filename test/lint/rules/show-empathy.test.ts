import { point, ruleTester } from "../helpers.js";

const id = "show-empathy";
const smashed = { complaint: "My parcel arrived smashed and nobody answers the phone." };
const rotto = { complaint: "Il pacco è arrivato rotto e nessuno risponde." };
const praise = { complaint: "Great crew on my flight today, thank you!" };
/** One word of a problem only: as often a question, a joke or a suggestion. */
const oneCue = { complaint: "My bag didn't show up on the belt" };
const unaParola = { complaint: "Bagaglio smarrito all'arrivo" };

ruleTester(id, {
  valid: [
    // Seventh round: understanding the feeling is stock but no apology for nothing in particular;
    // a question about the customer's own cancellation owes no apology.
    { name: "we understand your frustration meets the feeling", context: smashed, text: "We understand your frustration. Thanks for bearing with us. ^KP" },
    { name: "comprendiamo la frustrazione", context: rotto, text: "Comprendiamo la sua frustrazione, Sara. ^GR" },
    { name: "a question about undoing the customer's own cancellation", context: { complaint: "Hi, I cancelled my booking and asked for a refund, can I cancel the cancellation?" }, text: "Unfortunately, Jo, once the refund is processed it can't be stopped. ^KP" },
    { name: "una domanda su un annullamento fatto dal cliente", context: { complaint: "Ho annullato la prenotazione e ho chiesto il rimborso, posso annullare l'annullamento?", locale: "it" }, text: "Purtroppo, Sara, una volta avviato il rimborso non si può fermare. ^GR" },
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
    // Later turns of a conversation open by taking note of the customer's answer, after the @mentions.
    { name: "a later turn after @mentions: \"Got it.\"", context: { complaint: "@shop here is the screenshot" }, text: "@dana_k Got it. Which error does the app show when you press play? ^MB" },
    { name: "a later turn after @mentions: \"Thanks for clarifying.\"", context: smashed, text: "@dana_k @shop Thanks for clarifying. Let's carry on in DM so we can go through it. ^MB" },
    { name: "un turno successivo dopo le @menzioni", context: rotto, text: "@sara_b Grazie per la conferma. Le scrivo in privato. ^GR" },
    // Good news from the customer: the reply owes no apology.
    { name: "good news welcomed: \"That's good to hear\"", text: "@tom That's good to hear, and thanks for the lovely words. Sorry for any upset along the way though. ^LW" },
    { name: "buone notizie: \"Ci fa piacere\"", text: "@tom Ci fa piacere, grazie! Ci scusiamo comunque per il disagio. ^LW" },
    // Owning the effect: "never our intention".
    { name: "\"not the intention\" owns the effect on the customer", context: smashed, text: "Sam, we're sorry for any disappointment. Certainly not the intention: we take great care of every parcel. ^LB" },
    // A negated problem word is no problem named.
    { name: "without the complaint, \"you aren't lost\" names no problem", text: "We promise you aren't lost! We'll have you at the gate in no time." },
    { name: "senza reclamo, \"non è un problema\" non nomina un problema", text: "Non è un problema, le mando subito il link per il cambio. ^GR" },
    // "Look into" names a problem only when it looks into this, not into options.
    { name: "without the complaint, \"look into options\" names no problem", text: "I am here to help you look into options for lower bills. DM me so we can chat. *AnaL" },
    // Without a complaint, a feeling alone names no problem the customer suffered.
    { name: "without the complaint, \"sorry for any mix-up\" to a question names no problem", context: { complaint: "@shop what does PM stand for" }, text: "@jo Sorry for any mix-up! PM means private message. ^RT" },
    { name: "senza reclamo, \"ci scusiamo per l'equivoco\" a una domanda non nomina un problema", context: { complaint: "@shop cosa vuol dire DM?" }, text: "@jo Ci scusiamo per l'equivoco! DM vuol dire messaggio privato. ^RT" },
    // A wink in the customer's post is banter, not a complaint.
    { name: "a winking complaint is banter", context: { complaint: "If only we could get a gate now 😉😉 feels like we're lost on the tarmac" }, text: "@kim We'll have you at the gate and off in a few minutes! ^RR" },
    // Owning a failure and feeling with the customer are empathy.
    { name: "\"we've let you down\" owns the failure", context: smashed, text: "Sam, it sounds like we've let you down. DM us the order number. ^KP" },
    { name: "\"that's no fun\" feels with the customer", context: smashed, text: "That's no fun, Sam! Which courier brought it? ^KP" },
    { name: "\"l'abbiamo delusa\" è empatia", context: rotto, text: "Sara, l'abbiamo delusa. Ci scriva in privato il numero d'ordine. ^GR" },
    // An apology for the customer's disappointment or for the disruption names what they went through.
    { name: "sorry for the disappointment counts", context: smashed, text: "Sorry for the disappointment, Sam. DM us the order number. ^KP" },
    { name: "apologies for the disruption to the trip count", context: smashed, text: "Apologies for the disruption to your plans, Sam. The depot can rebook the delivery. ^KP" },
    // The reply is glad of good news, or takes the post as a question.
    { name: "glad to hear, anywhere in the reply", context: { complaint: "Lost my bag and you had it back to me in a day, wow" }, text: "We always aim for smooth trips, and we're glad to hear we got your bag back to you so fast. ^NC" },
    { name: "lieti di sapere, ovunque nella risposta", context: rotto, text: "Dopo tanta attesa, siamo lieti di sapere che il pacco sostitutivo è arrivato. ^GR" },
    { name: "\"Great question!\" takes the post as a question", context: { complaint: "Does boarding change if a flight is delayed?" }, text: "Great question! Boarding usually starts 30 minutes before departure, delays move it. ^VP" },
    { name: "\"Ottima domanda!\" prende il messaggio per una domanda", context: { complaint: "Se il volo è cancellato cosa succede?" }, text: "Ottima domanda! La riprotezioniamo sul primo volo utile. ^GR" },
    // Owed only on strong evidence: two cues of a problem in the complaint, or a formula apology in the reply.
    { name: "without the complaint, a reply that names the problem but apologises by no formula is left alone", text: "Please DM us your booking code and we'll look into the delay." },
    { name: "senza reclamo, una risposta che nomina il disagio senza scuse di circostanza", text: "Ci scriva il numero d'ordine per il disagio con la consegna." },
    { name: "without the complaint, \"look into this\" alone is left alone", text: "DM us the booking code so we can look into this for you. ^KC" },
    { name: "one cue in a question, a plain answer", context: { complaint: "Are you cancelling the route to Oslo?" }, text: "Yes, it ends on 28 October. ^KP" },
    { name: "one cue in a suggestion", context: { complaint: "Why don't you let small dogs fly in the cabin? So annoying" }, text: "Small dogs can fly in the cabin in a carrier. ^KP" },
    { name: "praise with a problem word in it", context: { complaint: "Flight was delayed but the crew got me on an earlier one, love you!" }, text: "Aww, thanks Sam! ^KP" },
    { name: "una parola sola, senza scuse di circostanza", context: unaParola, text: "Il nostro ufficio bagagli lo sta cercando, Sara. ^GR" },
    { name: "a wish not to is no problem lived", context: { complaint: "What happens if my flight is cancelled? Don't want to be stuck again like last year" }, text: "We aren't expecting any cancellations. ^KP" },
    // The frustration apologised for, with its cause named: what happened is named.
    { name: "sorry for the frustration, its cause named", context: smashed, text: "Sam, we're truly sorry for any frustration with waiting for the courier. DM us the order number. ^KP" },
    { name: "la frustrazione con la sua causa", context: rotto, text: "Sara, ci scusiamo per la frustrazione di questa attesa. Ci scriva in privato. ^GR" },
    // Feeling with the customer in other words.
    { name: "\"delays aren't fun\"", context: smashed, text: "We know delays aren't fun, Sam. DM us the order number. ^KP" },
    { name: "glad of what the customer tells", context: smashed, text: "We're glad your son arrived safe and sound, Sam. Sorry for any frustration along the way. ^KP" },
    { name: "felici di quello che racconta", context: rotto, text: "Siamo felici che sia arrivato tutto, Sara. Ci scusiamo per il disagio. ^GR" },
    { name: "\"we don't like hearing that\"", context: smashed, text: "We don't like hearing that, Sam. DM us the order number. ^KP" },
    { name: "\"Ouch!\"", context: smashed, text: "Ouch! Which courier brought it, Sam? ^KP" },
    { name: "\"delays are frustrating\"", context: smashed, text: "Delays are frustrating for everyone, Sam. DM us the order number. ^KP" },
    { name: "\"we're here for you\"", context: smashed, text: "We're here for you, Sam. DM us the order number. ^KP" },
    { name: "\"non ci piace sentirlo\"", context: rotto, text: "Non ci piace sentirlo, Sara. Ci scriva in privato il numero d'ordine. ^GR" },
    { name: "\"Ahi!\"", context: rotto, text: "Ahi! Quale corriere l'ha consegnato, Sara? ^GR" },
    { name: "\"è davvero frustrante\"", context: rotto, text: "È davvero frustrante, Sara. Ci scriva in privato il numero d'ordine. ^GR" },
    // Sixth round: what the customer goes through, named as hard, and a later turn's "You are welcome".
    { name: "\"we know long waits are tough\"", context: smashed, text: "We know long phone waits are tough, Sam. DM us the order number. ^KP" },
    { name: "\"I know it's hard\"", context: smashed, text: "I know it's hard to wait for a new one, Sam. DM me the order number. ^KP" },
    { name: "\"sappiamo che le attese sono pesanti\"", context: rotto, text: "Sappiamo che queste attese sono pesanti, Sara. Ci scriva in privato. ^GR" },
    { name: "\"we don't like the sound of that\"", context: smashed, text: "We don't like the sound of that, Sam. What's going on? ^KP" },
    { name: "\"this isn't how we want you to feel\"", context: smashed, text: "This isn't how we want you to feel, Sam. DM us the order number. ^KP" },
    { name: "\"non è così che vorremmo\"", context: rotto, text: "Non è così che vorremmo che andasse, Sara. Ci scriva in privato. ^GR" },
    { name: "a later turn: \"You are welcome.\"", context: { complaint: "@shop it is what it is. thanks for listening, the parcel was still smashed" }, text: "@sam You are welcome. Whenever you need to vent, we're all ears. Apologies for the inconvenience. ^KP" },
    { name: "\"that's great to hear\" welcomes good news", context: smashed, text: "That's great to hear, Sam! Thanks for letting the team know. We apologise for any inconvenience earlier. ^KP" },
    { name: "\"Nice!\" welcomes what the customer tells", context: { complaint: "Too late to book the sale, but my trip to you is already booked X3" }, text: "Nice! We're looking forward to seeing you soon." },
  ],
  invalid: [
    { name: "no apology at all", context: smashed, text: "Laura, the courier will collect it within 48 hours.", errors: [{ ruleId: id, ...point(0), messageId: "missing", severity: "warn" }] },
    { name: "an apology inside a stock formula does not count", text: "We apologise for any inconvenience caused.", errors: [{ ruleId: id, ...point(0), messageId: "onlyFormula" }] },
    { name: "nessuna scusa", context: rotto, text: "Laura, il corriere passerà entro 2 giorni.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "una scusa di circostanza non conta", text: "Ci scusiamo per il disagio.", errors: [{ ruleId: id, ...point(0), messageId: "onlyFormula" }] },
    { name: "sorry for any inconvenience still does not count", context: smashed, text: "Sorry for any inconvenience, Sam. DM us the order number. ^KP", errors: [{ ruleId: id, ...point(0) }] },
    { name: "\"we know\" a fact is no empathy", context: smashed, text: "We know the courier collects at noon, Sam. The team is on it. ^KP", errors: [{ ruleId: id, ...point(0) }] },
    { name: "\"that's surprising to hear\" is no good news", context: smashed, text: "That's surprising to hear, Sam. We apologise for any inconvenience. ^KP", errors: [{ ruleId: id, ...point(0) }] },
    { name: "not glad to hear is no good news", context: smashed, text: "Sam, we're not glad to hear any of this. DM us the order number. ^KP", errors: [{ ruleId: id, ...point(0) }] },
    { name: "a quoted apology is the customer's", context: smashed, text: 'You said "sorry" was the least we could say. The courier comes within 48 hours.', errors: [{ ruleId: id, ...point(0) }] },
    { name: "a negated apology", context: smashed, text: "We are not sorry for following the procedure.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "one cue of a problem and a formula apology", context: oneCue, text: "Sorry for the inconvenience, Sam. ^KP", errors: [{ ruleId: id, ...point(0) }] },
    { name: "una parola di reclamo e una scusa di circostanza", context: unaParola, text: "Ci scusiamo per il disagio, Sara. ^GR", errors: [{ ruleId: id, ...point(0) }] },
    { name: "a complaint that only smiles at the end is still one", context: { complaint: "Third time my parcel arrived crushed, nobody answers and the refund never came 🙂" }, text: "Sam, DM us the order number. ^KP", errors: [{ ruleId: id, ...point(0) }] },
  ],
});
