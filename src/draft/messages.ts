/**
 * What `draft` says to the person, in English, Italian and Greek. Prompts follow the chosen
 * playbook's locale; before a playbook is chosen, --locale or the configured locale.
 */
export interface DraftMessages {
  complaint: string;
  complaintHint: string;
  platform: string;
  platformNames: Record<string, string>;
  posted: string;
  postedHelp: string;
  postedInvalid: string;
  waited: (waited: string, limit: string) => string;
  late: (waited: string, limit: string) => string;
  veryLate: string;
  routeConfirm: (title: string, matched: string) => string;
  routeOthers: (ids: string[]) => string;
  pickPlaybook: string;
  noRoute: string;
  /** The pasted text reads as praise: no complaint playbook applies. */
  routePraise: string;
  /** Only the general playbook fits. */
  routeGeneral: (title: string) => string;
  playbookChosen: (title: string, id: string, locale: string) => string;
  checklistIntro: (n: number) => string;
  checklistItem: (text: string) => string;
  customer: string;
  customerGuessed: (from: string) => string;
  customerNeeded: string;
  agent: string;
  agentNeeded: string;
  agentHelp: string;
  optional: string;
  required: string;
  dateHelp: string;
  commitment: (label: string) => string;
  commitmentHelp: (earliest: string) => string;
  within: (d: string) => string;
  earliestMark: string;
  noPromise: string;
  remedies: string;
  remediesNone: string;
  remediesNotAllowed: (labels: string) => string;
  replyHeading: (variant: string) => string;
  followUpHeading: string;
  findingsNone: string;
  findingsHeading: (errors: number, warnings: number) => string;
  suggestion: string;
  severity: { error: string; warn: string };
  review: string;
  accept: string;
  acceptWithErrors: (n: number) => string;
  editEditor: (editor: string) => string;
  editReplace: string;
  editRewrite: string;
  variant: (name: string) => string;
  pickVariant: string;
  regenerate: string;
  discardEdits: string;
  replaceWhat: string;
  replaceWith: string;
  replaceNotFound: string;
  rewrite: string;
  rewriteHint: string;
  overrideConfirm: (n: number) => string;
  overrideReason: string;
  relinted: (errors: number, warnings: number) => string;
  summaryHeading: string;
  summaryPlaybook: string;
  summaryCustomer: string;
  summaryCommitments: string;
  summaryChecklistSkipped: string;
  summaryOverride: string;
  none: string;
  due: (within: string, due: string) => string;
  saved: (command: string) => string;
  resumed: (when: string) => string;
  unfinished: (when: string, what: string) => string;
  nothingToResume: string;
  nothingSaved: string;
  nothingToRetry: string;
  copied: (tool: string) => string;
  noClipboard: (tried: string) => string;
  copyFailed: (tool: string, why: string) => string;
  wroteFile: (file: string) => string;
  recorded: (id: string) => string;
  /** The reply was printed but the case log refused it. */
  notRecorded: string;
  variantPicked: (picked: string, first: string) => string;
}

