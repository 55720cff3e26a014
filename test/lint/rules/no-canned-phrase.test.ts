import { at, ruleTester } from "../helpers.js";

const id = "no-canned-phrase";
const t = {
  dear: "Dear customer, we apologise for any inconvenience.",
  asap: "Your request will be handled as soon as possible.",
  convenience: "We will get back to you at our earliest convenience.",
  important: "Your call is important to us.",
  gentile: "Gentile cliente, la sua richiesta sarà gestita nel minor tempo possibile.",
  provvederemo: "Provvederemo quanto prima.",
  disagio: "Ci scusiamo per il disagio causato.",
  mixed: "Laura, thank you for your patience. Please open a ticket on our site.",
};

/** Real families, in our own words: [reply, the stock phrase in it]. */
const families: Array<[string, string]> = [
  ["We apologize for any disappointment this caused.", "apologize for any disappointment"],
  ["Sorry for the confusion, Sam.", "Sorry for the confusion"],
  ["We regret to learn of your disappointment.", "regret to learn of your disappointment"],
  ["We're so sorry to hear about the cancellation.", "We're so sorry to hear"],
  ["We are truly sorry to hear this.", "We are truly sorry to hear"],
  ["We really appreciate your patience while we check.", "We really appreciate your patience"],
  ["I'll pass your comments on to our managers.", "pass your comments on"],
  ["Your comments have been passed on to the team.", "Your comments have been passed"],
  ["Rest assured we are doing all we can.", "Rest assured"],
  ["I assure you the team is on it.", "I assure you"],
  ["As previously advised, the fare cannot be changed.", "As previously advised"],
  ["As mentioned, the seat cannot be changed.", "As mentioned"],
  ["Noted, we'll forward it along.", "forward it along"],
  ["Please feel free to reach out anytime.", "feel free to reach out"],
  ["Allow us to clarify the boarding order.", "Allow us to clarify"],
  ["Our apologies if this was your experience.", "apologies if this was your"],
  ["We apologize for any added frustration.", "apologize for any added frustration"],
  ["Don't worry, the team has it.", "Don't worry"],
  ["Come già comunicato, il volo non è rimborsabile.", "Come già comunicato"],
  ["Le assicuro che ce ne occupiamo.", "Le assicuro che"],
  ["Sarà ricontattato al più presto.", "Sarà ricontattato al più presto"],
  ["C'è un elevato numero di richieste.", "elevato numero di richieste"],
  ["We're seeing higher than normal volume today.", "higher than normal volume"],
  ["Ci scusiamo per il disagio arrecato.", "Ci scusiamo per il disagio"],
  ["Siamo davvero spiacenti per il ritardo.", "Siamo davvero spiacenti"],
  ["La sua segnalazione è stata inoltrata all'ufficio competente.", "La sua segnalazione è stata inoltrata all'ufficio competente"],
  // Thanks with words inside: "so much", "your business and".
  ["Thanks so much for your patience while we check.", "Thanks so much for your patience"],
  ["We thank you for your business and understanding.", "thank you for your business and understanding"],
  // "For any" marks the formula whatever follows; the trouble, the upset, any inconvenience caused.
  ["We're sorry for any rudeness you met at the desk.", "sorry for any"],
  ["Our apologies for the trouble, Sam.", "apologies for the trouble"],
  ["Sorry about the mix-up with your seat and any inconvenience this has caused.", "any inconvenience this has caused"],
  ["Sorry if that came across as rude.", "Sorry if that came across"],
  ["We can understand your frustration.", "We can understand your frustration"],
  ["We've taken your comments to heart.", "taken your comments to heart"],
  ["We're working hard to get you moving.", "We're working hard"],
  ["Please know the lounge closes at ten.", "Please know"],
  ["Ci scusiamo per qualunque scortesia allo sportello.", "Ci scusiamo per qualunque"],
  ["Stiamo lavorando sodo per ripristinare la linea.", "Stiamo lavorando sodo"],
  ["Sappia che il treno parte alle nove.", "Sappia che"],
  ["Prendiamo a cuore il suo feedback, Sara, e la ringraziamo.", "Prendiamo a cuore il suo feedback"],
  ["Comprendiamo la sua frustrazione.", "Comprendiamo la sua frustrazione"],
  // Fifth round: the same formulas in other words.
  ["We're wheels up at last. Thanks so much for hanging in there with us.", "Thanks so much for hanging in there"],
  ["We appreciate you sticking with us tonight.", "We appreciate you sticking with us"],
  ["We appreciate your business, Dana.", "We appreciate your business"],
  ["Thanks for your continued loyalty!", "Thanks for your continued loyalty"],
  ["Good idea, we're always looking for ways to improve the app.", "always looking for ways to improve"],
  ["Please forgive the inconvenience of the late departure.", "Please forgive the inconvenience"],
  ["Grazie per la sua fedeltà, Anna.", "Grazie per la sua fedeltà"],
  ["Grazie per aver pazientato con noi.", "Grazie per aver pazientato"],
  ["Siamo sempre alla ricerca di modi per migliorare.", "Siamo sempre alla ricerca di modi per migliorare"],
  // Sixth round: sorry for the customer's feelings, not for anything we did.
  ["We're sorry you're unhappy, Paul.", "sorry you're unhappy"],
  ["Sorry to hear you feel this way. Can we help with anything?", "Sorry to hear you feel this way"],
  ["I'm so sorry you were disappointed, Ana.", "sorry you were disappointed"],
  ["It's a shame you feel that way about the new seats.", "a shame you feel that way"],
  ["We're sorry you're unhappy with us, Dana.", "sorry you're unhappy"],
  ["Ci dispiace che sia insoddisfatto, Paolo.", "Ci dispiace che sia insoddisfatto"],
  ["Mi dispiace sapere che la pensa così.", "Mi dispiace sapere che la pensa così"],
  ["Please fill out this form and someone will be in touch.", "Please fill out this form"],
  // Seventh round: more non-apologies, the formula with "your", a better some-day.
  ["I'm sorry you remain unhappy with our answer, Kim.", "sorry you remain unhappy"],
  ["So sorry to hear about your disappointment, Jo.", "sorry to hear about your disappointment"],
  ["We're very sorry for your inconvenience.", "sorry for your inconvenience"],
  ["We'll do everything we can to make sure you enjoy the next one.", "do everything we can to make sure you"],
  ["We hope to give you a better experience next time.", "a better experience next time"],
  ["Ci dispiace che sia ancora insoddisfatto della risposta.", "Ci dispiace che sia ancora insoddisfatto"],
  ["Ci dispiace sapere della sua delusione, Paolo.", "Ci dispiace sapere della sua delusione"],
  ["Faremo il possibile per garantirle un viaggio migliore la prossima volta.", "Faremo il possibile per garantirle un viaggio migliore la prossima volta"],
];

