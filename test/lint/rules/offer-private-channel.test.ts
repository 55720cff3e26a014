import { point, ruleTester } from "../helpers.js";

const id = "offer-private-channel";
const damaged = { playbook: "en/parcel-damaged" };
const danneggiato = { playbook: "it/parcel-damaged" };
const t = {
  en: "Laura, I'm so sorry. I'll call you back within 24 hours. — Dario",
  it: "Laura, mi dispiace. La richiamo entro 24 ore. — Giulia",
};

ruleTester(id, {
  valid: [
    { context: damaged, text: "Laura, I'm so sorry. Send me a DM with your order number. — Dario" },
    { context: damaged, text: "Laura, I'm so sorry. Write to me at care@example.com and ask for Dario." },
    { context: damaged, text: "Laura, I'm so sorry. Could you message me your order number privately?" },
    { context: damaged, text: "Laura, I'm so sorry. Call me on +39 02 1234 5678." },
    { context: danneggiato, text: "Laura, mi dispiace. Mi scriva in privato il numero d'ordine." },
    { context: danneggiato, text: "Laura, mi dispiace. Mi scriva a assistenza@example.com e chieda di me." },
    { name: "without a playbook that moves private, nothing is required", text: t.en },
    { context: { playbook: "en/parcel-damaged" }, name: "an e-mail address is an invitation", text: "Laura, so sorry. care@example.com, ask for Dario." },
  ],
  invalid: [
    { context: damaged, text: t.en, errors: [{ ruleId: id, ...point(t.en.length), messageId: "missing", severity: "warn" }] },
    { context: danneggiato, text: t.it, errors: [{ ruleId: id, ...point(t.it.length), messageId: "missing" }] },
  ],
});
