import { at, ruleTester } from "../helpers.js";

const id = "no-placeholder";
const t = {
  xxx: "Hi xxx, I'm so sorry.",
  name: "Hi [CUSTOMER NAME], I'm so sorry.",
  mustache: "Hi {{name}}, I'm so sorry. — {{agent.name}}",
  angle: "Dear <customer>, sorry about that.",
  sig: "Gentile Sig. xxx, mi dispiace.",
  nome: "Ciao [NOME], la richiamo entro 24 ore.",
  todo: "Laura, I'm sorry. TODO add the tracking link.",
  blank: "Your order number is ____.",
  quoted: 'Laura, our e-mail said "Dear [NAME]": I\'m sorry.',
};

ruleTester(id, {
  valid: [
    { text: "Laura, I'm so sorry. — Dario" },
    { text: "Laura, mi dispiace davvero. — Giulia" },
    { text: "Laura, see [the tracking page](https://example.com/track) for the status." },
    { text: "Laura, it says the box was \"fine [sic]\" on arrival." },
    { text: "Order A-10293 is on its way, Laura." },
    { name: "a reference format with x for digits", text: "Your case number has the form 1-xxxxxxxx; DM it to us. ^KP" },
    { name: "a handle with underscores", text: "@sky___blue_ sorry about that, DM us. ^KP" },
    { name: "a customer called TK", text: "Hi TK, sorry about the wait. ^KP" },
    { name: "un numero di pratica con le x", text: "La pratica ha il formato 2-xxxxx: me lo scriva in privato. ^GR" },
  ],
  invalid: [
    { text: t.xxx, errors: [{ ruleId: id, ...at(t.xxx, "xxx"), messageId: "placeholder", severity: "error" }] },
    { text: t.name, errors: [{ ruleId: id, ...at(t.name, "[CUSTOMER NAME]") }] },
    { text: t.mustache, errors: [{ ruleId: id, ...at(t.mustache, "{{name}}") }, { ruleId: id, ...at(t.mustache, "{{agent.name}}") }] },
    { text: t.angle, errors: [{ ruleId: id, ...at(t.angle, "<customer>") }] },
    { text: t.sig, errors: [{ ruleId: id, ...at(t.sig, "xxx") }] },
    { text: t.nome, errors: [{ ruleId: id, ...at(t.nome, "[NOME]") }] },
    { text: t.todo, errors: [{ ruleId: id, ...at(t.todo, "TODO") }] },
    { text: t.blank, errors: [{ ruleId: id, ...at(t.blank, "____") }] },
    { name: "a placeholder counts even inside quotation marks", text: t.quoted, errors: [{ ruleId: id, ...at(t.quoted, "[NAME]") }] },
  ],
});
