import { at, ruleTester } from "../helpers.js";

const id = "no-blame";
const t = {
  should: "You should have checked the box before signing.",
  told: "As we already told you, the courier comes on Monday.",
  fault: "It's not our fault, it's the courier's.",
  read: "If you had read the terms, you would know.",
  doveva: "Doveva controllare il pacco alla consegna.",
  detto: "Come le abbiamo già detto, il corriere passa lunedì.",
  colpa: "Non è colpa nostra, è colpa del corriere.",
};

/** Hand-offs, in our own words: [reply, the hand-off in it]. */
const handOffs: Array<[string, string]> = [
  ["You'll need to contact our Baggage team on 0800 000 000.", "You'll need to contact our Baggage team"],
  ["Please contact our Online Support Team for help.", "Please contact our Online Support Team"],
  ["If you booked with an agent, you'd need to contact them for the receipt.", "you'd need to contact"],
  ["We suggest you contact the store that called you.", "We suggest you contact the store"],
  ["That one is better explained by the airport security staff.", "better explained by"],
  ["Please take it back to your nearest store with the receipt.", "to your nearest store"],
  ["Send us a note via our help page so the team can connect.", "Send us a note via"],
  ["Per questo si rivolga al nostro punto vendita.", "si rivolga al nostro punto vendita"],
  ["Contatti il numero verde, per favore.", "Contatti il numero verde"],
  // The general shape: a verb that sends the customer away, and someone else who will act.
  ["Please contact a member of our Sales team, who can rebook you.", "Please contact a member"],
  ["You can also speak with an agent at the gate about a voucher.", "You can also speak with an agent"],
  ["Please reach out to FlyNet Customer Service at 0800 111 222.", "Please reach out to FlyNet Customer Service at"],
  ["Please keep working directly with our baggage team on it.", "keep working directly with our baggage team"],
  ["Only our airport agents can change a ticket once you've set off.", "Only our airport agents can"],
  ["Bring it to the attention of a crew member on board.", "Bring it to the attention of"],
  ["Please ask them to give you a written note.", "Please ask them"],
  ["You can claim it back through your travel insurance.", "through your travel insurance"],
  ["Reach out to us here and we'll check: https://example.com/help", "Reach out to us here"],
  ["Airport security should be able to help with that.", "Airport security should be able to"],
  ["Return it to your local Hometown market.", "to your local"],
  ["Contatti il nostro ufficio prenotazioni al numero 02 0000 0000.", "Contatti il nostro ufficio"],
  ["Può parlare con un nostro addetto in stazione.", "parlare con un nostro addetto"],
  ["Continui a fare riferimento al personale di terra.", "Continui a fare riferimento al personale"],
  ["Solo il personale di terra può cambiare il biglietto.", "Solo il personale di terra può"],
  ["Lo segnali al personale di bordo, per favore.", "Lo segnali al personale"],
  ["Chieda il rimborso tramite la sua assicurazione.", "tramite la sua assicurazione"],
  // Fifth round: the hand-off by its shape, any verb form, "our" people or a third party.
  ["For a name change you'll need to rebook online or give us a call at 0800 123 456.", "give us a call"],
  ["If you're still at the station, it would be best to speak with a supervisor there.", "it would be best to speak with a supervisor"],
  ["Please check with our cabin crew once you're on board.", "check with our cabin crew"],
  ["Be sure to file a claim with our lost luggage office before you leave.", "file a claim with our lost luggage office"],
  ["Feel free to reach out to a flight attendant for a blanket.", "reach out to a flight attendant"],
  ["Please let our crew know and they'll swap your seat.", "let our crew know"],
  ["We'd suggest going straight to the bank by contacting Northbank directly.", "by contacting"],
  ["We recommend contacting the game studio about the refund.", "recommend contacting"],
  ["Screening is done by airport security. You can reach them at their own page.", "You can reach them at"],
  ["Please reply via the link in your email so the team can review it.", "reply via the link in your email"],
  ["Può sentire la compagnia contattando il loro servizio clienti.", "contattando"],
  ["Le conviene chiamare la compagnia aerea.", "Le conviene chiamare"],
  ["Chieda al personale di bordo una coperta.", "Chieda al personale"],
  ["Presenti un reclamo presso l'ufficio bagagli dell'aeroporto.", "Presenti un reclamo presso"],
];

