import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { shippedCatalog } from "../helpers/catalog.js";
import { routeComplaint } from "../../src/route/route.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

describe("routeComplaint on the shipped playbooks", () => {
  it.each([
    ["my parcel arrived smashed", "parcel-damaged", "en"],
    ["il pacco è arrivato rotto", "parcel-damaged", "it"],
    ["il mio pacco è arrivato distrutto, vergogna!", "parcel-damaged", "it"],
    ["I've been waiting two weeks for my order and it's still not here", "late-delivery", "en"],
    ["aspetto l'ordine da due settimane e ancora niente", "late-delivery", "it"],
    ["nobody ever answers your phone line", "unreachable-support", "en"],
    ["nessuno risponde mai al vostro numero di telefono", "unreachable-support", "it"],
  ])("%s -> %s (%s)", (text, id, locale) => {
    const [best] = routeComplaint(text, catalog.playbooks);
    expect(best?.id).toBe(id);
    expect(best?.locale).toBe(locale);
    expect(best?.matched.length).toBeGreaterThan(0);
  });
  it("ranks best first and filters by locale", () => {
    const ranked = routeComplaint("my parcel arrived smashed", catalog.playbooks, { locale: "it" });
    expect(ranked.every((r) => r.locale === "it")).toBe(true);
  });
  it("returns nothing for unrelated text", () => {
    expect(routeComplaint("lovely weather today", catalog.playbooks)).toEqual([]);
  });
});
