import { point, ruleTester } from "../helpers.js";

const id = "show-empathy";

ruleTester(id, {
  valid: [
    { text: "Laura, I'm so sorry your parcel arrived damaged." },
    { text: "Laura, I understand how frustrating it is to wait two weeks." },
    { text: "Laura, my apologies: that's not how it should have gone." },
    { text: "Laura, sorry about this, I'm on it." },
    { text: "Laura, mi dispiace davvero per il pacco." },
    { text: "Laura, le chiedo scusa in prima persona." },
    { text: "Laura, capisco bene la sua frustrazione." },
    { text: "Laura, ha ragione: non doveva andare così." },
  ],
  invalid: [
    { name: "no apology at all", text: "Laura, the courier will collect it within 48 hours.", errors: [{ ruleId: id, ...point(0), messageId: "missing", severity: "warn" }] },
    { name: "an apology inside a stock formula does not count", text: "We apologise for any inconvenience caused.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "nessuna scusa", text: "Laura, il corriere passerà entro 2 giorni.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "una scusa di circostanza non conta", text: "Ci scusiamo per il disagio.", errors: [{ ruleId: id, ...point(0) }] },
    { name: "a quoted apology is the customer's", text: 'You said "sorry" was the least we could say. The courier comes within 48 hours.', errors: [{ ruleId: id, ...point(0) }] },
    { name: "a negated apology", text: "We are not sorry for following the procedure.", errors: [{ ruleId: id, ...point(0) }] },
  ],
});
