import { describe, expect, it } from "vitest";
import { clauseRanges, findRemedyMentions, findTimeFrames, tieTimeFrames } from "../../src/drill/time-frames.js";
import { NOW, shippedPlaybook } from "./helpers.js";

const minutes = (text: string, locale = "en") => findTimeFrames(text, NOW, locale).map((f) => [f.text, f.minutes]);

describe("findTimeFrames", () => {
  it("reads numbers with units, compact forms and working days, as the linter does", () => {
    expect(minutes("The courier will come within 48 hours.")).toEqual([["within 48 hours", 2880]]);
    expect(minutes("I'll call you in 2 days, or within 24h at most")).toEqual([["in 2 days", 2880], ["within 24h", 1440]]);
    expect(minutes("an answer in 3 working days")).toEqual([["in 3 working days", 4320]]);
    expect(minutes("within a couple of days")).toEqual([["within a couple of days", 2880]]);
    expect(minutes("ti richiamo entro 24 ore", "it")).toEqual([["entro 24 ore", 1440]]);
  });

  it("reads day words and weekdays from the reference time", () => {
    const [tomorrow] = findTimeFrames("the courier comes tomorrow", NOW);
    expect(tomorrow?.minutes).toBeGreaterThan(1440);
    expect(tomorrow?.minutes).toBeLessThanOrEqual(2880);
    expect(findTimeFrames("I'll call you today", NOW)[0]?.minutes).toBeLessThanOrEqual(1440);
    const [monday] = findTimeFrames("by Monday", NOW); // Friday -> end of Monday
    expect(monday?.minutes).toBeGreaterThan(3 * 1440);
    expect(monday?.minutes).toBeLessThanOrEqual(4 * 1440);
  });

  it("marks hedged and immediate time frames, and leaves out durations that look back", () => {
    expect(findTimeFrames("I can't promise the courier within 3 days yet", NOW)[0]?.hedged).toBe(true);
    expect(findTimeFrames("I'll update you within 24 hours", NOW)[0]).toMatchObject({ hedged: false, immediate: false });
    expect(findTimeFrames("I'm opening the claim right away", NOW)[0]?.immediate).toBe(true);
    expect(findTimeFrames("you have been waiting for 3 days, and it came 2 days ago", NOW)).toEqual([]);
  });

  it("does not take a number without a unit", () => {
    expect(findTimeFrames("order A-10293, 3 items", NOW)).toEqual([]);
  });
});

describe("tieTimeFrames", () => {
  it("ties a time frame to the commitment named in its clause", async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    const text = "I'll open the courier claim, and I'll call you back within 24 hours. The courier will collect it within 3 days.";
    const tied = tieTimeFrames(text, findTimeFrames(text, NOW), pb.commitments);
    expect(tied.map((t) => [t.commitment, t.minutes])).toEqual([["callback", 1440], ["courier-collection", 4320]]);
  });

  it("looks at the next clause when the sentence opens with the time frame", async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    const text = "Within 48 hours, the courier will pick it up.";
    expect(tieTimeFrames(text, findTimeFrames(text, NOW), pb.commitments).map((t) => t.commitment)).toEqual(["courier-collection"]);
  });

  it("leaves a time frame with no commitment word untied", async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    const text = "I'll open the courier claim, and I'll update you within 24 hours.";
    expect(tieTimeFrames(text, findTimeFrames(text, NOW), pb.commitments)).toEqual([]);
  });
});

describe("clauses and remedies", () => {
  it("does not split decimals", () => {
    expect(clauseRanges("in 1.5 days, ok").length).toBe(2);
  });

  it("finds remedies and marks negated or conditional ones", async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    const mentions = findRemedyMentions("I'll refund you today. I can't offer a voucher.", pb.remedies);
    expect(mentions.map((m) => [m.remedy, m.hedged])).toEqual([["refund", false], ["voucher", true]]);
  });
});

describe("clauses joined by and", () => {
  it("keeps another action's time frame away from a keyword before the and", async () => {
    const pb = await shippedPlaybook("parcel-damaged");
    const text = "I've opened the courier claim and I'll update you within 24 hours";
    expect(tieTimeFrames(text, findTimeFrames(text, NOW), pb.commitments)).toEqual([]);
  });
});
