/** The prompters' own words (the questions themselves come from the flow, already translated). */
export interface Chrome {
  yes: string;
  no: string;
  yesWords: string[];
  noWords: string[];
  enterFor: (what: string) => string;
  defaultMark: string;
  pickNumber: string;
  pickNumbers: string;
  none: string;
  filterHint: string;
  noMatch: string;
  notANumber: string;
  notInList: (n: number) => string;
  required: string;
  editorHint: string;
  editorFailed: (editor: string, why: string) => string;
  editorWaiting: (editor: string) => string;
}

const en: Chrome = {
  yes: "yes",
  no: "no",
  yesWords: ["y", "yes", "true", "1"],
  noWords: ["n", "no", "false", "0"],
  enterFor: (what) => `Enter alone: ${what}`,
  defaultMark: "(default)",
  pickNumber: "Type a number and press Enter",
  pickNumbers: "Type the numbers separated by commas",
  none: "none",
  filterHint: "Type a number, or a few letters to filter the list",
  noMatch: "Nothing matches; try fewer letters.",
  notANumber: "Please type a number.",
  notInList: (n) => `Please type a number from 1 to ${n}.`,
  required: "An answer is needed.",
  editorHint: "Press Enter to open your editor",
  editorFailed: (editor, why) => `Could not run the editor "${editor}": ${why}. Set $EDITOR, or edit inline instead.`,
  editorWaiting: (editor) => `Opening ${editor}; save and close it to come back here.`,
};

const it: Chrome = {
  yes: "sì",
  no: "no",
  yesWords: ["s", "si", "sì", "y", "yes", "true", "1"],
  noWords: ["n", "no", "false", "0"],
  enterFor: (what) => `Solo Invio: ${what}`,
  defaultMark: "(predefinito)",
  pickNumber: "Scrivi un numero e premi Invio",
  pickNumbers: "Scrivi i numeri separati da virgole",
  none: "nessuno",
  filterHint: "Scrivi un numero, o qualche lettera per filtrare l'elenco",
  noMatch: "Nessuna corrispondenza; prova con meno lettere.",
  notANumber: "Scrivi un numero.",
  notInList: (n) => `Scrivi un numero da 1 a ${n}.`,
  required: "Serve una risposta.",
  editorHint: "Premi Invio per aprire il tuo editor",
  editorFailed: (editor, why) => `Impossibile avviare l'editor "${editor}": ${why}. Imposta $EDITOR, oppure modifica qui.`,
  editorWaiting: (editor) => `Apro ${editor}; salva e chiudi per tornare qui.`,
};

const el: Chrome = {
  yes: "ναι",
  no: "όχι",
  yesWords: ["ν", "ναι", "ναί", "nai", "y", "yes", "true", "1"],
  noWords: ["ο", "όχι", "οχι", "oxi", "n", "no", "false", "0"],
  enterFor: (what) => `Σκέτο Enter: ${what}`,
  defaultMark: "(προεπιλογή)",
  pickNumber: "Γράψτε έναν αριθμό και πατήστε Enter",
  pickNumbers: "Γράψτε τους αριθμούς χωρισμένους με κόμματα",
  none: "κανένα",
  filterHint: "Γράψτε έναν αριθμό ή μερικά γράμματα για να φιλτράρετε τη λίστα",
  noMatch: "Δεν ταιριάζει τίποτα· δοκιμάστε λιγότερα γράμματα.",
  notANumber: "Γράψτε έναν αριθμό.",
  notInList: (n) => `Γράψτε έναν αριθμό από το 1 έως το ${n}.`,
  required: "Χρειάζεται απάντηση.",
  editorHint: "Πατήστε Enter για να ανοίξει ο επεξεργαστής σας",
  editorFailed: (editor, why) => `Δεν ήταν δυνατό να ξεκινήσει ο επεξεργαστής "${editor}": ${why}. Ορίστε το $EDITOR ή επεξεργαστείτε εδώ.`,
  editorWaiting: (editor) => `Ανοίγω το ${editor}· αποθηκεύστε και κλείστε για να επιστρέψετε εδώ.`,
};

export function chromeFor(locale: string): Chrome {
  return locale === "it" ? it : locale === "el" ? el : en;
}
