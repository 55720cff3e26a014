// Where a draft starts (src/draft/start.ts): flags to inputs, --playbook and --variant
// lookups with their one-line mistakes, and the playbook chosen without prompts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputsFromFlags, playbookFor, routeWithoutPrompts, variantIndex } from "../../src/draft/start.js";
import type { Playbook } from "../../src/playbook/types.js";
import { routeMessage } from "../../src/route/route.js";
import { flowContext, freshState, shippedPlaybooks, tempDir } from "./helpers.js";

describe("inputsFromFlags", () => {
  it("puts the flags over the answers file and names the flag each answer came from", async () => {
    const file = join(tempDir(), "answers.yaml");
    writeFileSync(file, "order-number: A-1\ndamage: dented\n");
    const inputs = await inputsFromFlags({ answers: file, set: ["order-number=B-2"], commit: ["callback=24h"], handle: "@laurab", platform: "x" }, async () => "The box came in pieces", "Dario");
    expect(inputs.answers).toMatchObject({ "order-number": "B-2", damage: "dented" });
    expect(inputs.where["step:order-number"]).toEqual({ flag: "--set order-number=B-2" });
    expect(inputs.commitments).toEqual({ callback: "24h" });
    expect(inputs).toMatchObject({ complaint: "The box came in pieces", platform: "x", agent: "Dario", customer: { handle: "@laurab" } });
  });

  it("stops at a broken answers file before reading the complaint", async () => {
    const file = join(tempDir(), "answers.yaml");
    writeFileSync(file, "order-number: [unclosed\n");
    let asked = false;
    const read = async () => {
      asked = true;
      return "text";
    };
    await expect(inputsFromFlags({ answers: file }, read, undefined)).rejects.toMatchObject({ file });
    expect(asked).toBe(false);
  });
});

describe("playbookFor and variantIndex", () => {
  it("finds a playbook in the asked locale, else the config's, and says where else it exists", async () => {
    const playbooks = await shippedPlaybooks();
    expect(playbookFor(playbooks, "parcel-damaged", undefined, "it")).toMatchObject({ id: "parcel-damaged", locale: "it" });
    expect(playbookFor(playbooks, "parcel-damaged", "en", "it")).toMatchObject({ locale: "en" });
    expect(playbookFor(playbooks, "parcel-damaged", "el", "en")).toMatchObject({ locale: "el" });
    expect(() => playbookFor(playbooks, "parcel-damaged", "de", "en")).toThrow(/^--playbook parcel-damaged: there is no de version; it exists in: /);
    expect(() => playbookFor(playbooks, "parcel-damagd", undefined, "en")).toThrow(/no such playbook.*parcel-damaged/);
  });

  it("takes a variant by number or by name, and lists them when neither fits", async () => {
    const pb = playbookFor(await shippedPlaybooks(), "parcel-damaged", "en", "en");
    const names = pb.templates.public;
    expect(variantIndex(pb, "2")).toBe(1);
    expect(variantIndex(pb, names[1]!)).toBe(1);
    expect(() => variantIndex(pb, "9")).toThrow(new RegExp(`^--variant 9: the playbook parcel-damaged has 1\\. ${names[0]!.replace(/\./g, "\\.")}`));
  });
});

describe("routeWithoutPrompts", () => {
  it("chooses the playbook the complaint's words clearly point to, and says why", async () => {
    const routed = routeWithoutPrompts(freshState(), "My parcel arrived smashed and the box was crushed", await flowContext());
    if (!routed || !("playbook" in routed)) throw new Error("no playbook chosen");
    expect(routed.playbook.id).toBe("parcel-damaged");
    expect(routed.state.playbook).toMatchObject({ id: "parcel-damaged" });
    expect(routed.note).toMatch(/^replybook: using the playbook parcel-damaged \(en\): the complaint says ".+"; choose another with --playbook$/);
  });

  it("falls back on general, saying plainly that no specific playbook fits", async () => {
    const routed = routeWithoutPrompts(freshState(), "Very disappointed, I expected much better from you", await flowContext());
    if (!routed || !("playbook" in routed)) throw new Error("no playbook chosen");
    expect(routed.playbook.id).toBe("general");
    expect(routed.note).toMatch(/no specific playbook fits this complaint: using general \(en\), the universal procedure/);
  });

  it("chooses nothing for praise, and says it reads as praise", async () => {
    const flow = await flowContext({ kindOf: (text: string, playbooks: Playbook[], options: { locale?: string }) => routeMessage(text, playbooks, options).kind });
    const routed = routeWithoutPrompts(freshState(), "Thank you so much, the flowers were perfect and your team was brilliant", flow);
    expect(routed).toEqual({ note: expect.stringMatching(/reads as praise, not a complaint/) });
  });

  it("chooses nothing without a complaint, and general for one no cue tells anything of", async () => {
    const flow = await flowContext();
    expect(routeWithoutPrompts(freshState(), undefined, flow)).toBeUndefined();
    // A message about the writer's own matters that no cue tells anything of would be lost if
    // routed nowhere: a person reads it with the universal procedure.
    const general = routeWithoutPrompts(freshState(), "my zzzz is qqqq", flow);
    expect(general && "playbook" in general ? general.playbook.id : undefined).toBe("general");
    expect(general?.note).toMatch(/no specific playbook fits/);
  });
});
