// Whether a reply answers a problem (src/lint/problem.ts): from the complaint, else from the
// reply itself. Our own wording, English and Italian.
import { describe, expect, it } from "vitest";
import { complaintCues, complaintIsProblem, replyNamesEvent, replyNamesProblem, replyProblemCues, type ProblemAnswer } from "../../src/lint/problem.js";
import { tokenize } from "../../src/text/tokens.js";

const words = (text: string) => tokenize(text).map((t) => t.norm);

describe("complaintIsProblem", () => {
  const cases: Array<[string, string, string, ProblemAnswer]> = [
    // [why, locale, complaint, answer]
    ["something broken", "en", "My parcel arrived smashed", "problem"],
    ["a two-word cue", "en", "The app is not working since Monday", "problem"],
    ["can't + verb", "en", "I can't log in to my account", "problem"],
    ["still waiting", "en", "Still waiting for my refund", "problem"],
    ["nobody answers", "en", "Nobody answers the phone at your store", "problem"],
    ["an angry face alone", "en", "@shop 😡", "problem"],
    ["praise", "en", "Great crew on my flight today, thank you!", "no-problem"],
    ["can't wait is anticipation", "en", "Can't wait to fly with you on Friday", "no-problem"],
    ["praise outweighs one wrong word", "en", "Flight was a bit delayed but the crew were amazing, thank you, love you guys", "no-problem"],
    ["a wink is banter", "en", "If only we could get a gate now 😉😉 feels like we're lost out here", "no-problem"],
    ["more wrong than winks", "en", "Lost my bag, flight cancelled, nobody answers 😉", "problem"],
    ["one sarcastic thumbs-up does not undo a complaint", "en", "My order never arrived 👍", "problem"],
    ["a plain question says neither", "en", "What time does the lounge open?", "unknown"],
    ["weak words settle nothing", "en", "Can you help me find the lounge please?", "unknown"],
    ["a bare mention", "en", "@shop", "unknown"],
    ["qualcosa di rotto", "it", "Il pacco è arrivato rotto", "problem"],
    ["non funziona", "it", "L'app non funziona da ieri", "problem"],
    ["nessuno risponde", "it", "Nessuno risponde al telefono", "problem"],
    ["un complimento", "it", "Grazie, servizio ottimo!", "no-problem"],
    ["una domanda semplice", "it", "A che ora apre il negozio?", "unknown"],
    ["a locale with no table", "fr", "Mon colis est cassé", "unknown"],
    // "can" alone is no complaint: "can't" + verb is (a contraction folds to two words).
    ["a question with can + verb", "en", "Is there a lounge in Amsterdam that I can use?", "unknown"],
    ["can you + verb", "en", "Will the app let me so that I can book trips abroad soon?", "unknown"],
    ["can't + verb still counts", "en", "I can't book a seat on the app", "problem"],
    ["don't + verb counts", "en", "The buttons on your site don't work", "problem"],
    // A case asked about, not lived.
    ["if + a wrong word is a question", "en", "If a flight is delayed, does boarding time change?", "unknown"],
    ["what happens if", "en", "What happens if my flight is cancelled?", "unknown"],
    ["a wrong word far from the if counts", "en", "My flight was cancelled and nobody answers, no idea if I'll get home", "problem"],
    ["haven't been charged is not charged", "en", "I haven't been charged yet, is my booking confirmed?", "unknown"],
    ["won't refund is a complaint", "en", "You won't refund me for the cancelled trip", "problem"],
    // Words real complaints use.
    ["hating, late", "en", "Hating you now, landed late again and no buses", "problem"],
    ["a rip off", "en", "$800 to move to an earlier flight, what a rip off", "problem"],
    ["exceptional staff is praise", "en", "Pam at the desk was exceptional, handled my rebooking after the delay with professionalism", "no-problem"],
    ["se + un problema è una domanda", "it", "Se il volo viene cancellato cosa succede?", "unknown"],
    // A wish not to: nothing lived.
    ["don't want to + a wrong word", "en", "Don't want to be stuck again like last year", "unknown"],
    ["non voglio + un problema", "it", "Non voglio restare bloccato come l'anno scorso", "unknown"],
    // Praise only in a closing sentence after a problem told is sarcasm.
    ["sarcastic closing praise", "en", "My order arrived broken and nobody answers. Great service!", "problem"],
    ["lode sarcastica in chiusura", "it", "Il pacco è arrivato rotto e nessuno risponde. Ottimo servizio!", "problem"],
    ["praise in the same sentence still counts", "en", "My bag was delayed but the crew were great and so helpful, thank you", "no-problem"],
    ["troppo lento", "it", "Il sito è troppo lento stasera", "problem"],
    ["una fregatura", "it", "80 euro per cambiare volo, una fregatura", "problem"],
  ];
  it.each(cases)("%s (%s): %j -> %s", (_why, locale, complaint, answer) => {
    expect(complaintIsProblem(complaint, locale)).toBe(answer);
  });
});

