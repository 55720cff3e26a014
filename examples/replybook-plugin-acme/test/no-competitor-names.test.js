// Table-driven tests with replybook's RuleTester: run with `npm test` (node --test) in a
// project where replybook is installed.
import { RuleTester } from "replybook";
import plugin from "../index.js";

const rule = plugin.rules["no-competitor-names"];

new RuleTester().run("acme/no-competitor-names", rule, {
  valid: [
    "Laura, I'm so sorry your parcel arrived damaged. I'll call you back within 24 hours.\n— Dario",
    { name: "a word that only contains a name", text: "Our Globexpress partner collects it on Monday." },
    { name: "Italian", text: "Laura, mi dispiace per il pacco rovinato. La richiamo io entro 24 ore.\n— Dario" },
  ],
  invalid: [
    {
      text: "Globex would have lost it too, Laura.",
      errors: [{ messageId: "named", text: "Globex", message: "\"Globex\" is a competitor: keep the reply about the customer's case", severity: "warn" }],
    },
    { name: "any case, every mention", text: "Not like INITECH or globex.", errors: [{ text: "INITECH" }, { text: "globex" }] },
    { name: "names from the config", text: "Umbrella Corp ships slower.", options: { names: ["Umbrella Corp"] }, errors: [{ text: "Umbrella Corp", start: 0, end: 13 }] },
    { name: "in Italian too", text: "Con Globex sarebbe andata peggio.", context: { locale: "it" }, errors: 1 },
  ],
});