const en: DraftMessages = {
  complaint: "Paste the complaint, as the customer wrote it.",
  complaintHint: "end with an empty line, or Ctrl-D; an empty line alone skips it",
  platform: "Where was it posted?",
  platformNames: { x: "X (Twitter)", facebook: "Facebook", instagram: "Instagram", tiktok: "TikTok", linkedin: "LinkedIn", email: "E-mail", "review-site": "A review site", blog: "A blog or forum", shop: "The shop's own page", other: "Somewhere else" },
  posted: "When was it posted?",
  postedHelp: 'e.g. "3h ago", "2 days ago" or 2025-05-02 14:30; Enter alone if you don\'t know',
  postedInvalid: 'write it like "3h ago", "45m ago" or 2025-05-02 14:30',
  waited: (waited, limit) => `The customer has waited ${waited} so far; this playbook asks for a reply within ${limit} (P1).`,
  late: (waited, limit) => `LATE: the customer has waited ${waited}; this playbook asks for a reply within ${limit} (P1). Answer now, and do not make them wait again.`,
  veryLate: "After about 18 hours a post has spread and is indexed by search engines: acknowledge the wait in the reply.",
  routeConfirm: (title, matched) => `This looks like "${title}" (matched: ${matched}). Use this playbook?`,
  routeOthers: (ids) => `Also matched, less closely: ${ids.join(", ")}.`,
  pickPlaybook: "Which playbook? (type to search)",
  noRoute: "No playbook's trigger words matched the complaint.",
  routePraise: "This reads as praise, not a complaint: no complaint playbook applies. Thank them in your own words, or pick a playbook below if it is a complaint after all.",
  routeGeneral: (title) => `No specific playbook fits this complaint; the universal procedure does: "${title}". Use it?`,
  playbookChosen: (title, id, locale) => `Playbook: ${title} (${id}, ${locale})`,
  checklistIntro: (n) => `Before you answer: ${n} check${n === 1 ? "" : "s"} from the playbook.`,
  checklistItem: (text) => `${text} Done?`,
  customer: "The customer's name (or their @handle)?",
  customerGuessed: (from) => `Guessed from the complaint: "${from}".`,
  customerNeeded: "Address the customer by name (P3): type a name or an @handle.",
  agent: "Your name, as you sign the reply?",
  agentNeeded: "A reply is signed by a named person (P3).",
  agentHelp: "Put agent.name in your .replybookrc and this is not asked again.",
  optional: "optional; Enter alone to skip",
  required: "An answer is needed here.",
  dateHelp: "a date such as 2025-05-02",
  commitment: (label) => `${label}: promise it?`,
  commitmentHelp: (earliest) => `Never sooner than ${earliest} (P4): only the time frames the playbook allows are offered.`,
  within: (d) => `Yes, within ${d}`,
  earliestMark: "(the earliest allowed)",
  noPromise: "No, don't promise this",
  remedies: "Offer any of these?",
  remediesNone: "none",
  remediesNotAllowed: (labels) => `Not offered, they need a manager's approval (P4): ${labels}.`,
  replyHeading: (variant) => `Reply (${variant})`,
  followUpHeading: "Private follow-up, once they write to you (P7)",
  findingsNone: "No findings: the reply follows the rules.",
  findingsHeading: (e, w) => `Findings: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}`,
  suggestion: "try",
  severity: { error: "error", warn: "warn" },
  review: "What now?",
  accept: "Accept this reply",
  acceptWithErrors: (n) => `Accept anyway (${n} error${n === 1 ? "" : "s"}: needs an override, which is recorded)`,
  editEditor: (editor) => `Edit it in your editor (${editor})`,
  editReplace: "Edit it here: replace some words",
  editRewrite: "Edit it here: type or paste the whole reply",
  variant: (name) => `Use another template (${name})`,
  pickVariant: "Which template?",
  regenerate: "Change the answers and write it again",
  discardEdits: "Undo my edits (back to the template's text)",
  replaceWhat: "Replace which words? (exactly as they are in the reply)",
  replaceWith: "With what? (Enter alone deletes them)",
  replaceNotFound: "Those words are not in the reply; nothing changed.",
  rewrite: "Type or paste the whole reply.",
  rewriteHint: "end with a line holding only a dot (.)",
  overrideConfirm: (n) => `The reply has ${n} error-level finding${n === 1 ? "" : "s"}. Accept it anyway? The override is recorded.`,
  overrideReason: "Why? (recorded with the draft; Enter alone to skip)",
  relinted: (e, w) => `Checked again: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}.`,
  summaryHeading: "Summary",
  summaryPlaybook: "Playbook",
  summaryCustomer: "Customer",
  summaryCommitments: "Promised",
  summaryChecklistSkipped: "Checklist items skipped",
  summaryOverride: "Accepted despite errors",
  none: "none",
  due: (within, due) => `within ${within} (due ${due})`,
  saved: (command) => `Draft saved. Resume it with: ${command}`,
  resumed: (when) => `Resuming the draft saved ${when}.`,
  unfinished: (when, what) => `There is an unfinished draft, saved ${when}${what ? ` (${what})` : ""}. Resume it? (No starts a new one and discards it.)`,
  nothingToResume: "there is no unfinished draft to resume; start one with: replybook draft",
  nothingSaved: "Stopped before the first answer: there is nothing to resume.",
  nothingToRetry: "there is no finished draft to retry yet; start one with: replybook draft",
  copied: (tool) => `The reply is on the clipboard (${tool}).`,
  noClipboard: (tried) => `No clipboard here (looked for ${tried}); copy the reply printed above instead.`,
  copyFailed: (tool, why) => `Could not copy to the clipboard with ${tool}: ${why}. Copy the reply printed above instead.`,
  wroteFile: (file) => `Written to ${file}.`,
  recorded: (id) => `Recorded as case ${id}. Promises due: replybook followups`,
  notRecorded: "The reply above is ready but not recorded in the case log. Once the log is fixed, 'replybook draft --retry' brings back its answers to record it.",
  variantPicked: (picked, first) => `Using the template ${picked}: ${first} has error-level findings here (on X, usually its length).`,
};

