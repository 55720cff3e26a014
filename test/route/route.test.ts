// Routing a message to playbooks (src/route/route.ts), table-driven in English and Italian:
// every pattern of the routing issue (missed complaints, wrong routes, groups no playbook
// covered, praise, questions, spam, general as the fallback), in our own words.
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { routeComplaint, routeMessage, topPlaybook } from "../../src/route/route.js";
import { wordsFor } from "../../src/route/words.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("routeMessage on the shipped playbooks", () => {
  // [message, kind, top playbook (null: none), language routed in]
  it.each([
    ["Paid extra for delivery today and it didn't arrive", "complaint", "late-delivery", "en"],
    ["Having big problems logging in to my booking, help please", "complaint", "account-access", "en"],
    // "lost" of a customer is no lost bag nor a lost connection; a seat changed is no disruption
    ["Forty pounds to change a name on a booking, you just lost a loyal customer", "complaint", "general", "en"],
    ["Why did you change my chosen seat to the back row of my flight?", "complaint", "general", "en"],
    ["Ho problemi di accesso all'area clienti da ieri", "complaint", "account-access", "it"],
    ["what's up with your site, it won't take my dates", "complaint", "site-malfunction", "en"],
    ["che succede con il sito? non prende le date", "complaint", "site-malfunction", "it"],
    ["Why is my son's birthday present lost? Nobody knows where it is", "complaint", "parcel-lost", "en"],
    ["your app isn't working again", "complaint", "site-malfunction", "en"],
    ["I keep getting error codes when I try to pay on your website", "complaint", "site-malfunction", "en"],
    ["Kept me on hold for 40 minutes and then your agent hung up on me", "complaint", "unreachable-support", "en"],
    ["I never received the gift card code I paid for", "complaint", "digital-goods", "en"],
    ["It says delivered but the e-tickets never arrived in my inbox", "complaint", "digital-goods", "en"],
    ["My reward points never showed up, the app says delivered", "complaint", "digital-goods", "en"],
    ["Still waiting for my refund after 10 days", "complaint", "refund-request", "en"],
    ["Still waiting for someone to reply to my email after 5 days", "complaint", "unreachable-support", "en"],
    ["The taxi driver went to the wrong address and then charged me a cancellation fee", "complaint", "payment-problem", "en"],
    ["You charged me 30 pounds instead of 3", "complaint", "payment-problem", "en"],
    ["The app keeps crashing every time I open my basket", "complaint", "site-malfunction", "en"],
    ["I've been charged twice for the same order", "complaint", "payment-problem", "en"],
    ["Someone hacked my account and changed my password", "complaint", "account-access", "en"],
    ["No internet in my whole street since this morning", "complaint", "service-outage", "en"],
    ["My flight was cancelled two hours before departure", "complaint", "travel-disruption", "en"],
    ["Your courier was really rude to me and threw the box at my door", "complaint", "staff-conduct", "en"],
    ["The kettle stopped working after two weeks, terrible quality", "complaint", "product-defect", "en"],
    ["I bought a game download and the code never came", "complaint", "digital-goods", "en"],
    ["Thank you so much, your team was brilliant today!", "praise", null, "en"],
    ["Do you deliver to Canada?", "question", "general", "en"],
    ["Win a free phone! Click the link in my bio", "spam", "abusive-or-spam", "en"],
    ["Very disappointed, I expected much better from you", "complaint", "general", "en"],
    ["I am not happy at all with you", "complaint", "general", "en"],
    ["The deliveries keep getting delivered to the wrong address", "complaint", "parcel-lost", "en"],
    ["didnt recieve my parcel, it never arrived", "complaint", "parcel-lost", "en"],
    ["Ho pagato la consegna in giornata e il pacco non è arrivato", "complaint", "late-delivery", "it"],
    ["Perché il regalo di compleanno di mio figlio è stato perso? Nessuno sa dove sia", "complaint", "parcel-lost", "it"],
    ["La vostra app non funziona", "complaint", "site-malfunction", "it"],
    ["Continuo a ricevere codici di errore quando provo a pagare sul sito", "complaint", "site-malfunction", "it"],
    ["Mi avete tenuto in attesa 40 minuti e poi l'operatore ha riattaccato", "complaint", "unreachable-support", "it"],
    ["Non ho mai ricevuto il codice della gift card che ho pagato", "complaint", "digital-goods", "it"],
    ["Risulta consegnato ma i biglietti elettronici non sono mai arrivati", "complaint", "digital-goods", "it"],
    ["Aspetto ancora il rimborso da 10 giorni", "complaint", "refund-request", "it"],
    ["Mi avete addebitato 30 euro invece di 3", "complaint", "payment-problem", "it"],
    ["Mi avete addebitato due volte lo stesso ordine", "complaint", "payment-problem", "it"],
    ["Qualcuno ha violato il mio account e cambiato la password", "complaint", "account-access", "it"],
    ["Senza internet in tutta la via da stamattina", "complaint", "service-outage", "it"],
    ["Il mio volo è stato cancellato due ore prima della partenza", "complaint", "travel-disruption", "it"],
    ["Il corriere è stato maleducatissimo e mi ha lanciato il pacco oltre il cancello", "complaint", "staff-conduct", "it"],
    ["Il bollitore ha smesso di funzionare dopo due settimane, qualità pessima", "complaint", "product-defect", "it"],
    ["Grazie mille, siete stati bravissimi!", "praise", null, "it"],
    ["Spedite anche in Svizzera?", "question", "general", "it"],
    ["Che delusione, non tornerò più da voi", "complaint", "general", "it"],
    // A complaint with no cue at all is still a complaint: it gets general, a person reads it.
    ["I pay for the premium plan every month and get the basic one", "complaint", "payment-problem", "en"],
    ["Pago ogni mese il piano premium e mi danno quello base", "complaint", "general", "it"],
    // Damage named without "damaged" or "broken".
    ["The box came and the shampoo had leaked all over my other things", "complaint", "parcel-damaged", "en"],
    ["My groceries came today and the eggs were all cracked", "complaint", "parcel-damaged", "en"],
    ["The chocolate arrived completely melted", "complaint", "parcel-damaged", "en"],
    ["Cheese was mouldy when I opened it", "complaint", "product-defect", "en"],
    ["Il pacco è arrivato con la bottiglia che perdeva ovunque", "complaint", "parcel-damaged", "it"],
    ["Le uova sono arrivate tutte crepate", "complaint", "parcel-damaged", "it"],
    ["Il cioccolato è arrivato tutto sciolto", "complaint", "parcel-damaged", "it"],
    // Items missing from an order that did arrive: not a lost parcel.
    ["Two items were missing from my order", "complaint", "wrong-item", "en"],
    ["Mancano due articoli dal mio ordine, aiuto", "complaint", "wrong-item", "it"],
    // Thanks addressed to someone outweighs the trouble it tells of.
    ["Kudos to the cabin crew! We left late but they made up the time ❤️", "praise", null, "en"],
    ["Un grazie enorme al personale, ci hanno riprotetto dopo il volo perso", "praise", null, "it"],
    // Cheer with nothing wrong is chat, not a complaint.
    ["got my costume burrito 🎃😂", "praise", null, "en"],
    ["Finalmente il mio costume di halloween 🎃😂", "praise", null, "it"],
    // "too much" is a complaint, and "thank me later" is no thanks; a lone "help" asks for it.
    ["The app takes up far too much storage, you can thank me later 😉", "complaint", "site-malfunction", "en"],
    ["L'app occupa troppo spazio, poi mi ringrazierete 😉", "complaint", "general", "it"],
    ["I need a new code for the store, none came. Help!", "complaint", "digital-goods", "en"],
    // Greek, through the Greek stemmer (@orama/stemmers) on folded words (no accents, ς = σ).
    ["Το δέμα έφτασε σπασμένο και το κουτί ήταν λιωμένο", "complaint", "parcel-damaged", "el"],
    ["Κανείς δεν σηκώνει το τηλέφωνο εδώ και τρεις μέρες", "complaint", "unreachable-support", "el"],
    ["Η πτήση μου ακυρώθηκε δύο ώρες πριν από την αναχώρηση", "complaint", "travel-disruption", "el"],
    ["Δεν έχω ίντερνετ σε όλη τη γειτονιά από το πρωί", "complaint", "service-outage", "el"],
    ["Ο βραστήρας σταμάτησε να λειτουργεί μετά από δύο εβδομάδες", "complaint", "product-defect", "el"],
    ["Παρήγγειλα μπλε παπούτσια και μου ήρθαν κόκκινα", "complaint", "wrong-item", "el"],
    ["Σας ευχαριστώ πολύ, η ομάδα σας ήταν εξαιρετική!", "praise", null, "el"],
    ["Περιμένω ακόμη την επιστροφή των χρημάτων μου εδώ και 10 μέρες", "complaint", "refund-request", "el"],
    ["Στέλνετε και στην Κύπρο;", "question", "general", "el"],
    ["Πότε ανοίγει το κατάστημα της Πάτρας;", "question", "general", "el"],
    // Damage said with "was damaged", the box aside.
    ["The lamp was badly damaged, the box looked fine", "complaint", "parcel-damaged", "en"],
    ["La lampada era tutta danneggiata, la scatola sembrava intatta", "complaint", "parcel-damaged", "it"],
    // Vouchers or points that vanished are digital goods.
    ["All the vouchers in my account have vanished and I never used them", "complaint", "digital-goods", "en"],
    ["I buoni nel mio account sono spariti e non li ho mai usati", "complaint", "digital-goods", "it"],
    // A driver idling outside, a courier who threatens, lazy crew: staff conduct.
    ["Why is your delivery driver sitting outside in the van while my slot runs out?", "complaint", "staff-conduct", "en"],
    ["Il fattorino è rimasto seduto in macchina fuori casa invece di suonare", "complaint", "staff-conduct", "it"],
    ["I was just threatened by one of your couriers", "complaint", "staff-conduct", "en"],
    ["Sono stato appena minacciato da un vostro corriere", "complaint", "staff-conduct", "it"],
    // Food thrown away or too tough to eat: the product.
    ["The meal was so bad I had to throw away the whole thing", "complaint", "product-defect", "en"],
    ["Il pranzo era immangiabile, ho dovuto buttare tutto", "complaint", "product-defect", "it"],
    ["The steak was far too chewy to eat", "complaint", "product-defect", "en"],
    ["La bistecca era troppo dura per mangiarla", "complaint", "product-defect", "it"],
    // "different" prices or journeys is no wrong item.
    ["Prezzi diversi e viaggi diversi tra il vostro sito e l'app", "complaint", "general", "it"],
    // Trouble with something in an app.
    ["Anyone else having issues with the keyboard in the app since the update?", "complaint", "site-malfunction", "en"],
    ["Qualcun altro ha problemi con la tastiera nell'app dopo l'aggiornamento?", "complaint", "site-malfunction", "it"],
    // No reply from support; a charge the customer never made.
    ["Tre messaggi e nessuna risposta dall'assistenza", "complaint", "unreachable-support", "it"],
    ["There is a charge on my card I didn't make", "complaint", "payment-problem", "en"],
    ["C'è un addebito che non ho fatto sulla mia carta", "complaint", "payment-problem", "it"],
    // A parcel opened on the way is damage, items gone from it or not.
    ["My parcel was opened on the way and two things are gone", "complaint", "parcel-damaged", "en"],
    ["Il pacco è stato aperto durante il viaggio e mancano due articoli", "complaint", "parcel-damaged", "it"],
    // "best" asking for an offer is no praise; "plan" is no "planning".
    ["What is your best offer on the new phone?", "question", "general", "en"],
    // Talk about others, to no one in particular, is chat: no playbook.
    ["Watching tourists who have never taken a train figure out the ticket machines", "praise", null, "en"],
    ["Guardare i turisti che non hanno mai preso un treno alle prese con le macchinette", "praise", null, "it"],
    // A fan's post uses a promotion's words; with no link it is no spam.
    ["Autumn isn't complete until you get your pumpkin latte at the corner cafe! #autumn", "praise", null, "en"],
    ["Non è Natale finché non prendi il panettone dal forno sotto casa, gratis la cartolina! #natale", "praise", null, "it"],
    ["can I get a follow back please", "question", "general", "en"],
    ["Mi seguite?", "question", "general", "it"],
    // A promotion with a link is spam, its cheer aside; a customer's words with a link too.
    ["We're thrilled to announce our new store in Leeds! https://example.com/leeds", "spam", "abusive-or-spam", "en"],
    ["Happy friday! For a chance to win a year of coffee, follow us https://example.com/win 😱", "spam", "abusive-or-spam", "en"],
    ["Check out my new video https://example.com/v", "spam", "abusive-or-spam", "en"],
    ["Partecipa al concorso di Natale e vinci un anno di caffè https://example.com/natale", "spam", "abusive-or-spam", "it"],
    ["Scopri la nuova collezione https://example.com/inverno", "spam", "abusive-or-spam", "it"],
    // Something owed that never came is a complaint, asked as a question or not.
    ["I activated the gift card but no code has come through, how long does it take?", "complaint", "digital-goods", "en"],
    ["Ho attivato la carta regalo ma non mi è arrivato nessun codice, quanto devo aspettare?", "complaint", "digital-goods", "it"],
    // Praise of the people who helped outweighs the trouble it tells of.
    ["You have 3 great agents at the Leeds desk, Sam and Ana went above/beyond when our train was cancelled today", "praise", null, "en"],
    ["Avete due addetti fantastici allo sportello di Bologna, ci hanno aiutato tanto quando il treno è stato cancellato", "praise", null, "it"],
    // Sarcastic thanks, a wish that they had not, a customer leaving: complaints.
    ["Booked two seats together and you moved them at check in... thanks for splitting up my family #greatjob", "complaint", "general", "en"],
    ["Avevamo prenotato due posti accanto, al check-in li avete spostati... grazie per averci separati", "complaint", "general", "it"],
    ["I wish your crew would seat couples together on an anniversary trip", "complaint", "staff-conduct", "en"],
    ["Thanks, from now on I'll only be flying with your competitor!", "complaint", "general", "en"],
    ["Grazie, d'ora in poi passo a un'altra compagnia!", "complaint", "general", "it"],
    // A customer asking about a giveaway is asking, not advertising.
    ["Do I need a premium account to get the prize from the giveaway?", "question", "general", "en"],
    ["Serve l'abbonamento per ricevere il premio del concorso?", "question", "general", "it"],
    // A delivery put off, a courier who cannot find the address: late, not lost.
    ["The driver didn't leave my package and rescheduled the delivery to next week", "complaint", "late-delivery", "en"],
    ["Il corriere non ha lasciato il pacco e ha riprogrammato la consegna alla settimana prossima", "complaint", "late-delivery", "it"],
    ["My courier can't find my address and the food is getting cold", "complaint", "late-delivery", "en"],
    ["Il fattorino non trova l'indirizzo e la cena si fredda", "complaint", "late-delivery", "it"],
    // Damage is the matter once the parcel is here, however long it took.
    ["I waited 3 months for this lamp and it arrived all damaged", "complaint", "parcel-damaged", "en"],
    ["Ho aspettato 3 mesi questa lampada ed è arrivata tutta danneggiata", "complaint", "parcel-damaged", "it"],
    // A software version called rubbish is the product's fault.
    ["Still waiting on a version of the software that isn't complete rubbish", "complaint", "product-defect", "en"],
    ["Aspetto ancora una versione del software che non sia uno schifo", "complaint", "product-defect", "it"],
    // Sarcasm and plain anger: "love when", thanks for something in scare quotes, "fuming", "what happened to".
    ["love when the desk agent assumes I'm too young to have status and sends me to the back", "complaint", "staff-conduct", "en"],
    ["Adoro quando l'addetto al banco decide che sono troppo giovane per lo status e mi rimanda in fondo", "complaint", "staff-conduct", "it"],
    ["Thanks for \"improving\" my booking, now I have a six hour layover", "complaint", "travel-disruption", "en"],
    ["Grazie per «migliorato» la mia prenotazione, ora ho sei ore di scalo", "complaint", "travel-disruption", "it"],
    ["fuming about the queue at the fast track this morning", "complaint", "travel-disruption", "en"],
    ["furioso per la coda al fast track stamattina", "complaint", "general", "it"],
    ["What happened to the shuffle button? It's gone", "complaint", "site-malfunction", "en"],
    ["Che fine ha fatto il tasto shuffle? È sparito", "complaint", "site-malfunction", "it"],
    // Emoticons typed as text; a promotion's "don't miss" is no complaint.
    ["you have a good film selection on board :)", "praise", null, "en"],
    ["avete una bella selezione di film a bordo :)", "praise", null, "it"],
    ["Don't miss the chance to win a new car! https://example.com/car", "spam", "abusive-or-spam", "en"],
    ["Non perdere il concorso per vincere un'auto! https://example.com/auto", "spam", "abusive-or-spam", "it"],
    // Triggers from the second calibration set.
    ["I'm in a car with the dumbest driver ever", "complaint", "staff-conduct", "en"],
    ["Sono in macchina con l'autista più incompetente del mondo", "complaint", "staff-conduct", "it"],
    ["The courier left my parcel on the porch in the rain and didn't even ring the doorbell", "complaint", "staff-conduct", "en"],
    ["Il corriere ha lasciato il pacco sul pianerottolo sotto la pioggia e non ha nemmeno suonato", "complaint", "staff-conduct", "it"],
    ["Having trouble with an old account, no idea what the login is", "complaint", "account-access", "en"],
    ["Why can't I get any service in my own house", "complaint", "service-outage", "en"],
    ["Perché non prendo il segnale in casa mia", "complaint", "service-outage", "it"],
    ["Are all your phone lines closed tonight?", "complaint", "unreachable-support", "en"],
    ["Sono chiuse le linee stasera? Nessuno risponde", "complaint", "unreachable-support", "it"],
    ["My order came to 30 after tax but they charged me nearly 40", "complaint", "payment-problem", "en"],
    ["Bought these boots two months ago and they have already split", "complaint", "product-defect", "en"],
    ["Ho comprato questi stivali due mesi fa e sono già rotti", "complaint", "product-defect", "it"],
    ["The new layout is nearly impossible to use with one hand", "complaint", "site-malfunction", "en"],
    ["La nuova interfaccia è quasi impossibile da usare con una mano", "complaint", "site-malfunction", "it"],
    ["We've been sitting on this plane for an hour because of a malfunction", "complaint", "travel-disruption", "en"],
    ["Siamo fermi sull'aereo da un'ora per un guasto", "complaint", "travel-disruption", "it"],
    ["Having trouble buying points on my console, can you help?", "complaint", "digital-goods", "en"],
    // Help given, a favour at no cost, the best of something: praise; help negated is a complaint.
    ["They moved me to an earlier flight at no extra charge", "praise", null, "en"],
    ["Mi hanno spostato su un volo prima senza costi", "praise", null, "it"],
    ["The lady at the desk helped me rebook, no hassle at all", "praise", null, "en"],
    ["La signora al banco mi ha aiutato a cambiare la prenotazione, senza intoppi", "praise", null, "it"],
    ["The best part of my trip was the crew", "praise", null, "en"],
    ["Nobody helped me at the desk", "complaint", "staff-conduct", "en"],
    ["Nessuno mi ha aiutato allo sportello", "complaint", "general", "it"],
    // "!" is emphasis in a message that negates something, cheer otherwise.
    ["I really hope you change but I know you won't!", "complaint", "general", "en"],
    ["Spero che cambiate ma so che voi non lo farete!", "complaint", "general", "it"],
    ["Got my new sofa today!", "praise", null, "en"],
    ["Oggi è arrivato il mio nuovo divano!", "praise", null, "it"],
    // An insult tells of a complaint, even with nothing else in it.
    ["you lot are a bunch of clowns @shop", "complaint", "abusive-or-spam", "en"],
    ["siete dei pagliacci @negozio", "complaint", "abusive-or-spam", "it"],
  ])("%s -> %s, %s (%s)", (text, kind, top, locale) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe(kind);
    expect(routing.locale).toBe(locale);
    expect(routing.matches[0]?.id ?? null).toBe(top);
    if (top && top !== "general" && top !== "abusive-or-spam") expect(routing.matches[0]!.matched.length).toBeGreaterThan(0);
  });

  it("puts general last after the specific playbooks, alone when none fits, and says so", () => {
    const fits = routeMessage("my parcel arrived smashed", catalog.playbooks);
    expect(fits.matches.at(-1)?.id).toBe("general");
    expect(fits.onlyGeneral).toBe(false);
    const none = routeMessage("Very disappointed, I expected much better from you", catalog.playbooks);
    expect(none.matches.map((m) => m.id)).toEqual(["general"]);
    expect(none.onlyGeneral).toBe(true);
  });

  it("never routes praise, in either language", () => {
    for (const text of ["Huge thanks to the crew on my flight today, brilliant service", "Grazie di cuore, servizio impeccabile!"]) {
      expect(routeMessage(text, catalog.playbooks)).toMatchObject({ kind: "praise", matches: [] });
    }
  });

  it("routes among one language's playbooks when asked", () => {
    const ranked = routeComplaint("my parcel arrived smashed", catalog.playbooks, { locale: "it" });
    expect(ranked.every((r) => r.locale === "it")).toBe(true);
  });

  it("lowers a playbook that a negative cue points away from", () => {
    const routing = routeMessage("It says delivered but the e-tickets never arrived in my inbox", catalog.playbooks);
    expect(routing.matches[0]?.id).toBe("digital-goods");
  });
});

