import { describe, expect, it } from "vitest";
import { createLinter, joinSequences, mayMatch, patternsToCompile, prefilterOf, splitSequences, type MatcherStore } from "../../src/lint/engine.js";
import type { PhraseMatcherData } from "../../src/text/matcher.js";
import { expandPattern } from "../../src/text/pattern.js";
import { detectLocale } from "../../src/lint/locale.js";
import { applyRuleFlags, resolveRuleSettings } from "../../src/lint/settings.js";
import { tokenize } from "../../src/text/tokens.js";
import type { PhraseList } from "../../src/phrases/types.js";
import { NOW, at, inlineLinter, only, shippedCatalog, shippedLinter } from "./helpers.js";

const list = (locale: string, banned: Partial<PhraseList["banned"][number]>[], approved: PhraseList["approved"] = []): PhraseList => ({
  locale,
  banned: banned.map((b, i) => ({ id: `e${i}`, patterns: ["x"], why: "because", principle: "P3", category: "no-canned-phrase", ...b })),
  approved,
  sources: ["inline"],
});

describe("locale detection", () => {
  it.each([
    ["I'm so sorry, I'll call you back within 24 hours.", "en"],
    ["Mi dispiace davvero, la richiamo entro 24 ore.", "it"],
    ["Λυπάμαι πολύ, θα σας καλέσω σε 24 ώρες.", "el"],
  ])("%s -> %s", (text, locale) => {
    expect(detectLocale(tokenize(text))).toBe(locale);
  });

  it("falls back when a reply gives no clue", () => {
    expect(detectLocale(tokenize("Laura!"), "it")).toBe("it");
    expect(detectLocale(tokenize(""), "en")).toBe("en");
  });

  it("reports the locale it used", async () => {
    const linter = await shippedLinter();
    expect(linter.lint("Mi dispiace davvero per il pacco.", { now: NOW }).locale).toBe("it");
    expect(linter.lint("Laura", { now: NOW, locale: "it" }).locale).toBe("it");
  });
});

describe("playbooks by id", () => {
  it("takes the playbook of the reply's locale", async () => {
    const linter = await shippedLinter();
    const it1 = "Il corriere passerà domani a ritirare il pacco.";
    const f = only(linter.lint(it1, { now: NOW, playbookId: "parcel-damaged" }).findings, "no-over-promise");
    expect(f.map((x) => it1.slice(x.start, x.end))).toEqual(["domani"]);
    expect(f[0]!.message).toContain("Mandare il corriere");
    const en = "The courier will collect it tomorrow.";
    expect(only(linter.lint(en, { now: NOW, playbookId: "parcel-damaged" }).findings, "no-over-promise")[0]!.message).toContain("Send the courier");
  });
});

