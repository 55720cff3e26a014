// Which replies pass a drill: any error-level stock phrase, over-promise, blame or team
// signature fails, whatever the other points; a reply signed by someone else says who signed
// and who the scenario's agent is. Graded with the real linter over the shipped catalog, on
// the shipped coffee-machine scenario in English and in Italian (each graded in its language).
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/lint/engine.js";
import { gradeReply, PASS_MARK } from "../../src/drill/grade.js";
import type { Scenario } from "../../src/drill/types.js";
import { shippedCatalog, shippedPlaybook } from "./helpers.js";

const NOW = new Date("2026-12-07T10:00:00Z");
const SCENARIO = { en: "smashed-box-facebook", it: "macchina-caffe-facebook" } as const;

async function grade(locale: "en" | "it", reply: string, trainee = "Giulia Conti") {
  const catalog = await shippedCatalog();
  const playbook = await shippedPlaybook("parcel-damaged", locale);
  const drill = playbook.drills.find((d) => d.id === SCENARIO[locale])!;
  const scenario: Scenario = { ...drill, locale, source: { kind: "playbook", file: playbook.source.file } };
  const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks });
  return gradeReply({ scenario, playbook, reply, linter, secondsTaken: 60, trainee, now: NOW });
}

const GOOD = {
  en: `Hi Marco, I'm Giulia from Customer Care. I'm really sorry your coffee machine arrived broken, and I've taken this on personally.
Could you send me a photo of the damaged parcel? The courier will come to collect it within 3 days, and I'll call you back within 24 hours.
Please send me a direct message with your order number.
— Giulia`,
  it: `Ciao Marco, sono Giulia del Servizio Clienti. Mi dispiace davvero che la macchina del caffè sia arrivata rotta: me ne occupo io personalmente.
Può mandarmi una foto del pacco danneggiato? Il corriere passerà a ritirarlo entro 3 giorni, e la richiamerò entro 24 ore.
Mi scriva in privato con il numero d'ordine.
— Giulia`,
};

/** The good reply with one sentence swapped, or the signature replaced. */
const swap = (locale: "en" | "it", from: string, to: string) => {
  if (!GOOD[locale].includes(from)) throw new Error(`no "${from}" in the ${locale} reply`);
  return GOOD[locale].replace(from, to);
};

