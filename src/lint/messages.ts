/**
 * Rule messages in the reply's language. The English templates live with each rule
 * (meta.messages); the other languages are here, in one table a translator can read
 * whole. A missing entry falls back to English. Data values ({{earliest}}, {{via}}) are
 * already in the reply's language when the rule fills them in.
 */
export const LOCALIZED_MESSAGES: Record<string, Record<string, Record<string, string>>> = {
  it: {
    "address-customer": {
      missing: "Non si rivolge a {{name}} per nome",
      generic: "Saluto generico \"{{text}}\": si rivolga al cliente per nome o con il suo @nome",
    },
    "calm-tone": {
      shouting: "\"{{text}}\" è in maiuscolo: si legge come un grido",
      calmDown: "\"{{text}}\" dice al cliente come sentirsi",
      exclamations: "\"{{text}}\": basta un punto esclamativo",
      phrase: "\"{{phrase}}\" suona sarcastico o brusco",
    },
    "concrete-next-step": {
      missing: "Non dice che cosa succede adesso, né entro quando",
      noDeadline: "Dice che cosa succede adesso, ma non entro quando",
    },
    "max-length": {
      tooLong: "{{length}} caratteri; il limite su {{channel}} è {{limit}}",
      partTooLong: "La parte {{part}} ha {{length}} caratteri; il limite su {{channel}} è {{limit}}",
    },
    "no-blame": { phrase: "\"{{phrase}}\" dà la colpa al cliente o a qualcun altro" },
    "no-canned-phrase": { phrase: "\"{{phrase}}\" è una frase fatta" },
    "no-over-promise": {
      tooSoon: "\"{{promised}}\" è prima di quanto il playbook consente per \"{{commitment}}\" (non prima di {{earliest}})",
      remedy: "Offre \"{{text}}\" ({{remedy}}) senza riserve; questo playbook richiede prima un'approvazione",
      phrase: "\"{{phrase}}\" è una promessa assoluta",
    },
    "no-placeholder": { placeholder: "Segnaposto rimasto \"{{text}}\": va completato prima di pubblicare" },
    "offer-private-channel": { missing: "Non invita il cliente a continuare in privato ({{via}})" },
    "show-empathy": { missing: "Nessuna scusa né parola di comprensione", onlyFormula: "L'unica scusa è di circostanza, per nulla in particolare: dica di che cosa si scusa, in prima persona" },
    "signed-by-person": {
      missing: "Non è firmata da una persona: chiuda con il suo nome o le sue iniziali",
      team: "Firmata da un team (\"{{text}}\"), non da una persona",
      wrongAgent: "Firmata da {{name}}, ma l'agente è {{agent}}",
    },
  },
  el: {
    "address-customer": {
      missing: "Δεν προσφωνεί τον πελάτη ({{name}}) με το όνομά του",
      generic: "Γενική προσφώνηση \"{{text}}\": απευθυνθείτε στον πελάτη με το όνομά του ή το @όνομά του",
    },
    "calm-tone": {
      shouting: "Το \"{{text}}\" είναι γραμμένο με κεφαλαία: διαβάζεται σαν φωνή",
      calmDown: "Το \"{{text}}\" λέει στον πελάτη πώς να νιώσει",
      exclamations: "\"{{text}}\": ένα θαυμαστικό αρκεί",
      phrase: "Το \"{{phrase}}\" ακούγεται ειρωνικό ή απότομο",
    },
    "concrete-next-step": {
      missing: "Δεν λέει τι θα γίνει στη συνέχεια ούτε μέχρι πότε",
      noDeadline: "Λέει τι θα γίνει στη συνέχεια, αλλά όχι μέχρι πότε",
    },
    "max-length": {
      tooLong: "{{length}} χαρακτήρες· το όριο στο {{channel}} είναι {{limit}}",
      partTooLong: "Το μέρος {{part}} έχει {{length}} χαρακτήρες· το όριο στο {{channel}} είναι {{limit}}",
    },
    "no-blame": { phrase: "Το \"{{phrase}}\" ρίχνει την ευθύνη στον πελάτη ή σε κάποιον άλλον" },
    "no-canned-phrase": { phrase: "Το \"{{phrase}}\" είναι στερεότυπη φράση" },
    "no-over-promise": {
      tooSoon: "Το \"{{promised}}\" είναι νωρίτερα απ' όσο επιτρέπει το playbook για \"{{commitment}}\" (όχι νωρίτερα από {{earliest}})",
      remedy: "Προσφέρει \"{{text}}\" ({{remedy}}) χωρίς επιφύλαξη· αυτό το playbook θέλει πρώτα έγκριση",
      phrase: "Το \"{{phrase}}\" είναι απόλυτη υπόσχεση",
    },
    "no-placeholder": { placeholder: "Έμεινε κενό πεδίο \"{{text}}\": συμπληρώστε το πριν δημοσιεύσετε" },
    "offer-private-channel": { missing: "Δεν καλεί τον πελάτη να συνεχίσετε ιδιωτικά ({{via}})" },
    "show-empathy": { missing: "Καμία συγγνώμη ούτε λέξη κατανόησης", onlyFormula: "Η μόνη συγγνώμη είναι τυπική, για τίποτα συγκεκριμένο: πείτε για τι ζητάτε συγγνώμη, σε πρώτο πρόσωπο" },
    "signed-by-person": {
      missing: "Δεν υπογράφεται από πρόσωπο: κλείστε με το όνομα ή τα αρχικά σας",
      team: "Υπογράφεται από ομάδα (\"{{text}}\"), όχι από πρόσωπο",
      wrongAgent: "Υπογράφεται από {{name}}, αλλά ο εκπρόσωπος είναι {{agent}}",
    },
  },
};

/** A rule's message template in a locale, or undefined where there is no translation (English applies). */
export function localizedTemplate(ruleId: string, messageId: string, locale: string): string | undefined {
  const byRule = LOCALIZED_MESSAGES[locale];
  if (!byRule || !Object.hasOwn(byRule, ruleId)) return undefined;
  const byMessage = byRule[ruleId]!;
  return Object.hasOwn(byMessage, messageId) ? byMessage[messageId] : undefined;
}
