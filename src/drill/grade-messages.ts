/**
 * The words of a drill grade, by the scenario's language: each item's explanation, each lost
 * point's reason, the verdict and the report's headings. English is the default; a language
 * adds its own table (Italian and Greek here). The keys and points stay the same in every language, so a
 * report over results in several languages counts the same mistakes together.
 *
 *   gradeMessages("el").noIntroduction // "δεν λέει ποιος γράφει ..."
 */
export interface GradeMessages {
  /** Between the reasons of one item ("; " in English; in Greek ";" is the question mark, so " · "). */
  separator: string;
  /** Item names as shown beside their points. */
  items: Record<string, string>;
  capped: string;
  noPointsLeft: string;
  failing: { stockPhrase: string; overPromise: string; blame: string; teamSignature: string };
  playbookNotAssessed: string;
  choseRight: (expected: string) => string;
  choseWrong: (chosen: string, expected: string) => string;
  checklistNotAssessed: string;
  skipped: (id: string, text: string) => string;
  checklistDone: (n: number) => string;
  timeStory: (age: string, taken: string, elapsed: string) => string;
  withinTarget: (bound: string) => string;
  overTarget: (bound: string) => string;
  spread: (zero: string) => string;
  alreadyLate: string;
  noLintFindings: string;
  commitmentsNotAssessed: string;
  promiseWhat: (text: string, label: string) => string;
  soonerThanAllowed: (what: string, earliest: string) => string;
  contradictsFacts: (what: string, fact: string) => string;
  withinBounds: (text: string, id: string) => string;
  alreadyCounted: (what: string, rule: string) => string;
  brokenPromise: (why: string) => string;
  offersRuledOut: (text: string, fact: string) => string;
  noRemedy: (why: string) => string;
  noNextStepCounted: (rule: string) => string;
  noNextStep: (bounds: string) => string;
  /** The reply has time frames, none for a step of the playbook. */
  noPlaybookStep: (times: string[], bounds: string) => string;
  commitmentBound: (label: string, earliest: string) => string;
  commitmentsOk: string;
  noName: (names: string) => string;
  signHint: (first: string, initials: string) => string;
  teamSignature: (team: string, trainee: string | undefined, hint: string) => string;
  signedByOther: (signer: string, trainee: string, hint: string) => string;
  noSignature: (trainee: string | undefined, hint: string) => string;
  noIntroduction: string;
  personalisationOk: string;
  verdictPassed: (mark: number) => string;
  verdictFailedBy: (n: number, mark: number) => string;
  verdictFailed: (mark: number) => string;
  score: string;
  reply: string;
  yourReply: string;
  modelReply: (template: string | undefined) => string;
  noModel: string;
  empty: string;
  answeredIn: (time: string) => string;
  scenario: (id: string, playbook: string, platform: string) => string;
  /** Short durations: "2h05m" in English, "2 ώρ. 05 λεπ." in Greek. */
  minutes: (d: number, h: number, m: number) => string;
  /** The drill report's words. */
  report: ReportMessages;
}

export interface ReportMessages {
  none: string;
  heading: string;
  summary: (attempts: number, trainees: number, from: string, to: string) => string;
  trainees: string;
  traineeHead: [string, string, string, string, string, string, string];
  mistakesBy: string;
  mistakeHead: [string, string, string, string, string];
  example: string;
  noneFound: string;
}

