// src/catalog/cache.ts: the compiled on-disk catalog snapshot lint starts from.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MatcherFiles, PatternVariants, SNAPSHOTS_KEPT, cacheDir, compiledPatterns, loadCatalogCached } from "../../src/catalog/cache.js";
import { PhraseMatcher } from "../../src/text/matcher.js";
import { tokenize } from "../../src/text/tokens.js";
import type { Config } from "../../src/config/types.js";

function setup() {
  const root = mkdtempSync(join(tmpdir(), "replybook-cache-"));
  const team = join(root, "team");
  mkdirSync(join(team, "en"), { recursive: true });
  const phrases = join(team, "en", "phrases.yaml");
  writeFileSync(phrases, "locale: en\nbanned:\n  - id: acme\n    phrase: acme\n    why: the rival\n    principle: P3\n    category: brand-voice\n");
  const config = { playbooks: [], phrases: [team], templates: [], rules: {}, brand: "b", locale: "en", record: false, drill: {}, files: [], origins: {} } as Config;
  const env = { HOME: root, XDG_CACHE_HOME: join(root, "cache") } as NodeJS.ProcessEnv;
  return { root, team, phrases, config, env, dir: cacheDir(env) };
}

const snapshots = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("catalog cache", () => {
  it("writes a snapshot on the first load and reads it on the next", async () => {
    const { config, env, dir } = setup();
    const first = await loadCatalogCached(config, env);
    expect(first.ok).toBe(true);
    expect(snapshots(dir)).toHaveLength(1);
    const second = await loadCatalogCached(config, env);
    if (!first.ok || !second.ok) throw new Error("load failed");
    expect(second.value.playbooks.map((p) => `${p.locale}/${p.id}`)).toEqual(first.value.playbooks.map((p) => `${p.locale}/${p.id}`));
    expect([...second.value.phrases.keys()].sort()).toEqual([...first.value.phrases.keys()].sort());
    expect(second.value.phrases.get("en")!.banned.some((b) => b.id === "acme")).toBe(true);
    expect([...second.value.templates.keys()]).toEqual([...first.value.templates.keys()]);
    // Patterns come with what a text needs for them to match, for the linter.
    expect(compiledPatterns(second.value)?.prefilter.get("acme")).toBe("acme");
    expect(compiledPatterns(first.value)?.prefilter.get("in due course")).toBe("in|due|course");
    expect(compiledPatterns(second.value)?.expanded.get("(gentile|caro) (cliente|utente)") ?? "unused").toMatch(/^(unused|gentile cliente\|gentile utente\|caro cliente\|caro utente)$/);
    expect(compiledPatterns(second.value)?.expanded.get("acme")).toBe("acme");
    expect(compiledPatterns(first.value)?.prefilter.size).toBeGreaterThan(100);
  });

  it("gives the same playbooks as the loader, long fields read on first use, whole when copied", async () => {
    const { config, env } = setup();
    const first = await loadCatalogCached(config, env);
    const second = await loadCatalogCached(config, env);
    if (!first.ok || !second.ok) throw new Error("load failed");
    const cached = second.value.playbooks[0]!;
    // The same keys in the same order, the same values (JSON shows both), before any long field is read.
    expect(JSON.stringify(second.value.playbooks)).toBe(JSON.stringify(first.value.playbooks));
    expect(structuredClone(second.value.playbooks)).toEqual(first.value.playbooks);
    expect({ ...cached }).toEqual(first.value.playbooks[0]);
    expect(cached.triggers).toEqual(first.value.playbooks[0]!.triggers);
    cached.triggers = ["changed"];
    expect(cached.triggers).toEqual(["changed"]);
  });

  it("keeps a compiled matcher beside the snapshot, for the same snapshot and patterns only", () => {
    const { root } = setup();
    const matcher = new PhraseMatcher<number>();
    matcher.add("we (apologise|apologize) for [any] (inconvenience|trouble)", 0);
    matcher.add("λυπούμαστε για # λεπτά", 1);
    const files = new MatcherFiles(join(root, "catalog-0123.json"), "k1");
    files.save("en", "sig", matcher.toData());
    expect(readdirSync(root)).toContain("catalog-0123.en.matcher");
    const data = files.load("en", "sig")!;
    const text = "We apologize for any trouble. Λυπούμαστε για 5 λεπτά.";
    expect(PhraseMatcher.fromData(data).match(text, tokenize(text))).toEqual(matcher.match(text, tokenize(text)));
    expect(files.load("en", "other patterns")).toBeUndefined();
    expect(files.load("it", "sig")).toBeUndefined();
    expect(new MatcherFiles(join(root, "catalog-0123.json"), "k2").load("en", "sig")).toBeUndefined();
  });

  it("keeps only the most recently written snapshots, and the new one always", async () => {
    const { config, env, dir } = setup();
    mkdirSync(dir, { recursive: true });
    // Snapshots of other install paths and team folders, written one day apart; the oldest first.
    const day = 86_400;
    const now = Date.now() / 1000;
    const others = Array.from({ length: SNAPSHOTS_KEPT + 4 }, (_, i) => `catalog-${(0xa0 + i).toString(16).padStart(16, "0")}.json`);
    others.forEach((name, i) => {
      writeFileSync(join(dir, name), "{}\n");
      utimesSync(join(dir, name), now - (others.length - i) * day, now - (others.length - i) * day);
    });
    writeFileSync(join(dir, "notes.txt"), "not a snapshot");
    await loadCatalogCached(config, env);
    const left = snapshots(dir);
    expect(left).toHaveLength(SNAPSHOTS_KEPT);
    // The new snapshot and the 15 most recent others stay; the 5 oldest are gone; other files are not touched.
    expect(left.filter((name) => !others.includes(name))).toHaveLength(1);
    expect(left.filter((name) => others.includes(name)).sort()).toEqual(others.slice(-(SNAPSHOTS_KEPT - 1)).sort());
    expect(readdirSync(dir)).toContain("notes.txt");
  });

  it("stores under $XDG_CACHE_HOME/replybook, else ~/.cache/replybook", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/h" })).toBe("/x/cache/replybook");
    expect(cacheDir({ HOME: "/h" })).toBe("/h/.cache/replybook");
  });

  it("sees a changed source file", async () => {
    const { config, env, phrases } = setup();
    await loadCatalogCached(config, env);
    writeFileSync(phrases, readFileSync(phrases, "utf8").replace("the rival", "the rival company"));
    const again = await loadCatalogCached(config, env);
    if (!again.ok) throw new Error("load failed");
    expect(again.value.phrases.get("en")!.banned.find((b) => b.id === "acme")!.why).toBe("the rival company");
  });

  it("sees a file added to a source folder", async () => {
    const { config, env, team } = setup();
    await loadCatalogCached(config, env);
    writeFileSync(join(team, "extra.yaml"), "locale: it\nbanned:\n  - id: rivale\n    phrase: acme\n    why: il rivale\n    principle: P3\n    category: brand-voice\n");
    const again = await loadCatalogCached(config, env);
    if (!again.ok) throw new Error("load failed");
    expect(again.value.phrases.get("it")!.banned.some((b) => b.id === "rivale")).toBe(true);
  });

  it("ignores a corrupt snapshot and replaces it", async () => {
    const { config, env, dir } = setup();
    await loadCatalogCached(config, env);
    const file = join(dir, snapshots(dir)[0]!);
    writeFileSync(file, "{ not json");
    const again = await loadCatalogCached(config, env);
    expect(again.ok).toBe(true);
    expect(() => JSON.parse(readFileSync(file, "utf8").split("\n")[0]!)).not.toThrow();
  });

  it("keeps the JSON line ASCII and every other script intact", async () => {
    const { config, env, dir, phrases } = setup();
    writeFileSync(phrases, "locale: el\nbanned:\n  - id: lypamai\n    phrase: λυπούμαστε για την ταλαιπωρία\n    why: τυποποιημένη φράση — «όχι»\n    principle: P3\n    category: canned\n");
    const first = await loadCatalogCached(config, env);
    if (!first.ok) throw new Error("load failed");
    const [line, variants] = readFileSync(join(dir, snapshots(dir)[0]!), "utf8").split(/\n(.*)/s) as [string, string];
    expect(line).toMatch(/^[\x00-\x7e]*$/);
    // Patterns are stored folded (accents off), as the matcher compares them.
    expect(variants).toContain("λυπουμαστε για την ταλαιπωρια");
    const cached = await loadCatalogCached(config, env);
    if (!cached.ok) throw new Error("load failed");
    expect(cached.value.phrases.get("el")!.banned.find((b) => b.id === "lypamai")!.why).toBe("τυποποιημένη φράση — «όχι»");
    expect(cached.value.phrases.get("it")!.banned.length).toBeGreaterThan(10);
    const compiled = compiledPatterns(cached.value)!;
    expect(compiled.expanded.get("λυπούμαστε για την ταλαιπωρία")).toBe("λυπουμαστε για την ταλαιπωρια");
    // Every pattern decodes the same from the snapshot as when it was compiled.
    expect(compiled.expanded.entirely()).toEqual(compiledPatterns(first.value)!.expanded.entirely());
  });

  it("never caches a catalog with errors", async () => {
    const { config, env, phrases, dir } = setup();
    writeFileSync(phrases, "locale: en\nbanned:\n  - id: broken\n    phrase: (unclosed\n    why: x\n    principle: P3\n    category: c\n");
    const result = await loadCatalogCached(config, env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.format()).toMatch(/phrases\.yaml:4:\d+ banned\[0\]\.phrase: pattern "\(unclosed"/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it("decodes a pattern's variants once, on first need", () => {
    const text = Buffer.from("abcàèì|xyz", "utf8");
    const variants = new PatternVariants(text);
    variants.place("first", 0, 9);
    variants.place("second", 9, 13);
    expect(variants.size).toBe(0);
    expect(variants.has("second")).toBe(true);
    expect(variants.get("first")).toBe("abcàèì");
    expect(variants.get("first")).toBe("abcàèì");
    expect(variants.get("unknown")).toBeUndefined();
    expect(variants.entirely()).toEqual(new Map([["first", "abcàèì"], ["second", "|xyz"]]));
  });

  it("serves lint without templates: template files are not looked at, nor returned", async () => {
    const { config, env, dir, root } = setup();
    const templates = join(root, "templates");
    mkdirSync(join(templates, "en"), { recursive: true });
    writeFileSync(join(templates, "en", "team-note.hbs"), "Hi {{customer.firstName}}\n");
    const withTeam = { ...config, templates: [templates] } as Config;
    const full = await loadCatalogCached(withTeam, env);
    if (!full.ok) throw new Error("load failed");
    expect(full.value.templates.has("en/team-note")).toBe(true);
    const file = join(dir, snapshots(dir)[0]!);
    const written = readFileSync(file, "utf8");
    // A template added: lint still starts from the snapshot, without templates.
    writeFileSync(join(templates, "en", "team-extra.hbs"), "Hello {{customer.firstName}}\n");
    const lint = await loadCatalogCached(withTeam, env, { templates: false });
    if (!lint.ok) throw new Error("load failed");
    expect(lint.value.templates.size).toBe(0);
    expect(lint.value.phrases.get("en")!.banned.some((b) => b.id === "acme")).toBe(true);
    expect(compiledPatterns(lint.value)?.prefilter.size).toBeGreaterThan(100);
    expect(readFileSync(file, "utf8")).toBe(written);
    // The full catalog sees the change.
    const again = await loadCatalogCached(withTeam, env);
    if (!again.ok) throw new Error("load failed");
    expect(again.value.templates.has("en/team-extra")).toBe(true);
  });

  it("can be turned off", async () => {
    const { config, env, dir } = setup();
    const result = await loadCatalogCached(config, { ...env, REPLYBOOK_NO_CACHE: "1" });
    expect(result.ok).toBe(true);
    expect(() => readdirSync(dir)).toThrow();
  });

  it("shows paths relative to the working folder, as the loader does", async () => {
    const { config, env } = setup();
    await loadCatalogCached(config, env);
    const cached = await loadCatalogCached(config, env);
    if (!cached.ok) throw new Error("load failed");
    const file = cached.value.playbooks[0]!.source.file;
    expect(file.startsWith("playbooks/") || file.startsWith("/")).toBe(true);
  });
});
