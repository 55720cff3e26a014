/**
 * The linter: pure, no printing, no I/O. `draft`, `drill` and `lint` share it.
 *
 *   const linter = createLinter({ phrases: catalog.phrases, playbooks: catalog.playbooks, rules: config.rules });
 *   linter.lint("Dear customer, we apologise for any inconvenience.", { customer: { name: "Laura Bianchi" } });
 *
 * Each locale's phrase list (banned and approved) and the built-in patterns compile once into
 * one {@link PhraseMatcher}; a reply is tokenized once and walked once, whatever the number of
 * entries (a playbook's commitment and remedy keywords, a few dozen, have a small matcher of
 * their own). Compilation is lazy: a run that only sees English replies never compiles the
 * Italian list, and the first replies of a run (often the only one: `replybook lint
 * reply.txt`) use a small matcher built from the variants whose words all occur in the reply,
 * so a one-reply run does not pay for a trie of ten thousand variants.
 */
import type { RuleSetting } from "../config/types.js";
import type { Playbook } from "../playbook/types.js";
import type { PhraseList } from "../phrases/types.js";
import { PhraseMatcher, type PhraseMatcherData } from "../text/matcher.js";
import { expandPattern, GAP, NUM, type PatternWord } from "../text/pattern.js";
import { hashText } from "../text/hash.js";
import { tokenize } from "../text/tokens.js";
import { AnalyzedReply, remedyStemsOf, type MatchKey, type ResolvedContext } from "./analysis.js";
import { BUILTINS, type BuiltinPattern } from "./lexicon.js";
import { detectLocale } from "./locale.js";
import { phraseFindings } from "./phrase-findings.js";
import { findQuotes } from "./quotes.js";
import type { Rule, RuleContext, RuleFinding, RuleSeverity } from "./rule.js";
import { RULES } from "./rules/index.js";
import { resolveRuleSettings, type ResolvedRule } from "./settings.js";
import type { Finding, LintContext, LintResult, Linter } from "./types.js";
import { localizedTemplate } from "./messages.js";
import { sortSmall } from "./sort.js";

export interface LinterOptions {
  /** Phrase lists by locale (catalog.phrases). */
  phrases: Map<string, PhraseList>;
  playbooks: Playbook[];
  /** The config's `rules` (after --rule flags). */
  rules?: Record<string, RuleSetting>;
  /** Rules from plug-ins, by namespaced id (see lint/plugins.ts#loadPlugins). */
  plugins?: ReadonlyMap<string, Rule>;
  /** The locale when a reply gives no clue (config `locale`). Default: en. */
  fallbackLocale?: string;
  /**
   * For each pattern, what a text needs for it to match, e.g. from the on-disk catalog cache
   * (see {@link prefilterOf}). With it, the first replies of a run expand only the few patterns
   * that can match them.
   */
  prefilter?: ReadonlyMap<string, string>;
  /** Patterns already expanded, in the form of {@link joinSequences} (the on-disk catalog cache). */
  expanded?: ReadonlyMap<string, string>;
  /**
   * Where a locale's whole matcher is kept between runs (the on-disk catalog cache): a batch then
   * loads the trie its first replies need instead of inserting every variant again (half a
   * second of each thread's start).
   */
  matchers?: MatcherStore;
}

/**
 * Compiled locale matchers kept between runs. Keys are the entries' places in the locale's
 * table; `signature` says which patterns, in which order, the matcher was built from.
 */
export interface MatcherStore {
  load(locale: string, signature: string): PhraseMatcherData<number> | undefined;
  save(locale: string, signature: string, data: PhraseMatcherData<number>): void;
}

/** How many replies of a locale are matched with a per-reply matcher before the locale's full one is built. */
const PRUNED_REPLIES = 2;

/** Patterns under one key, expanded on first need. */
interface Entry {
  key: MatchKey;
  patterns: string[];
  seqs: PatternWord[][] | undefined;
}
type Compiled = Entry[];