/** Blame in other shapes: [reply, the blame in it]. */
const blames: Array<[string, string]> = [
  ["To get the refund you would have had to cancel within a day.", "you would have had to"],
  ["These are the first messages we've received from you about it.", "first messages we've received from you"],
  ["The seller is responsible for the courier, not us.", "seller is responsible for"],
  ["As stated in the fare rules, changes carry a fee.", "As stated in the fare rules"],
  // Policy held against the customer, and our systems against what the customer reports.
  ["With a saver ticket you will be charged to change on the day.", "you will be charged"],
  ["Change fees apply to every booking.", "fees apply"],
  ["We have many other fare options that include a seat choice.", "We have many other fare options"],
  ["We're not aware of any issues with the app; it works on our side.", "not aware of any issues"],
  ["Con la tariffa base le verrà addebitato un supplemento.", "le verrà addebitato un"],
  ["Non siamo a conoscenza di problemi con l'app.", "Non siamo a conoscenza di problemi"],
];

ruleTester(id, {
  valid: [
    { text: "Laura, I'm sorry: the parcel is our responsibility until it reaches you. I'm chasing the courier myself." },
    { text: "Laura, mi dispiace: il pacco è nostra responsabilità fino alla consegna. Sento io il corriere." },
    { name: "the customer's words, quoted, are not held against the reply", text: "You wrote 'your fault' in your post: you're right, it was our mistake." },
    { name: "what the customer should have received is information", text: "Hi Sam, you should have received a confirmation e-mail by now; DM us if not. ^KP" },
    { name: "we reach out to the team ourselves: no hand-off", text: "Tell us which store it was and we'll reach out to the store team. ^KP" },
    { name: "a DM keeps the customer with us", text: "Please DM us and we'll sort it out. ^KP" },
    { name: "ci pensiamo noi, non è un rimando", text: "Sara, contatto io il punto vendita e la aggiorno entro domani. ^GR" },
    { name: "a question about what the customer did is no hand-off", text: "Did you bring this to the attention of the crew on board? I'd like to follow it up. ^KP" },
    { name: "asked whether the customer could tell the crew", text: "Oh no, were you able to bring this to the attention of the crew? ^KP" },
    { name: "back to us on this channel", text: "Please ask your brother to reach out to us via Twitter with the booking code. ^KP" },
    { name: "we speak to the team ourselves", text: "I'll speak with our airport team and DM you within the hour. ^KP" },
    { name: "the team that will act is named, the customer is not sent", text: "Our baggage team will call you today. ^KP" },
    { name: "ho parlato io con l'ufficio", text: "Ho parlato con il nostro ufficio bagagli e la richiamo entro domani. ^GR" },
    { name: "plenty of time is reassurance", text: "Hi Sam, you should have plenty of time to connect in Lisbon. ^KP" },
    { name: "dovrebbe averla ricevuta è un'informazione", text: "Sam, dovrebbe aver ricevuto una mail di conferma; se non c'è mi scriva. ^GR" },
    { name: "tra virgolette sono parole del cliente", text: "Ha scritto «non è colpa nostra» riferendosi alla nostra chat: ha ragione, non andava detto." },
    { name: "a question about reaching someone is no hand-off", text: "Oh no, were you able to get in touch with a supervisor? ^KP" },
    { name: "we check with the crew ourselves", text: "Let me check with our crew and I'll DM you in ten minutes. ^KP" },
    { name: "no charge is no blame", text: "Good news: you won't be charged to change this one. ^KP" },
    { name: "ci pensiamo noi, senza penale", text: "Cambio fatto, nessuna penale da pagare. ^GR" },
  ],
  invalid: [
    { text: t.should, errors: [{ ruleId: id, ...at(t.should, "You should have checked the box before") }] },
    { text: t.told, errors: [{ ruleId: id, ...at(t.told, "As we already told you") }] },
    { text: t.fault, errors: [{ ruleId: id, ...at(t.fault, "It's not our fault") }] },
    { text: t.read, errors: [{ ruleId: id, ...at(t.read, "If you had read") }] },
    { text: t.doveva, errors: [{ ruleId: id, ...at(t.doveva, "Doveva controllare") }] },
    { text: t.detto, errors: [{ ruleId: id, ...at(t.detto, "Come le abbiamo già detto") }] },
    { text: t.colpa, errors: [{ ruleId: id, ...at(t.colpa, "Non è colpa nostra") }, { ruleId: id, ...at(t.colpa, "colpa del corriere") }] },
    // Hand-offs: the customer is sent elsewhere to solve it.
    ...handOffs.map(([text, phrase]) => ({ name: `hand-off: ${phrase}`, text, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    ...blames.map(([text, phrase]) => ({ name: `family: ${phrase}`, text, errors: [{ ruleId: id, ...at(text, phrase) }] })),
    { name: "you should have, with a fault in it", text: "You should have measured the door first.", errors: [{ ruleId: id, ...at("You should have measured the door first.", "You should have measured the door first") }] },
    { name: "unquoted, the same words count", text: "That was your fault.", errors: [{ ruleId: id, ...at("That was your fault.", "That was your fault") }] },
  ],
});