describe("complaintCues", () => {
  const cases: Array<[string, string, string, number, number]> = [
    // [why, locale, complaint, wrong, praise]
    ["closing praise after two cues is sarcasm", "en", "Bag lost and nobody answers. Great service!", 2, 0],
    ["closing thanks are manners", "en", "Flight delayed and stuck at the gate. Any update? Thx!", 2, 1],
    ["no problem is reassurance", "en", "No problem, the gate agent was top notch and exemplary", 0, 3],
    ["grazie in chiusura è cortesia", "it", "Volo in ritardo e nessuno risponde. Grazie!", 2, 1],
    ["nessun problema", "it", "Nessun problema, personale esemplare", 0, 2],
  ];
  it.each(cases)("%s (%s): %j -> wrong %i, praise %i", (_why, locale, complaint, wrong, praise) => {
    expect(complaintCues(complaint, locale)).toMatchObject({ wrong, praise });
  });
});

describe("replyNamesProblem and replyProblemCues", () => {
  const cases: Array<[string, string, string, ProblemAnswer]> = [
    // [why, locale, reply, answer]
    ["an apology", "en", "Sorry about that, Sam.", "problem"],
    ["the problem named", "en", "DM us and we'll check the delay.", "problem"],
    ["look into this", "en", "DM us so we can look into this.", "problem"],
    ["look into options is no problem", "en", "I can help you look into options for a cheaper plan.", "unknown"],
    ["no problem", "en", "No problem at all, Sam!", "unknown"],
    ["any issues", "en", "Let us know if you have any issues.", "unknown"],
    ["negated: aren't lost", "en", "You aren't lost, the gate is just ahead!", "unknown"],
    ["negated a word further back: not a problem", "en", "That's not a problem, Sam.", "unknown"],
    ["rudeness named", "en", "That rudeness at the desk is not how we work.", "problem"],
    ["praise", "en", "Thanks for flying with us, Sam!", "unknown"],
    ["una scusa", "it", "Ci scusiamo, Sara.", "problem"],
    ["il disagio", "it", "Ci scriva per il disagio con la consegna.", "problem"],
    ["nessun problema", "it", "Nessun problema, Sara!", "unknown"],
    ["non è un problema", "it", "Non è un problema, le mando il link.", "unknown"],
    ["a locale with no table", "fr", "Désolé pour le retard.", "unknown"],
  ];
  it.each(cases)("%s (%s): %j -> %s", (_why, locale, reply, answer) => {
    expect(replyNamesProblem(words(reply), locale)).toBe(answer);
    expect(replyProblemCues(words(reply), locale).length > 0).toBe(answer === "problem");
  });

  it("gives the index of each cue, the first word of a two-word one", () => {
    const w = words("Sorry, we'll look into this delay.");
    expect(replyProblemCues(w, "en").map((i) => w[i])).toEqual(["sorry", "look", "delay"]);
  });
});

describe("replyNamesEvent", () => {
  const cases: Array<[string, string, string, boolean]> = [
    // [why, locale, reply, names what happened]
    ["a feeling only", "en", "We're sorry you feel that way.", false],
    ["regret and disappointment are feelings", "en", "We regret any disappointment.", false],
    ["the delay is an event", "en", "We're sorry for the delay.", true],
    ["the rudeness is an event", "en", "We're sorry for the rudeness you met.", true],
    ["solo una scusa", "it", "Ci dispiace che la pensi così.", false],
    ["il ritardo è un fatto", "it", "Ci dispiace per il ritardo.", true],
  ];
  it.each(cases)("%s (%s): %j -> %s", (_why, locale, reply, event) => {
    expect(replyNamesEvent(words(reply), locale)).toBe(event);
  });
});