/** A playbook's commitment and remedy keywords: a small matcher of their own, walked after the locale's. */
interface PlaybookEntry {
  matcher: PhraseMatcher<MatchKey>;
  stems: ReturnType<typeof remedyStemsOf>;
}

interface LocaleTable {
  locale: string;
  phrases: PhraseList | undefined;
  base: Compiled;
  /** The locale's one matcher, built after the first few replies (before that, per-reply ones). */
  matcher: PhraseMatcher<MatchKey> | undefined;
  uses: number;
}

/** Throws an InputError for bad rule settings (the command checks them first with resolveRuleSettings). */
export function createLinter(options: LinterOptions): Linter {
  const settings = resolveRuleSettings(options.rules ?? {}, options.phrases, options.plugins);
  if (settings.errors.length) throw settings.errors[0]!;
  const active = settings.value.rules.filter((r) => r.severity !== "off");
  const contexts: RuleContext<unknown>[] = active.map((r) => ({ lint: { locale: "en", now: new Date(0) }, options: r.options, phrases: undefined, configured: r.configured }));
  const phraseRules = new Set(settings.value.rules.filter((r) => r.rule.meta.phraseCategory).map((r) => r.rule.id));
  const severityById = new Map(settings.value.rules.map((r) => [r.rule.id, r] as const));
  const teamSeverities = settings.value.categories;
  const fallback = options.fallbackLocale ?? "en";
  const tables = new Map<string, LocaleTable>();

  const playbooksIn = new Map<string, Map<string, Playbook>>();
  const anyLocale = new Map<string, Playbook>();
  for (const pb of options.playbooks) {
    let byId = playbooksIn.get(pb.locale);
    if (!byId) playbooksIn.set(pb.locale, (byId = new Map()));
    byId.set(pb.id, pb);
    if (!anyLocale.has(pb.id)) anyLocale.set(pb.id, pb);
  }
  const expanded = new Map<string, PatternWord[][]>();
  const expand = (pattern: string): PatternWord[][] => {
    let seqs = expanded.get(pattern);
    if (!seqs) {
      const joined = options.expanded?.get(pattern);
      seqs = joined !== undefined ? splitSequences(joined) : expandPattern(pattern);
      expanded.set(pattern, seqs);
    }
    return seqs;
  };
  const sequencesOf = (entry: Entry): PatternWord[][] => {
    if (!entry.seqs) {
      entry.seqs = [];
      for (const p of entry.patterns) for (const seq of expand(p)) entry.seqs.push(seq);
    }
    return entry.seqs;
  };
  /** The variants of an entry whose words all occur in the reply: all a trie walk over it could match. */
  const matchable = (entry: Entry, words: ReadonlySet<string>): PatternWord[][] => {
    const out: PatternWord[][] = [];
    for (const p of entry.patterns) {
      const need = entry.seqs ? undefined : options.prefilter?.get(p);
      if (need !== undefined && !mayMatch(need, words)) continue;
      for (const seq of expand(p)) if (seq.every((w) => w === GAP || w === NUM || words.has(w))) out.push(seq);
    }
    return out;
  };

  const tableFor = (locale: string): LocaleTable => {
    let table = tables.get(locale);
    if (!table) {
      table = compileLocale(locale, options.phrases.get(locale), BUILTINS[locale] ?? []);
      tables.set(locale, table);
    }
    return table;
  };

  const byPlaybook = new WeakMap<Playbook, PlaybookEntry>();
  const playbookEntry = (playbook: Playbook): PlaybookEntry => {
    let entry = byPlaybook.get(playbook);
    if (!entry) {
      const matcher = new PhraseMatcher<MatchKey>();
      for (const commitment of playbook.commitments) for (const k of commitment.keywords) matcher.addSequences(expand(k), { kind: "commitment", commitment });
      for (const remedy of playbook.remedies) for (const k of remedy.keywords) matcher.addSequences(expand(k), { kind: "remedy", remedy });
      entry = { matcher, stems: remedyStemsOf(playbook) };
      byPlaybook.set(playbook, entry);
    }
    return entry;
  };

  const matcherFor = (table: LocaleTable, tokens: readonly { norm: string }[]): PhraseMatcher<MatchKey> => {
    if (table.matcher) return table.matcher;
    const pruned = ++table.uses <= PRUNED_REPLIES;
    const store = pruned ? undefined : options.matchers;
    const signature = store && signatureOf(table);
    if (store && signature) {
      const data = store.load(table.locale, signature);
      if (data && data.keys.every((k) => table.base[k] !== undefined)) {
        table.matcher = PhraseMatcher.fromData({ ...data, keys: data.keys.map((k) => table.base[k]!.key) });
        return table.matcher;
      }
    }
    const words = pruned ? new Set(tokens.map((t) => t.norm)) : undefined;
    const matcher = new PhraseMatcher<MatchKey>();
    const places: number[] = [];
    for (let i = 0; i < table.base.length; i++) {
      const e = table.base[i]!;
      const seqs = words ? matchable(e, words) : sequencesOf(e);
      if (seqs.length) {
        matcher.addSequences(seqs, e.key);
        places.push(i);
      }
    }
    if (!pruned) {
      table.matcher = matcher;
      if (store && signature) store.save(table.locale, signature, { ...matcher.toData(), keys: places });
    }
    return matcher;
  };

  // Rule id -> locale -> message id -> template: lookups of constant strings, no key to build per finding.
  const templates = new Map<string, Map<string, Map<string, Template>>>();
  const message = (ruleId: string, messages: Record<string, string> | undefined, f: RuleFinding, locale: string): string => {
    if (f.message !== undefined) return f.message;
    let byLocale = templates.get(ruleId);
    if (!byLocale) templates.set(ruleId, (byLocale = new Map()));
    let byId = byLocale.get(locale);
    if (!byId) byLocale.set(locale, (byId = new Map()));
    let template = byId.get(f.messageId);
    if (!template) {
      // In the reply's language where there is a translation (src/lint/messages.ts), else the rule's English.
      template = compileTemplate(localizedTemplate(ruleId, f.messageId, locale) ?? messages?.[f.messageId] ?? f.messageId);
      byId.set(f.messageId, template);
    }
    return fillTemplate(template, f.data);
  };

  return {
    lint(text: string, context: LintContext = {}): LintResult {
      const tokens = tokenize(text);
      const locale = context.locale ?? detectLocale(tokens, fallback);
      const table = tableFor(locale);
      let playbook = context.playbook;
      if (!playbook && context.playbookId) playbook = playbooksIn.get(locale)?.get(context.playbookId) ?? anyLocale.get(context.playbookId);
      const matches = matcherFor(table, tokens).match(text, tokens);
      let stems: PlaybookEntry["stems"] = NO_STEMS;
      if (playbook) {
        const entry = playbookEntry(playbook);
        const extra = entry.matcher.match(text, tokens);
        for (let i = 0; i < extra.length; i++) matches.push(extra[i]!);
        stems = entry.stems;
      }
      // One fixed shape for every reply, so that rules read it without shape checks.
      const resolved: ResolvedContext = {
        locale,
        now: context.now ?? new Date(),
        playbook,
        playbookId: context.playbookId,
        playbookRouted: context.playbookRouted,
        customer: context.customer,
        agent: context.agent,
        agentInitials: context.agentInitials,
        channel: context.channel,
        complaint: context.complaint,
        thread: context.thread,
      };
      const reply = new AnalyzedReply(text, tokens, resolved, findQuotes(text), matches, stems);

      const findings: Finding[] = [];
      let errorCount = 0;
      let warningCount = 0;
      const push = (ruleId: string, severity: RuleSeverity, f: RuleFinding, messages: Record<string, string> | undefined, principle: string | undefined) => {
        if (severity === "off") return;
        const finding: Finding = { ruleId, messageId: f.messageId, severity, message: message(ruleId, messages, f, locale), start: f.start, end: f.end };
        if (f.suggestion) finding.suggestion = f.suggestion;
        if (f.fix) finding.fix = f.fix;
        const p = f.principle ?? principle;
        if (p) finding.principle = p;
        findings.push(finding);
        if (severity === "error") errorCount++;
        else warningCount++;
      };

      for (let i = 0; i < active.length; i++) {
        const r = active[i]!;
        // One context object per rule for the linter's life: rules are synchronous.
        const ctx = contexts[i]!;
        ctx.lint = resolved;
        ctx.phrases = table.phrases;
        const found = r.rule.check(reply, ctx);
        for (let k = 0; k < found.length; k++) push(r.rule.id, effectiveSeverity(r, found[k]!), found[k]!, r.rule.meta.messages, r.rule.meta.principle);
      }
      // Phrase entries whose category is not a rule that reads them: a team's own category,
      // or a built-in rule without phrase support (reported under that rule's id and severity).
      let others: Set<string> | undefined;
      const banned = reply.banned;
      for (let i = 0; i < banned.length; i++) if (!phraseRules.has(banned[i]!.key.category)) (others ??= new Set()).add(banned[i]!.key.category);
      if (others) {
        for (const category of others) {
          const builtin = severityById.get(category);
          for (const f of phraseFindings(reply, category)) {
            const severity: RuleSeverity = builtin
              ? effectiveSeverity(builtin, f)
              : f.severity === "off"
                ? "off"
                : (teamSeverities.get(category) ?? f.severity ?? "error");
            push(category, severity, f, undefined, undefined);
          }
        }
      }
      if (findings.length > 1) sortSmall(findings, compareFindings);
      return { findings, locale, errorCount, warningCount };
    },
  };
}

