// The router's learnt part (src/route/learnt.ts): the classifier on a corpus of its own, what it
// makes of messages on the shipped examples (English and Italian, our own wording), how it adds
// to the cues' routing, and the errors a bad `examples` list gives.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { loadPlaybookFile } from "../../src/playbook/load.js";
import { loadNaiveBayes, posteriorOf, saveNaiveBayes, trainNaiveBayes, type LearntRow } from "../../src/route/learnt.js";
import { classifyMessage, routeMessage, topPlaybook } from "../../src/route/route.js";
import { shippedCatalog } from "../helpers/catalog.js";
import { ROOT, tempDir } from "../helpers/cli.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("trainNaiveBayes and posteriorOf", () => {
  const docs = [
    { label: 0, features: ["charg", "twice", "card"] },
    { label: 0, features: ["bill", "doubl", "card"] },
    { label: 1, features: ["rude", "driver"] },
    { label: 1, features: ["rude", "cashier", "shout"] },
    { label: 1, features: ["driver", "threw", "parcel"] },
  ];
  const nb = trainNaiveBayes(docs, 3, 0.5);
  const post = (features: string[]) => posteriorOf(nb, features.map((f) => nb.rows.get(f)).filter((r): r is LearntRow => r !== undefined), new Float64Array(3), 1);

  it.each([
    [["twice", "card"], 0],
    [["rude"], 1],
    [["driver", "threw"], 1],
    [["doubl", "unknownword"], 0],
  ])("%j -> label %i", (features, label) => {
    const p = post(features);
    expect(p.indexOf(Math.max(...p))).toBe(label);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("never predicts a label with no example, and says nothing of a message with no known feature", () => {
    expect(post(["twice"])[2]).toBe(0);
    expect([...post(["nothingknown"])]).toEqual([0, 0, 0]);
  });

  it("keeps only the labels a feature was seen with (sparse rows)", () => {
    expect([...nb.rows.get("rude")!.labels]).toEqual([1]);
    expect([...nb.rows.get("card")!.labels]).toEqual([0]);
  });

  it("a temperature above 1 flattens the posterior", () => {
    const rows = [nb.rows.get("twice")!];
    const sharp = posteriorOf(nb, rows, new Float64Array(3), 1);
    const flat = posteriorOf(nb, rows, new Float64Array(3), 3);
    expect(flat[0]).toBeLessThan(sharp[0]!);
    expect(flat[0]).toBeGreaterThan(0.5);
  });

  it("saves and loads to the same posteriors", () => {
    const back = loadNaiveBayes(JSON.parse(JSON.stringify(saveNaiveBayes(nb))));
    const rows = (m: typeof nb) => ["driver", "card", "rude"].map((f) => m.rows.get(f)!);
    const a = posteriorOf(nb, rows(nb), new Float64Array(3), 1);
    const b = posteriorOf(back, rows(back), new Float64Array(3), 1);
    for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(a[i]!, 3);
  });
});

describe("classifyMessage on the shipped examples", () => {
  // None of these has a trigger of its playbook word for word: the classifier learnt them.
  it.each([
    ["they took the money two times for one pizza", "payment-problem", "en"],
    ["my phone gets boiling hot and the battery is dead by lunch", "product-defect", "en"],
    ["the gate agent was laughing at us and wouldn't say why", "staff-conduct", "en"],
    ["no wifi in the whole flat for 3 days now", "service-outage", "en"],
    ["stuck in frankfurt, connection gone, no hotel", "travel-disruption", "en"],
    ["the checkout page keeps spinning and never loads", "site-malfunction", "en"],
    ["someone got into my profile and changed the email", "account-access", "en"],
    ["mi hanno preso i soldi due volte per la stessa pizza", "payment-problem", "it"],
    ["il telefono si scalda tantissimo e la batteria non dura niente", "product-defect", "it"],
    ["niente wifi in tutto l'appartamento da tre giorni", "service-outage", "it"],
    ["l'app si blocca quando provo a pagare", "site-malfunction", "it"],
  ])("%s -> %s (%s)", (text, playbook, locale) => {
    const c = classifyMessage(text, catalog.playbooks);
    expect(c?.locale).toBe(locale);
    expect(c?.playbooks[0]?.id).toBe(playbook);
  });

  it("gives nothing for a language with no examples", () => {
    const withoutGreekExamples = catalog.playbooks.map((p) => (p.locale === "el" ? { ...p, examples: undefined } : p));
    expect(classifyMessage("κάτι", withoutGreekExamples, { locale: "el" })).toBeUndefined();
  });
});

