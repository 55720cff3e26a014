// The router compiled at build time (src/route/compiled.ts): a saved trie loads back into a
// matcher that finds the same matches, only under its own key, and routing is the same whether
// the tries come from dist/compiled/ or are compiled on the spot.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Catalog } from "../../src/catalog/load.js";
import { compiledKey, encodeTries, loadTrie, type CompiledRouter } from "../../src/route/compiled.js";
import { compileRouter } from "../../src/route/route.js";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { shippedCatalog } from "../helpers/catalog.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await shippedCatalog();
});

function decode(file: Buffer): CompiledRouter {
  const newline = file.indexOf(10);
  // A copy at offset 0, as the router reads its files.
  const bytes = Buffer.from(new ArrayBuffer(file.length));
  file.copy(bytes);
  return { tries: JSON.parse(bytes.toString("latin1", 0, newline)), binary: bytes.subarray(newline + 1) };
}

describe("compiled router tries", () => {
  const patterns = ["(parcel|box) ... (lost|missing)", "never arrived", "waited # days", "i wish (you|they) would", "pacco (perso|smarrito)"];
  const texts = ["my parcel is still lost, never arrived", "I waited 12 days and the box went missing", "i wish you would answer", "il pacco è stato smarrito", "nothing here"];

  it("load back into a matcher with the same matches", () => {
    const matcher = new PhraseMatcher<{ n: number }>();
    patterns.forEach((p, n) => matcher.add(p, { n }));
    const router = decode(encodeTries({ t: { key: "k1", matcher: matcher as PhraseMatcher<unknown> } }));
    const loaded = loadTrie<{ n: number }>(router, "t", "k1");
    expect(loaded).toBeDefined();
    for (const text of texts) expect(loaded!.match(text)).toEqual(matcher.match(text));
  });

  it("load only under their own key", () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add("never arrived", "x");
    const router = decode(encodeTries({ t: { key: "k1", matcher: matcher as PhraseMatcher<unknown> } }));
    expect(loadTrie(router, "t", "k2")).toBeUndefined();
    expect(loadTrie(router, "other", "k1")).toBeUndefined();
    expect(loadTrie(undefined, "t", "k1")).toBeUndefined();
  });

  it("have keys that change with the patterns and the language", () => {
    const a = compiledKey("en", "triggers", [["never arrived"]]);
    expect(compiledKey("en", "triggers", [["never arrived"]])).toBe(a);
    expect(compiledKey("en", "triggers", [["never came"]])).not.toBe(a);
    expect(compiledKey("it", "triggers", [["never arrived"]])).not.toBe(a);
  });

  it("route every shipped language's complaints as the tries compiled on the spot do", () => {
    for (const [locale, text] of [
      ["en", "my parcel arrived smashed and nobody answers"],
      ["it", "il pacco è arrivato rotto e nessuno risponde"],
      ["el", "Το δέμα έφτασε σπασμένο"],
    ] as const) {
      const mine = catalog.playbooks.filter((p) => p.locale === locale);
      const { tries, words } = compileRouter(locale, catalog.playbooks);
      const router = decode(tries);
      const triggers = loadTrie<unknown>(router, "triggers", router.tries.triggers!.key)!;
      const kinds = loadTrie<unknown>(router, "kinds", router.tries.kinds!.key)!;
      expect(triggers).toBeDefined();
      expect(kinds).toBeDefined();
      expect(words.vocabulary.length).toBeGreaterThan(100);
      expect(mine.length).toBeGreaterThan(10);
      // The same trie compiled again finds the same matches (tokens as the matcher folds them).
      const fresh = compileRouter(locale, catalog.playbooks);
      const again = loadTrie<unknown>(decode(fresh.tries), "triggers", router.tries.triggers!.key)!;
      expect(triggers.match(text)).toEqual(again.match(text));
    }
  });

  it("save the Greek playbooks compared by sound (Greeklish) under keys of their own", () => {
    const plain = decode(compileRouter("el", catalog.playbooks).tries);
    const bySound = decode(compileRouter("el", catalog.playbooks, true).tries);
    for (const name of ["triggers", "kinds", "concepts"]) expect(bySound.tries[name]!.key).not.toBe(plain.tries[name]!.key);
    expect(loadTrie(bySound, "triggers", plain.tries.triggers!.key)).toBeUndefined();
  });

  it("route a Greeklish complaint with the saved by-sound router as with one compiled on the spot", async () => {
    const texts = ["to paketo mou irthe spasmeno kai den apantate", "den mou irthe pote i paraggelia", "my parcel never arrived"];
    const saved = await import("../../src/route/route.js");
    const withSaved = texts.map((t) => saved.routeMessage(t, catalog.playbooks));
    expect(withSaved[0]!.locale).toBe("el");
    vi.resetModules();
    process.env.REPLYBOOK_NO_COMPILED = "1";
    try {
      const fresh = await import("../../src/route/route.js");
      expect(texts.map((t) => fresh.routeMessage(t, [...catalog.playbooks]))).toEqual(withSaved);
    } finally {
      delete process.env.REPLYBOOK_NO_COMPILED;
    }
  });
});