const it: DraftMessages = {
  complaint: "Incolla il reclamo, come l'ha scritto il cliente.",
  complaintHint: "termina con una riga vuota, o Ctrl-D; una riga vuota e basta lo salta",
  platform: "Dove è stato pubblicato?",
  platformNames: { x: "X (Twitter)", facebook: "Facebook", instagram: "Instagram", tiktok: "TikTok", linkedin: "LinkedIn", email: "E-mail", "review-site": "Un sito di recensioni", blog: "Un blog o un forum", shop: "La pagina del negozio", other: "Altrove" },
  posted: "Quando è stato pubblicato?",
  postedHelp: 'es. "3h fa", "2 giorni fa" o 2025-05-02 14:30; solo Invio se non lo sai',
  postedInvalid: 'scrivilo come "3h fa", "45m fa" o 2025-05-02 14:30',
  waited: (waited, limit) => `Il cliente aspetta da ${waited}; questo playbook chiede di rispondere entro ${limit} (P1).`,
  late: (waited, limit) => `IN RITARDO: il cliente aspetta da ${waited}; questo playbook chiede di rispondere entro ${limit} (P1). Rispondi ora e non farlo aspettare di nuovo.`,
  veryLate: "Dopo circa 18 ore un post si è già diffuso ed è indicizzato dai motori di ricerca: riconosci l'attesa nella risposta.",
  routeConfirm: (title, matched) => `Sembra "${title}" (parole trovate: ${matched}). Uso questo playbook?`,
  routeOthers: (ids) => `Corrispondono anche, meno da vicino: ${ids.join(", ")}.`,
  pickPlaybook: "Quale playbook? (scrivi per cercare)",
  noRoute: "Nessuna parola chiave dei playbook corrisponde al reclamo.",
  routePraise: "Sembra un complimento, non un reclamo: nessun playbook per i reclami si applica. Ringrazia con parole tue, oppure scegli un playbook qui sotto se è davvero un reclamo.",
  routeGeneral: (title) => `Nessun playbook specifico si adatta a questo reclamo; vale la procedura universale: "${title}". La uso?`,
  playbookChosen: (title, id, locale) => `Playbook: ${title} (${id}, ${locale})`,
  checklistIntro: (n) => `Prima di rispondere: ${n} ${n === 1 ? "controllo" : "controlli"} dal playbook.`,
  checklistItem: (text) => `${text} Fatto?`,
  customer: "Il nome del cliente (o il suo @nome)?",
  customerGuessed: (from) => `Ricavato dal reclamo: "${from}".`,
  customerNeeded: "Rivolgiti al cliente per nome (P3): scrivi un nome o un @nome.",
  agent: "Il tuo nome, come firmi la risposta?",
  agentNeeded: "Una risposta è firmata da una persona con un nome (P3).",
  agentHelp: "Metti agent.name nel tuo .replybookrc e non te lo chiederò più.",
  optional: "facoltativo; solo Invio per saltarlo",
  required: "Qui serve una risposta.",
  dateHelp: "una data come 2025-05-02",
  commitment: (label) => `${label}: lo prometti?`,
  commitmentHelp: (earliest) => `Mai prima di ${earliest} (P4): sono proposti solo i tempi che il playbook consente.`,
  within: (d) => `Sì, entro ${d}`,
  earliestMark: "(il minimo consentito)",
  noPromise: "No, non prometterlo",
  remedies: "Offri qualcuno di questi?",
  remediesNone: "nessuno",
  remediesNotAllowed: (labels) => `Non proposti, serve l'approvazione di un responsabile (P4): ${labels}.`,
  replyHeading: (variant) => `Risposta (${variant})`,
  followUpHeading: "Messaggio privato, quando ti scrive (P7)",
  findingsNone: "Nessuna segnalazione: la risposta rispetta le regole.",
  findingsHeading: (e, w) => `Segnalazioni: ${e} ${e === 1 ? "errore" : "errori"}, ${w} ${w === 1 ? "avviso" : "avvisi"}`,
  suggestion: "prova",
  severity: { error: "errore", warn: "avviso" },
  review: "E ora?",
  accept: "Accetta questa risposta",
  acceptWithErrors: (n) => `Accetta comunque (${n} ${n === 1 ? "errore" : "errori"}: serve una deroga, che viene registrata)`,
  editEditor: (editor) => `Modificala nel tuo editor (${editor})`,
  editReplace: "Modificala qui: sostituisci alcune parole",
  editRewrite: "Modificala qui: scrivi o incolla tutta la risposta",
  variant: (name) => `Usa un altro modello (${name})`,
  pickVariant: "Quale modello?",
  regenerate: "Cambia le risposte e riscrivila",
  discardEdits: "Annulla le mie modifiche (torna al testo del modello)",
  replaceWhat: "Quali parole sostituire? (esattamente come sono nella risposta)",
  replaceWith: "Con cosa? (solo Invio le cancella)",
  replaceNotFound: "Queste parole non sono nella risposta; nulla è cambiato.",
  rewrite: "Scrivi o incolla tutta la risposta.",
  rewriteHint: "termina con una riga con solo un punto (.)",
  overrideConfirm: (n) => `La risposta ha ${n} ${n === 1 ? "errore" : "errori"}. Accettarla comunque? La deroga viene registrata.`,
  overrideReason: "Perché? (registrato con la bozza; solo Invio per saltare)",
  relinted: (e, w) => `Ricontrollata: ${e} ${e === 1 ? "errore" : "errori"}, ${w} ${w === 1 ? "avviso" : "avvisi"}.`,
  summaryHeading: "Riepilogo",
  summaryPlaybook: "Playbook",
  summaryCustomer: "Cliente",
  summaryCommitments: "Promesso",
  summaryChecklistSkipped: "Controlli saltati",
  summaryOverride: "Accettata nonostante gli errori",
  none: "nessuno",
  due: (within, due) => `entro ${within} (scadenza ${due})`,
  saved: (command) => `Bozza salvata. Per riprenderla: ${command}`,
  resumed: (when) => `Riprendo la bozza salvata ${when}.`,
  unfinished: (when, what) => `C'è una bozza non finita, salvata ${when}${what ? ` (${what})` : ""}. La riprendo? (No ne inizia una nuova e la scarta.)`,
  nothingToResume: "non c'è una bozza non finita da riprendere; iniziane una con: replybook draft",
  nothingSaved: "Interrotta prima della prima risposta: non c'è nulla da riprendere.",
  nothingToRetry: "non c'è ancora una bozza finita da riprendere; iniziane una con: replybook draft",
  copied: (tool) => `La risposta è negli appunti (${tool}).`,
  noClipboard: (tried) => `Qui non ci sono appunti di sistema (cercati: ${tried}); copia la risposta stampata sopra.`,
  copyFailed: (tool, why) => `Impossibile copiare negli appunti con ${tool}: ${why}. Copia la risposta stampata sopra.`,
  wroteFile: (file) => `Scritto in ${file}.`,
  recorded: (id) => `Registrato come caso ${id}. Impegni in scadenza: replybook followups`,
  notRecorded: "La risposta qui sopra è pronta ma non è registrata nel registro dei casi. Sistemato il registro, 'replybook draft --retry' riprende le risposte per registrarla.",
  variantPicked: (picked, first) => `Uso il modello ${picked}: ${first} qui ha degli errori (su X, di solito la lunghezza).`,
};

