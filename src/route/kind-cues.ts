/**
 * The words that tell what kind of message a post is, per language, in the pattern syntax of
 * triggers (src/text/pattern.ts) and normalized the same way (./words.ts: "thanks" and "thank"
 * are one word). ./route.ts weighs them with the playbooks' triggers:
 *
 * - `negative`: something went wrong or someone is unhappy ("still", "worst", "why is"). These,
 *   and a playbook's trigger, make a post a complaint unless praise outweighs them.
 * - `negation`: "not", "no", "never": half a negative cue (praise says "can't believe how good").
 * - `leaving`: a customer leaving for someone else ("I'll now only be flying with them", "passo
 *   a un altro operatore"): it weighs as two negative cues, the thanks around it being sarcasm.
 * - `praise`: thanks and compliments. Praise is never routed to a complaint playbook.
 * - `acclaim`: thanks addressed to someone ("kudos to the crew", "a huge thank you to"): it
 *   outweighs the trouble the message tells of ("missed our flight, and they rebooked us").
 * - `question`: asking how, when, whether (a "?" counts too). A question with nothing wrong in
 *   it is a question, routed like a complaint so that the person answering still has a procedure.
 * - `spam`: giveaways, contests, codes, announcements: a promotion on their own, with nothing
 *   wrong in them.
 * - `promo`: words a promotion uses that a customer uses too ("check out", "get your", "follow
 *   back", "for free"): spam only with a link in the message ("can I get a follow back please"
 *   is a fan's question, "halloween isn't complete unless you get your bowl!" a fan's post).
 * - `contrast`: "but", "however": praise before it is a softener when something wrong follows
 *   ("I love you but the sauce is chalky").
 * - `signoff`: thanks for help not yet given ("thanks in advance"): no praise.
 * - `greeting`: seasonal wishes ("happy Halloween", "buon Natale"): cheer when
 *   nothing is wrong, no praise in a complaint ("the driver crashed, happy Halloween").
 * - `person`: the writer or the one written to ("I", "my", "you", "your"): a message with no
 *   other cue is a complaint when it speaks of the writer's own matters or to the brand, and
 *   chat otherwise ("watching people who have never flown figure out the open seating").
 */
export type KindCue = "negation" | "negative" | "leaving" | "praise" | "acclaim" | "question" | "spam" | "promo" | "contrast" | "signoff" | "greeting" | "person";