const NO_STEMS: ReturnType<typeof remedyStemsOf> = [];

/** Findings in the order of the output: by start, end, then rule id. */
function compareFindings(a: Finding, b: Finding): number {
  // Plain comparison: localeCompare would load ICU's collator, a cost a one-reply run notices.
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** A message template split at its `{{name}}` places: literal, name, literal, name, ... literal. */
type Template = string[];

function compileTemplate(template: string): Template {
  return template.split(/\{\{(\w+)\}\}/);
}

function fillTemplate(parts: Template, data: Record<string, string | number> | undefined): string {
  if (parts.length === 1) return parts[0]!;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (data && name in data ? String(data[name]) : `{{${name}}}`) + parts[i + 1]!;
  }
  return out;
}

/** A phrase entry's own severity applies unless the config set the rule's; an entry "off" stays off. */
function effectiveSeverity(r: ResolvedRule, f: RuleFinding): RuleSeverity {
  if (f.severity === "off") return "off";
  if (r.severity === "off") return "off";
  if (f.severity && !r.configured) return f.severity;
  return r.severity;
}

function compileLocale(locale: string, phrases: PhraseList | undefined, builtins: readonly BuiltinPattern[]): LocaleTable {
  const base: Compiled = [];
  if (phrases) {
    for (const entry of phrases.banned) {
      if (entry.severity === "off") continue;
      base.push({ key: { kind: "banned", entry }, patterns: entry.patterns, seqs: undefined });
      if (entry.unless?.length) base.push({ key: { kind: "unless", entry }, patterns: entry.unless, seqs: undefined });
    }
    for (const entry of phrases.approved) base.push({ key: { kind: "approved", entry }, patterns: entry.patterns, seqs: undefined });
  }
  for (const [pattern, key] of builtins) base.push({ key: { kind: "builtin", key }, patterns: [pattern], seqs: undefined });
  return { locale, phrases, base, matcher: undefined, uses: 0 };
}