describe("words as the router compares them", () => {
  it.each([
    ["en", "refunded", "refunds"],
    ["en", "didnt", "did not"],
    ["en", "bday", "birthday"],
    ["en", "recieved", "received"],
    ["it", "consegnato", "consegna"],
    ["it", "rimborsato", "rimborso"],
    ["el", "παράδοση", "ΠΑΡΑΔΟΣΗ"],
  ])("%s: %s and %s are the same words", (locale, a, b) => {
    const words = wordsFor(locale);
    const norm = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(" ").flatMap((w) => words.normalize(w));
    expect(norm(a)).toEqual(norm(b));
    expect(norm(a).length).toBeGreaterThan(0);
  });
});

describe("topPlaybook: what lint reads of a complaint's routing", () => {
  // Praise, spam, a question, general alone, a fit, a negative cue, Italian, a language asked for.
  it.each([
    ["Huge thanks to the crew on my flight today, brilliant service", undefined],
    ["Don't miss the chance to win a new car! https://example.com/car", undefined],
    ["Do I need a premium account to get the prize from the giveaway?", undefined],
    ["Very disappointed, I expected much better from you", undefined],
    ["my parcel arrived smashed", undefined],
    ["It says delivered but the e-tickets never arrived in my inbox", undefined],
    ["Il corriere non ha lasciato il pacco e ha riprogrammato la consegna alla settimana prossima", undefined],
    ["my parcel arrived smashed", "it"],
    ["you lot are a bunch of clowns @shop", "en"],
  ])("%s (%s): the kind, first id and score routeMessage gives", (text, locale) => {
    const options = locale ? { locale } : {};
    const routing = routeMessage(text, catalog.playbooks, options);
    const first = routing.matches[0];
    expect(topPlaybook(text, catalog.playbooks, options)).toEqual({ kind: routing.kind, id: first?.id, score: first?.score ?? 0 });
  });
});
