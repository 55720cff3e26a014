/**
 * What a drill says to the trainee and the trainer, in English, Italian and Greek, by the
 * scenario's language (the report's: --locale or the config's): the prompts of the interactive
 * drill and the crisis drill, the crisis grade's reasons, the notes of `replybook drill`, the
 * platform names on the complaint card and the HTML report's words. The grade's own reasons and
 * the report's tables are in ./grade-messages.ts; like the draft's prompts
 * (src/draft/messages.ts), each language is one table of the same shape, English the default.
 *
 *   drillMessages("el").pickPlaybook // "Ποιο playbook χρειάζεται αυτό το παράπονο;"
 */
export interface DrillMessages {
  /** "Drill 2 of 3", before each of several drills. */
  drillOf: (i: number, n: number) => string;
  pickPlaybook: string;
  suggested: string;
  checklist: (title: string) => string;
  replyMethod: string;
  typeIt: string;
  openEditor: string;
  yourReply: string;
  replyHint: string;
  emptyReply: string;
  /** Platform names on the complaint card. */
  platforms: Record<string, string>;
  crisis: CrisisMessages;
  /** The notes `replybook drill` prints after the drills. */
  recorded: (file: string) => string;
  sameDraw: (seed: string) => string;
  interrupted: (recorded: number, file: string) => string;
  /** Seconds as the report shows them ("4m05s"). */
  seconds: (h: number, m: number, s: number) => string;
  html: HtmlMessages;
}

export interface CrisisMessages {
  start: (n: number, over: string, seed: string) => string;
  quiet: (at: string) => string;
  arrived: (id: string, at: string) => string;
  pickNext: (at: string, waiting: number) => string;
  choice: (id: string, platform: string, who: string, ago: string) => string;
  answered: (id: string, score: number) => string;
  score: string;
  yourOrder: string;
  rightOrder: string;
  closestFirst: string;
  replyMistakes: string;
  /** The crisis grade's reasons (./crisis.ts). */
  notAnswered: (id: string) => string;
  repliesLost: (lost: number, average: number, scores: string) => string;
  allScored100: string;
  lateItem: (id: string, posted: string, target: string) => string;
  cameBefore: (late: string, early: string) => string;
  outOfOrder: (lost: number, inversions: number, pairs: number, examples: string) => string;
  rightOrderWhy: (ideal: string) => string;
  orderLoss: (inversions: number, pairs: number) => string;
  budgetLeft: (target: string, age: string) => string;
  budgetLate: (grace: string, target: string) => string;
  neverAnswered: (id: string) => string;
  waited: (id: string, waited: string, budget: string, target: string) => string;
  allInTime: (total: number) => string;
  /** Between reasons ("; "; in Greek ";" is the question mark). */
  separator: string;
}

export interface HtmlMessages {
  lang: string;
  title: string;
  meta: (attempts: number, trainees: number, from: string | undefined, to: string | undefined) => string;
  empty: string;
  problems: string;
  scoresCaption: string;
  scoreTip: (trainee: string, score: number, scenario: string, at: string) => string;
  mistakesCaption: string;
  mistakeTip: (key: string, count: number, points: number, trainees: number, example: string) => string;
  noMistakes: string;
  footer: (at: string) => string;
}

