// Routing figures (src/eval/route.ts): labelled lines in our own words, the split by id, the
// figures and the bad-line messages.
import { describe, expect, it } from "vitest";
import { evaluateRouting, formatRouteTable, parseRouteLine, partOf, type RouteLine } from "../../src/eval/route.js";
import { shippedCatalog } from "../helpers/catalog.js";

const ids = new Set(["parcel-lost", "late-delivery", "general", "site-malfunction"]);

describe("parseRouteLine", () => {
  it.each([
    [{ id: 1, text: "x", kind: "complaint", playbook: "nope" }, "playbook"],
    [{ id: 1, text: "x", kind: "angry", playbook: "general" }, "kind"],
    [{ id: 1, text: "", kind: "complaint", playbook: "general" }, "text"],
    [{ id: 1, text: "x", kind: "complaint", playbook: null }, "playbook"],
    [{ id: 1, text: "x", kind: "complaint", playbook: "general", alt: ["nope"] }, "alt"],
    [{ id: 1, text: "x", kind: "praise", playbook: null, shop: "yes" }, "shop"],
  ])("refuses %j at %s", (value, key) => {
    expect(parseRouteLine(value, ids)).toMatchObject({ key });
  });

  it("reads a labelled complaint, and praise without a playbook", () => {
    expect(parseRouteLine({ id: "a", text: "lost parcel", kind: "complaint", playbook: "parcel-lost", alt: ["late-delivery"], shop: true }, ids)).toMatchObject({ id: "a", playbook: "parcel-lost", alt: ["late-delivery"], shop: true });
    expect(parseRouteLine({ id: "b", text: "thanks!", kind: "praise", playbook: null }, ids)).toMatchObject({ kind: "praise", playbook: null, shop: false });
  });
});

describe("evaluateRouting", () => {
  it("splits by id the same way every time", () => {
    expect(partOf("twcs-1")).toBe(partOf("twcs-1"));
    const parts = new Set(Array.from({ length: 50 }, (_, i) => partOf(`m${i}`)));
    expect(parts).toEqual(new Set(["calibration", "held-out"]));
  });

  it("counts specific playbooks, right tops, general for every complaint and praise never routed", async () => {
    const { playbooks } = await shippedCatalog();
    const line = (id: string, text: string, kind: RouteLine["kind"], playbook: string | null, shop = true): RouteLine => ({ id, text, locale: "en", kind, playbook, alt: [], shop });
    const lines = [
      line("a", "My parcel never arrived and the tracking has not moved for a week", "complaint", "parcel-lost"),
      line("b", "Your website keeps crashing at the checkout", "complaint", "site-malfunction"),
      line("c", "Very disappointed, I expected much better from you", "complaint", "general"),
      line("d", "Thank you, the team was brilliant", "praise", null, false),
    ];
    const all = evaluateRouting(lines, playbooks).find(([name]) => name === "all")![1];
    expect(all.specific).toEqual({ n: 2, of: 3 });
    expect(all.topRightShop).toEqual({ n: 3, of: 3 });
    expect(all.atLeastGeneral).toEqual({ n: 3, of: 3 });
    expect(all.praiseRouted).toEqual({ n: 0, of: 1 });
    expect(formatRouteTable([["all", all]])).toMatch(/\| shop complaints with a specific playbook \| 66\.7% \(2\/3\) \| ≥ 80% \|/);
  });
});