/**
 * What a locale's matcher is built from, as a short text: each entry's kind and patterns, in
 * order (the trie depends on nothing else, its keys on the entries' places). Hashed by hashText.
 */
function signatureOf(table: LocaleTable): string {
  const parts: string[] = [];
  for (const e of table.base) parts.push(e.key.kind, ...e.patterns.map((p) => `\u0000${p}`), "\u0001");
  return `${table.locale}:${table.base.length}:${hashText(parts.join(""))}`;
}

/**
 * What a text needs for a pattern to match (for `prefilter`): clauses, "|" between them, each a
 * list of words one of which the text must have. A clause is the words the variants can have at
 * one place (first, second, third, last, last but one), or one word every variant has.
 * "we (apologise|apologize) for [any] (inconvenience|trouble)" -> "we|apologise apologize|for|
 * inconvenience trouble|any for" (and "we" again, dropped). A place some variant lacks, or where
 * one has a number or a gap, makes no clause. With them a one-reply lint expands a handful of
 * patterns, not the dozens that start with a common word ("I", "we", "come").
 */
export function prefilterOf(pattern: string): string {
  const places = [0, 1, 2, -1, -2];
  const atPlace = places.map(() => new Set<string>());
  const open = places.map(() => true);
  let common: Set<string> | undefined;
  for (const seq of expandPattern(pattern)) {
    places.forEach((place, k) => {
      const word = place >= 0 ? seq[place] : seq[seq.length + place];
      if (word === undefined || word === GAP || word === NUM || seq.length <= Math.abs(place)) open[k] = false;
      else atPlace[k]!.add(word);
    });
    const words = new Set(seq.filter((w) => w !== GAP && w !== NUM));
    common = common ? new Set([...common].filter((w) => words.has(w))) : words;
  }
  const clauses = new Set<string>();
  places.forEach((_, k) => {
    if (open[k] && atPlace[k]!.size) clauses.add([...atPlace[k]!].join(" "));
  });
  for (const w of common ?? []) clauses.add(w);
  return [...clauses].join("|");
}