describe("routeMessage with the learnt part", () => {
  it.each([
    // The cues and the classifier agree.
    ["they took the money two times for one pizza", "payment-problem", "en"],
    ["the gate agent was laughing at us and wouldn't say why", "staff-conduct", "en"],
    ["l'autista guidava come un pazzo", "staff-conduct", "it"],
    // The cues find no specific playbook: the classifier's posterior makes one a fit.
    ["I pay for the premium plan every month and get the basic one", "payment-problem", "en"],
    ["nobody at the counter would even look at me", "staff-conduct", "en"],
    ["il cassiere ha preso in giro mia madre", "staff-conduct", "it"],
  ])("%s -> %s (%s), with the words that weighed most", (text, playbook, locale) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe("complaint");
    expect(routing.locale).toBe(locale);
    expect(routing.matches[0]?.id).toBe(playbook);
    expect(routing.matches[0]!.matched.length).toBeGreaterThan(0);
    expect(topPlaybook(text, catalog.playbooks).id).toBe(playbook);
  });

  it.each([
    ["I pay for the premium plan every month and get the basic one", "en"],
    ["nobody at the counter would even look at me", "en"],
    ["il cassiere ha preso in giro mia madre", "it"],
  ])("is only added: without it, %s gets general (%s)", (text) => {
    expect(routeMessage(text, catalog.playbooks, { learnt: false }).matches.map((m) => m.id)).toEqual(["general"]);
  });

  it("names the words that weighed most", () => {
    expect(routeMessage("nobody at the counter would even look at me", catalog.playbooks).matches[0]!.matched).toContain("counter");
  });

  it.each([
    ["Do you deliver to Canada?", "en"],
    ["Spedite anche in Svizzera?", "it"],
  ])("leaves a question to the cues: %s gets general (%s)", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe("question");
    expect(routing.matches.map((m) => m.id)).toEqual(["general"]);
  });

  it.each([
    ["thank you so much to the crew today, brilliant flight", "en"],
    ["grazie mille al personale, volo bellissimo", "it"],
  ])("never routes praise: %s (%s)", (text) => {
    const routing = routeMessage(text, catalog.playbooks);
    expect(routing.kind).toBe("praise");
    expect(routing.matches).toEqual([]);
  });

  it("still gives general when the posterior is flat", () => {
    expect(routeMessage("Very disappointed, I expected much better from you", catalog.playbooks).matches.map((m) => m.id)).toEqual(["general"]);
  });
});

describe("a team's own examples", () => {
  it("are learnt at run time: a playbook of one's own with examples and no trigger gets its complaints", () => {
    const general = catalog.playbooks.find((p) => p.locale === "en" && p.id === "general")!;
    const giftWrap = {
      ...general,
      id: "gift-wrap",
      title: "Gift wrapping gone wrong",
      description: "The wrapping service.",
      triggers: ["gift wrapping service"],
      notTriggers: [],
      drills: [],
      example: { ...general.example, complaint: "" },
      examples: ["the ribbon was missing from the wrapping", "wrapping paper torn and taped back badly", "asked for gift wrap and it came in a plain bag", "the bow was squashed flat", "paid for wrapping, got none", "the gift tag had the wrong name on it"],
    };
    const playbooks = [...catalog.playbooks, giftWrap];
    const routing = routeMessage("the bow on my present was squashed and the ribbon missing", playbooks);
    expect(routing.matches[0]?.id).toBe("gift-wrap");
    expect(routing.matches[0]!.matched.length).toBeGreaterThan(0);
    expect(routeMessage("the bow on my present was squashed and the ribbon missing", catalog.playbooks).matches[0]?.id).not.toBe("gift-wrap");
  });
});

describe("a playbook's examples", () => {
  const original = readFileSync(join(ROOT, "playbooks", "en", "parcel-damaged.yaml"), "utf8");
  const variant = (examples: string) => {
    const dir = join(tempDir(), "en");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "parcel-damaged.yaml");
    writeFileSync(file, `${original.replace(/\nexamples:\n(  - .*\n)*/, "\n")}examples:\n${examples}`);
    return file;
  };
  const errorsOf = async (file: string) => {
    const r = await loadPlaybookFile(file);
    return r.ok ? [] : r.errors.map((e) => e.format());
  };

  it("are loaded with the playbook", async () => {
    const r = await loadPlaybookFile(variant('  - "box came in bits"\n  - la scatola era a pezzi\n'));
    expect(r.ok && r.value.examples).toEqual(["box came in bits", "la scatola era a pezzi"]);
  });

  it.each([
    ["an example that is no text", "  - box came in bits\n  - 42\n", /parcel-damaged\.yaml:\d+:5 examples\[1\]: expected a string, got 42/],
    ["an empty example", '  - box came in bits\n  - ""\n', /parcel-damaged\.yaml:\d+:5 examples\[1\]: /],
    ["the same example twice", "  - box came in bits\n  - Box came  in bits\n", /parcel-damaged\.yaml:\d+:5 examples\[1\]: the same example as examples\[0\]/],
    ["a map where the list belongs", "  text: box came in bits\n", /parcel-damaged\.yaml:\d+:\d+ examples: expected a list, got a map/],
  ])("refuses %s with file:line:column", async (_name, examples, message) => {
    const errors = await errorsOf(variant(examples));
    expect(errors.join("\n")).toMatch(message);
  });

  it("every shipped playbook in English, Italian and Greek has examples", () => {
    for (const pb of catalog.playbooks) expect(pb.examples?.length ?? 0, `${pb.locale}/${pb.id}`).toBeGreaterThanOrEqual(20);
  });
});
