import { describe, expect, it } from "vitest";
import { gradeReply } from "../../src/drill/grade.js";
import { modelCommitments, renderModelReply } from "../../src/drill/model.js";
import { fakeLinter, NOW, shippedCatalog, shippedPlaybook, shippedScenario } from "./helpers.js";

describe("model reply", () => {
  it("moves a commitment to the facts' earliest: the first offer that is not sooner", async () => {
    const playbook = await shippedPlaybook("parcel-damaged"); // courier-collection offers 48h, 3d
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook"); // courier only in 3 days
    const commitments = modelCommitments(playbook, scenario);
    expect(commitments["courier-collection"]?.minutes).toBe(3 * 1440);
    expect(commitments.callback?.minutes).toBe(1440);
  });

  it("falls back to the fact's own bound when no offer is late enough", async () => {
    const playbook = await shippedPlaybook("parcel-damaged");
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const later = { ...scenario, facts: [{ text: "The courier can only come in 5 days.", commitment: "courier-collection", earliest: { minutes: 5 * 1440, text: "5d" } }] };
    expect(modelCommitments(playbook, later)["courier-collection"]).toEqual({ minutes: 7200, text: "5d" });
  });

  it("renders the playbook's template on the scenario, and grades well itself", async () => {
    const catalog = await shippedCatalog();
    const playbook = await shippedPlaybook("parcel-damaged");
    const scenario = await shippedScenario("parcel-damaged", "smashed-box-facebook");
    const model = await renderModelReply({ playbook, scenario, templates: catalog.templates, agent: { name: "Dario Russo" }, brand: "Acme", now: NOW });
    expect(model?.template).toBe("parcel-damaged.public");
    expect(model?.text).toContain("Marco");
    expect(model?.text).toContain("within 3 days");
    expect(model?.text).not.toContain("48 hours");
    const grade = gradeReply({ scenario, playbook, reply: model!.text, linter: fakeLinter(), secondsTaken: 60, trainee: "Dario Russo", now: NOW });
    expect(grade.breakdown.find((i) => i.item === "commitments")?.losses).toEqual([]);
    expect(grade.breakdown.find((i) => i.item === "personalisation")?.losses).toEqual([]);
  });

  it("uses a variant that fits the platform (X: 280 characters), signed with initials", async () => {
    const catalog = await shippedCatalog();
    const playbook = await shippedPlaybook("parcel-damaged");
    const scenario = await shippedScenario("parcel-damaged", "wet-parcel-x");
    const model = await renderModelReply({ playbook, scenario, templates: catalog.templates, agent: { name: "Dario Russo" }, brand: "Acme", now: NOW });
    expect([...model!.text].length).toBeLessThanOrEqual(280);
    expect(model?.text).toMatch(/\^DR$/);
  });
});
