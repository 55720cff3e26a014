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

ruleTester(id, {
  valid: [
    { text: "Laura, I'm sorry: the parcel is our responsibility until it reaches you. I'm chasing the courier myself." },
    { text: "Laura, mi dispiace: il pacco è nostra responsabilità fino alla consegna. Sento io il corriere." },
    { name: "the customer's words, quoted, are not held against the reply", text: "You wrote 'your fault' in your post: you're right, it was our mistake." },
    { name: "what the customer should have received is information", text: "Hi Sam, you should have received a confirmation e-mail by now; DM us if not. ^KP" },
    { name: "plenty of time is reassurance", text: "Hi Sam, you should have plenty of time to connect in Lisbon. ^KP" },
    { name: "dovrebbe averla ricevuta è un'informazione", text: "Sam, dovrebbe aver ricevuto una mail di conferma; se non c'è mi scriva. ^GR" },
    { name: "tra virgolette sono parole del cliente", text: "Ha scritto «non è colpa nostra» riferendosi alla nostra chat: ha ragione, non andava detto." },
  ],
  invalid: [
    { text: t.should, errors: [{ ruleId: id, ...at(t.should, "You should have checked the box before") }] },
    { text: t.told, errors: [{ ruleId: id, ...at(t.told, "As we already told you") }] },
    { text: t.fault, errors: [{ ruleId: id, ...at(t.fault, "It's not our fault") }] },
    { text: t.read, errors: [{ ruleId: id, ...at(t.read, "If you had read") }] },
    { text: t.doveva, errors: [{ ruleId: id, ...at(t.doveva, "Doveva controllare") }] },
    { text: t.detto, errors: [{ ruleId: id, ...at(t.detto, "Come le abbiamo già detto") }] },
    { text: t.colpa, errors: [{ ruleId: id, ...at(t.colpa, "Non è colpa nostra") }, { ruleId: id, ...at(t.colpa, "colpa del corriere") }] },
    { name: "as previously advised", text: "As previously advised, the fare cannot be changed.", errors: [{ ruleId: id, ...at("As previously advised, the fare cannot be changed.", "As previously advised") }] },
    { name: "as mentioned", text: "As mentioned, we can't change the seat.", errors: [{ ruleId: id, ...at("As mentioned, we can't change the seat.", "As mentioned") }] },
    { name: "come già comunicato", text: "Come già comunicato, il volo non è rimborsabile.", errors: [{ ruleId: id, ...at("Come già comunicato, il volo non è rimborsabile.", "Come già comunicato") }] },
    { name: "you should have, with a fault in it", text: "You should have measured the door first.", errors: [{ ruleId: id, ...at("You should have measured the door first.", "You should have measured the door first") }] },
    { name: "unquoted, the same words count", text: "That was your fault.", errors: [{ ruleId: id, ...at("That was your fault.", "That was your fault") }] },
  ],
});
