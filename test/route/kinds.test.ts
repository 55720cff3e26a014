// The kind of a message (src/route/kind-cues.ts, kindOf in src/route/route.ts) by the shapes
// real first messages take, in our own words: a complaint asked as a question, sarcastic
// thanks, one-word scorn, praise idioms with a negation or a problem's word in them, thanks
// that sign off a question, praise that softens a "but", seasonal wishes. A complaint always
// gets at least `general`; praise never gets a playbook.
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { routeMessage } from "../../src/route/route.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("the kind of a message, by its shape", () => {
  // [shape, message, kind]
  it.each([
    // A complaint asked as a question: it names something wrong.
    ["question naming a wait", "Why does it take three weeks to approve a simple card application?", "complaint"],
    ["question naming a wait", "Come mai ci vogliono tre settimane per approvare una richiesta?", "complaint"],
    ["question about a system", "What's up with your booking page, it won't take my dates", "complaint"],
    ["question about a system", "Che succede con il sito delle prenotazioni? Non prende le date", "complaint"],
    ["question asking for a fix", "The whole network is down. When will there be a fix?", "complaint"],
    ["question asking for a fix", "È tutto giù da stamattina, quando sistemate?", "complaint"],
    ["negated how", "How can't the gate be ready when the plane has been in the air for hours?", "complaint"],
    ["no sense", "How does this route make any sense, the rider went straight past my door", "complaint"],
    ["no sense", "Questo percorso non ha senso, il fattorino è passato davanti a casa mia", "complaint"],
    ["a bare fix", "fix the map in the last level please", "complaint"],
    ["a bare fix", "sistemate la mappa dell'ultimo livello per favore", "complaint"],
    // Sarcastic thanks, and thanking God rather than the brand.
    ["sarcastic thanks", "Thanks @carrier for changing my window seat to a middle one. Thank God it's a short hop.", "complaint"],
    ["sarcastic thanks", "Grazie per aver cambiato il mio posto al finestrino. Grazie a Dio il volo è breve.", "complaint"],
    ["sarcastic helpful", "Called to move my booking, nothing was moved. Very helpful :(", "complaint"],
    ["sarcastic helpful", "Ho chiamato per spostare la prenotazione e non è stato fatto nulla. Utilissimi :(", "complaint"],
    // One-word scorn, being fed up, things down, accidents, something left out.
    ["scorn", "BOO to the shop that forgot the sauce in my bag", "complaint"],
    ["scorn", "BUUU al negozio che ha dimenticato la salsa nella busta", "complaint"],
    ["scorn", "This new plane is a POS! Most uncomfortable seats ever", "complaint"],
    ["fed up", "so fed up with the empty shelves at this store", "complaint"],
    ["out of service", "out of service again this morning. May be time to switch", "complaint"],
    ["out of service", "di nuovo fuori servizio stamattina", "complaint"],
    ["an accident", "my driver crashed the car and I hit my head, happy Halloween", "complaint"],
    ["an accident", "il mio autista ha fatto un incidente e ho sbattuto la testa, buon Halloween", "complaint"],
    // Praise before a "but" that a complaint follows is a softener.
    ["praise, but", "I love you guys but what's going on with the sauce? It's so chalky", "complaint"],
    ["praise, but", "Vi adoro ma la salsa oggi era cruda e scomoda da mangiare", "complaint"],
    ["trouble, but", "Kudos to the crew! We left late, but landed nearly on time", "praise"],
    // Idioms of praise with a negation or a problem's word in them.
    ["praise idiom", "The crew on my flight were nothing short of amazing, super kind the whole way", "praise"],
    ["praise idiom", "I can't say enough about the staff at your store", "praise"],
    ["praise idiom", "Two years with you and no complaints", "praise"],
    ["praise idiom", "Looks like my problem has been resolved, the technicians exceeded my expectations", "praise"],
    ["praise idiom", "Il personale è stato a dir poco fantastico, niente da dire", "praise"],
    ["praise idiom", "Sembra che il problema sia stato risolto, tecnici oltre le aspettative", "praise"],
    ["praise idiom", "Non potrei essere più felice del vostro servizio", "praise"],
    ["praise idiom", "Best soups ever? Your lounge. I swear!", "praise"],
    // Thanks that sign off a question are no praise.
    ["sign-off thanks", "Any news on when the winter timetable comes out? Thanks", "question"],
    ["sign-off thanks", "Novità su quando esce l'orario invernale? Grazie", "question"],
    ["thanks in advance", "Can I change the name on my booking? Thanks in advance", "question"],
    ["thanks in advance", "Posso cambiare il nome sulla prenotazione? Grazie in anticipo", "question"],
    // Blame with no trigger word: a person or a thing judged.
    ["blame, no trigger", "the help desk at the mall is clueless about returns", "complaint"],
    ["blame, no trigger", "l'addetto al banco era proprio un cafone", "complaint"],
    ["blame, no trigger", "checkout line at this branch is about the slowest in town", "complaint"],
    ["blame, no trigger", "la filiale di via Roma è la più lenta della città", "complaint"],
    ["blame, no trigger", "this is nasty, found a hair in the salad", "complaint"],
    // Refused, a person asked for, a reply chased, something owed that does not come.
    ["refused", "the shop refused my return though I had the receipt", "complaint"],
    ["refused", "il negozio ha rifiutato il reso anche con lo scontrino", "complaint"],
    ["a person asked for", "I would like to speak to a real person #help", "complaint"],
    ["a person asked for", "vorrei parlare con un operatore #aiuto", "complaint"],
    ["a reply chased", "emailed you on Monday about my account and would appreciate a reply, please. Thanks.", "complaint"],
    ["a reply chased", "vi ho scritto lunedì per il mio conto, attendo una risposta, per favore grazie", "complaint"],
    ["nothing comes", "I'm not getting your verification texts", "complaint"],
    ["nothing comes", "non ricevo più i vostri sms di verifica", "complaint"],
    ["blaming question", "How did I not get a seat after booking a month ago!?", "complaint"],
    ["a scolding", "Get your act together, the app logs me out every hour", "complaint"],
    ["a scolding", "Datevi una mossa, l'app mi disconnette ogni ora", "complaint"],
    // A wish or a suggestion that says what is wrong.
    ["a wish", "Know what would be great? If the bags came out before midnight", "complaint"],
    ["a suggestion", "The breakfast at terminal 2 could be vastly improved", "complaint"],
    ["a suggestion", "Please sort out the lounge, the chairs are falling apart", "complaint"],
    ["done", "You lose my bag, find it, then lose it again. Officially done.", "complaint"],
    // Praise that outweighs the trouble it tells of: thanks for help given or good service,
    // loyalty, what someone did for the writer.
    ["thanks for service, despite trouble", "Thanks @carrier for great service today. Despite the big delays I'll make it home tonight.", "praise"],
    ["thanks for service, despite trouble", "Grazie per l'ottimo servizio di oggi, nonostante il ritardo arrivo a casa stasera", "praise"],
    ["thanks for help given", "Thank you for your help moving my cancelled booking, they went the extra mile", "praise"],
    ["thanks for help given", "Grazie per l'aiuto con la prenotazione cancellata, mi avete risolto tutto", "praise"],
    ["loyalty", "Felt awful after the other airline today. I will always fly with you from now on", "praise"],
    ["loyalty", "Giornata pessima con l'altra compagnia, volerò sempre con voi", "praise"],
    ["what they did", "Had to cancel at the last minute, the agent took care of everything. Made my day so much easier", "praise"],
    ["praise of a brand against others", "I wish all airlines were like you, the rest are a joke", "praise"],
    ["praise idiom", "The new lounge is the bomb", "praise"],
    ["a reward asked for", "Please give the lady at gate 4 a pay rise, she kept the whole queue laughing during the delay", "praise"],
    ["a reward asked for", "Date un aumento al ragazzo della cassa, ha fatto sorridere tutta la fila nonostante il ritardo", "praise"],
    // Neutral chat with no problem stays out of the queue.
    ["seasonal wish", "Happy Halloween to everyone at the store! 🎃", "praise"],
    ["seasonal wish", "Buon Natale a tutto il personale! 🎄", "praise"],
  ])("%s: %s -> %s", (_shape, text, kind) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe(kind);
    if (kind === "praise") expect(routing.matches).toEqual([]);
    else expect(routing.matches.length).toBeGreaterThan(0);
  });
});

describe("Greek: a softening 'but', thanks in advance, seasonal wishes", () => {
  it.each([
    ["Σας λατρεύω αλλά η παραγγελία μου ήρθε χαλασμένη", "complaint"],
    ["Μπορώ να αλλάξω τη διεύθυνση παράδοσης; Ευχαριστώ εκ των προτέρων", "question"],
    ["Καλά Χριστούγεννα σε όλο το προσωπικό!", "praise"],
  ])("%s -> %s", (text, kind) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe(kind);
    if (kind === "praise") expect(routing.matches).toEqual([]);
    else expect(routing.matches.length).toBeGreaterThan(0);
  });
});