const en: DrillMessages = {
  drillOf: (i, n) => `Drill ${i} of ${n}`,
  pickPlaybook: "Which playbook does this complaint need?",
  suggested: "  <- suggested by its words",
  checklist: (title) => `Checklist for "${title}": tick what you have done`,
  replyMethod: "Write the public reply",
  typeIt: "Type or paste it here",
  openEditor: "Open my editor ($VISUAL / $EDITOR)",
  yourReply: "Your reply",
  replyHint: 'end with a line holding only "."; Ctrl-D also ends it',
  emptyReply: "The reply is empty: silence in public reads as being ignored (P1). Write something.",
  platforms: { facebook: "Facebook", x: "X (Twitter)", twitter: "X (Twitter)", instagram: "Instagram", "review-site": "Review site", email: "E-mail", blog: "Blog comment", shop: "Shop page", linkedin: "LinkedIn", tiktok: "TikTok" },
  crisis: {
    start: (n, over, seed) => `Crisis drill: ${n} complaints are arriving over the next ${over} (seed ${seed}). Answer them in the order you think right: the clock is running (P16).`,
    quiet: (at) => `(quiet for a moment... the next complaint arrives at +${at})`,
    arrived: (id, at) => `[${id}] arrived at +${at}`,
    pickNext: (at, waiting) => `+${at}: ${waiting} waiting. Which do you answer next?`,
    choice: (id, platform, who, ago) => `${id}: ${platform}, ${who}, posted ${ago} ago`,
    answered: (id, score) => `${id}: ${score}/100 (details at the end)`,
    score: "Crisis score",
    yourOrder: "Your order: ",
    rightOrder: "Right order:",
    closestFirst: "(closest to its deadline first)",
    replyMistakes: "the replies' own mistakes, for the report (counted in the replies item above)",
    notAnswered: (id) => `${id} not answered (P1)`,
    repliesLost: (lost, average, scores) => `-${lost}: average reply score ${average}/100 (${scores})`,
    allScored100: "every reply scored 100",
    lateItem: (id, posted, target) => `${id} (posted ${posted} before it reached you, ${target} target)`,
    cameBefore: (late, early) => `${late} should have come before ${early}`,
    outOfOrder: (lost, inversions, pairs, examples) => `-${lost}: ${inversions} of ${pairs} pairs out of order; ${examples} (P1)`,
    rightOrderWhy: (ideal) => `answered in the right order: ${ideal}`,
    orderLoss: (inversions, pairs) => `${inversions} of ${pairs} pairs answered out of order (the one closest to its deadline comes first)`,
    budgetLeft: (target, age) => `what was left of its ${target} target after ${age} online`,
    budgetLate: (grace, target) => `${grace} for a post already past its ${target} target`,
    neverAnswered: (id) => `${id} was never answered`,
    waited: (id, waited, budget, target) => `${id} waited ${waited} in the queue, over ${budget} (${target})`,
    allInTime: (total) => `all ${total} answered within their targets`,
    separator: "; ",
  },
  recorded: (file) => `Recorded in ${file}. See how the team is doing: replybook drill report`,
  sameDraw: (seed) => `Same draw again: --seed ${seed}`,
  interrupted: (n, file) => `drill interrupted${n ? `; ${n} finished attempt(s) are in ${file}` : "; nothing was recorded"}`,
  seconds: (h, m, s) => (h ? `${h}h${String(m).padStart(2, "0")}m` : m ? `${m}m${String(s).padStart(2, "0")}s` : `${s}s`),
  html: {
    lang: "en",
    title: "replybook drill report",
    meta: (attempts, trainees, from, to) =>
      `${attempts} attempt(s) by ${trainees} trainee(s)${from ? `, ${from} to ${to}` : ""}. Scores are out of 100; every point lost is explained with the principle behind it (P1 to P17, docs/principles.md).`,
    empty: "No drill results yet.",
    problems: "Lines left out",
    scoresCaption: "Each trainee's score over time",
    scoreTip: (trainee, score, scenario, at) => `${trainee}: ${score} on ${scenario} (${at})`,
    mistakesCaption: "Most frequent mistakes, by rule",
    mistakeTip: (key, count, points, trainees, example) => `${key}: ${count} time(s), ${points} point(s) lost, ${trainees} trainee(s). ${example}`,
    noMistakes: "No points lost: no mistakes to show.",
    footer: (at) => `Generated by replybook on ${at} UTC. Train with simulations, look at the results (P16).`,
  },
};