describe("a drill's pass mark", () => {
  it.each([
    ["en", GOOD.en],
    ["it", GOOD.it],
  ] as const)("a good reply passes (%s)", async (locale, reply) => {
    const g = await grade(locale, reply);
    expect(g).toMatchObject({ passed: true, passMark: PASS_MARK, fails: [] });
    expect(g.score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    // [locale, what, reply, the failing mistake]
    ["en", "a stock phrase", swap("en", "I'm really sorry your coffee machine arrived broken", "We apologise for any inconvenience caused"), /^a stock phrase "We apologise for any inconvenience caused" \(no-canned-phrase, P3\)$/],
    ["en", "a guarantee", swap("en", "and I'll call you back within 24 hours", "guaranteed, and I'll call you back within 24 hours"), /^an over-promise "guaranteed" \(no-over-promise, P4\)$/],
    ["en", "a promise sooner than the facts", swap("en", "within 3 days", "within 48 hours"), /^an over-promise: promises "within 48 hours" .*contradicts the facts/],
    ["en", "blame", swap("en", "Could you send me", "You should have checked the box. Could you send me"), /^blame "You should have checked" \(no-blame, P5\)$/],
    ["en", "a team signature", swap("en", "— Giulia", "The Customer Care Team"), /^a team signature: signed by a team \("The Customer Care Team"\), not by Giulia/],
    ["it", "una frase fatta", swap("it", "Mi dispiace davvero che la macchina del caffè sia arrivata rotta", "Ci scusiamo per il disagio arrecato"), /^una frase fatta "Ci scusiamo per il disagio( arrecato)?" \(no-canned-phrase, P3\)$/],
    ["it", "una garanzia", swap("it", "entro 3 giorni,", "entro 3 giorni, glielo garantisco,"), /^una promessa eccessiva "glielo garantisco" \(no-over-promise, P4\)$/],
    ["it", "una promessa prima dei fatti", swap("it", "entro 3 giorni", "entro 48 ore"), /^una promessa eccessiva: promette "entro 48 ore" .*contraddice i fatti/],
    ["it", "la colpa al cliente", swap("it", "Può mandarmi", "Avrebbe dovuto controllare il pacco. Può mandarmi"), /^la colpa data al cliente "Avrebbe dovuto controllare" \(no-blame, P5\)$/],
    ["it", "una firma di squadra", swap("it", "— Giulia", "Il Servizio Clienti"), /^una firma di squadra: firmata da una squadra \("Il Servizio Clienti"\), non da Giulia/],
  ] as const)("fails with %s: %s", async (locale, _what, reply, mistake) => {
    const g = await grade(locale, reply);
    expect(g.passed).toBe(false);
    expect(g.score).toBeLessThan(PASS_MARK);
    expect(g.fails).toContainEqual(expect.stringMatching(mistake));
  });

  it.each([
    ["en", "no apology", swap("en", "I'm really sorry your coffee machine arrived broken, and I've", "I've")],
    ["en", "no private channel", swap("en", "Please send me a direct message with your order number.\n", "")],
    ["it", "nessun canale privato", swap("it", "Mi scriva in privato con il numero d'ordine.\n", "")],
  ] as const)("a warning alone costs points but passes (%s: %s)", async (locale, _what, reply) => {
    const g = await grade(locale, reply);
    expect(g).toMatchObject({ passed: true, fails: [] });
    expect(g.score).toBeLessThan(100);
  });

  it("fails a reply with a stock phrase, an over-promise and a team signature that earns 75 points, and says why", async () => {
    const reply = `Hi Marco, I'm Giulia from Customer Care. We apologise for any inconvenience. Could you send me a photo of the damaged parcel? The courier will collect it within 3 days, guaranteed. I'll call you back within 24 hours. Please send me a direct message with your order number.
— The Customer Care Team`;
    const g = await grade("en", reply);
    const points = g.breakdown.reduce((n, i) => n + i.points, 0);
    const max = g.breakdown.reduce((n, i) => n + i.max, 0);
    expect(Math.round((100 * points) / max)).toBe(75);
    expect(g).toMatchObject({ score: PASS_MARK - 1, passed: false });
    expect(g.fails).toHaveLength(3);
  });
});

describe("a reply signed by someone else", () => {
  it.each([
    ["en", swap("en", "— Giulia", "— Marco"), "signed by Marco; this scenario's agent is Giulia (— Giulia, or ^G on X)"],
    ["it", swap("it", "— Giulia", "— Marco"), "firmata da Marco; in questo scenario scrivi come Giulia (— Giulia, o ^G su X)"],
  ] as const)("says who signed and who the agent is, not 'no signature' (%s), in the scenario's language", async (locale, reply, expected) => {
    const g = await grade(locale, reply, "Giulia");
    const personalisation = g.breakdown.find((i) => i.item === "personalisation")!;
    expect(personalisation.losses.map((l) => l.why)).toEqual([expected]);
    expect(g.passed).toBe(true);
  });

  it.each([
    ["en", swap("en", "— Giulia", "^MR"), /^signed by MR; this scenario's agent is Giulia \(— Giulia, or \^GC on X\)/],
    ["it", swap("it", "— Giulia", "^MR"), /^firmata da MR; in questo scenario scrivi come Giulia \(— Giulia, o \^GC su X\)/],
  ] as const)("initials too (%s)", async (locale, reply, expected) => {
    const g = await grade(locale, reply, "Giulia Conti");
    const why = g.breakdown.find((i) => i.item === "personalisation")!.losses.map((l) => l.why).join("; ");
    expect(why).toMatch(expected);
  });

  it("without a signature, says there is none", async () => {
    const g = await grade("en", swap("en", "\n— Giulia", ""), "Giulia");
    expect(g.breakdown.find((i) => i.item === "personalisation")!.why).toMatch(/no signature by Giulia/);
  });
});
