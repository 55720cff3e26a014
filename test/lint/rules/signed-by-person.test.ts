import { at, point, ruleTester } from "../helpers.js";

const id = "signed-by-person";
const dario = { agent: "Dario Rossi" };
const x = { agent: "Dario Rossi", channel: "x" };
const t = {
  team: "Laura, I'm so sorry. I'll call you back within 24 hours.\n— The Customer Care Team",
  servizio: "Laura, mi dispiace davvero. La richiamo entro 24 ore.\nIl Servizio Clienti",
  none: "Laura, I'm so sorry. I'll call you back within 24 hours.",
  nessuno: "Laura, mi dispiace davvero. La richiamo entro 24 ore.",
  marco: "Laura, I'm so sorry.\nKind regards,\nMarco",
  initials: "@laurab so sorry, DM me. ^MB",
  sono: "Laura, sono Giulia e mi dispiace davvero.",
  staff: "Laura, mi dispiace. Cordiali saluti, lo staff di Acme",
};

ruleTester(id, {
  valid: [
    { text: "Laura, I'm so sorry. I'll call you back within 24 hours.\n— Dario" },
    { context: dario, text: "Laura, I'm so sorry. I'll call you back within 24 hours. — Dario" },
    { context: dario, text: "Laura, I'm Dario and I'm so sorry your parcel arrived damaged." },
    { context: dario, text: "Laura, sono Dario e mi dispiace davvero per il pacco." },
    { context: dario, text: "Laura, I'm so sorry.\nKind regards,\nDario" },
    { context: dario, text: "Laura, I'm so sorry. Kind regards, Dario Rossi" },
    { context: dario, text: "Laura, mi dispiace davvero.\nUn saluto, Dario" },
    { context: x, text: "@laurab so sorry, DM me. ^DR" },
    { context: x, text: "@laurab so sorry, DM me. -DR" },
    { context: x, text: "@laurab so sorry, DM me. *DR" },
    { context: x, name: "initials before thread numbering", text: "@laurab so sorry, DM me. ^DR 1/2" },
    { context: { agent: "Dario Rossi", agentInitials: "DRO" }, text: "@laurab so sorry. ^DRO" },
    { context: dario, text: "Laura, I'm so sorry.\nDario, Customer Care" },
    { text: "Laura, mi dispiace davvero. La richiamo entro 24 ore.\nGiulia" },
    { context: dario, text: "Laura, mi dispiace. Me ne occupo io, Dario, e la richiamo entro 24 ore." },
  ],
  invalid: [
    { context: dario, name: "a team is not a person", text: t.team, errors: [{ ruleId: id, ...at(t.team, "The Customer Care Team"), messageId: "team" }] },
    { name: "il servizio clienti non è una persona", text: t.servizio, errors: [{ ruleId: id, ...at(t.servizio, "Il Servizio Clienti"), messageId: "team" }] },
    { name: "unsigned", text: t.none, errors: [{ ruleId: id, ...point(t.none.length), messageId: "missing" }] },
    { name: "senza firma", text: t.nessuno, errors: [{ ruleId: id, ...point(t.nessuno.length), messageId: "missing" }] },
    { context: dario, name: "signed by someone other than the agent", text: t.marco, errors: [{ ruleId: id, ...at(t.marco, "Marco", 0), messageId: "wrongAgent" }] },
    { context: x, name: "someone else's initials", text: t.initials, errors: [{ ruleId: id, ...at(t.initials, "MB"), messageId: "wrongAgent" }] },
    { context: dario, name: "un'altra persona si presenta", text: t.sono, errors: [{ ruleId: id, ...at(t.sono, "Giulia"), messageId: "wrongAgent" }] },
    { name: "lo staff non è una persona", text: t.staff, errors: [{ ruleId: id, ...at(t.staff, "lo staff di Acme"), messageId: "team" }] },
  ],
});