const el: DraftMessages = {
  complaint: "Επικολλήστε το παράπονο, όπως το έγραψε ο πελάτης.",
  complaintHint: "τελειώστε με μια κενή γραμμή ή Ctrl-D· μόνο μια κενή γραμμή το παραλείπει",
  platform: "Πού δημοσιεύτηκε;",
  platformNames: { x: "X (Twitter)", facebook: "Facebook", instagram: "Instagram", tiktok: "TikTok", linkedin: "LinkedIn", email: "E-mail", "review-site": "Ιστότοπος κριτικών", blog: "Ιστολόγιο ή φόρουμ", shop: "Η σελίδα του καταστήματος", other: "Κάπου αλλού" },
  posted: "Πότε δημοσιεύτηκε;",
  postedHelp: 'π.χ. "3h ago", "2 days ago" ή 2025-05-02 14:30· σκέτο Enter αν δεν το ξέρετε',
  postedInvalid: 'γράψτε το όπως "3h ago", "45m ago" ή 2025-05-02 14:30',
  waited: (waited, limit) => `Ο πελάτης περιμένει ήδη ${waited}· αυτό το playbook ζητά απάντηση μέσα σε ${limit} (P1).`,
  late: (waited, limit) => `ΚΑΘΥΣΤΕΡΗΣΗ: ο πελάτης περιμένει ${waited}· αυτό το playbook ζητά απάντηση μέσα σε ${limit} (P1). Απαντήστε τώρα και μην τον αφήσετε να περιμένει ξανά.`,
  veryLate: "Μετά από περίπου 18 ώρες μια ανάρτηση έχει διαδοθεί και έχει ευρετηριαστεί από τις μηχανές αναζήτησης: αναγνωρίστε την αναμονή στην απάντηση.",
  routeConfirm: (title, matched) => `Μοιάζει με «${title}» (ταίριαξαν: ${matched}). Χρήση αυτού του playbook;`,
  routeOthers: (ids) => `Ταίριαξαν επίσης, λιγότερο: ${ids.join(", ")}.`,
  pickPlaybook: "Ποιο playbook; (πληκτρολογήστε για αναζήτηση)",
  noRoute: "Καμία λέξη-κλειδί playbook δεν ταίριαξε με το παράπονο.",
  routePraise: "Αυτό διαβάζεται ως έπαινος, όχι ως παράπονο: δεν ισχύει κανένα playbook παραπόνων. Ευχαριστήστε τον πελάτη με δικά σας λόγια ή επιλέξτε ένα playbook παρακάτω, αν τελικά πρόκειται για παράπονο.",
  routeGeneral: (title) => `Κανένα ειδικό playbook δεν ταιριάζει σε αυτό το παράπονο· ισχύει η γενική διαδικασία: «${title}». Να χρησιμοποιηθεί;`,
  playbookChosen: (title, id, locale) => `Playbook: ${title} (${id}, ${locale})`,
  checklistIntro: (n) => `Πριν απαντήσετε: ${n} ${n === 1 ? "έλεγχος" : "έλεγχοι"} από το playbook.`,
  checklistItem: (text) => `${text} Έγινε;`,
  customer: "Το όνομα του πελάτη (ή το @όνομά του);",
  customerGuessed: (from) => `Μάντεψα από το παράπονο: «${from}».`,
  customerNeeded: "Προσφωνήστε τον πελάτη με το όνομά του (P3): γράψτε ένα όνομα ή ένα @όνομα.",
  agent: "Το όνομά σας, όπως υπογράφετε την απάντηση;",
  agentNeeded: "Μια απάντηση υπογράφεται από πρόσωπο με όνομα (P3).",
  agentHelp: "Βάλτε το agent.name στο .replybookrc σας και δεν θα ερωτηθείτε ξανά.",
  optional: "προαιρετικό· σκέτο Enter για παράλειψη",
  required: "Εδώ χρειάζεται απάντηση.",
  dateHelp: "μια ημερομηνία όπως 2025-05-02",
  commitment: (label) => `${label}: να το υποσχεθείτε;`,
  commitmentHelp: (earliest) => `Ποτέ νωρίτερα από ${earliest} (P4): προτείνονται μόνο οι χρόνοι που επιτρέπει το playbook.`,
  within: (d) => `Ναι, μέσα σε ${d}`,
  earliestMark: "(ο νωρίτερος που επιτρέπεται)",
  noPromise: "Όχι, να μην υποσχεθώ αυτό",
  remedies: "Να προσφέρετε κάτι από αυτά;",
  remediesNone: "τίποτα",
  remediesNotAllowed: (labels) => `Δεν προσφέρονται, χρειάζονται έγκριση υπευθύνου (P4): ${labels}.`,
  replyHeading: (variant) => `Απάντηση (${variant})`,
  followUpHeading: "Ιδιωτική συνέχεια, μόλις σας γράψει (P7)",
  findingsNone: "Κανένα εύρημα: η απάντηση τηρεί τους κανόνες.",
  findingsHeading: (e, w) => `Ευρήματα: ${e} ${e === 1 ? "σφάλμα" : "σφάλματα"}, ${w} ${w === 1 ? "προειδοποίηση" : "προειδοποιήσεις"}`,
  suggestion: "δοκιμάστε",
  severity: { error: "σφάλμα", warn: "προειδοπ." },
  review: "Και τώρα;",
  accept: "Αποδοχή της απάντησης",
  acceptWithErrors: (n) => `Αποδοχή παρ' όλα αυτά (${n} ${n === 1 ? "σφάλμα" : "σφάλματα"}: χρειάζεται παράκαμψη, που καταγράφεται)`,
  editEditor: (editor) => `Επεξεργασία στον επεξεργαστή σας (${editor})`,
  editReplace: "Επεξεργασία εδώ: αντικατάσταση κάποιων λέξεων",
  editRewrite: "Επεξεργασία εδώ: πληκτρολογήστε ή επικολλήστε όλη την απάντηση",
  variant: (name) => `Άλλο πρότυπο (${name})`,
  pickVariant: "Ποιο πρότυπο;",
  regenerate: "Αλλαγή των απαντήσεων και νέα σύνταξη",
  discardEdits: "Αναίρεση των αλλαγών μου (πίσω στο κείμενο του προτύπου)",
  replaceWhat: "Ποιες λέξεις να αντικατασταθούν; (ακριβώς όπως είναι στην απάντηση)",
  replaceWith: "Με τι; (σκέτο Enter τις διαγράφει)",
  replaceNotFound: "Αυτές οι λέξεις δεν υπάρχουν στην απάντηση· δεν άλλαξε τίποτα.",
  rewrite: "Πληκτρολογήστε ή επικολλήστε όλη την απάντηση.",
  rewriteHint: "τελειώστε με μια γραμμή που έχει μόνο μια τελεία (.)",
  overrideConfirm: (n) => `Η απάντηση έχει ${n} ${n === 1 ? "εύρημα" : "ευρήματα"} επιπέδου σφάλματος. Να γίνει δεκτή παρ' όλα αυτά; Η παράκαμψη καταγράφεται.`,
  overrideReason: "Γιατί; (καταγράφεται με το προσχέδιο· σκέτο Enter για παράλειψη)",
  relinted: (e, w) => `Νέος έλεγχος: ${e} ${e === 1 ? "σφάλμα" : "σφάλματα"}, ${w} ${w === 1 ? "προειδοποίηση" : "προειδοποιήσεις"}.`,
  summaryHeading: "Σύνοψη",
  summaryPlaybook: "Playbook",
  summaryCustomer: "Πελάτης",
  summaryCommitments: "Υποσχέσεις",
  summaryChecklistSkipped: "Έλεγχοι που παραλείφθηκαν",
  summaryOverride: "Έγινε δεκτή παρά τα σφάλματα",
  none: "κανένα",
  due: (within, due) => `μέσα σε ${within} (λήξη ${due})`,
  saved: (command) => `Το προσχέδιο αποθηκεύτηκε. Συνέχεια με: ${command}`,
  resumed: (when) => `Συνεχίζω το προσχέδιο που αποθηκεύτηκε ${when}.`,
  unfinished: (when, what) => `Υπάρχει ημιτελές προσχέδιο, αποθηκευμένο ${when}${what ? ` (${what})` : ""}. Να συνεχίσω; (Το Όχι ξεκινά νέο και το απορρίπτει.)`,
  nothingToResume: "δεν υπάρχει ημιτελές προσχέδιο για συνέχεια· ξεκινήστε ένα με: replybook draft",
  nothingSaved: "Διακόπηκε πριν από την πρώτη απάντηση: δεν υπάρχει κάτι για συνέχεια.",
  nothingToRetry: "δεν υπάρχει ακόμη ολοκληρωμένο προσχέδιο για επανάληψη· ξεκινήστε ένα με: replybook draft",
  copied: (tool) => `Η απάντηση είναι στο πρόχειρο (${tool}).`,
  noClipboard: (tried) => `Δεν υπάρχει πρόχειρο εδώ (αναζητήθηκαν: ${tried})· αντιγράψτε την απάντηση που τυπώθηκε παραπάνω.`,
  copyFailed: (tool, why) => `Η αντιγραφή στο πρόχειρο με ${tool} απέτυχε: ${why}. Αντιγράψτε την απάντηση που τυπώθηκε παραπάνω.`,
  wroteFile: (file) => `Γράφτηκε στο ${file}.`,
  recorded: (id) => `Καταγράφηκε ως υπόθεση ${id}. Υποσχέσεις που λήγουν: replybook followups`,
  notRecorded: "Η παραπάνω απάντηση είναι έτοιμη αλλά δεν καταγράφηκε στο αρχείο υποθέσεων. Όταν διορθωθεί το αρχείο, το 'replybook draft --retry' επαναφέρει τις απαντήσεις για να καταγραφεί.",
  variantPicked: (picked, first) => `Χρησιμοποιώ το πρότυπο ${picked}: το ${first} έχει εδώ ευρήματα επιπέδου σφάλματος (στο X, συνήθως το μήκος).`,
};

export const PLATFORMS = ["x", "facebook", "instagram", "tiktok", "linkedin", "email", "review-site", "blog", "shop", "other"] as const;

export function messagesFor(locale: string): DraftMessages {
  return locale === "it" ? it : locale === "el" ? el : en;
}
