/**
 * Move the detail to a private channel (P7): where the playbook says the conversation goes
 * private, the public reply invites a direct message, an e-mail or a call ("send me a DM",
 * "write to me at care@example.com", "mi scriva in privato").
 */
import { trimmedEnd } from "../../text/spaces.js";
import type { Rule } from "../rule.js";

interface Options {
  always: boolean;
}

const EMAIL_AFTER_AT = /^[^\s@<>()]+\.[a-z]{2,}/i;

/** An e-mail address: a word before an "@" and a dotted domain after it (a handle has no word before). */
function hasEmail(text: string): boolean {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && !/[\s<>()@]/.test(before) && EMAIL_AFTER_AT.test(text.slice(at + 1, at + 256))) return true;
  }
  return false;
}
const PHONE = /(?:\+|\b00)?\d[\d .-]{7,}\d\b/;
const DEFAULT: Record<string, string> = { en: "Please send me a direct message with your order number.", it: "Mi scriva in privato il numero d'ordine e chieda di me.", el: "Στείλτε μου ένα προσωπικό μήνυμα." };
const VIA: Record<string, Record<string, string>> = {
  en: { dm: "a direct message", email: "an e-mail", phone: "a call" },
  it: { dm: "un messaggio privato", email: "un'e-mail", phone: "una telefonata" },
  el: { dm: "προσωπικό μήνυμα", email: "e-mail", phone: "τηλεφώνημα" },
};

export const rule: Rule<Options> = {
  id: "offer-private-channel",
  meta: {
    description: "Where the playbook moves the conversation private, invite a direct message, e-mail or call.",
    principle: "P7",
    defaultSeverity: "warn",
    options: {
      always: { type: "boolean", default: false, description: "Require the invitation even without a playbook that asks for it." },
    },
    messages: { missing: "Does not invite the customer to continue in private ({{via}})" },
  },
  check(reply, context) {
    const playbook = context.lint.playbook;
    // A playbook the router guessed from the complaint is not the team's choice of procedure:
    // on real replies that guess asked half of all replies (praise answered, plain questions)
    // for a private channel. Only a playbook a person named, or `always`, asks for one.
    const asked = (playbook?.channel.private && !context.lint.playbookRouted) || context.options.always;
    if (!asked) return [];
    for (const h of reply.approved) if (h.key.kind === "private-channel") return [];
    for (const h of reply.builtins) if (h.key.kind === "private-channel") return [];
    if (hasEmail(reply.text)) return [];
    const phone = PHONE.exec(reply.text);
    if (phone && phone[0].replace(/\D/g, "").length >= 9) return [];
    const locale = context.lint.locale;
    const names = VIA[locale] ?? VIA.en!;
    const via = (playbook?.channel.via.length ? playbook.channel.via : ["dm", "email"]).map((v) => names[v] ?? v).join(", ");
    const approved = context.phrases?.approved.find((a) => a.kind === "private-channel");
    const end = trimmedEnd(reply.text);
    return [{ messageId: "missing", start: end, end, data: { via }, suggestion: approved?.text ?? DEFAULT[locale] ?? DEFAULT.en! }];
  },
};