describe("rule settings", () => {
  it("turns rules off and changes severities", async () => {
    const text = "Dear customer, we apologise for any inconvenience!!!";
    const base = await shippedLinter();
    expect(base.lint(text, { now: NOW }).findings.some((f) => f.ruleId === "calm-tone")).toBe(true);
    const off = await shippedLinter({ "calm-tone": "off", "no-canned-phrase": 1 });
    const result = off.lint(text, { now: NOW });
    expect(result.findings.some((f) => f.ruleId === "calm-tone")).toBe(false);
    expect(only(result.findings, "no-canned-phrase").every((f) => f.severity === "warn")).toBe(true);
    expect(result.errorCount).toBe(result.findings.filter((f) => f.severity === "error").length);
    expect(result.warningCount).toBe(result.findings.filter((f) => f.severity === "warn").length);
  });

  it("passes options to a rule, a number map directly", async () => {
    const linter = await shippedLinter({ "max-length": ["error", { sms: 20 }], "calm-tone": ["error", { allow: ["PLEASE"] }] });
    const r = linter.lint("PLEASE send me a DM with your order number.", { now: NOW, channel: "sms" });
    expect(only(r.findings, "max-length")).toHaveLength(1);
    expect(only(r.findings, "calm-tone")).toHaveLength(0);
    expect(only(linter.lint("x".repeat(300), { now: NOW, channel: "x" }).findings, "max-length")).toHaveLength(1);
  });

  it("reports unknown rules, bad severities and bad options, keyed by path", async () => {
    const c = await shippedCatalog();
    const { errors } = resolveRuleSettings({ "no-canned-phrases": "error", "calm-tone": ["loud" as "error"], "max-length": ["error", { x: "long" as unknown as number }], "show-empathy": ["warn", { nope: 1 }] }, c.phrases);
    const lines = errors.map((e) => e.format());
    expect(lines).toContainEqual(expect.stringMatching(/^rules\.no-canned-phrases: unknown rule "no-canned-phrases" \(did you mean "no-canned-phrase"\?\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^rules\.calm-tone: expected a severity/));
    expect(lines).toContainEqual(expect.stringMatching(/^rules\.max-length\[1\]\.x: unknown option "x"/));
    expect(lines).toContainEqual(expect.stringMatching(/^rules\.show-empathy\[1\]\.nope: unknown option "nope"; this rule has no options/));
    expect(() => createLinter({ phrases: c.phrases, playbooks: c.playbooks, rules: { nope: "error" } })).toThrow(/unknown rule "nope"/);
  });

  it("applies --rule flags over the config, keeping the config's options", () => {
    const { value, errors } = applyRuleFlags({ "max-length": ["error", { x: 100 }] }, ["max-length=warn", "calm-tone=0"]);
    expect(errors).toEqual([]);
    expect(value).toEqual({ "max-length": ["warn", { x: 100 }], "calm-tone": "off" });
    expect(applyRuleFlags({}, ["calm-tone"]).errors[0]!.message).toMatch(/expected <rule-id>=<error\|warn\|off>/);
    expect(applyRuleFlags({}, ["calm-tone=loud"]).errors).toHaveLength(1);
  });
});

describe("phrase-list categories", () => {
  it("reports a team's own category under its id with the entry's severity", async () => {
    const linter = await inlineLinter([list("en", [{ id: "no-slang", patterns: ["(gonna|wanna)"], category: "brand-voice", severity: "warn" }, { id: "rival", patterns: ["acme"], category: "brand-voice" }])]);
    const text = "We're gonna fix it, unlike Acme.";
    const f = linter.lint(text, { now: NOW, locale: "en" }).findings.filter((x) => x.ruleId === "brand-voice");
    expect(f.map((x) => [text.slice(x.start, x.end), x.severity])).toEqual([
      ["gonna", "warn"],
      ["Acme", "error"],
    ]);
    expect(f[0]!.message).toBe('"gonna": because');
  });

  it("lets the config set a team category's severity, or turn it off", async () => {
    const lists = [list("en", [{ patterns: ["acme"], category: "brand-voice", severity: "error" }])];
    const warn = await inlineLinter(lists, { "brand-voice": "warn" });
    expect(warn.lint("Unlike Acme.", { now: NOW, locale: "en" }).findings.find((f) => f.ruleId === "brand-voice")?.severity).toBe("warn");
    const off = await inlineLinter(lists, { "brand-voice": "off" });
    expect(off.lint("Unlike Acme.", { now: NOW, locale: "en" }).findings.find((f) => f.ruleId === "brand-voice")).toBeUndefined();
  });

  it("reports an entry filed under a built-in rule that reads no phrases under that rule", async () => {
    const linter = await inlineLinter([list("en", [{ patterns: ["the shop team"], category: "signed-by-person" }])]);
    const text = "Laura, sorry. — Dario from the shop team";
    const f = only(linter.lint(text, { now: NOW, locale: "en" }).findings, "signed-by-person");
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(["the shop team"]);
  });

  it("lets the configured severity of a rule win over an entry's own", async () => {
    const lists = [list("en", [{ patterns: ["asap"], severity: "warn" }])];
    expect((await inlineLinter(lists)).lint("Asap.", { now: NOW, locale: "en" }).findings.find((f) => f.ruleId === "no-canned-phrase")?.severity).toBe("warn");
    expect((await inlineLinter(lists, { "no-canned-phrase": "error" })).lint("Asap.", { now: NOW, locale: "en" }).findings.find((f) => f.ruleId === "no-canned-phrase")?.severity).toBe("error");
  });

  it("skips entries whose severity is off", async () => {
    const linter = await inlineLinter([list("en", [{ patterns: ["asap"], severity: "off" }])], { "no-canned-phrase": "error" });
    expect(only(linter.lint("Asap.", { now: NOW, locale: "en" }).findings, "no-canned-phrase")).toEqual([]);
  });
});

describe("matching", () => {
  const replies = [
    "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!! — The Customer Care Team",
    "Laura, I'm so sorry. I've asked the warehouse to check today, and I'll call you back within 24 hours. Send me a DM. ^DR",
    "Gentile cliente, ci scusiamo per il disagio. Il corriere passerà domani e le rimborseremo l'ordine. Il Servizio Clienti",
    "As we already told you, you should have checked. We guarantee it will never happen again. PLEASE CALM DOWN.",
    "Laura, mi dispiace davvero. Ho chiesto al magazzino di verificare oggi. La richiamo entro 24 ore. Mi scriva in privato. Sono Dario",
  ];

  it("finds the same with per-reply matchers (first replies) as with the full one", async () => {
    const c = await shippedCatalog();
    const warm = createLinter({ phrases: c.phrases, playbooks: c.playbooks });
    for (let i = 0; i < 3; i++) for (const r of replies) warm.lint(r, { now: NOW, playbookId: "parcel-damaged" });
    for (const r of replies) {
      const fresh = createLinter({ phrases: c.phrases, playbooks: c.playbooks });
      expect(fresh.lint(r, { now: NOW, playbookId: "parcel-damaged" })).toEqual(warm.lint(r, { now: NOW, playbookId: "parcel-damaged" }));
    }
  });

  it("never filters out a pattern's own variants (no false negatives in the prefilter)", async () => {
    const c = await shippedCatalog();
    let checked = 0;
    for (const p of patternsToCompile(c.phrases.values(), c.playbooks)) {
      const need = prefilterOf(p);
      for (const seq of expandPattern(p)) {
        expect(mayMatch(need, new Set(seq)), `${p}: ${seq.join(" ")}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(prefilterOf("we (apologise|apologize) for [any] (inconvenience|trouble)")).toBe("we|apologise apologize|for|inconvenience trouble|for any");
    expect(mayMatch(prefilterOf("(I ll|I will) (tell|give) you ... (within|in|by)"), new Set(["i", "ll", "call", "you", "within"]))).toBe(false);
    expect(mayMatch(prefilterOf("in # hours"), new Set(["in", "hours"]))).toBe(true);
    expect(mayMatch("", new Set())).toBe(true);
  });

  it("finds the same with first words known ahead (the catalog cache)", async () => {
    const c = await shippedCatalog();
    const prefilter = new Map<string, string>();
    const expanded = new Map<string, string>();
    for (const l of c.phrases.values())
      for (const e of [...l.banned, ...l.approved])
        for (const p of e.patterns) {
          prefilter.set(p, prefilterOf(p));
          expanded.set(p, joinSequences(expandPattern(p)));
        }
    expect(splitSequences(joinSequences(expandPattern("as ... already told you in # hours")))).toEqual(expandPattern("as ... already told you in # hours"));
    for (const r of replies) {
      const plain = createLinter({ phrases: c.phrases, playbooks: c.playbooks });
      const fast = createLinter({ phrases: c.phrases, playbooks: c.playbooks, prefilter, expanded });
      expect(fast.lint(r, { now: NOW, playbookId: "parcel-damaged" })).toEqual(plain.lint(r, { now: NOW, playbookId: "parcel-damaged" }));
    }
  });

  it("finds the same with a locale's matcher kept from an earlier linter (the catalog cache)", async () => {
    const c = await shippedCatalog();
    const kept = new Map<string, { signature: string; data: PhraseMatcherData<number> }>();
    const store: MatcherStore = {
      load: (locale, signature) => (kept.get(locale)?.signature === signature ? kept.get(locale)!.data : undefined),
      save: (locale, signature, data) => void kept.set(locale, { signature, data }),
    };
    const first = createLinter({ phrases: c.phrases, playbooks: c.playbooks, matchers: store });
    const expected = [0, 1, 2].flatMap(() => replies.map((r) => first.lint(r, { now: NOW, playbookId: "parcel-damaged" })));
    expect([...kept.keys()].sort()).toEqual(["en", "it"]);
    // A second linter loads them, and finds the same from its third reply of a locale on.
    const second = createLinter({ phrases: c.phrases, playbooks: c.playbooks, matchers: store });
    expect([0, 1, 2].flatMap(() => replies.map((r) => second.lint(r, { now: NOW, playbookId: "parcel-damaged" })))).toEqual(expected);
    // Kept for other patterns: not used.
    const other = new Map(c.phrases);
    other.set("en", { ...c.phrases.get("en")!, banned: c.phrases.get("en")!.banned.slice(1) });
    const changed = createLinter({ phrases: other, playbooks: c.playbooks, matchers: { load: store.load, save: () => undefined } });
    const plain = createLinter({ phrases: other, playbooks: c.playbooks });
    for (let i = 0; i < 3; i++) for (const r of replies) expect(changed.lint(r, { now: NOW, locale: "en" })).toEqual(plain.lint(r, { now: NOW, locale: "en" }));
  });

  it("returns findings sorted by place, with counts, principles and suggestions", async () => {
    const linter = await shippedLinter();
    const r = linter.lint(replies[0]!, { now: NOW, playbookId: "parcel-damaged", customer: { name: "Laura Bianchi" }, agent: "Dario" });
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.findings.every((f) => /^P\d+$/.test(f.principle ?? ""))).toBe(true);
    const tomorrow = r.findings.find((f) => f.messageId === "tooSoon")!;
    expect(replies[0]!.slice(tomorrow.start, tomorrow.end)).toBe("tomorrow");
    expect(tomorrow.message).toBe('"tomorrow" is sooner than this playbook allows for "Send the courier to collect the parcel" (earliest: 2 days)');
    expect(tomorrow.suggestion).toBe("within 2 days");
  });

  it("is linear on a long, repetitive reply", async () => {
    const linter = await shippedLinter();
    const text = "you should have ".repeat(20_000);
    const r = linter.lint(text, { now: NOW, locale: "en" });
    expect(only(r.findings, "no-blame").length).toBeGreaterThan(1000);
  });

  it("lints an empty reply", async () => {
    const r = (await shippedLinter()).lint("", { now: NOW });
    // Nothing says there is a problem to apologise for or act on: only the signature is owed.
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(["signed-by-person"]);
  });

  it("uses 'now' for relative days: tomorrow evening is sooner than 48 hours, Monday is not", async () => {
    const linter = await shippedLinter();
    const ctx = { now: NOW, playbookId: "parcel-damaged" };
    const text = "The courier will collect it by Monday.";
    expect(only(linter.lint(text, ctx).findings, "no-over-promise")).toEqual([]);
    const sunday = new Date(2026, 0, 18, 10, 0);
    expect(only(linter.lint(text, { ...ctx, now: sunday }).findings, "no-over-promise").map((f) => text.slice(f.start, f.end))).toEqual(["by Monday"]);
    const sentence = "The courier will collect it within 48 hours.";
    expect(at(sentence, "48 hours").start).toBeGreaterThan(0);
  });
});