const it: DrillMessages = {
  drillOf: (i, n) => `Esercitazione ${i} di ${n}`,
  pickPlaybook: "Quale playbook serve per questo reclamo?",
  suggested: "  <- suggerito dalle sue parole",
  checklist: (title) => `Checklist di "${title}": spunta quello che hai fatto`,
  replyMethod: "Scrivi la risposta pubblica",
  typeIt: "Scrivila o incollala qui",
  openEditor: "Apri il mio editor ($VISUAL / $EDITOR)",
  yourReply: "La tua risposta",
  replyHint: 'termina con una riga con solo "."; anche Ctrl-D la termina',
  emptyReply: "La risposta è vuota: il silenzio in pubblico sembra indifferenza (P1). Scrivi qualcosa.",
  platforms: { facebook: "Facebook", x: "X (Twitter)", twitter: "X (Twitter)", instagram: "Instagram", "review-site": "Sito di recensioni", email: "E-mail", blog: "Commento su un blog", shop: "Pagina del negozio", linkedin: "LinkedIn", tiktok: "TikTok" },
  crisis: {
    start: (n, over, seed) => `Esercitazione di crisi: ${n} reclami arrivano nei prossimi ${over} (seed ${seed}). Rispondi nell'ordine che ritieni giusto: il tempo scorre (P16).`,
    quiet: (at) => `(un momento di calma... il prossimo reclamo arriva a +${at})`,
    arrived: (id, at) => `[${id}] arrivato a +${at}`,
    pickNext: (at, waiting) => `+${at}: ${waiting} in attesa. A quale rispondi adesso?`,
    choice: (id, platform, who, ago) => `${id}: ${platform}, ${who}, pubblicato ${ago} fa`,
    answered: (id, score) => `${id}: ${score}/100 (i dettagli alla fine)`,
    score: "Punteggio della crisi",
    yourOrder: "Il tuo ordine:  ",
    rightOrder: "L'ordine giusto:",
    closestFirst: "(prima quello più vicino alla scadenza)",
    replyMistakes: "gli errori delle risposte, per il report (già contati nella voce risposte qui sopra)",
    notAnswered: (id) => `${id} senza risposta (P1)`,
    repliesLost: (lost, average, scores) => `-${lost}: punteggio medio delle risposte ${average}/100 (${scores})`,
    allScored100: "ogni risposta ha preso 100",
    lateItem: (id, posted, target) => `${id} (pubblicato ${posted} prima che ti arrivasse, obiettivo ${target})`,
    cameBefore: (late, early) => `${late} andava prima di ${early}`,
    outOfOrder: (lost, inversions, pairs, examples) => `-${lost}: ${inversions} coppie su ${pairs} fuori ordine; ${examples} (P1)`,
    rightOrderWhy: (ideal) => `risposte nell'ordine giusto: ${ideal}`,
    orderLoss: (inversions, pairs) => `${inversions} coppie su ${pairs} con risposta fuori ordine (prima quella più vicina alla scadenza)`,
    budgetLeft: (target, age) => `quanto restava dell'obiettivo di ${target} dopo ${age} online`,
    budgetLate: (grace, target) => `${grace} per un post già oltre l'obiettivo di ${target}`,
    neverAnswered: (id) => `${id} non ha mai avuto risposta`,
    waited: (id, waited, budget, target) => `${id} è rimasto in coda ${waited}, oltre ${budget} (${target})`,
    allInTime: (total) => `tutti e ${total} con risposta entro i loro obiettivi`,
    separator: "; ",
  },
  recorded: (file) => `Registrato in ${file}. Come va la squadra: replybook drill report`,
  sameDraw: (seed) => `La stessa estrazione di nuovo: --seed ${seed}`,
  interrupted: (n, file) => `esercitazione interrotta${n ? `; ${n} ${n === 1 ? "tentativo concluso è" : "tentativi conclusi sono"} in ${file}` : "; non è stato registrato nulla"}`,
  seconds: (h, m, s) => (h ? `${h} h ${String(m).padStart(2, "0")} min` : m ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`),
  html: {
    lang: "it",
    title: "replybook: report delle esercitazioni",
    meta: (attempts, trainees, from, to) =>
      `${attempts} ${attempts === 1 ? "tentativo" : "tentativi"} di ${trainees} ${trainees === 1 ? "partecipante" : "partecipanti"}${from ? `, dal ${from} al ${to}` : ""}. I punteggi sono su 100; ogni punto perso è spiegato con il principio che lo motiva (da P1 a P17, docs/principles.md).`,
    empty: "Ancora nessun risultato delle esercitazioni.",
    problems: "Righe escluse",
    scoresCaption: "Il punteggio di ogni partecipante nel tempo",
    scoreTip: (trainee, score, scenario, at) => `${trainee}: ${score} su ${scenario} (${at})`,
    mistakesCaption: "Gli errori più frequenti, per regola",
    mistakeTip: (key, count, points, trainees, example) => `${key}: ${count} ${count === 1 ? "volta" : "volte"}, ${points} ${points === 1 ? "punto perso" : "punti persi"}, ${trainees} ${trainees === 1 ? "partecipante" : "partecipanti"}. ${example}`,
    noMistakes: "Nessun punto perso: nessun errore da mostrare.",
    footer: (at) => `Generato da replybook il ${at} UTC. Allenarsi con simulazioni, guardare i risultati (P16).`,
  },
};

const el: DrillMessages = {
  drillOf: (i, n) => `Άσκηση ${i} από ${n}`,
  pickPlaybook: "Ποιο playbook χρειάζεται αυτό το παράπονο;",
  suggested: "  <- το προτείνουν οι λέξεις του",
  checklist: (title) => `Λίστα ελέγχου για «${title}»: σημειώστε ό,τι έχετε κάνει`,
  replyMethod: "Γράψτε τη δημόσια απάντηση",
  typeIt: "Πληκτρολογήστε ή επικολλήστε την εδώ",
  openEditor: "Άνοιγμα του επεξεργαστή μου ($VISUAL / $EDITOR)",
  yourReply: "Η απάντησή σας",
  replyHint: 'τελειώστε με μια γραμμή που έχει μόνο "."· και το Ctrl-D την τελειώνει',
  emptyReply: "Η απάντηση είναι κενή: η σιωπή δημόσια διαβάζεται ως αδιαφορία (P1). Γράψτε κάτι.",
  platforms: { facebook: "Facebook", x: "X (Twitter)", twitter: "X (Twitter)", instagram: "Instagram", "review-site": "Ιστότοπος κριτικών", email: "E-mail", blog: "Σχόλιο σε ιστολόγιο", shop: "Σελίδα του καταστήματος", linkedin: "LinkedIn", tiktok: "TikTok" },
  crisis: {
    start: (n, over, seed) => `Άσκηση κρίσης: ${n} παράπονα φτάνουν μέσα στα επόμενα ${over} (seed ${seed}). Απαντήστε τους με τη σειρά που κρίνετε σωστή: ο χρόνος τρέχει (P16).`,
    quiet: (at) => `(ησυχία για λίγο... το επόμενο παράπονο φτάνει στο +${at})`,
    arrived: (id, at) => `[${id}] έφτασε στο +${at}`,
    pickNext: (at, waiting) => `+${at}: ${waiting} σε αναμονή. Σε ποιο απαντάτε τώρα;`,
    choice: (id, platform, who, ago) => `${id}: ${platform}, ${who}, δημοσιεύτηκε πριν από ${ago}`,
    answered: (id, score) => `${id}: ${score}/100 (λεπτομέρειες στο τέλος)`,
    score: "Βαθμολογία κρίσης",
    yourOrder: "Η σειρά σας:  ",
    rightOrder: "Η σωστή σειρά:",
    closestFirst: "(πρώτα όποιο είναι πιο κοντά στην προθεσμία του)",
    replyMistakes: "τα λάθη των ίδιων των απαντήσεων, για την αναφορά (έχουν μετρηθεί ήδη στις απαντήσεις παραπάνω)",
    notAnswered: (id) => `${id} χωρίς απάντηση (P1)`,
    repliesLost: (lost, average, scores) => `-${lost}: μέση βαθμολογία απαντήσεων ${average}/100 (${scores})`,
    allScored100: "κάθε απάντηση πήρε 100",
    lateItem: (id, posted, target) => `${id} (δημοσιεύτηκε ${posted} πριν φτάσει σε εσάς, στόχος ${target})`,
    cameBefore: (late, early) => `το ${late} έπρεπε να προηγηθεί του ${early}`,
    outOfOrder: (lost, inversions, pairs, examples) => `-${lost}: ${inversions} από ${pairs} ζεύγη εκτός σειράς· ${examples} (P1)`,
    rightOrderWhy: (ideal) => `απαντήθηκαν με τη σωστή σειρά: ${ideal}`,
    orderLoss: (inversions, pairs) => `${inversions} από ${pairs} ζεύγη απαντήθηκαν εκτός σειράς (πρώτα όποιο είναι πιο κοντά στην προθεσμία του)`,
    budgetLeft: (target, age) => `ό,τι απέμενε από τον στόχο των ${target} μετά από ${age} στο διαδίκτυο`,
    budgetLate: (grace, target) => `${grace} για ανάρτηση που είχε ήδη ξεπεράσει τον στόχο των ${target}`,
    neverAnswered: (id) => `το ${id} δεν απαντήθηκε ποτέ`,
    waited: (id, waited, budget, target) => `το ${id} περίμενε ${waited} στην ουρά, πάνω από ${budget} (${target})`,
    allInTime: (total) => (total === 1 ? "απαντήθηκε εντός του στόχου του" : `και τα ${total} απαντήθηκαν εντός των στόχων τους`),
    separator: " · ",
  },
  recorded: (file) => `Καταγράφηκε στο ${file}. Πώς τα πάει η ομάδα: replybook drill report`,
  sameDraw: (seed) => `Η ίδια κλήρωση ξανά: --seed ${seed}`,
  interrupted: (n, file) => `η άσκηση διακόπηκε${n ? `· ${n} ${n === 1 ? "ολοκληρωμένη προσπάθεια βρίσκεται" : "ολοκληρωμένες προσπάθειες βρίσκονται"} στο ${file}` : "· δεν καταγράφηκε τίποτα"}`,
  seconds: (h, m, s) => (h ? `${h} ώρ. ${String(m).padStart(2, "0")} λεπ.` : m ? `${m} λεπ. ${String(s).padStart(2, "0")} δευτ.` : `${s} δευτ.`),
  html: {
    lang: "el",
    title: "replybook: αναφορά ασκήσεων",
    meta: (attempts, trainees, from, to) =>
      `${attempts} ${attempts === 1 ? "προσπάθεια" : "προσπάθειες"} από ${trainees} ${trainees === 1 ? "εκπαιδευόμενο" : "εκπαιδευόμενους"}${from ? `, από ${from} έως ${to}` : ""}. Οι βαθμολογίες είναι με άριστα το 100· κάθε βαθμός που χάθηκε εξηγείται με την αρχή πίσω από αυτόν (P1 έως P17, docs/principles.md).`,
    empty: "Δεν υπάρχουν ακόμη αποτελέσματα ασκήσεων.",
    problems: "Γραμμές που παραλείφθηκαν",
    scoresCaption: "Η βαθμολογία κάθε εκπαιδευόμενου στον χρόνο",
    scoreTip: (trainee, score, scenario, at) => `${trainee}: ${score} στο ${scenario} (${at})`,
    mistakesCaption: "Τα συχνότερα λάθη, ανά κανόνα",
    mistakeTip: (key, count, points, trainees, example) => `${key}: ${count} ${count === 1 ? "φορά" : "φορές"}, ${points} ${points === 1 ? "βαθμός χάθηκε" : "βαθμοί χάθηκαν"}, ${trainees} ${trainees === 1 ? "εκπαιδευόμενος" : "εκπαιδευόμενοι"}. ${example}`,
    noMistakes: "Δεν χάθηκε κανένας βαθμός: δεν υπάρχουν λάθη να δείξουμε.",
    footer: (at) => `Δημιουργήθηκε από το replybook στις ${at} UTC. Εκπαίδευση με προσομοιώσεις, και ματιά στα αποτελέσματα (P16).`,
  },
};

const MESSAGES: Record<string, DrillMessages> = { en, it, el };

/** The drill's words in a language, English when it has none of its own. */
export function drillMessages(locale: string | undefined): DrillMessages {
  return (locale && MESSAGES[locale]) || en;
}