/**
 * Word sequences as one string, for a cache: "|" between variants, " " between words, "…" for
 * a gap and "#" for a number (a folded word is letters and digits only, so none is ambiguous).
 */
export function joinSequences(seqs: PatternWord[][]): string {
  return seqs.map((seq) => seq.map((w) => (w === GAP ? "…" : w === NUM ? "#" : w)).join(" ")).join("|");
}

export function splitSequences(joined: string): PatternWord[][] {
  return joined.split("|").map((seq) => seq.split(" ").map((w) => (w === "…" ? GAP : w === "#" ? NUM : w)));
}

/** Whether a text with these words may match a pattern with this prefilter: a word of every clause. */
export function mayMatch(need: string, words: ReadonlySet<string>): boolean {
  if (need === "") return true;
  for (const clause of need.split("|")) if (!clause.split(" ").some((w) => words.has(w))) return false;
  return true;
}

/** Every pattern a linter over these lists and playbooks expands, for a compiled cache. */
export function patternsToCompile(phrases: Iterable<PhraseList>, playbooks: readonly Playbook[]): string[] {
  const out = new Set<string>();
  for (const list of phrases) {
    for (const e of [...list.banned, ...list.approved]) for (const p of e.patterns) out.add(p);
    for (const e of list.banned) for (const p of e.unless ?? []) out.add(p);
  }
  for (const pb of playbooks) {
    for (const c of pb.commitments) for (const k of c.keywords) out.add(k);
    for (const r of pb.remedies) for (const k of r.keywords) out.add(k);
  }
  for (const list of Object.values(BUILTINS)) for (const [p] of list) out.add(p);
  return [...out];
}

/** The ids of the built-in rules, in the registry's order. */
export function ruleIds(): string[] {
  return [...RULES.keys()];
}