/**
 * Thanks for "feedback" after a no, with or without the complaint: the customer asked for
 * something and the thanks close the door ([reply, the stock phrase in it]).
 */
const afterNo: Array<[string, string]> = [
  ["Gift cards can't be split, but we appreciate your feedback, Kim.", "we appreciate your feedback"],
  ["While we have no plans to fly there yet, we truly appreciate your feedback.", "we truly appreciate your feedback"],
  ["We think the new boarding works best, so while it stays, we appreciate the feedback!", "we appreciate the feedback"],
  ["Purtroppo i biglietti non sono cedibili, ma apprezziamo il suo feedback.", "apprezziamo il suo feedback"],
];

/**
 * Entries marked notOnPraise, reported when the complaint says there is a problem, or
 * without one when the reply names it: [reply, the stock phrase in it].
 */
const afterProblem: Array<[string, string]> = [
  ["We really do value your loyalty.", "We really do value your loyalty"],
  ["We definitely appreciate your loyalty, Sam.", "We definitely appreciate your loyalty"],
  ["Thanks for your feedback, Sam.", "Thanks for your feedback"],
  ["We welcome all feedback, Sam.", "We welcome all feedback"],
  ["We do appreciate you flying with us.", "We do appreciate you flying with us"],
  ["Thanks for the note and also your loyalty to us.", "also your loyalty to us"],
];

/** Passing the customer's words on, after a complaint: [reply, the stock phrase in it]. */
const passedOn: Array<[string, string]> = [
  ["Sorry about that, Sam. I will forward this information over for review.", "forward this information over"],
  ["We'll pass your comments on to the relevant team.", "pass your comments on to the relevant team"],
  ["Thanks, we'll pass it to the appropriate team.", "pass it to the appropriate team"],
  ["Il suo feedback è molto importante per noi.", "Il suo feedback è molto importante per noi"],
  ["Riferiremo i suoi commenti al reparto.", "Riferiremo i suoi commenti"],
  // Seventh round: the particle first, relaying, sharing with the leaders.
  ["Sorry, Sam. I will pass on your comments.", "pass on your comments"],
  ["We'll pass along your feedback, Sam.", "pass along your feedback"],
  ["We'll relay your comments to our management team.", "relay your comments to our management"],
  ["I'll be sure to share this with our leadership team.", "share this with our leadership"],
  ["Condivideremo i suoi commenti con la direzione.", "Condivideremo i suoi commenti"],
  ["I suoi commenti sono stati girati ai responsabili.", "I suoi commenti sono stati girati"],
];