export const KIND_CUES: Readonly<Record<string, Readonly<Partial<Record<KindCue, readonly string[]>>>>> = {
  en: {
    negation: ["(not|never|nothing|nobody|no one|none|neither|nowhere|no)"],
    negative: [
      "no longer",
      "(not|never|no|hardly|less than) [very|so|too|that|at all] (happy|great|good|impressed|pleased|satisfied|ok|okay|acceptable|helpful|friendly|polite|amazing|excellent|perfect|nice)",
      "(unhappy|dissatisfied|unsatisfied|unimpressed)",
      "(please|pls|kindly|someone|somebody) help",
      "help (me|us|please)",
      "instead of",
      // Sarcastic thanks, a wish that they had not, a customer leaving for someone else.
      // "love when" is sarcasm more often than not ("love when the gate agent assumes I'm too young").
      "(love|loving|gotta love|just love) [it] when",
      "(not|no) [a|any|much of a] (customer service|service|help|support) (company|co|team|at all)",
      "(what|wtf) happened to",
      "(fuming|livid|seething|raging|gutted|unbelievable|unreal)",
      "(thank|thanks|thank you|cheers) for [just|not|never] (nothing|ruining|losing|separating|splitting|wasting|ignoring|canceling|cancelling|delaying|stranding|breaking|charging|overcharging|leaving|making me wait|the runaround)",
      "i wish (you|u|they|your|the) [staff|crew|team|driver|app|site] (would|could|did|had|were|was|knew|cared)",
      "(separate|separated|separating|split|splitting) (my|us|our|me|families|family|couples)",
      // Something owed that never came: "no code has come through", "still no reply".
      "(no|never got|never received|never had) [a|an|any|the] (code|codes|email|emails|reply|replies|response|answer|confirmation|refund|update|updates|tracking|signal|service|internet|connection|power|callback|call back)",
      "make (this|it) stop",
      "(killing me|kill me|fiasco|shambles|chaos|sad|bummed|inadequate|ineligible|locked out|erased|quits|bugfest|ripped off|rip off|ripoff|fraud|lie|lied|lying|liars|misleading|ghosted|ignored|ignoring|robbed|stranded|nightmare|hell|disaster|insane|absurd|outrageous|wth|tf|ffs|fuck|fucking|fucked|damn|screw|screwed|pissed|sucks|sucked|hell)",
      "(trouble|struggling|struggle|confused|confusing|difficult|difficulties|hard to|impossible to|unable to)",
      "(still|yet again|again|anymore|any more|keeps|kept|constantly|every time)",
      "(problem|problems|issue|issues|trouble|error|errors|fault|bug|bugs|glitch|outage|mistake)",
      "(wrong|broken|broke|fail|failed|failing|failure|lost|missing|stuck|late|delayed|delay|delays|cancel|canceled|refund|overcharged|charged|scam|scammed|stolen|hacked|rude|damaged|faulty)",
      // Damage: what arrived or what a product did, named without "damaged" or "broken".
      "(leaking|leaked|leaks|leak|spilled|spilt|spilling|smashed|cracked|crushed|shattered|dented|squashed|soaked|drenched|torn|ripped|ruined|expired|melted|scratched|stained|mouldy|moldy|rotten|stale|spoiled|spoilt|burnt|burned|undercooked|raw|shrunk|faded|snapped|chipped|bent|mangled|destroyed|defective)",
      "(idiot|idiots|moron|morons|clowns|scum|thieves|crooks|losers|cowboys|shameless|greedy)",
      "(worst|terrible|awful|horrible|horrendous|bad|poor|pathetic|useless|ridiculous|unacceptable|disgusting|disgraceful|shameful|shocking|appalling|incompetent|trash|garbage|rubbish|joke|nightmare|mess|sucks|suck|crap|shit|bs|wtf|smh|ugh|fml)",
      "(disappointed|disappointing|disappointment|frustrated|frustrating|annoyed|annoying|angry|upset|furious|fed up|sick of|tired of|hate|unhappy|embarrassing|shame)",
      "(complaint|complain|complaining|waiting|waited|hold)",
      "why (is|are|do|does|did|would|can|can not|won|has|have|isn|the|my|am|was)",
      "(what s|what is) going on",
      "(fix|sort) (this|it|your)",
      "seriously",
      "(unable|impossible)",
      "help",
      // "you can thank me later" is no thanks.
      "thank me [later]",
      // Blame with no trigger word: a person or a thing judged ("the queue is clueless", "the
      // gate agent was a jerk", "this is nasty", "the slowest in the country").
      "(clueless|nasty|gross|jerk|jerks|unprofessional|unhelpful|ashamed|atrocious|abysmal|dreadful|inept|lousy|sloppy|careless|arrogant|condescending|dismissive|shitty|crappy|dirty|filthy|unsafe|dangerous|overpriced|glitchy|laggy|buggy|chalky|bland|tasteless|watery|lukewarm|inedible|soggy|misled|cheated|deceived|unfair|unreliable|worthless|ruin|ruined)",
      "(slowest|rudest|dirtiest|laziest|dumbest|poorest|least helpful)",
      // Refusing the customer something: "deny clients to pay off the bill", "refused my return".
      "(denied|denying|refuse|refused|refuses|refusing|rejected|rejecting|declined)",
      "(deny|denies|reject) (me|us|my|our|clients|customers|people|users|passengers|refunds|claims)",
      // A request to reach a person, or for a reply that has not come: a complaint's chase.
      "(speak|talk|talking|speaking) (to|with) (a|an|someone|somebody|the|your|real|actual) ... (technician|manager|supervisor|human|person|agent|rep|representative|someone|somebody|engineer)",
      "(would|d|I d) (appreciate|like) (a|an|some|any|your) (response|reply|answer|update|call|callback|call back|explanation|refund|apology)",
      "(get|got) your (act|priorities|shit|stuff|house) (together|straight|in order)",
      "get it together",
      // A wish or a suggestion that says what is wrong: "could be vastly improved", "would be great if
      // the bags came out faster", "you give me more reasons not to fly with you", "officially done".
      "(could|can|should|must|needs to|need to|has to|have to) be [a lot|much|vastly|way|so much|far|greatly|a bit] (better|improved|improving)",
      "(would|d|it d) be (great|nice|good|lovely|helpful|awesome) if",
      "reasons (not to|to never|to stop|to leave)",
      "(officially|so) done",
      "(lose|loses|losing)",
      // "thanks to" a delay is its cause, not thanks; what should have been and was not.
      "(thanks|thank) to (a|the|an|your|this|that) [#|big|huge|long|late|last minute] (delay|delays|delayed|cancellation|cancelled|canceled|problem|issue|glitch|outage|error|mistake|strike|mechanical|computer|system|overbooking|incompetence)",
      "(should have|should ve|was supposed to|were supposed to|meant to) (be|been|arrive|arrived|leave|left|land|landed|depart|departed|get|got)",
      "sort (out|it out)",
      // Something owed that does not come: "I'm not getting your texts", "haven't received any email".
      "(not|never|stopped|no longer|can not|cannot) (getting|receiving|get|receive|received|got|gotten) (your|the|my|any|a|an|our)",
      // A question that blames: "how did I not get a ride", "why would you not tell us".
      "(how|why) [come] (can|could|is|was|are|were|did|does|do|will|would|have|has) (i|we|you|they|it|he|she|u) not",
      "too (much|many|long|slow|expensive|hard|difficult|small|big|late|early|short)",
      // A complaint asked as a question: "what's up with the booking system", "how can't the gate
      // be ready", "why does it take two weeks", "when can we expect a fix".
      "(what s|whats|what is) up with",
      "(how|why) [come] (can|could|is|was|are|were|did|does|do|will|would|have|has) not",
      "(take|takes|taking|took|taken) ... (weeks|months|forever|ages|so long|this long)",
      "(make|makes|making) (no|any|zero) sense",
      "(fix|fixing)",
      // Something down or not working, an accident, a thing left out or dumped.
      "(out of service|out of order|down again)",
      "(is|are|was|were|went|goes|go|be|been|being) [all] down",
      "(site|website|app|system|systems|server|servers|network|pricing|booking|page|portal|wifi|email) ... down",
      "(not|stopped|stop) (work|working|load|loading|open|opening)",
      "(won t|will not|wont|doesn t|does not|didn t|did not|can t|cannot|can not) (play|load|open|start|work|connect|charge|turn on|download|install|update|sync|save|stream)",
      "(crash|crashed|crashes|accident|injured|injury|hurt|hurts|bleeding|cry|cried|crying|in tears)",
      "(forgot|forget|forgotten|dumped|dump|uncomfortable|unbearable|downgrade|downgraded|downgrading|chalky|slow|slower)",
      "(boo|booo|boooo|pos)",
      // Sarcastic thanks for what was done to the writer's things ("thanks for changing my seat"),
      // and thanking God, not the brand ("thank God the flight is short").
      "(thank|thanks|thank you) ... for (changing|moving|switching|bumping|downgrading|overbooking|taking|cancelling|canceling) (my|our|me|us)",
      "thank (god|goodness|heavens|the lord)",
    ],
    leaving: [
      "(i ll|i will|we ll|we will|i m|i am|we re|we are) [now|from now on] [be] (exclusively|only) [be] (using|use|flying|fly|shopping|shop|ordering|order|going)",
      "(take|taking|took) (my|our) (business|money|custom) elsewhere",
      "(never|not) (flying|fly|ordering|order|shopping|shop|using|use|buying|buy|booking|book) (with|from|at) (you|u|them|this) again",
      "(my|our) last (flight|order|time|trip|purchase|booking|stay) (with|from|at) (you|u|them|this)",
      "(this|that|it) (will be|is|was) (my|our) last (flight|order|time|trip|purchase|booking|stay)",
    ],
    praise: [
      "(thank|thanks|thank you|cheers|kudos|bravo|props|shout out|shoutout)",
      "(a real one|you rock|you guys rock|legend|legends|the goat|the best)",
      "(love|loving|loved|adore)",
      "(great|amazing|awesome|excellent|brilliant|fantastic|wonderful|outstanding|exceptional|superb|phenomenal|incredible|lovely|delicious|perfect|favourite|favorite|impressed|impressive|friendly|polite|happy|glad|delighted|excited|stellar|fab|fabulous)",
      "(well done|good job|great job|nice job|keep it up|above and beyond|went above|five stars|5 stars|10 10)",
      "(appreciate|appreciated|grateful)",
      "(good|nice|cool|neat|solid) (movie|movies|collection|selection|service|job|experience|flight|food|choice|crew|staff|team|range|value|deal|stuff)",
      "(so|very|really|super|was|were|been|most|extremely) helpful",
      "(pleased|satisfied) with",
      // Help given, a favour at no cost, the best of something: praise unless negated ("nobody helped me").
      "(helped|assisted) (me|us|my|our)",
      "(at no|no extra|free of) (charge|cost|fee)",
      "(no|without|without any) (hassle|hassles|fuss)",
      "(best|greatest|nicest|coolest) (part|thing|day|decision|experience|crew|staff)",
      "no greater",
      // Idioms of praise with a negation or a problem's word in them.
      "nothing short of (amazing|incredible|excellent|outstanding|fantastic|wonderful|brilliant|perfect|superb|stellar|exceptional|phenomenal|spectacular|great|awesome|a miracle|magic|magical)",
      "(second to none|no complaints|not bad at all|not too bad|not half bad|never disappoints|never disappoint|beyond expectations)",
      "(can not|could not|cannot) (say enough|thank you enough|thank you guys enough|thank them enough|be happier|ask for [a] better|ask for more|have asked for [a] better)",
      "(exceeded|surpassed|beyond) [my|our|all] expectations",
      "(problem|problems|issue|issues) [has|have|is|was|were|got|s] [been|now|finally|all] (resolved|solved|fixed|sorted)",
      "(super|so|very|really|extremely|incredibly) (kind|friendly|accommodating|capable|professional|patient)",
      "(best|greatest|tastiest|nicest|coolest) ... ever",
      "(gr8|grt)",
      "(very|so|super|really|was|were|is|are|more) (comfortable|comfy)",
      "(cute|seamless|effortless|painless|hassle free|spotless)",
      "(so much|as much|such|great|lots of|a lot of|tons of) fun",
      "(happier|better) than (had|if|with|flying|on|any)",
      "thankyou",
      "(wow|yay|woohoo|woo hoo|hooray|heck yes|hell yes|yes|honored|honoured|celebrating|celebrate|treat|treats)",
    ],
    acclaim: [
      "(kudos|props|shout out|shoutout|hats off|thank you|thanks|thank|big up|big ups|bless) to",
      "(huge|big|massive|special|heartfelt|sincere) (thank you|thanks)",
      // "went above/beyond": the slash is no word.
      "above [and] beyond",
      "(went|go|going|goes|gone) the extra mile",
      // Loyalty, thanks for help given or for good service, praise of a brand against the others,
      // what someone did for the writer: these outweigh the trouble told with them.
      "(will|ll|would) always (fly|shop|use|choose|order|pick|come back|book|buy|stay)",
      "(thank|thanks|thank you|thx) [so much|very much] for (your|the|all [the|your]|all of your) (help|assistance|support|patience|kindness|understanding|service|care|hard work)",
      "(thank|thanks|thank you|thx) ... for (great|amazing|awesome|fantastic|excellent|wonderful|brilliant|outstanding|superb|lovely|stellar|quick|fast|speedy|prompt|friendly|kind)",
      "(the only|my only|my favourite|my favorite) (airline|company|one|store|shop|brand|place) (worth|i trust|i ll fly|i will fly|i fly|to fly)",
      "(i wish|wish) (all|every|other|more) (airlines|companies|shops|stores|brands|carriers) (were|could be|would be|was|are) like",
      "(is|are|s) the (shit|bomb)",
      "(took care of|sorted out|sorted|fixed|resolved|solved|saved) (everything|it all|the day|my day|our day|the problem|my problem|the issue|my issue)",
      "(made|make|makes) (my|our) (life|day|trip|week|morning|evening|night|journey|holiday) [so much|a lot] (easier|better|brighter)",
      "(made|make|makes) my day",
      // A reward asked for someone who helped: "give the man on the platform a pay rise".
      "(give|giving) ... (a|an) (raise|pay rise|payrise|promotion|medal|bonus|award)",
      "(a|an) (pay rise|payrise)",
      "(deserves|deserve|deserved) (a|an) (raise|pay rise|payrise|promotion|medal|bonus|award)",
      // Praise of the people who helped ("2 great reps at the gate", "your crew were amazing").
      "(great|amazing|awesome|fantastic|wonderful|brilliant|excellent|lovely|helpful|friendly|kind|superb|outstanding) (rep|reps|agent|agents|staff|crew|team|employee|employees|attendant|attendants|pilot|pilots|driver|drivers|people|folks|lady|guy|gentleman|man|woman)",
      "(rep|reps|agent|agents|staff|crew|team|employee|employees|attendant|attendants|pilot|pilots|driver|drivers) (was|were|is|are) (great|amazing|awesome|fantastic|wonderful|brilliant|excellent|lovely|so helpful|very helpful|superb|outstanding)",
    ],
    question: [
      "(how|when|where|which|who|what) (do|does|did|can|could|should|would|will|is|are|long|much|many|time|kind|type)",
      "(can|could|may|should|do|does|will|would|is|are) (i|we|you|it|there|they|my)",
      "(is it possible|is there|are there|any way|anyway to|any chance|anyone know|does anyone)",
      "(question|wondering|wonder|curious|planning to|planning on|thinking about|looking for|trying to find)",
    ],
    spam: [
      "(win|won) (a|an|the)",
      "click (the|this|my|our) link",
      "link in (my|our) bio",
      "(don t|do not|never) miss [out]",
      "(chance to win|for a chance|giveaway|contest|sweepstakes|enter now|limited time|announce|announcing|introducing|get a free|free trial|discount code|promo code|use code|link in bio)",
    ],
    promo: [
      "(only for|pre order|preorder|join our|sign up|subscribe|available now|now available|available for|get your|for free|click|follow us|follow back|follow me|check out|via)",
    ],
    contrast: ["(but|however|though|although)"],
    greeting: ["(happy halloween|happy holidays|merry christmas|happy new year|happy birthday|it s my birthday|happy thanksgiving|happy easter|happy friday)"],
    // Thanks that close a request are no praise: "please advise. Thanks", "I'd appreciate a reply, thanks".
    signoff: ["(thank|thanks|thank you|thx|ty|cheers) [so much] in advance", "tia", "(please|pls|plz|asap|advise|soon|back to me|back to us) (thank|thanks|thank you|thx|ty|cheers)"],
    // Not "us": Porter's stemmer makes "using" "us".
    person: ["(i|me|my|mine|myself|we|our|ours|you|your|yours|yall|ya|im|ive|id)"],
  },
  it: {
    negation: ["(non|mai|niente|nulla|nessuno|nessuna|neanche|nemmeno|neppure)"],
    negative: [
      "(ancora|di nuovo|ogni volta|sempre|continua|continuano)",
      "(non funziona|non funzionano|non arriva|non e arrivato|non e arrivata|non sono arrivati|non ho ricevuto|mai arrivato|mai arrivata|mai ricevuto|non riesco|non posso)",
      "non (mi|ci|vi|gli|le|ti) (arriva|arrivano|e arrivato|e arrivata|sono arrivati|sono arrivate|funziona|funzionano|risponde|rispondono|hanno risposto|ha risposto)",
      "(non|mai) [molto|per niente|affatto|proprio] (contento|contenta|soddisfatto|soddisfatta|felice|bravi|gentili|ottimo|ottima|buono|buona)",
      "(problema|problemi|guasto|errore|errori|difetto|disservizio|sbaglio)",
      "(sbagliato|sbagliata|rotto|rotta|perso|persa|smarrito|bloccato|bloccata|ritardo|cancellato|annullato|rimborso|addebitato|truffa|truffati|maleducato|danneggiato|difettoso)",
      // Danni: come è arrivato o cosa ha fatto un prodotto, detto senza "danneggiato" o "rotto".
      "(perde|perdeva|perdita|rovesciato|rovesciata|versato|versata|distrutto|distrutta|frantumato|frantumata|schiacciato|schiacciata|ammaccato|ammaccata|crepato|crepata|incrinato|incrinata|bagnato|bagnata|fradicio|fradicia|strappato|strappata|rovinato|rovinata|scaduto|scaduta|sciolto|sciolta|graffiato|graffiata|rigato|rigata|macchiato|macchiata|ammuffito|ammuffita|marcio|marcia|crudo|cruda|bruciato|bruciata|scheggiato|scheggiata|piegato|piegata|difettosa|rotti|rotte)",
      // Insulti: un cliente che insulta ha quasi sempre un problema (o è spam: lo dicono i trigger).
      "(vaffanculo|fanculo|affanculo|merda|cazzo|stronzi|stronzo|schifosi|ladri|buffoni|pagliacci|cialtroni|incapaci|imbroglioni)",
      "(pessimo|pessima|pessimi|vergogna|vergognoso|schifo|ridicolo|assurdo|inaccettabile|scandaloso|indecente|vergognatevi|disastro|incompetenti|inutile|inutili)",
      "(deluso|delusa|delusione|stufo|stufa|arrabbiato|arrabbiata|furioso|furiosa|scontento|scontenta|basta|reclamo|lamentela)",
      "(aspetto|aspettando|attendo|attesa)",
      "(aiuto|aiutatemi|aiutateci|manca|mancano|mancante|mancanti)",
      "troppo (caro|cara|costoso|costosa|lento|lenta|lungo|lunga|tempo|spazio|memoria|tardi|presto|piccolo|piccola|grande|duro|dura|difficile)",
      "perche (non|il|la|i|le|mi|ci|e|sono)",
      "(che succede|cosa succede|cosa sta succedendo)",
      "(adoro|amo) quando",
      "(cosa|che cosa|che fine) (e successo|ha fatto|hanno fatto) (a|al|alla|ai|alle|allo|la|il)",
      "(furioso|furiosa|incazzato|incazzata|infuriato|infuriata|imbestialito)",
      // Grazie sarcastici, famiglie separate.
      "grazie (per|di) [aver|avermi|averci|averli] (niente|nulla|rovinato|rovinata|separati|separato|separata|perso|persa|lasciato|lasciati|ignorato|ignorati|cancellato|fatto aspettare)",
      "(separato|separati|separata|separate|diviso|divisi) (me|noi|mia|mio|la mia|il mio|le famiglie|la famiglia)",
      // Un reclamo in forma di domanda: "come mai ci vogliono due settimane", "che succede con le prenotazioni".
      "(come mai|perche mai)",
      "(che succede|cosa succede|che problema c e) con",
      "(ci vogliono|ci vuole|ci mettete|ci avete messo|impiegate|avete impiegato) ... (settimane|mesi|secoli|una vita|un eternita)",
      "(non ha|senza) senso",
      "(sistemate|aggiustate|risolvete|correggete)",
      // Fuori servizio, un incidente, qualcosa dimenticato o scomodo.
      "(fuori servizio|fuori uso|di nuovo giu)",
      "(e|sono|era|erano) [tutto|tutti] (giu|down)",
      "(incidente|ferito|ferita|feriti|fa male|mi sono fatto male|mi sono fatta male|piangere|piangendo|in lacrime)",
      "(dimenticato|dimenticata|dimenticati|dimenticate|scomodo|scomoda|scomodi|scomodissimo|insopportabile|lento|lenta|lentissimo)",
      "(buu|buuu|buuuu)",
      // Grazie sarcastici per quel che è stato fatto alle cose di chi scrive; grazie a Dio, non al marchio.
      "grazie (per|di) (aver|avermi|averci) (cambiato|spostato|declassato|tolto)",
      "grazie a dio",
      // Un giudizio senza parole da trigger ("la coda è incapace", "l'addetto era un cafone"),
      // un rifiuto, la richiesta di una persona o di una risposta che non arriva.
      "(incapace|cafone|cafoni|sgarbato|sgarbata|sgarbati|scortese|scortesi|sporco|sporca|sporchi|lurido|lurida|schifoso|schifosa|disgustoso|disgustosa|pericoloso|pericolosa|inaffidabile|inaffidabili|disonesti|disonesto|vergognosi|pessimi)",
      "(il piu|la piu|i piu|le piu) (lento|lenta|lenti|lente|caro|cara|cari|sporco|sporca|scortese|maleducato|maleducati)",
      "(rifiutato|rifiutata|rifiutano|rifiutate|negato|negata|negano|respinto|respinta|respinti)",
      "(vorrei|voglio|devo|posso|fatemi) parlare con (un|una|il|la|qualcuno|qualcuna|una persona|un operatore|un tecnico|un responsabile)",
      "(gradirei|attendo|aspetto|vorrei) [ancora] (una|un) (risposta|riscontro|rimborso|spiegazione|aggiornamento)",
      "non (ricevo|riceviamo|ho ricevuto|abbiamo ricevuto) (i|le|gli|il|la|nessun|nessuna|piu)",
      "(datevi una mossa|svegliatevi)",
      "(insipido|insipida|acquoso|acquosa|scotto|scotta|scotti|tiepido|tiepida|immangiabile|immangiabili)",
    ],
    praise: [
      "(grazie|grazie mille|complimenti|bravi|bravissimi|bravissime|brava|bravo)",
      "(adoro|amo|ci amo|vi amo|vi adoro)",
      "(ottimo|ottima|ottimi|eccellente|fantastico|fantastica|perfetto|perfetta|meraviglioso|meravigliosa|gentilissimi|gentilissima|gentilissimo|disponibilissimi|super|top|felice|felicissimo|felicissima|contento|contenta|soddisfatto|soddisfatta)",
      "(servizio impeccabile|consiglio vivamente|cinque stelle|5 stelle)",
      // Un aiuto, un favore senza costi, il meglio di qualcosa: lode, se non negata ("nessuno mi ha aiutato").
      "(mi|ci) (ha|hanno) (aiutato|aiutata|aiutati|aiutate)",
      "(senza|a costo) (costo|costi|spese|sovrapprezzo|supplemento|intoppi|zero)",
      "(in omaggio|omaggio)",
      "(la parte migliore|il momento migliore|la cosa migliore|la scelta migliore)",
      "(bel|bella|bei|belle|buon|buona|buoni|buone|ottima) (film|selezione|servizio|lavoro|esperienza|volo|cibo|scelta|equipaggio|personale|assortimento)",
      "(siete grandi|siete i migliori|evviva|urra|wow|che bello)",
      // Modi di dire della lode con una negazione o un problema dentro.
      "a dir poco (fantastico|fantastica|fantastici|eccezionale|eccezionali|perfetto|perfetta|meraviglioso|meravigliosa|meravigliosi|straordinario|straordinaria|straordinari|impeccabile|impeccabili)",
      "(niente da dire|nulla da dire|niente da eccepire|nulla da eccepire|nessuna lamentela|nessun problema|mai una delusione|non delude mai|non deludete mai|non male)",
      "non (potrei|potevo|potremmo) (essere piu felice|essere piu felici|chiedere di meglio)",
      "non (finiro|smettero) mai di ringraziarvi",
      "(superato|superate|oltre) [le|ogni|tutte le] (aspettative|aspettativa)",
      "(problema|problemi) [e|sono|e stato|sono stati|ora|gia|finalmente] [stato|stati|gia|finalmente] (risolto|risolti|sistemato|sistemati)",
      "(migliore|migliori) ... di sempre",
      "(molto|super|davvero|piu|comodissimo|comodissima) (comodo|comoda|comodi|comode)",
      "(divertente|divertentissimo|carinissimo|carinissima|impeccabile)",
    ],
    leaving: [
      "(passo|passiamo|passero|sono passato|sono passata|siamo passati) (a|ad|alla|al|con) (un altro|un altra|altro|altra|la concorrenza|concorrenza|un concorrente)",
      "(mai piu|non) (volero|volo|comprero|ordinero|prenotero|viaggero) (con voi|da voi|con loro|da loro)",
      "(cambio|cambiero|cambiamo) (operatore|compagnia|gestore|fornitore|banca)",
    ],
    acclaim: [
      "(complimenti|grazie|un grazie|un grazie enorme|un grande grazie|grazie mille|grazie infinite|ringrazio|ringraziamo) (a|al|alla|allo|ai|alle|agli|di cuore)",
      "(grazie mille|grazie infinite|un enorme grazie|un grande grazie)",
      // Fedeltà, grazie per l'aiuto o il buon servizio, quel che è stato fatto per chi scrive.
      "(volero|viaggero|comprero|ordinero|prenotero|tornero) sempre (con voi|da voi|con loro|da loro)",
      "grazie (per|dell|del|della|di) [tutto] [il|l] (aiuto|assistenza|pazienza|disponibilita|gentilezza|supporto|lavoro)",
      "grazie (per|dell|del|della) ... (ottimo|ottima|eccellente|fantastico|fantastica|splendido|splendida|rapido|rapida|veloce|gentile)",
      "(mi|ci) (avete|hanno|ha) (risolto|sistemato|salvato) (tutto|il problema|la giornata|la vacanza)",
      "(mi|ci) (avete|hanno|ha) (semplificato|migliorato|svoltato|cambiato) (la vita|la giornata|il viaggio|la vacanza)",
      "(siete|e) (l unica|la sola) (compagnia|azienda|banca|catena) (che|di cui)",
      "(dategli|datele|date|merita|meritano|meriterebbe|meriterebbero) ... (un aumento|una promozione|una medaglia|un premio)",
      "(un aumento|una promozione) (a|al|alla|all|allo|ai|per)",
      "(addetti|addetto|addetta|addette|personale|operatore|operatrice|operatori|hostess|steward|equipaggio|autista|autisti|corriere|commessa|commesso|commessi) [#] (fantastici|fantastico|fantastica|fantastiche|gentilissimi|gentilissimo|gentilissima|bravissimi|bravissimo|bravissima|eccezionali|eccezionale|splendidi|meravigliosi|disponibilissimi|disponibilissima|disponibilissimo)",
    ],
    question: [
      "(come|quando|dove|quale|quali|chi|quanto|quanti|quanta) (posso|possiamo|faccio|si|e|sono|devo|bisogna|serve|costa|tempo)",
      "(posso|possiamo|potete|potreste|sapete|avete|e possibile|c e modo|si puo|vorrei sapere)",
      "(domanda|informazione|informazioni|chiedo|chiedevo)",
    ],
    spam: ["(concorso|vinci|vincere|offerta limitata|solo per oggi|codice sconto|link in bio|non perdere|non perdetevi)"],
    promo: ["(in regalo|gratis|iscriviti|seguici|clicca|scopri)"],
    contrast: ["(ma|pero|tuttavia|peccato che)"],
    greeting: ["(buon natale|buon anno|buone feste|buon halloween|buona pasqua|buon compleanno)"],
    signoff: ["grazie [mille] (in anticipo|anticipatamente)", "(per favore|gentilmente|al piu presto|presto|cortesemente) grazie"],
    // Italian drops the subject: the verb says who ("ho ordinato", "avete perso").
    person: [
      "(io|me|mi|mio|mia|miei|mie|noi|ci|ce|nostro|nostra|nostri|nostre|voi|vi|ve|vostro|vostra|vostri|vostre|ho|abbiamo|avete|siete|sono|eravamo|ero|avevo|vorrei|potete|dovete|devo|posso|volevo)",
    ],
  },
  // Greek, formal and everyday; words are folded (no accents, final sigma as σ) and stemmed.
  el: {
    negation: ["(δεν|δε|μην|μη|ποτέ|τίποτα|τίποτε|κανείς|κανένας|καμία|καμιά|κανένα|ούτε|ουδέποτε)"],
    negative: [
      "(δεν|δε|καθόλου|ούτε) ... (ευχαριστημένος|ευχαριστημένη|ευχαριστημένοι|ικανοποιημένος|ικανοποιημένη|ικανοποιημένοι|ευγενικός|ευγενική|ευγενικοί|εξυπηρετικός|εξυπηρετική|εξυπηρετικοί|καλός|καλή|καλό|καλά|καλοί|χαρούμενος|χαρούμενη|εντάξει|ωραίο|ωραία|τέλειο|τέλεια|εξαιρετικό|εξαιρετική|αποδεκτό)",
      "(ακόμα|ακόμη|πάλι|ξανά|συνέχεια|συνεχώς|κάθε φορά|για άλλη μια φορά|δεύτερη φορά|τρίτη φορά|πια|πλέον)",
      "(πρόβλημα|προβλήματα|λάθος|λάθη|βλάβη|σφάλμα|σφάλματα|ζημιά|ζημιές|καθυστέρηση|καθυστερήσεις|καθυστέρησε|αργοπορία)",
      "(χαλασμένο|χαλασμένη|χαλασμένα|χάλασε|σπασμένο|σπασμένη|σπασμένα|έσπασε|χαμένο|χαμένη|χάθηκε|χάσατε|χάνετε|χάνουν|έχασαν|λείπει|λείπουν|ελαττωματικό|ελαττωματική|κατεστραμμένο|κατεστραμμένη|τσακισμένο|λιωμένο|λιωμένη|σκισμένο|σκισμένη|βρεγμένο|βρεγμένη|χτυπημένο|χτυπημένη|ληγμένο|ληγμένα|μουχλιασμένο|χαλασμένου|άνοιξε|ανοιγμένο)",
      "(ακύρωση|ακυρώθηκε|ακυρώσατε|επιστροφή χρημάτων|αποζημίωση|χρέωση|χρεώσατε|χρεώθηκα|απάτη|απατεώνες|κλοπή|κλέψατε|κοροϊδία|κοροϊδεύετε|εμπαιγμός|αγενής|αγενέστατος|αγένεια|θρασύτατος)",
      "(απαράδεκτο|απαράδεκτη|απαράδεκτοι|απαράδεκτα|αίσχος|ντροπή|ντροπή σας|χάλια|απαίσιο|απαίσια|άθλιο|άθλια|άθλιοι|αθλιότητα|χειρότερο|χειρότερη|χειρότεροι|τραγικό|τραγική|τραγικοί|γελοίο|γελοίοι|ανεπίτρεπτο|αδιανόητο|εξωφρενικό|κατάντια|ανίκανοι|άχρηστο|άχρηστοι|άχρηστη)",
      "(απογοήτευση|απογοητευμένος|απογοητευμένη|απογοητευμένοι|απογοητευτικό|θυμωμένος|θυμωμένη|εκνευρισμένος|εκνευρισμένη|αγανάκτηση|αγανακτισμένος|αγανακτισμένη|βαρέθηκα|βαρεθήκαμε|μπουχτίσαμε|φτάνει πια|παράπονο|καταγγελία|ταλαιπωρία|ταλαιπωρηθήκαμε)",
      "(περιμένω|περιμένουμε|περίμενα|περιμέναμε|αναμονή|ακόμα περιμένω)",
      "(βοήθεια|βοηθήστε με|βοηθήστε μας|μπορεί κάποιος να βοηθήσει)",
      // «Δεν μπορώ να μπω»: "I can't", not the question «μπορώ να...;» (Greek asks without inverting).
      "(δεν|δε) (μπορώ|μπορούμε) να",
      "γιατί (δεν|δε|ο|η|το|οι|τα|μου|μας|με|είναι|έχετε|πρέπει)",
      "(τι συμβαίνει|τι γίνεται|τι έγινε) (με|επιτέλους)",
      "(κανείς|κανένας) δεν (απαντά|απαντάει|σηκώνει|ενδιαφέρεται|ξέρει)",
      "(πολύ|πάρα πολύ) (ακριβό|ακριβά|αργό|αργά|αργή|αργεί|αργήσατε|αργοπορία)",
      "(μου τα πήρατε|μου πήρατε τα λεφτά|φάγατε τα λεφτά μου)",
      // Sarcastic thanks.
      "(ευχαριστώ|ευχαριστούμε|ευχαριστώ πολύ) (για τίποτα|για την ταλαιπωρία|που χάσατε|που με αφήσατε|που μας αφήσατε|που με κοροϊδέψατε)",
    ],
    leaving: ["(θα πάω|πάω|φεύγω|θα φύγω|θα ψωνίζω|θα παραγγέλνω|θα ταξιδεύω) (αλλού|σε άλλη εταιρεία|σε άλλο κατάστημα|στον ανταγωνισμό|με άλλη εταιρεία|με τον ανταγωνισμό)"],
    praise: [
      "(ευχαριστώ|ευχαριστούμε|ευχαριστίες|ευχαριστώ πολύ|σας ευχαριστώ|μπράβο|μπράβο σας|συγχαρητήρια|εύγε|ζήτω|να είστε καλά)",
      "(εξαιρετικός|εξαιρετική|εξαιρετικό|εξαιρετικοί|εξαιρετικά|υπέροχος|υπέροχη|υπέροχο|υπέροχοι|υπέροχα|τέλειος|τέλεια|τέλειο|τέλειοι|άψογος|άψογη|άψογο|άψογα|φανταστικός|φανταστική|φανταστικό|καταπληκτικός|καταπληκτική|καταπληκτικό|εκπληκτικός|εκπληκτική|εκπληκτικό|απίθανος|απίθανη|απίθανο|θαυμάσιος|θαυμάσια|θαυμάσιο|νόστιμο|νόστιμα|πεντανόστιμο|αγαπημένο|αγαπημένη)",
      "(ευγενικός|ευγενική|ευγενικοί|ευγενέστατος|ευγενέστατη|ευγενέστατοι|εξυπηρετικός|εξυπηρετική|εξυπηρετικοί|χαρούμενος|χαρούμενη|ευχαριστημένος|ευχαριστημένη|ευχαριστημένοι|ικανοποιημένος|ικανοποιημένη|ικανοποιημένοι|ενθουσιασμένος|ενθουσιασμένη)",
      "(λατρεύω|λατρεύουμε|αγαπώ|σας αγαπώ|σας λατρεύω|εκτιμώ|εκτιμούμε|ευγνώμων|ευγνώμονες)",
      "(είστε οι καλύτεροι|είστε φοβεροί|είστε απίθανοι|είστε τέλειοι|πέντε αστέρια|5 αστέρια|το συνιστώ|σας συνιστώ|συνεχίστε έτσι|κάνατε φοβερή δουλειά|πολύ καλή δουλειά|πάνω από τις προσδοκίες)",
      // Βοήθεια που δόθηκε, μια χάρη χωρίς κόστος: έπαινος, αν δεν αρνείται («κανείς δεν με βοήθησε»).
      "(με|μας) (βοήθησε|βοήθησαν)",
      "χωρίς (χρέωση|κόστος|επιβάρυνση|ταλαιπωρία)",
    ],
    acclaim: [
      "(μπράβο|ευχαριστώ|ευχαριστούμε|ευχαριστίες|συγχαρητήρια|ένα μεγάλο ευχαριστώ|ένα ευχαριστώ|θερμές ευχαριστίες|τα συγχαρητήριά μου|μια αγκαλιά) (στον|στην|στο|στους|στις|σε)",
      "(ένα μεγάλο|ένα τεράστιο|θερμά|ένα θερμό|ειλικρινά|από καρδιάς) (ευχαριστώ|ευχαριστούμε|μπράβο|συγχαρητήρια)",
      "πάνω από τις προσδοκίες",
    ],
    question: [
      "(πώς|πότε|πού|ποιος|ποια|ποιο|ποιοι|πόσο|πόσα|πόση|πόσες|πόσοι|τι ώρα) (μπορώ|μπορούμε|να|είναι|θα|κάνει|κοστίζει|κοστίζουν|χρειάζεται|χρειάζομαι|ανοίγει|ανοίγετε|κλείνει|κλείνετε|παίρνει|έχετε|ισχύει|στέλνετε)",
      "(μπορώ να|μπορούμε να|μπορείτε να|θα μπορούσατε|ξέρετε αν|ξέρει κανείς|υπάρχει|υπάρχουν|γίνεται να|είναι δυνατόν|είναι δυνατό|ισχύει|στέλνετε|δέχεστε)",
      // «Έχετε» stems as «έχει» and «έχουν» do («τα ακουστικά έχουν ήχο...» is no question): only asking for something.
      "έχετε (και|καθόλου|σε|στο|στη|στην|αυτό|αυτή|αυτά|αυτόν|κατάστημα|καταστήματα|διαθέσιμο|διαθέσιμη|διαθέσιμα|απόθεμα|νούμερο|μέγεθος)",
      "(ερώτηση|απορία|πληροφορία|πληροφορίες|θα ήθελα να μάθω|θα ήθελα να ρωτήσω|αναρωτιέμαι|μια ερώτηση|ψάχνω)",
    ],
    spam: [
      "(κερδίστε|κέρδισε|κερδίστε δωρεάν|διαγωνισμός|διαγωνισμό|κλήρωση|εκπτωτικός κωδικός|κωδικός έκπτωσης|link στο bio|μόνο για σήμερα|για περιορισμένο χρονικό διάστημα|μη χάσετε|μην το χάσετε)",
    ],
    // A customer says these too ("ήρθε δώρο", "η προσφορά σας"): spam only with a link.
    contrast: ["(αλλά|όμως|ωστόσο)"],
    greeting: ["(χρόνια πολλά|καλά χριστούγεννα|καλή χρονιά|καλές γιορτές|καλό πάσχα|καλή ανάσταση|καλό καλοκαίρι)"],
    signoff: ["(ευχαριστώ|ευχαριστούμε|ευχαριστώ πολύ) (εκ των προτέρων|προκαταβολικά)"],
    promo: ["(δωρεάν|δώρο|προσφορά|προσφορές|κάντε κλικ|πατήστε εδώ|πατήστε το link|ακολουθήστε μας|ακολούθησέ μας|κάντε εγγραφή|εγγραφείτε|δείτε εδώ)"],
  },
};