const en: GradeMessages = {
  separator: "; ",
  items: { playbook: "playbook", checklist: "checklist", time: "time", lint: "lint", commitments: "commitments", personalisation: "personalisation", order: "order", replies: "replies", waiting: "waiting", "reply-mistakes": "reply-mistakes" },
  capped: "(capped)",
  noPointsLeft: "(no points left)",
  failing: { stockPhrase: "a stock phrase", overPromise: "an over-promise", blame: "blame", teamSignature: "a team signature" },
  playbookNotAssessed: "not assessed: the playbook the trainee chose was not recorded",
  choseRight: (expected) => `chose "${expected}", the procedure for this complaint`,
  choseWrong: (chosen, expected) => `chose "${chosen}", but this complaint needs "${expected}": the standard procedure is what calms the customer`,
  checklistNotAssessed: "not assessed: the checklist was not recorded",
  skipped: (id, text) => `skipped "${id}": ${text}`,
  checklistDone: (n) => `all ${n} checklist items done`,
  timeStory: (age, taken, elapsed) => `the post was ${age} old and the reply took ${taken}: answered ${elapsed} after posting`,
  withinTarget: (bound) => `, within the ${bound} target`,
  overTarget: (bound) => `, over the ${bound} target`,
  spread: (zero) => `; after ${zero} the post has spread`,
  alreadyLate: " (the post was already late when the drill started: answer it first and fast)",
  noLintFindings: "no lint findings",
  commitmentsNotAssessed: "not assessed: the playbook has no commitments",
  promiseWhat: (text, label) => `"${text}" to ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  soonerThanAllowed: (what, earliest) => `${what} is sooner than the playbook allows (${earliest})`,
  contradictsFacts: (what, fact) => `${what} contradicts the facts ("${fact}")`,
  withinBounds: (text, id) => `"${text}" for ${id} is within bounds`,
  alreadyCounted: (what, rule) => `${what}: already counted under lint (${rule})`,
  brokenPromise: (why) => `promises ${why}; a broken promise turns a complaint into a crisis`,
  offersRuledOut: (text, fact) => `offers "${text}", which the facts rule out ("${fact}")`,
  noRemedy: (why) => `${why}; no remedy the procedure does not allow`,
  noNextStepCounted: (rule) => `no next step with a time frame: already counted under lint (${rule})`,
  noNextStep: (bounds) => `no next step with a time frame (say who does what, and by when: ${bounds})`,
  noPlaybookStep: (times, bounds) => `the times given (${times.map((t) => `"${t}"`).join(", ")}) are for none of the playbook's steps: promise one of them, and by when (${bounds})`,
  commitmentBound: (label, earliest) => `${label.toLowerCase()}, not before ${earliest}`,
  commitmentsOk: "no promise beyond the playbook's bounds or the facts",
  noName: (names) => `does not address the customer by name (${names})`,
  signHint: (first, initials) => `— ${first}, or ^${initials} on X`,
  teamSignature: (team, trainee, hint) => `signed by a team ("${team}"), not ${trainee ? `by ${trainee}` : "by a named person"}${hint ? ` (${hint})` : ""}: a team is not a person`,
  signedByOther: (signer, trainee, hint) => `signed by ${signer}; this scenario's agent is ${trainee} (${hint})`,
  noSignature: (trainee, hint) => `no signature${trainee ? ` by ${trainee} (${hint})` : ""}: sign as a named person`,
  noIntroduction: "does not say who is writing (\"I'm Dario from ...\"): be a named human, not a brand",
  personalisationOk: "addresses the customer by name, says who is writing and signs",
  verdictPassed: (mark) => `passed (pass mark ${mark})`,
  verdictFailedBy: (n, mark) => `not passed: ${n === 1 ? "this mistake fails" : "these mistakes fail"} a reply whatever its other points (pass mark ${mark})`,
  verdictFailed: (mark) => `not passed (pass mark ${mark})`,
  score: "Score",
  reply: "Reply",
  yourReply: "Your reply",
  modelReply: (template) => `Model reply (${template ?? "no template"})`,
  noModel: "(no template for this playbook)",
  empty: "(empty)",
  answeredIn: (time) => `Answered in ${time}.`,
  scenario: (id, playbook, platform) => `Scenario ${id} (${playbook}, ${platform})`,
  minutes: (d, h, m) => (d ? `${d}d${h ? `${h}h` : ""}` : h ? `${h}h${m ? String(m).padStart(2, "0") + "m" : ""}` : `${m}m`),
  report: {
    none: "No drill results yet.",
    heading: "Drill results",
    summary: (attempts, trainees, from, to) => `${attempts} attempt(s) by ${trainees} trainee(s), ${from} to ${to}`,
    trainees: "Trainees",
    traineeHead: ["trainee", "attempts", "average", "best", "last", "avg time", "most frequent mistakes"],
    mistakesBy: "Mistakes by rule",
    mistakeHead: ["rule", "times", "points lost", "trainees", "principle"],
    example: "Example",
    noneFound: "none",
  },
};