const praise = { complaint: "Both flights on time and the crew were lovely, awesome day!" };
const lode = { complaint: "Volo puntuale e personale gentilissimo, complimenti!" };
const lost = { complaint: "My bag is lost and nobody answers the phone." };
const guasto = { complaint: "La valigia è smarrita e nessuno risponde al telefono." };

ruleTester(id, {
  valid: [
    { text: "Laura, I'm so sorry your parcel arrived damaged. I'll call you back within 24 hours. — Dario" },
    { text: "Laura, mi dispiace davvero per il pacco. La richiamo entro 24 ore. — Giulia" },
    { name: "a quoted stock phrase is the customer's", text: 'You wrote that "we apologise for any inconvenience" was all you got from us, and you are right to be angry.' },
    { name: "una frase fatta citata è del cliente", text: "Mi ha scritto che le abbiamo risposto «nel minor tempo possibile» e nient'altro: ha ragione." },
    { text: "Hi Laura, the courier collects it within 48 hours." },
    // Thanks for feedback is plain thanks when the customer gave praise or a suggestion.
    { name: "thanks for the feedback, to praise", context: praise, text: "Thanks for taking the time to share your feedback. See you on board soon! ^HM" },
    { name: "we appreciate the feedback, to a suggestion", context: { complaint: "Wish you'd add oat milk to the menu on board ❤" }, text: "Thanks for the suggestion, Kim. We appreciate the feedback. ^LB" },
    { name: "apprezziamo il feedback, a un complimento", context: lode, text: "Grazie Sara, apprezziamo il suo feedback! ^GR" },
    // Without the complaint, a reply that names no problem is taken as thanks, not as a form line.
    { name: "thanks for the feedback, no complaint, no problem named", text: "We appreciate your feedback, Sam! Enjoy the new lounge. ^KP" },
    { name: "apprezziamo il feedback, senza reclamo né problema", text: "Grazie Sara, apprezziamo il suo feedback: a presto a bordo! ^GR" },
    // What went wrong is named: not the formula.
    { name: "the trouble named", text: "I'm sorry for the trouble with your booking e-mail; I've resent it. ^KP" },
    { name: "an apology for the delay itself", text: "Please accept my apologies for the delay to your train. ^KP" },
    { name: "sorry if a fact is so, not a feeling", text: "I'm so sorry if the app isn't working for you today. ^KP" },
    // Sorry for a feeling whose cause is named is an apology for that cause.
    { name: "unhappy, the cause named", text: "We're sorry you're unhappy with the quote for the upgrade, Sarah. ^LB" },
    { name: "upset, the cause as a clause", text: "I'm sorry you're upset you can't pay in pounds. ^LB" },
    { name: "deluso, la causa detta", text: "Ci dispiace che sia rimasto deluso dal servizio a bordo. ^GR" },
    // Glad of the customer's news, thanks for the feedback are thanks, whatever the complaint says.
    { name: "feedback thanks after good news", context: lost, text: "That's great to hear the team found it so fast. Thanks for sharing your feedback, James! ^HM" },
    { name: "feedback thanks after a brand's own 'awesome'", context: lost, text: "That's #AAwesome to hear! Thanks for sharing your feedback. ^HM" },
    { name: "grazie del feedback dopo una bella notizia", context: { complaint: "Il pacco è arrivato rotto e nessuno risponde." }, text: "Felici di sapere che è tutto risolto! Grazie per il feedback. ^GR" },
    // Passing the customer's words on is praise carried to the crew after a compliment.
    { name: "comments passed on, after praise", context: praise, text: "Thanks, Tom! I'll pass your comments on to Dianne and the crew. ^HM" },
    { name: "comments passed on, the reply glad of the news", text: "We're glad to hear the lounge team sorted it out. We'll pass this along to them! ^HM" },
    { name: "commenti riferiti, dopo una lode", context: lode, text: "Grazie Sara! Riferiremo i suoi complimenti e i suoi commenti all'equipaggio. ^GR" },
    // Seventh round: an idea carried to the team that decides, praise carried to the crew.
    { name: "a suggestion forwarded", context: { complaint: "You should add a quiet car on the morning train, it's busy" }, text: "Thanks for the suggestion! I'll forward this on to our leadership team. ^HM" },
    { name: "a great idea shared", context: lost, text: "Great question and suggestion. I'll share this with our leadership team. ^HM" },
    { name: "kind words passed on", context: { complaint: "Cheers to Dana and Lee, killer crew, made me smile the whole way!" }, text: "This made our day! I'll pass on your kind words to the crew. ^HM" },
    { name: "un suggerimento condiviso", context: { ...guasto, locale: "it" }, text: "Grazie per il suggerimento! Condivideremo i suoi commenti con il team. ^GR" },
    { name: "thanks for the custom after praise", context: praise, text: "Thanks for the shout out! We appreciate you flying with us. ^HM" },
    // A compliment thanked after a "but" is still a compliment thanked.
    { name: "praise, a but, and thanks for the feedback", context: praise, text: "The new app is still in testing, but we appreciate the feedback! ^HM" },
    { name: "thanks for positive feedback named as such", text: "It's still in testing, but we truly appreciate this positive feedback! ^HM" },
    // "While" inside a clause is no contrast: "connected while in the air".
    { name: "while inside a clause says no no", text: "We're adding power outlets so you stay connected while in the air. Thanks for your feedback! ^HM" },
  ],
  invalid: [
    ...families.map(([text, phrase]) => ({ name: `family: ${phrase}`, text, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    ...afterProblem.map(([text, phrase]) => ({ name: `after a problem: ${phrase}`, text, context: lost, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    ...afterNo.map(([text, phrase]) => ({ name: `after a no: ${phrase}`, text, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    ...passedOn.map(([text, phrase]) => ({ name: `passed on after a complaint: ${phrase}`, text, context: /[àèéìòù]|suoi/.test(text) ? { ...guasto, locale: "it" } : lost, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    { name: "ogni feedback accolto, dopo un reclamo", context: { ...guasto, locale: "it" }, text: "Accogliamo ogni feedback, Sara.", errors: [{ ruleId: id, ...at("Accogliamo ogni feedback, Sara.", "Accogliamo ogni feedback") }] },
    { name: "feedback important to us, even to praise", context: praise, text: "Your feedback is very important to us, Tom. ^HM", errors: [{ ruleId: id, ...at("Your feedback is very important to us, Tom. ^HM", "Your feedback is very important to us") }] },
    { name: "praise and a problem the reply names: comments passed on", context: { complaint: "Arrived on time, great! Then waited an hour for bags." }, text: "Apologies for the wait for your bags. We'll pass your comments on. ^HM", errors: [{ ruleId: id, ...at("Apologies for the wait for your bags. We'll pass your comments on. ^HM", "pass your comments on") }] },
    ...afterNo.map(([text, phrase]) => ({ name: `after a no, to a suggestion: ${phrase}`, text, context: { complaint: "Please let me transfer my ticket to my sister" }, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    { name: "apprezziamo il feedback, senza reclamo ma con il disagio nominato", text: "Ci scusiamo per il disagio, Sara: apprezziamo il suo feedback. ^GR", errors: [{ ruleId: id, ...at("Ci scusiamo per il disagio, Sara: apprezziamo il suo feedback. ^GR", "Ci scusiamo per il disagio") }, { ruleId: id, ...at("Ci scusiamo per il disagio, Sara: apprezziamo il suo feedback. ^GR", "apprezziamo il suo feedback") }] },
    { text: t.dear, errors: [{ ruleId: id, ...at(t.dear, "Dear customer"), messageId: "phrase" }, { ruleId: id, ...at(t.dear, "we apologise for any inconvenience") }] },
    { text: t.asap, errors: [{ ruleId: id, ...at(t.asap, "as soon as possible") }] },
    { text: t.convenience, errors: [{ ruleId: id, ...at(t.convenience, "at our earliest convenience") }] },
    { text: t.important, errors: [{ ruleId: id, ...at(t.important, "Your call is important to us") }] },
    { text: t.gentile, errors: [{ ruleId: id, ...at(t.gentile, "Gentile cliente") }, { ruleId: id, ...at(t.gentile, "nel minor tempo possibile") }] },
    { name: "the widest match of a category wins", text: t.provvederemo, context: { locale: "it" }, errors: [{ ruleId: id, ...at(t.provvederemo, "Provvederemo quanto prima") }] },
    { text: t.disagio, errors: [{ ruleId: id, ...at(t.disagio, "Ci scusiamo per il disagio") }] },
    { text: t.mixed, errors: [{ ruleId: id, ...at(t.mixed, "thank you for your patience") }, { ruleId: id, ...at(t.mixed, "open a ticket") }] },
    { name: "thanks for the feedback, to a complaint", context: lost, text: "Thanks for your feedback, Sam. ^HM", errors: [{ ruleId: id, ...at("Thanks for your feedback, Sam. ^HM", "Thanks for your feedback") }] },
    { name: "la pazienza ringraziata resta una frase fatta anche dopo un complimento", context: lode, text: "Grazie Sara, apprezziamo la sua pazienza. ^GR", errors: [{ ruleId: id, ...at("Grazie Sara, apprezziamo la sua pazienza. ^GR", "apprezziamo la sua pazienza") }] },
    { name: "apprezziamo il feedback, a un reclamo", context: { complaint: "Il pacco è arrivato rotto e nessuno risponde." }, text: "Sara, apprezziamo il suo feedback. ^GR", errors: [{ ruleId: id, ...at("Sara, apprezziamo il suo feedback. ^GR", "apprezziamo il suo feedback") }] },
  ],
});
