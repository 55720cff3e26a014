/**
 * What a complaint is about, by concept rather than by phrase. A playbook's triggers name the
 * phrases its complaints use ("charged twice", "arrived smashed"); real complaints say the same
 * thing in words nobody listed ("y'all charged my account 8 times", "my laptop keeps shutting
 * off"). Here each language names a few **concepts**, each a word family (money: charge, bill,
 * payment, refund…; a device: phone, laptop, remote…; failing: won't work, keeps crashing,
 * frozen…), and each playbook says which **pairs of concepts** together point at it, once for
 * every language: a device that fails is `product-defect`, an app or site that fails is
 * `site-malfunction`, money with something wrong about it is `payment-problem`.
 *
 * ./route.ts adds WEIGHTS.concept to a playbook for its best pair found anywhere in the
 * message (a post is a sentence or two), and the words of that pair are listed among the
 * words that matched. The word lists are patterns, normalized as a message's words are
 * (./words.ts: "charged", "charges" and "charging" are one word), so each family lists a
 * word once and its multi-word forms ("won't work", "on hold").
 *
 * Keep a concept to words that mean it in any shop's complaint; a phrase that belongs to one
 * kind of complaint only goes in that playbook's triggers instead.
 */

/** The concepts, the same in every language. */
export const CONCEPTS = [
  "money",
  "money-wrong",
  "refund",
  "device",
  "software",
  "failing",
  "food",
  "spoiled",
  "account",
  "locked",
  "order",
  "waiting",
  "gone",
  "damaged",
  "mismatch",
  "staff",
  "rude",
  "contact",
  "unanswered",
  "utility",
  "outage",
  "travel",
  "disrupted",
  "digital",
  "not-received",
] as const;

export type Concept = (typeof CONCEPTS)[number];

/**
 * Per playbook id: the pairs (or single concepts) that point at it. The first pair found
 * counts; one is enough. A single concept stands alone only when the word says the whole
 * complaint ("refund").
 */
export const CONCEPT_RULES: Readonly<Record<string, ReadonlyArray<readonly Concept[]>>> = {
  "payment-problem": [["money", "money-wrong"]],
  "refund-request": [["refund"]],
  "product-defect": [["device", "failing"], ["food", "spoiled"]],
  "site-malfunction": [["software", "failing"]],
  "account-access": [["account", "locked"]],
  "late-delivery": [["order", "waiting"]],
  "parcel-lost": [["order", "gone"]],
  "parcel-damaged": [["order", "damaged"]],
  "wrong-item": [["order", "mismatch"]],
  "staff-conduct": [["staff", "rude"]],
  "unreachable-support": [["contact", "unanswered"]],
  "service-outage": [["utility", "outage"]],
  "travel-disruption": [["travel", "disrupted"]],
  "digital-goods": [["digital", "not-received"]],
};

