import { describe, expect, it } from "vitest";
import { withComplaint } from "../../../src/lint/batch/complaint.js";
import type { LintContext } from "../../../src/lint/types.js";
import { only, point, ruleTester, shippedCatalog, shippedLinter } from "../helpers.js";

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
    { context: damaged, name: "the agent sends the DM", text: "Laura, I'm so sorry. I'll DM you by 5pm with the courier's answer. — Dario" },
    { context: damaged, name: "the agent has sent an e-mail", text: "Laura, I'm so sorry. I've just sent you an email with the return label. — Dario" },
    { context: damaged, name: "we will message you", text: "Laura, so sorry about the box. We'll message you the tracking link within the hour. — Dario" },
    { context: danneggiato, name: "l'agente scrive in privato", text: "Laura, mi dispiace. Le ho inviato una mail con l'etichetta di reso. — Giulia" },
    { context: danneggiato, name: "l'agente manda un DM", text: "Laura, mi dispiace. Le mando un messaggio privato entro le 17. — Giulia" },
    { name: "without a playbook that moves private, nothing is required", text: t.en },
    { context: { playbook: "en/parcel-damaged" }, name: "an e-mail address is an invitation", text: "Laura, so sorry. care@example.com, ask for Dario." },
  ],
  invalid: [
    { context: damaged, text: t.en, errors: [{ ruleId: id, ...point(t.en.length), messageId: "missing", severity: "warn" }] },
    { context: danneggiato, text: t.it, errors: [{ ruleId: id, ...point(t.it.length), messageId: "missing" }] },
  ],
});

// A playbook the router guessed from the complaint is not a person's choice of procedure: the
// rule asks for a private channel only when the playbook was named (or `always` is set).
describe("offer-private-channel with a routed playbook", () => {
  const complaint = "my parcel arrived smashed and the jug inside is in pieces";
  const reply = "Laura, I'm so sorry the jug arrived broken. A new one leaves today. — Dario";
  const cases = [
    { name: "routed from the complaint: silent", context: (): LintContext => ({ locale: "en" }), fires: false },
    { name: "the same playbook named: asks", context: (): LintContext => ({ locale: "en", playbookId: "parcel-damaged" }), fires: true },
    { name: "routed, with `always`: asks", context: (): LintContext => ({ locale: "en" }), fires: true, always: true },
    { name: "instradato dal reclamo: tace", context: (): LintContext => ({ locale: "it" }), fires: false, text: "Laura, mi dispiace per la brocca rotta. Una nuova parte oggi. — Giulia", complaint: "il pacco è arrivato distrutto e la brocca dentro è rotta" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const catalog = await shippedCatalog();
      const linter = await shippedLinter(c.always ? { [id]: ["warn", { always: true }] } : {});
      const context = withComplaint(c.context(), c.complaint ?? complaint, c.text ?? reply, catalog.playbooks);
      if (!context.playbookRouted && !c.fires) throw new Error("the complaint should route to a playbook");
      const found = only(linter.lint(c.text ?? reply, context).findings, id);
      expect(found.length > 0).toBe(c.fires);
    });
  }
});