const it: GradeMessages = {
  separator: "; ",
  items: { playbook: "playbook", checklist: "checklist", time: "tempo", lint: "lint", commitments: "impegni", personalisation: "personalizzazione", order: "ordine", replies: "risposte", waiting: "attesa", "reply-mistakes": "errori delle risposte" },
  capped: "(fino al massimo della voce)",
  noPointsLeft: "(nessun punto rimasto)",
  failing: { stockPhrase: "una frase fatta", overPromise: "una promessa eccessiva", blame: "la colpa data al cliente", teamSignature: "una firma di squadra" },
  playbookNotAssessed: "non valutato: il playbook scelto non è stato registrato",
  choseRight: (expected) => `ha scelto "${expected}", la procedura per questo reclamo`,
  choseWrong: (chosen, expected) => `ha scelto "${chosen}", ma questo reclamo richiede "${expected}": è la procedura standard che calma il cliente`,
  checklistNotAssessed: "non valutato: la checklist non è stata registrata",
  skipped: (id, text) => `saltato "${id}": ${text}`,
  checklistDone: (n) => (n === 1 ? "il controllo della checklist è fatto" : `tutti i ${n} controlli della checklist fatti`),
  timeStory: (age, taken, elapsed) => `il post aveva ${age} e la risposta ha richiesto ${taken}: risposta ${elapsed} dopo la pubblicazione`,
  withinTarget: (bound) => `, entro l'obiettivo di ${bound}`,
  overTarget: (bound) => `, oltre l'obiettivo di ${bound}`,
  spread: (zero) => `; dopo ${zero} il post si è già diffuso`,
  alreadyLate: " (il post era già in ritardo all'inizio dell'esercitazione: rispondi per primo e in fretta)",
  noLintFindings: "nessun problema segnalato dal lint",
  commitmentsNotAssessed: "non valutato: il playbook non ha impegni",
  promiseWhat: (text, label) => `"${text}" per ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
  soonerThanAllowed: (what, earliest) => `${what} è prima di quanto il playbook consenta (${earliest})`,
  contradictsFacts: (what, fact) => `${what} contraddice i fatti ("${fact}")`,
  withinBounds: (text, id) => `"${text}" per ${id} è nei limiti`,
  alreadyCounted: (what, rule) => `${what}: già contato nel lint (${rule})`,
  brokenPromise: (why) => `promette ${why}; una promessa non mantenuta trasforma un reclamo in una crisi`,
  offersRuledOut: (text, fact) => `offre "${text}", che i fatti escludono ("${fact}")`,
  noRemedy: (why) => `${why}; nessun rimedio che la procedura non consenta`,
  noNextStepCounted: (rule) => `nessun passo successivo con una scadenza: già contato nel lint (${rule})`,
  noNextStep: (bounds) => `nessun passo successivo con una scadenza (di' chi fa cosa, ed entro quando: ${bounds})`,
  noPlaybookStep: (times, bounds) => `i tempi indicati (${times.map((t) => `"${t}"`).join(", ")}) non riguardano nessun passo della procedura: ne prometta uno, con la scadenza (${bounds})`,
  commitmentBound: (label, earliest) => `${label.charAt(0).toLowerCase()}${label.slice(1)}, non prima di ${earliest}`,
  commitmentsOk: "nessuna promessa oltre i limiti del playbook o i fatti",
  noName: (names) => `non si rivolge al cliente per nome (${names})`,
  signHint: (first, initials) => `— ${first}, o ^${initials} su X`,
  teamSignature: (team, trainee, hint) => `firmata da una squadra ("${team}"), non ${trainee ? `da ${trainee}` : "da una persona con un nome"}${hint ? ` (${hint})` : ""}: una squadra non è una persona`,
  signedByOther: (signer, trainee, hint) => `firmata da ${signer}; in questo scenario scrivi come ${trainee} (${hint})`,
  noSignature: (trainee, hint) => `nessuna firma${trainee ? ` di ${trainee} (${hint})` : ""}: firma come una persona con un nome`,
  noIntroduction: "non dice chi scrive (\"Sono Dario di ...\"): sii una persona con un nome, non un marchio",
  personalisationOk: "si rivolge al cliente per nome, dice chi scrive e firma",
  verdictPassed: (mark) => `superata (soglia ${mark})`,
  verdictFailedBy: (n, mark) => `non superata: ${n === 1 ? "questo errore boccia" : "questi errori bocciano"} una risposta qualunque siano gli altri punti (soglia ${mark})`,
  verdictFailed: (mark) => `non superata (soglia ${mark})`,
  score: "Punteggio",
  reply: "Risposta",
  yourReply: "La tua risposta",
  modelReply: (template) => `Risposta modello (${template ?? "nessun modello"})`,
  noModel: "(nessun modello per questo playbook)",
  empty: "(vuota)",
  answeredIn: (time) => `Risposto in ${time}.`,
  scenario: (id, playbook, platform) => `Scenario ${id} (${playbook}, ${platform})`,
  minutes: (d, h, m) => (d ? `${d} g${h ? ` ${h} h` : ""}` : h ? `${h} h${m ? ` ${String(m).padStart(2, "0")} min` : ""}` : `${m} min`),
  report: {
    none: "Ancora nessun risultato delle esercitazioni.",
    heading: "Risultati delle esercitazioni",
    summary: (attempts, trainees, from, to) => `${attempts} ${attempts === 1 ? "tentativo" : "tentativi"} di ${trainees} ${trainees === 1 ? "partecipante" : "partecipanti"}, dal ${from} al ${to}`,
    trainees: "Partecipanti",
    traineeHead: ["partecipante", "tentativi", "media", "migliore", "ultimo", "tempo medio", "errori più frequenti"],
    mistakesBy: "Errori per regola",
    mistakeHead: ["regola", "volte", "punti persi", "partecipanti", "principio"],
    example: "Esempio",
    noneFound: "nessuno",
  },
};

const el: GradeMessages = {
  separator: " · ",
  items: { playbook: "playbook", checklist: "λίστα ελέγχου", time: "χρόνος", lint: "lint", commitments: "δεσμεύσεις", personalisation: "προσωπική απάντηση", order: "σειρά", replies: "απαντήσεις", waiting: "αναμονή", "reply-mistakes": "λάθη απαντήσεων" },
  capped: "(ως το όριο του στοιχείου)",
  noPointsLeft: "(δεν έμειναν βαθμοί)",
  failing: { stockPhrase: "στερεότυπη φράση", overPromise: "υπερβολική υπόσχεση", blame: "επίρριψη ευθύνης", teamSignature: "υπογραφή ομάδας" },
  playbookNotAssessed: "δεν αξιολογήθηκε: δεν καταγράφηκε ποιο playbook επέλεξε ο εκπαιδευόμενος",
  choseRight: (expected) => `επέλεξε το «${expected}», τη διαδικασία για αυτό το παράπονο`,
  choseWrong: (chosen, expected) => `επέλεξε το «${chosen}», ενώ αυτό το παράπονο χρειάζεται το «${expected}»: η τυπική διαδικασία είναι αυτή που καθησυχάζει τον πελάτη`,
  checklistNotAssessed: "δεν αξιολογήθηκε: δεν καταγράφηκε η λίστα ελέγχου",
  skipped: (id, text) => `παραλείφθηκε το «${id}»: ${text}`,
  checklistDone: (n) => (n === 1 ? "ο έλεγχος της λίστας έγινε" : `έγιναν και οι ${n} έλεγχοι της λίστας`),
  timeStory: (age, taken, elapsed) => `η ανάρτηση είχε ηλικία ${age} και η απάντηση χρειάστηκε ${taken}: απαντήθηκε ${elapsed} μετά τη δημοσίευση`,
  withinTarget: (bound) => `, εντός του στόχου των ${bound}`,
  overTarget: (bound) => `, πέρα από τον στόχο των ${bound}`,
  spread: (zero) => `· μετά από ${zero} η ανάρτηση έχει ήδη διαδοθεί`,
  alreadyLate: " (η ανάρτηση είχε ήδη καθυστερήσει όταν άρχισε η άσκηση: απαντήστε της πρώτα και γρήγορα)",
  noLintFindings: "κανένα εύρημα του lint",
  commitmentsNotAssessed: "δεν αξιολογήθηκε: το playbook δεν έχει δεσμεύσεις",
  promiseWhat: (text, label) => `«${text}» για «${label}»`,
  soonerThanAllowed: (what, earliest) => `${what} είναι νωρίτερα απ' όσο επιτρέπει το playbook (${earliest})`,
  contradictsFacts: (what, fact) => `${what} έρχεται σε αντίθεση με τα γεγονότα («${fact}»)`,
  withinBounds: (text, id) => `το «${text}» για το ${id} είναι εντός ορίων`,
  alreadyCounted: (what, rule) => `${what}: έχει ήδη μετρηθεί στο lint (${rule})`,
  brokenPromise: (why) => `υπόσχεται ${why}· μια υπόσχεση που δεν τηρείται κάνει το παράπονο κρίση`,
  offersRuledOut: (text, fact) => `προσφέρει «${text}», κάτι που τα γεγονότα αποκλείουν («${fact}»)`,
  noRemedy: (why) => `${why}· καμία αποκατάσταση που δεν επιτρέπει η διαδικασία`,
  noNextStepCounted: (rule) => `κανένα επόμενο βήμα με χρονικό πλαίσιο: έχει ήδη μετρηθεί στο lint (${rule})`,
  noNextStep: (bounds) => `κανένα επόμενο βήμα με χρονικό πλαίσιο (πείτε ποιος κάνει τι και μέχρι πότε: ${bounds})`,
  noPlaybookStep: (times, bounds) => `οι χρόνοι που δίνονται (${times.map((t) => `"${t}"`).join(", ")}) δεν αφορούν κανένα βήμα της διαδικασίας: υποσχεθείτε ένα από αυτά και μέχρι πότε (${bounds})`,
  commitmentBound: (label, earliest) => `${label}, όχι νωρίτερα από ${earliest}`,
  commitmentsOk: "καμία υπόσχεση πέρα από τα όρια του playbook ή τα γεγονότα",
  noName: (names) => `δεν προσφωνεί τον πελάτη με το όνομά του (${names})`,
  signHint: (first, initials) => `— ${first}, ή ^${initials} στο X`,
  teamSignature: (team, trainee, hint) => `υπογραφή ομάδας («${team}») αντί για ${trainee ? `το όνομα ${trainee}` : "ένα πρόσωπο με όνομα"}${hint ? ` (${hint})` : ""}: μια ομάδα δεν είναι πρόσωπο`,
  signedByOther: (signer, trainee, hint) => `υπογραφή «${signer}»· σε αυτό το σενάριο γράφετε ως ${trainee} (${hint})`,
  noSignature: (trainee, hint) => `χωρίς υπογραφή${trainee ? ` με το όνομα ${trainee} (${hint})` : ""}: υπογράψτε ως πρόσωπο με όνομα`,
  noIntroduction: "δεν λέει ποιος γράφει («Ονομάζομαι Νίκος, από την ομάδα εξυπηρέτησης ...»): να είστε άνθρωπος με όνομα, όχι μια επωνυμία",
  personalisationOk: "προσφωνεί τον πελάτη με το όνομά του, λέει ποιος γράφει και υπογράφει",
  verdictPassed: (mark) => `επιτυχία (βάση ${mark})`,
  verdictFailedBy: (n, mark) => `αποτυχία: ${n === 1 ? "αυτό το λάθος απορρίπτει" : "αυτά τα λάθη απορρίπτουν"} μια απάντηση όσους βαθμούς κι αν πάρει αλλού (βάση ${mark})`,
  verdictFailed: (mark) => `αποτυχία (βάση ${mark})`,
  score: "Βαθμολογία",
  reply: "Απάντηση",
  yourReply: "Η απάντησή σας",
  modelReply: (template) => `Υποδειγματική απάντηση (${template ?? "χωρίς πρότυπο"})`,
  noModel: "(κανένα πρότυπο για αυτό το playbook)",
  empty: "(κενή)",
  // No full stop after the time: Greek durations end in an abbreviation ("12 δευτ.").
  answeredIn: (time) => `Χρόνος απάντησης: ${time}`,
  scenario: (id, playbook, platform) => `Σενάριο ${id} (${playbook}, ${platform})`,
  minutes: (d, h, m) => (d ? `${d} ημ.${h ? ` ${h} ώρ.` : ""}` : h ? `${h} ώρ.${m ? ` ${String(m).padStart(2, "0")} λεπ.` : ""}` : `${m} λεπ.`),
  report: {
    none: "Δεν υπάρχουν ακόμη αποτελέσματα ασκήσεων.",
    heading: "Αποτελέσματα ασκήσεων",
    summary: (attempts, trainees, from, to) => `${attempts} ${attempts === 1 ? "προσπάθεια" : "προσπάθειες"} από ${trainees} ${trainees === 1 ? "εκπαιδευόμενο" : "εκπαιδευόμενους"}, από ${from} έως ${to}`,
    trainees: "Εκπαιδευόμενοι",
    traineeHead: ["εκπαιδευόμενος", "προσπάθειες", "μέσος όρος", "καλύτερη", "τελευταία", "μέσος χρόνος", "συχνότερα λάθη"],
    mistakesBy: "Λάθη ανά κανόνα",
    mistakeHead: ["κανόνας", "φορές", "βαθμοί που χάθηκαν", "εκπαιδευόμενοι", "αρχή"],
    example: "Παράδειγμα",
    noneFound: "κανένα",
  },
};

const MESSAGES: Record<string, GradeMessages> = { en, it, el };

/** The grade's words in a language, English when it has none of its own. */
export function gradeMessages(locale: string | undefined): GradeMessages {
  return (locale && MESSAGES[locale]) || en;
}