export const CONCEPT_WORDS: Readonly<Record<string, Readonly<Partial<Record<Concept, readonly string[]>>>>> = {
  en: {
    money: [
      "(charge|charged|charges|charging|overcharge|overcharged|bill|billed|billing|bills|invoice|payment|payments|paid|pay|paying|money|funds|card|credit card|debit card|debit|debited|transaction|transactions|fraud protection|fraud alert|fraud department|fraud team|fee|fees|price|prices|cost|costs|subscription|autopay|direct debit|statement|bank|receipt|deposit|dollars|pounds|euros|bucks|quid)",
    ],
    "money-wrong": [
      "(twice|double|duplicate|# times|times over|extra|again|more than|too much|overcharged|overcharge|wrong|incorrect|error|mistake|unauthorized|unauthorised|fraud|fraudulent|dispute|random|hidden|unexpected|without|never ordered|didn t order|did not order|not ordered|keep|keeps|kept|still|ripped off|rip off|scam|theft|robbery|daylight robbery|stolen|stole|taken|took|declined|rejected|flagged|pending|missing|gone|not received|never got)",
    ],
    refund: ["(refund|refunds|refunded|refunding|reimburse|reimbursed|reimbursement|money back|compensation|compensate|compensated|chargeback|credit back)"],
    device: [
      "(phone|iphone|smartphone|laptop|computer|pc|mac|macbook|tablet|ipad|tv|television|tv box|cable box|box|remote|bluetooth|battery|screen|display|charger|cable|headphones|earphones|airpods|apple watch|smartwatch|smart watch|console|xbox|playstation|ps4|controller|printer|camera|device|devices|product|item|machine|appliance|speaker|keyboard|mouse|router|modem|dvr|disc|disk|hard drive|fridge|washer|dryer|oven|microwave|vacuum|kettle|shoes|jacket|clothes|zip|strap|handle|lid|headset|earbuds|sim|sim card|kindle|echo|alexa|fitbit|smart tv|sofa|chair|table|bed|mattress|furniture|toy|toys|shirt|dress|jeans|trousers|boots|trainers|sneakers|socks|backpack|toaster|blender|dishwasher|heater|boiler|nappies|diapers|bottle|car|bike|tyre|tire)",
    ],
    software: [
      "(app|apps|application|site|website|web site|webpage|page|pages|link|links|online|checkout|check out|basket|cart|download|downloading|downloaded|install|installing|installed|update|updating|updated|upgrade|ios|android|software|firmware|game|games|interface|feature|button|stream|streaming|browser|server|servers|portal|system|program|programs|menu|search|sync|notifications|messages|emails|email|app store|play store|playstation store|xbox store|microsoft store|steam|song|songs|playlist|episode|episodes|captions|subtitles|podcast)",
    ],
    failing: [
      "(unreliable|not reliable|no reliable|not working|no longer working|won t work|will not work|doesn t work|does not work|don t work|isn t working|is not working|stopped working|quit working|never works|not work|won t let me|will not let me|doesn t let me|can t|can not|unable to|fails|failed|failing|failure|error|errors|error code|bug|bugs|buggy|glitch|glitches|glitchy|crash|crashes|crashed|crashing|freeze|freezes|freezing|frozen|stuck|hangs|lag|lagging|laggy|slow|broken|broke|faulty|defective|defect|defected|dead|die|died|dies|corrupt|corrupted|blank|black screen|won t turn on|won t load|not loading|won t open|not responding|unresponsive|shutting off|shuts off|shut off|turns off|keeps|keep|restarting|reboot|rebooting|disconnecting|disconnects|overheating|cracked|falling apart|fell apart|came apart|poor quality|bad quality|cheap|flimsy|useless|unusable|impossible|missing|gone|disappeared|erased|deleted|wiped|drains|draining|drained|dies fast|dying|doesn t last|does not last|won t hold a charge|not charging|won t charge|wrong|issue|issues|problem|problems|won t connect|can t connect|not connecting|won t play|won t start|won t sync|won t install|won t update|stopped|quit|froze|glitching|messed up|acting up|playing up|malfunction|malfunctioning|faulty|stopped charging|no sound|no picture|flickering|peeling|broke down|breaks|breaking|since updating|since the update|since the latest update|since the new update|since upgrading|since the upgrade|after updating|after the update|after the latest update|after the new update|after update|after upgrading)",
    ],
    food: [
      "(food|meal|meals|burrito|bowl|sandwich|pizza|burger|fries|chips|salad|chicken|meat|fish|cheese|bread|milk|fruit|veg|vegetables|coffee|drink|drinks|order of|takeaway|groceries|grocery|snack|snacks|cake|yoghurt|yogurt|juice|soup|wrap|guac|guacamole|avocado|avocados|eggs|steak)",
    ],
    spoiled: [
      "(stale|undercooked|raw|mouldy|moldy|mould|mold|rotten|rotting|gone off|expired|out of date|past the date|hair in|hair in it|plastic in|bug in|bugs in|insect|maggots|soggy|burnt|burned|inedible|disgusting|gross|smelled|smells|smelly|sour|food poisoning|made me sick|got sick|vomiting|tiny portion|half empty|barely any|hardly any|little to no|no meat|no cheese|chalky|watery|bland|tasteless|lukewarm|overcooked|cold food|stone cold|hard as a rock)",
    ],
    account: [
      "(account|accounts|login|log in|logging in|sign in|signing in|signin|password|username|user name|profile|verification|verify|two step|two factor|2fa|security code|email address|id|apple id)",
    ],
    locked: [
      "(locked|locked out|lock|blocked|suspended|disabled|deactivated|closed|banned|hacked|compromised|breached|stolen|reset|forgot|forgotten|can t log|can t sign|can t access|can t get into|can not log|can not sign|can not access|unable to log|unable to sign|unable to access|won t let me log|won t let me sign|not letting me|access|recover|recovery|someone else|can t login|cannot login|can not login|won t accept my password|password not working|wrong password|incorrect password|logging me out|logged out|locked me out|log me out|verification code|2fa code|two step code|can t verify|can not verify)",
    ],
    order: [
      "(order|orders|ordered|package|packages|parcel|parcels|delivery|deliveries|delivered|deliver|shipment|shipped|shipping|ship|courier|tracking|tracked|dispatched|dispatch|arrive|arrived|arrival|arriving|item|items|purchase|purchased|bought|box|mail|post|postman|porch|doorstep)",
    ],
    waiting: [
      "(waiting|waited|wait|still|yet|late|delayed|delay|delays|overdue|not arrived|hasn t arrived|has not arrived|haven t received|have not received|hasn t come|not here|not come|no sign|supposed to|was due|expected|estimated|rescheduled|postponed|days|weeks|when will|where is|where s|still not|not yet|missed)",
    ],
    gone: [
      "(lost|missing|stolen|stole|nicked|never arrived|never came|never received|never got|never turned up|not received|didn t receive|didn t arrive|did not arrive|did not receive|said delivered|says delivered|marked delivered|shows delivered|marked as delivered|wasn t delivered|not delivered|hasn t been delivered|has not been delivered|never delivered|never been delivered|disappeared|vanished|nowhere|left at|wrong address|someone else)",
    ],
    damaged: [
      "(damaged|damage|broken|broke|smashed|crushed|cracked|dented|torn|ripped|leaking|leaked|leak|spilled|spilt|soaked|wet|squashed|shattered|ruined|destroyed|melted|dented)",
    ],
    mismatch: [
      "(wrong|instead of|not what i ordered|isn t what i ordered|different|incorrect|not the one|wrong size|wrong colour|wrong color|mixed up|someone else s|missing|left out|forgot|forgotten|short|incomplete|wasn t there|weren t there|wasn t in|weren t in|not in the bag|not in the box|no sign of)",
    ],
    staff: [
      "(staff|staffer|employee|employees|rep|reps|representative|representatives|agent|agents|advisor|adviser|driver|drivers|courier|cashier|manager|managers|supervisor|attendant|attendants|flight attendant|crew|pilot|captain|worker|workers|clerk|guard|security|technician|tech|engineer|installer|operator|lady|woman|guy|gentleman|waiter|waitress|associate|team member|member of staff|gate agent|desk agent|ticket agent|conductor|stewardess|steward|bartender|barista|receptionist|concierge|delivery guy|delivery man|salesman|saleswoman|sales rep|sales reps|shop assistant|store manager|bus driver|uber driver)",
    ],
    rude: [
      "(rude|rudely|rudeness|disrespectful|disrespected|unprofessional|abusive|aggressive|hostile|condescending|patronising|patronizing|arrogant|attitude|yelled|yelling|shouted|shouting|screamed|swore|swearing|cursed|insulted|insulting|mocked|laughed at|called me|asshole|racist|racism|sexist|harassed|harassment|threatened|threatening|assaulted|pushed|grabbed|discriminated|discrimination|incompetent|incompetence|inept|clueless|lied|lying|liar|ignored|ignoring|refused|hung up|slammed|nasty|getting shit|dirty look|dirty looks|harsh|embarrassed|humiliated|unsafe|dangerous|drunk|smoking|unhelpful|dismissive|snapped|snarky|sarcastic|scolded|belittled|lectured|made fun|rolled her eyes|rolled his eyes|kicked us out|kicked me out|refused to help|wouldn t help|didn t care|careless|threw|thrown|tossed|accused|profiled|bullied|intimidated|creepy|inappropriate)",
    ],
    contact: [
      "(call|calls|called|calling|speak to|speak with|talk to|talk with|phone|phoned|line|lines|helpline|hotline|hold|on hold|chat|live chat|email|emails|emailed|dm|dms|message|messages|messaged|contact|contacted|reach|reached|get through|got through|customer service|customer care|support|help desk|helpdesk|callback|call back|ticket|complaint|agent|rep|representative|reply|response|answer|respond)",
    ],
    unanswered: [
      "(no reply|no response|no answer|no one|nobody|no callback|no call back|never called|never call|never replied|never responded|never answered|never heard|haven t heard|have not heard|not heard|still waiting|waiting|waited|wait|on hold|kept on hold|hung up|hang up|hanging up|cut off|disconnected|transferred|passed around|runaround|ignored|ignoring|ignore|no help|not answering|won t answer|don t answer|doesn t answer|nobody answers|unreachable|can t get through|can not get through|can t reach|can not reach|impossible to|lengthy|difficulties|difficult|no one answers|never picks up|doesn t pick up|won t pick up|no one picks up|nobody picks up|not picking up|bounced around|left on read|automated|bot|no one gets back|nobody gets back|never got back|never get back|no follow up|no one called|nobody called)",
    ],
    utility: [
      "(internet|wifi|wi fi|broadband|fibre|fiber|signal|reception|no service|phone service|cell service|mobile service|internet service|cable service|network|connection|connectivity|coverage|power|electricity|electric|gas|water|cable|tv|channels|data|4g|lte|3g|5g|mobile data|landline|phone line|outage|streaming|netflix|stream)",
    ],
    outage: [
      "(down|out|outage|outages|no|without|lost|dropped|dropping|drops|keeps dropping|cut|cut off|disconnected|interrupted|intermittent|unstable|slow|slowest|spotty|patchy|weak|dead|not working|isn t working|doesn t work|won t work|stopped working|off|offline|gone|unavailable|hours|days|since|no bars|dead zone|keeps cutting out|cutting out|cuts out|buffering)",
    ],
    travel: [
      "(flight|flights|fly|flying|flew|plane|aircraft|airport|train|trains|bus|buses|coach|ferry|trip|journey|travel|travelling|traveling|layover|connection|connecting|departure|departed|depart|gate|boarding|board|boarded|takeoff|landing|landed|luggage|baggage|bag|bags|suitcase|carousel|seat|seats|ticket|tickets|reservation|booking|rebooked|terminal|platform)",
    ],
    disrupted: [
      "(delay|delayed|delays|late|later|cancel|cancelled|canceled|cancellation|cancelations|cancellations|missed|miss|stranded|stuck|diverted|rebooked|rebook|overbooked|bumped|grounded|schedule change|schedule changed|time change|time changed|gate change|gate changed|plane change|aircraft change|hours|waiting|lost|missing|left behind|no show|not notified|without notice|sat on the tarmac|tarmac|layover)",
    ],
    digital: [
      "(code|codes|voucher|vouchers|gift card|giftcard|e gift|egift|points|miles|credits|credit|coins|tokens|dlc|season pass|download|downloadable|digital|key|licence|license|subscription|membership|pass|e ticket|eticket|bonus|reward|rewards|in game|pre order|preorder|content|add on|addon|pack|battle pass|skin|skins|vbucks|v bucks|gems|in app purchase|in app|ebook|e book|rental|itunes|gift code|promo code|discount code|game pass|xbox live|psn|playstation plus|ps plus|store credit)",
    ],
    "not-received": [
      "(not received|haven t received|have not received|didn t receive|did not receive|never received|never got|didn t get|did not get|haven t got|have not got|not got|not showing|doesn t show|does not show|not show|not showing up|never showed|never showed up|never show up|didn t show up|hasn t shown up|haven t shown up|not appearing|not credited|not added|not applied|didn t apply|missing|where is|where are|still no|still not|no code|no email|never came|never arrived|didn t come|not come through|hasn t come through|doesn t work|not working|won t work|invalid|already used|expired|won t download|not download|don t download|dont download|can t download|can t redeem|won t redeem|not redeem)",
    ],
  },
  it: {
    money: [
      "(addebito|addebiti|addebitato|addebitata|addebitati|addebitare|pagato|pagata|pagamento|pagamenti|pagare|soldi|denaro|carta|carta di credito|bancomat|transazione|transazione|bolletta|bollette|fattura|fatture|costo|costi|prezzo|commissione|commissioni|canone|abbonamento|conto|estratto conto|prelievo|prelevato|prelevati|euro)",
    ],
    "money-wrong": [
      "(due volte|doppio|doppia|doppi|duplicato|# volte|ancora|in piu|di troppo|troppo|sbagliato|sbagliata|errato|errata|errore|non autorizzato|non autorizzata|frode|truffa|contestare|contestazione|nascosto|nascosti|inaspettato|senza|mai ordinato|non ho ordinato|continua|continuano|continuate|rubato|rubati|furto|rapina|ladri|preso|presi|rifiutato|rifiutata|in sospeso|bloccato|bloccati|mancante|spariti|non ricevuto)",
    ],
    refund: ["(rimborso|rimborsi|rimborsato|rimborsata|rimborsare|rimborsatemi|risarcimento|indennizzo|soldi indietro|storno|stornare|stornato)"],
    device: [
      "(telefono|cellulare|smartphone|iphone|portatile|computer|pc|tablet|ipad|tv|televisore|televisione|decoder|modem|router|telecomando|batteria|schermo|display|caricatore|cavo|cuffie|auricolari|orologio|console|controller|stampante|fotocamera|dispositivo|prodotto|articolo|apparecchio|elettrodomestico|lavatrice|frigorifero|forno|aspirapolvere|scarpe|giacca|vestito|cerniera|maniglia|sedile|sim|scheda sim|divano|sedia|tavolo|letto|materasso|mobile|mobili|giocattolo|giocattoli|maglia|maglietta|camicia|pantaloni|jeans|stivali|borsa|zaino|valigia|tostapane|frullatore|lavastoviglie|caldaia|pannolini|bottiglia|auto|macchina|bici|bicicletta)",
    ],
    software: [
      "(app|applicazione|sito|sito web|pagina|link|online|on line|carrello|checkout|download|scaricare|scaricato|installare|installato|aggiornamento|aggiornare|aggiornato|software|gioco|giochi|interfaccia|funzione|pulsante|tasto|streaming|browser|server|portale|sistema|programma|menu|ricerca|notifiche|email|mail|canzone|canzoni|playlist|episodio|episodi|sottotitoli|podcast)",
    ],
    failing: [
      "(non funziona|non funzionano|non va|non vanno|smesso di funzionare|non si accende|non parte|non carica|non si apre|non mi fa|non mi permette|non riesco|impossibile|errore|errori|codice di errore|bug|crash|si blocca|si bloccano|bloccato|bloccata|bloccata|si pianta|piantato|lento|lentissimo|rotto|rotta|guasto|guasta|difettoso|difettosa|difetto|morto|morta|corrotto|schermo nero|vuoto|vuota|si spegne|si spengono|si e spento|si e spenta|si riavvia|si riavviano|si disconnette|surriscalda|crepato|scollato|si e staccato|si e rotto|si e rotta|scadente|pessima qualita|inutilizzabile|si scarica|scarica subito|e scesa|scende|cala|dura poco|non dura|sparito|sparita|cancellato|cancellati|problema|problemi|non si connette|non si collega|non si avvia|non si aggiorna|non si installa|non parte piu|si e bloccato|si e bloccata|si e fermato|si e fermata|malfunzionamento|difettosi|difettose|non si sente|non si vede|sfarfalla|si stacca|si scolla|si e strappato|si e strappata|si e rotto|si rompe|rotti|rotte|dall aggiornamento|dopo l aggiornamento|da quando ho aggiornato)",
    ],
    food: [
      "(cibo|pasto|panino|pizza|hamburger|patatine|insalata|pollo|carne|pesce|formaggio|pane|latte|frutta|verdura|caffe|bevanda|bevande|spesa|dolce|torta|yogurt|succo|zuppa|uova|piatto|porzione)",
    ],
    spoiled: [
      "(raffermo|raffermi|crudo|cruda|ammuffito|ammuffita|muffa|marcio|marcia|andato a male|andata a male|scaduto|scaduta|scaduti|capello|capelli|plastica|insetto|insetti|vermi|molliccio|bruciato|bruciata|immangiabile|disgustoso|schifoso|puzza|puzzava|acido|intossicazione|stato male|porzione ridicola|mezzo vuoto|quasi niente|pochissimo|insipido|insipida|acquoso|acquosa|tiepido|tiepida|scotto|scotta|freddo|fredda|gelido|gelida|duro come)",
    ],
    account: ["(account|profilo|accesso|login|accedere|entrare|password|credenziali|nome utente|utente|verifica|codice di sicurezza|autenticazione|spid|indirizzo email)"],
    locked: [
      "(bloccato|bloccata|sospeso|sospesa|disattivato|disattivata|chiuso|chiusa|hackerato|hackerata|violato|violata|rubato|rubata|reimpostare|reset|dimenticato|dimenticata|non riesco ad accedere|non riesco a entrare|non riesco ad entrare|non posso accedere|impossibile accedere|non mi fa entrare|non mi fa accedere|recuperare|recupero|qualcun altro|password errata|password sbagliata|password non funziona|mi disconnette|mi butta fuori|codice di verifica|non riesco a fare il login|non riesco a loggarmi)",
    ],
    order: [
      "(ordine|ordini|ordinato|ordinata|ordinati|pacco|pacchi|collo|spedizione|spedizioni|spedito|spedita|consegna|consegne|consegnato|consegnata|consegnare|corriere|tracking|tracciamento|arrivare|arrivato|arrivata|arrivo|articolo|articoli|acquisto|acquistato|comprato|merce|posta)",
    ],
    waiting: [
      "(aspetto|aspettando|attendo|attesa|ancora|ritardo|in ritardo|non e arrivato|non e arrivata|non sono arrivati|non arriva|non ho ricevuto|non ancora|doveva arrivare|previsto|prevista|rimandato|rimandata|giorni|settimane|quando arriva|dove e|dov e|che fine)",
    ],
    gone: [
      "(perso|persa|persi|smarrito|smarrita|mancante|mancanti|rubato|rubata|mai arrivato|mai arrivata|mai ricevuto|mai ricevuta|risulta consegnato|risulta consegnata|segna consegnato|dice consegnato|non consegnato|non e stato consegnato|non e stata consegnata|non sono stati consegnati|mai consegnato|mai consegnata|sparito|sparita|indirizzo sbagliato|qualcun altro)",
    ],
    damaged: [
      "(danneggiato|danneggiata|danneggiati|rotto|rotta|rotti|rotte|distrutto|distrutta|schiacciato|schiacciata|ammaccato|ammaccata|crepato|crepata|strappato|strappata|bagnato|bagnata|rovesciato|rovesciata|aperto|aperta|rovinato|rovinata|frantumato|frantumata)",
    ],
    mismatch: ["(sbagliato|sbagliata|sbagliati|invece di|al posto di|diverso|diversa|non e quello che ho ordinato|taglia sbagliata|colore sbagliato|scambiato|mancante|manca|mancano|mancava|mancavano|non c era|non c erano|incompleto|incompleta|dimenticato|dimenticati)"],
    staff: [
      "(personale|dipendente|dipendenti|addetto|addetta|addetti|operatore|operatrice|operatori|commesso|commessa|commessi|cassiere|cassiera|autista|corriere|fattorino|responsabile|direttore|hostess|steward|equipaggio|pilota|tecnico|installatore|impiegato|impiegata|signora|signore|ragazzo|ragazza|servizio clienti|filiale|negozio|sportello)",
    ],
    rude: [
      "(maleducato|maleducata|maleducati|maleducazione|scortese|scortesi|sgarbato|sgarbata|arrogante|arroganti|aggressivo|aggressiva|offensivo|offeso|insultato|insultata|urlato|urlava|gridato|ha riso|deriso|minacciato|minacciata|razzista|molestato|molestata|incompetente|incompetenti|incapace|incapaci|mentito|bugiardo|ignorato|ignorata|riattaccato|attaccato il telefono|sbattuto|pessimo|pessima|vergognoso|non professionale|poco professionale|poco disponibile|per niente disponibile|sgarbatamente|trattato male|trattata male|trattati male|ci ha cacciati|mi ha cacciato|si e rifiutato|si e rifiutata|non gliene importa|sufficienza|con sufficienza|ha lanciato|lanciato|buttato|accusato|accusata|inappropriato)",
    ],
    contact: [
      "(chiamo|chiamato|chiamata|chiamate|chiamare|telefono|telefonato|numero verde|linea|attesa|in attesa|chat|email|mail|messaggio|messaggi|contatto|contattare|contattato|servizio clienti|assistenza|supporto|call center|ticket|reclamo|segnalazione|operatore|risposta|rispondere|risponde)",
    ],
    unanswered: [
      "(nessuna risposta|nessuno risponde|nessuno|non rispondete|non risponde|non rispondono|mai risposto|mai richiamato|non mi richiama|non ho ricevuto risposta|aspetto|aspettando|attesa|in attesa|riattaccato|caduta la linea|cade la linea|trasferito|rimbalzato|ignorato|ignorata|irraggiungibile|impossibile parlare|impossibile contattare|non riesco a parlare|non riesco a contattare|sempre occupato|occupato|nessuno mi richiama|nessuno ci richiama|nessuno mi risponde|non mi rispondono|mai richiamata|nessun riscontro|risposta automatica|risponditore automatico)",
    ],
    utility: [
      "(internet|wifi|wi fi|fibra|adsl|linea|segnale|rete|connessione|copertura|servizio|corrente|luce|elettricita|gas|acqua|tv|canali|dati|giga|4g|5g|telefono fisso|streaming)",
    ],
    outage: [
      "(assente|non c e|non ce|manca|senza|giu|down|interrotto|interrotta|interruzione|guasto|disservizio|isolato|isolati|cade|cadendo|caduta|lento|lentissima|lentissimo|instabile|debole|non funziona|non va|off|offline|da ore|da giorni|ore|giorni)",
    ],
    travel: [
      "(volo|voli|aereo|compagnia aerea|aeroporto|treno|treni|bus|autobus|pullman|traghetto|viaggio|viaggiare|scalo|coincidenza|partenza|partito|gate|imbarco|imbarcato|atterraggio|bagaglio|bagagli|valigia|valigie|nastro|posto|biglietto|biglietti|prenotazione|terminal|binario)",
    ],
    disrupted: [
      "(ritardo|ritardi|in ritardo|cancellato|cancellata|cancellazione|soppresso|soppressa|annullato|annullata|perso|persa|persi|bloccato|bloccati|bloccata|dirottato|riprotetto|overbooking|lasciato a terra|cambiato|cambio orario|ore|aspettando|attesa|senza preavviso|smarrito|smarrita)",
    ],
    digital: [
      "(codice|codici|buono|buoni|gift card|carta regalo|punti|crediti|credito|monete|dlc|download|digitale|chiave|licenza|abbonamento|pass|biglietto elettronico|bonus|premio|premi|contenuto|contenuti|pacchetto|ricarica)",
    ],
    "not-received": [
      "(non ricevuto|non ho ricevuto|non compaiono|non appaiono|non si vedono|non vedo|non trovo|mai ricevuto|mai arrivato|mai arrivata|non mi e arrivato|non mi e arrivata|non e arrivato|non e arrivata|non compare|non appare|non risulta|non accreditato|non accreditati|non caricato|non caricati|non applicato|manca|mancano|mancante|dov e|nessun codice|nessuna email|non funziona|non valido|gia usato|gia utilizzato|scaduto|non si scarica|non riesco a scaricare)",
    ],
  },
  el: {
    money: [
      "(χρέωση|χρεώσεις|χρεώθηκα|χρεώσατε|χρεώνετε|πλήρωσα|πληρώσαμε|πληρωμή|πληρωμές|λεφτά|χρήματα|κάρτα|πιστωτική|χρεωστική|συναλλαγή|συναλλαγές|λογαριασμός|λογαριασμό|τιμολόγιο|κόστος|τιμή|προμήθεια|συνδρομή|ευρώ)",
    ],
    "money-wrong": [
      "(δύο φορές|διπλή|διπλά|διπλό|# φορές|ξανά|παραπάνω|επιπλέον|λάθος|λανθασμένη|λανθασμένο|χωρίς|δεν παρήγγειλα|απάτη|κλοπή|κλέφτες|ληστεία|άγνωστη|ακόμα|συνεχίζετε|πήρατε|κλέψατε|απορρίφθηκε|εκκρεμεί|εκκρεμής)",
    ],
    refund: ["(επιστροφή χρημάτων|επιστροφή των χρημάτων|επιστροφή|αποζημίωση|επιστρέψτε|πίσω τα λεφτά|πίσω τα χρήματα)"],
    device: ["(κινητό|τηλέφωνο|λάπτοπ|υπολογιστής|υπολογιστή|τάμπλετ|τηλεόραση|αποκωδικοποιητής|ρούτερ|μόντεμ|τηλεχειριστήριο|μπαταρία|οθόνη|φορτιστής|καλώδιο|ακουστικά|ρολόι|κονσόλα|εκτυπωτής|κάμερα|συσκευή|προϊόν|είδος|πλυντήριο|ψυγείο|φούρνος|παπούτσια)"],
    software: ["(εφαρμογή|εφαρμογής|app|site|σελίδα|ιστοσελίδα|ιστότοπος|σύνδεσμος|link|online|ηλεκτρονικά|καλάθι|ταμείο|κατέβασμα|εγκατάσταση|ενημέρωση|αναβάθμιση|λογισμικό|παιχνίδι|κουμπί|σύστημα|πρόγραμμα|μενού|αναζήτηση|ειδοποιήσεις|email)"],
    failing: [
      "(δεν λειτουργεί|δε λειτουργεί|δεν δουλεύει|δε δουλεύει|σταμάτησε να λειτουργεί|σταμάτησε|δεν ανοίγει|δεν φορτώνει|δεν ανάβει|δεν με αφήνει|δεν μπορώ|αδύνατον|σφάλμα|σφάλματα|λάθος|κολλάει|κόλλησε|κολλημένο|πάγωσε|παγώνει|κρασάρει|αργό|αργεί|χαλασμένο|χαλασμένη|χάλασε|σπασμένο|σπασμένη|έσπασε|ελαττωματικό|ελαττωματική|νεκρό|κλείνει μόνο|κλείνει μόνη|επανεκκίνηση|κακή ποιότητα|κακής ποιότητας|άχρηστο|αδειάζει|πέφτει γρήγορα|δεν κρατάει|πρόβλημα|προβλήματα|δεν συνδέεται|δεν ανοίγει|δεν ξεκινάει|δεν ενημερώνεται|έσκισε|σκίστηκε|ξεκόλλησε|δεν ακούγεται|δεν έχει ήχο|δεν έχει εικόνα|τρεμοπαίζει|χάλασαν|χαλασμένα)",
    ],
    food: ["(φαγητό|φαγητού|γεύμα|σάντουιτς|πίτσα|μπιφτέκι|πατάτες|σαλάτα|κοτόπουλο|κρέας|ψάρι|τυρί|ψωμί|γάλα|φρούτα|λαχανικά|καφές|καφέ|ποτό|ψώνια|γλυκό|τούρτα|γιαούρτι|χυμός|σούπα|αυγά|μερίδα|σουβλάκι|γύρος)"],
    spoiled: ["(μπαγιάτικο|μπαγιάτικα|ωμό|ωμή|άψητο|μουχλιασμένο|μουχλιασμένα|μούχλα|σάπιο|σάπια|χαλασμένο|χαλασμένα|ληγμένο|ληγμένα|τρίχα|τρίχες|πλαστικό|έντομο|ζουζούνι|καμένο|άνοστο|αηδία|μύριζε|βρώμαγε|ξινό|τροφική δηλητηρίαση|αρρώστησα|μισή μερίδα|ελάχιστο)"],
    account: ["(λογαριασμός|λογαριασμό|λογαριασμού|σύνδεση|συνδεθώ|είσοδος|κωδικός|κωδικό|όνομα χρήστη|προφίλ|επαλήθευση|ταυτοποίηση)"],
    locked: ["(κλειδώθηκε|κλειδωμένος|κλειδωμένο|μπλοκαρίστηκε|μπλοκαρισμένος|ανεστάλη|απενεργοποιήθηκε|χακάρισαν|χακαρίστηκε|παραβιάστηκε|ξέχασα|επαναφορά|δεν μπορώ να συνδεθώ|δεν μπορώ να μπω|δεν με αφήνει να μπω|πρόσβαση|ανάκτηση|κάποιος άλλος)"],
    order: ["(παραγγελία|παραγγελίας|παραγγελίες|παρήγγειλα|δέμα|δέματος|δέματα|αποστολή|αποστολής|απεστάλη|παράδοση|παράδοσης|παραδόθηκε|κούριερ|courier|ταχυμεταφορική|εντοπισμός|tracking|έφτασε|ήρθε|προϊόν|αγορά|αγόρασα|κουτί|ταχυδρομείο)"],
    waiting: ["(περιμένω|περιμένουμε|περίμενα|αναμονή|ακόμα|ακόμη|καθυστέρηση|καθυστερεί|αργεί|δεν έχει έρθει|δεν ήρθε|δεν έφτασε|δεν έχω λάβει|δεν παρέλαβα|έπρεπε να|αναμενόταν|μέρες|ημέρες|εβδομάδες|πότε θα|πού είναι)"],
    gone: ["(χάθηκε|χαμένο|χαμένη|χάσατε|λείπει|λείπουν|κλάπηκε|κλεμμένο|δεν ήρθε ποτέ|δεν έφτασε ποτέ|δεν παρέλαβα ποτέ|παραδόθηκε|φαίνεται παραδομένο|εξαφανίστηκε|λάθος διεύθυνση|κάποιος άλλος)"],
    damaged: ["(χαλασμένο|χαλασμένη|σπασμένο|σπασμένη|σπασμένα|έσπασε|κατεστραμμένο|κατεστραμμένη|τσακισμένο|λιωμένο|σκισμένο|σκισμένη|βρεγμένο|βρεγμένη|χτυπημένο|χτυπημένη|ανοιγμένο|ζημιά|ζημιές)"],
    mismatch: ["(λάθος|λανθασμένο|λανθασμένη|αντί για|αντί|διαφορετικό|διαφορετική|δεν είναι αυτό που παρήγγειλα|λάθος νούμερο|λάθος χρώμα|λείπει|λείπουν|έλειπε|έλειπαν|δεν υπήρχε|δεν υπήρχαν|ελλιπής|ελλιπές)"],
    staff: ["(υπάλληλος|υπαλλήλου|υπάλληλοι|υπαλλήλους|προσωπικό|εκπρόσωπος|εκπρόσωπο|οδηγός|οδηγό|κούριερ|ταμίας|ταμία|διευθυντής|υπεύθυνος|υπεύθυνο|αεροσυνοδός|πλήρωμα|πιλότος|τεχνικός|τεχνικό|κυρία|κύριος|κοπέλα|παιδί|εξυπηρέτηση πελατών|κατάστημα|υποκατάστημα)"],
    rude: ["(αγενής|αγενέστατος|αγενέστατη|αγένεια|θρασύς|θρασύτατος|θρασύτατη|προσβλητικός|προσβλητική|με έβρισε|μας έβρισε|φώναξε|φώναζε|ούρλιαξε|με κορόιδεψε|γέλασε|απείλησε|ρατσιστής|ρατσιστικό|ανίκανος|ανίκανη|ανίκανοι|ψέματα|είπε ψέματα|αγνόησε|μου το έκλεισε|έκλεισε το τηλέφωνο|αντιεπαγγελματικός|απαράδεκτος|απαράδεκτη|απαίσιος|μη εξυπηρετικός|μη εξυπηρετική|αδιάφορος|αδιάφορη|μας πέταξε έξω|με πέταξε έξω|αρνήθηκε να βοηθήσει|πέταξε|πέταγε|με κατηγόρησε|ακατάλληλος|ακατάλληλη)"],
    contact: ["(τηλέφωνο|τηλεφώνησα|τηλεφωνώ|κλήση|κλήσεις|γραμμή|αναμονή|chat|email|μήνυμα|μηνύματα|επικοινωνία|επικοινωνήσω|εξυπηρέτηση πελατών|τηλεφωνικό κέντρο|υποστήριξη|αίτημα|παράπονο|καταγγελία|απάντηση|απαντήσει)"],
    unanswered: ["(καμία απάντηση|δεν απαντάει|δεν απαντά|δεν απαντάτε|κανείς δεν απαντά|κανείς|κανένας|δεν σηκώνει|δεν σηκώνετε|δεν μου απάντησε|δεν πήρα απάντηση|περιμένω|περίμενα|αναμονή|σε αναμονή|μου το έκλεισε|έκλεισε το τηλέφωνο|έπεσε η γραμμή|με γύρναγαν|με μεταβίβασαν|αγνοείτε|αγνόησαν|απρόσιτοι|αδύνατον να μιλήσω|συνέχεια κατειλημμένο)"],
    utility: ["(ίντερνετ|internet|wifi|σύνδεση|σήμα|δίκτυο|κάλυψη|υπηρεσία|ρεύμα|ηλεκτρικό|νερό|φυσικό αέριο|τηλεόραση|κανάλια|δεδομένα|4g|5g|σταθερό|γραμμή|adsl|vdsl|οπτική ίνα)"],
    outage: ["(δεν έχω|δεν έχουμε|χωρίς|κόπηκε|κομμένο|διακοπή|διακοπές|βλάβη|πεσμένο|έπεσε|πέφτει|αργό|αργή|ασταθές|αδύναμο|δεν λειτουργεί|δεν δουλεύει|εκτός λειτουργίας|ώρες|μέρες|από χθες|από το πρωί)"],
    travel: ["(πτήση|πτήσης|πτήσεις|αεροπλάνο|αεροπορική|αεροδρόμιο|τρένο|λεωφορείο|πλοίο|φέρι|ταξίδι|ταξιδιού|ανταπόκριση|αναχώρηση|πύλη|επιβίβαση|προσγείωση|αποσκευή|αποσκευές|βαλίτσα|βαλίτσες|θέση|εισιτήριο|εισιτήρια|κράτηση|τερματικό)"],
    disrupted: ["(καθυστέρηση|καθυστερήσεις|καθυστέρησε|αργοπορία|ακυρώθηκε|ακύρωση|ακυρώσατε|χάσαμε|έχασα|ξεμείναμε|κολλημένοι|εκτροπή|υπεράριθμη|overbooking|άλλαξε|αλλαγή ώρας|ώρες|αναμονή|χωρίς ειδοποίηση|χάθηκε|χαμένη|χαμένες)"],
    digital: ["(κωδικός|κωδικό|κουπόνι|κουπόνια|δωροκάρτα|δωροεπιταγή|πόντοι|πόντους|μίλια|πίστωση|μονάδες|ψηφιακό|ψηφιακή|κλειδί|άδεια|συνδρομή|μπόνους|ανταμοιβή|ηλεκτρονικό εισιτήριο|e ticket|ανανέωση χρόνου)"],
    "not-received": ["(δεν έλαβα|δεν έχω λάβει|δεν πήρα|δεν μου ήρθε|δεν ήρθε|δεν εμφανίζεται|δεν φαίνεται|δεν πιστώθηκε|δεν πιστώθηκαν|δεν προστέθηκε|λείπει|λείπουν|πού είναι|ακόμα τίποτα|κανένας κωδικός|κανένα email|δεν λειτουργεί|άκυρος|έχει ήδη χρησιμοποιηθεί|έληξε|ληγμένο)"],
  },
};
