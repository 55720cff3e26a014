/**
 * Routing a message to playbooks (P15): what kind of message it is (complaint, question,
 * praise, spam) and which playbooks fit, best first, with the words that matched.
 *
 * A message's words are normalized in each language that has playbooks (./words.ts: folded,
 * contractions and social-media spellings put in one form, stemmed), and the language whose
 * playbooks share the most words with it is the one routed (or the one asked for). There each
 * playbook scores:
 *
 * - its **triggers**: WEIGHTS.trigger plus WEIGHTS.perWord for each word of the longest match of
 *   each trigger, so "arrived completely smashed" outweighs a lone "smashed";
 * - its **cues**: the words of its title, description, example and drill complaints and
 *   triggers that the message also has, each weighed by how few of the language's playbooks
 *   use it (a word only one playbook uses weighs 1, a word every playbook uses 0), capped;
 * - its **concepts**: WEIGHTS.concept when the message has one of the playbook's pairs of word
 *   families (./concepts.ts: "billed my card 4 times" is money and money gone wrong, so
 *   `payment-problem`, though no trigger names it), WEIGHTS.conceptNear more when the pair's
 *   words are close ("won't let me download" is the download failing more than the console);
 * - its **negative cues** (`not-triggers`): each one that matches takes WEIGHTS.notTrigger off
 *   ("said delivered" about a gift card code is not a lost parcel).
 *
 * A playbook is a fit when it scores at least the threshold (THRESHOLD, calibrated on labelled
 * real complaints: see docs/quality.md). The `general` playbook is never ranked: it comes last
 * after the fits, or alone when none fits (`onlyGeneral`), so a complaint always gets a
 * procedure. Praise gets no playbook; spam gets `abusive-or-spam` when it exists.
 *
 * @example
 *   routeMessage("my parcel arrived smashed", catalog.playbooks)
 *   // { kind: "complaint", locale: "en", onlyGeneral: false, matches: [
 *   //   { id: "parcel-damaged", locale: "en", score: 9.4, matched: ["parcel arrived smashed", "smashed"], ... },
 *   //   { id: "general", ... } ] }
 */
import type { Playbook } from "../playbook/types.js";
import { atLeast } from "../text/grow.js";
import { PhraseMatcher } from "../text/matcher.js";
import { expandPattern, GAP, NUM, type PatternWord } from "../text/pattern.js";
import { tokenize, type Token } from "../text/tokens.js";
import { compiledKey, encodeTries, loadTrie, readCompiled, type SavedWords } from "./compiled.js";
import { CONCEPT_RULES, CONCEPT_WORDS, CONCEPTS, type Concept } from "./concepts.js";
import { KIND_CUES, type KindCue } from "./kind-cues.js";
import { KIND_EXAMPLES } from "./kind-examples.js";
import { loadNaiveBayes, posteriorOf, saveNaiveBayes, trainNaiveBayes, type LearntRow, type NaiveBayes, type SavedLearnt } from "./learnt.js";
import { isGreeklishMarker, isLatinWord } from "../text/greeklish.js";
import { greekBySoundWords, wordsFor, type LocaleWords } from "./words.js";

export type MessageKind = "complaint" | "question" | "praise" | "spam";
export const MESSAGE_KINDS: readonly MessageKind[] = ["complaint", "question", "praise", "spam"];

/** The playbook every complaint can fall back on, and the one for spam. */
export const GENERAL_PLAYBOOK = "general";
export const SPAM_PLAYBOOK = "abusive-or-spam";

export interface RouteMatch {
  id: string;
  locale: string;
  title: string;
  score: number;
  /** The words of the message that matched, as written: whole trigger matches first, then single cue words. */
  matched: string[];
}

export interface Routing {
  kind: MessageKind;
  /** The language routed in. */
  locale: string;
  /** Best first; `general` last (or alone) for a complaint or a question; empty for praise. */
  matches: RouteMatch[];
  /** No specific playbook fits: only `general` (a complaint or question). */
  onlyGeneral: boolean;
}

export interface RouteOptions {
  /** Route among this language's playbooks only. */
  locale?: string;
  /** The minimum score of a fit (default THRESHOLD). */
  threshold?: number;
  /** Weigh the learnt part (./learnt.ts; default true): false routes by the cues alone, as before it. */
  learnt?: boolean;
}

/** The weights of the score (see the module comment), calibrated with THRESHOLD. */
export const WEIGHTS = {
  trigger: 3,
  perWord: 1,
  /** A trigger's words count up to this many. */
  maxWords: 6,
  cue: 2,
  /** The cues' sum (before `cue`) counts up to this. */
  maxCues: 3,
  /** Cue words that more than this share of the language's playbooks use weigh nothing. */
  commonShare: 0.34,
  notTrigger: 6,
  /** A playbook's pair of concepts found in the message (./concepts.ts). */
  concept: 4,
  /** A pair at most conceptNearWords words apart ("app keeps crashing") adds this. */
  conceptNear: 2,
  conceptNearWords: 4,
  /**
   * The learnt part (./learnt.ts): a playbook's posterior times this is added to its score, so
   * a confident posterior alone makes a fit when no trigger fires (0.35 + 0.65 * 3 / 8, about
   * 0.6, reaches THRESHOLD).
   */
  learnt: 8,
  /** A posterior counts above this floor only (scaled to 0..1 above it): a flat one says nothing. */
  learntFloor: 0.35,
  /** The classifiers' additive smoothing. */
  learntAlpha: 1,
  /** The playbooks' posterior's temperature: above 1 flattens naive Bayes' overconfidence. */
  learntTemperature: 2,
  /**
   * The kind classifier: from kindSure on, a sure complaint counts as kindComplaint complaint
   * cues and sure praise as kindPraise praise cues; a message with no kind cue either way is a
   * complaint from kindSureComplaint on, and one it calls a question from kindQuestion on is
   * asked. Calibrated on the labelled sets, each of these routed more praise or told fewer
   * kinds right than without it (its examples of praise and questions are still few), so they
   * weigh nothing for now (0, or a posterior above 1): see docs/quality.md, Sixth round.
   */
  kindTemperature: 1,
  kindSure: 0.9,
  kindComplaint: 0,
  kindPraise: 0,
  kindSureComplaint: 1.01,
  kindQuestion: 1.01,
} as const;

export const THRESHOLD = 3;

/** Scores are printed with one decimal. */
const round = (n: number) => Math.round(n * 10) / 10;

interface TriggerKey {
  playbook: number;
  /** Its place in the playbook's triggers (or not-triggers). */
  trigger: number;
  /** Negative cue (not-trigger) rather than trigger. */
  negative: boolean;
}

/** Everything one language's playbooks compile to. */
interface LocaleModel {
  locale: string;
  words: LocaleWords;
  playbooks: Playbook[];
  general: number;
  spam: number;
  /** Normalized word -> its number, for the synthetic tokens the matchers read. */
  ids: Map<string, number>;
  /** The patterns' matchers, compiled when the language is first routed in (most runs route in one). */
  matchers: { triggers: PhraseMatcher<TriggerKey>; kinds: PhraseMatcher<KindCue>; concepts: PhraseMatcher<number> } | undefined;
  /** Per playbook, its pairs of concepts (./concepts.ts), as indexes into CONCEPTS. */
  conceptRules: number[][][];
  /** Normalized word -> the playbooks it is a cue of, with its weight. */
  cues: Map<string, Array<{ playbook: number; weight: number }>>;
  /** Every normalized word of the language's playbooks and kind cues: to tell the language. */
  vocabulary: Set<string>;
  /** By a token's word id (Token.id, the tokenizer's table of known words): what that word is here, worked out once. */
  known: Array<KnownWord | undefined>;
  /** By a token's word id: how many of its normalized words the vocabulary has, plus one (0: not counted yet). */
  knownHits: Uint8Array;
  /** By normalized word id: its cue list once looked up (null: not a cue), and the last message it was counted in. */
  cueById: Array<Array<{ playbook: number; weight: number }> | null | undefined>;
  cueSeen: Int32Array;
  cueStamp: number;
  /** The learnt part (./learnt.ts), built or loaded when the language is first routed in; null: no examples. */
  learnt: Learnt | null | undefined;
}

/** A language's learnt classifiers, the rows of its words by normalized word id, and buffers reused from message to message. */
interface Learnt {
  route: NaiveBayes;
  kind: NaiveBayes;
  /**
   * By normalized word id: 0 not looked up yet, -1 neither classifier knows the word, else one
   * plus its place in `table` (an Int32Array read, not a sparse array of objects).
   */
  byId: Int32Array;
  table: Array<{ route: LearntRow | undefined; kind: LearntRow | undefined }>;
  routeRows: LearntRow[];
  kindRows: LearntRow[];
  /** For the words that matched: each route row's token (start, end). */
  spans: number[];
  routePost: Float64Array;
  kindPost: Float64Array;
  /** The rows of the features that are no words, looked up once: by concept (CONCEPTS' order), and by mark. */
  conceptRows: Array<{ route: LearntRow | undefined; kind: LearntRow | undefined } | null>;
  markRows: Record<(typeof MARKS)[number], { route: LearntRow | undefined; kind: LearntRow | undefined } | null>;
}

/** A known word (by Token.id) in one language: its normalized words and their ids. */
interface KnownWord {
  norms: readonly string[];
  ids: readonly number[];
}

const routers = new WeakMap<readonly Playbook[], Map<string, LocaleModel>>();

function modelsFor(playbooks: readonly Playbook[]): Map<string, LocaleModel> {
  let models = routers.get(playbooks);
  if (!models) {
    models = new Map();
    const locales = [...new Set(playbooks.map((p) => p.locale))];
    for (const locale of locales) models.set(locale, compileLocale(locale, playbooks.filter((p) => p.locale === locale)));
    routers.set(playbooks, models);
  }
  return models;
}

/**
 * `useSaved`: take what `npm run build` compiled for the language when it was made from the same
 * words. `words`: how words are compared (the Greeklish model compares Greek by sound, and never
 * uses the saved Greek words).
 */
function compileLocale(locale: string, playbooks: Playbook[], useSaved = true, words: LocaleWords = wordsFor(locale)): LocaleModel {
  const name = savedName(locale, words);
  const model: LocaleModel = {
    locale,
    words,
    playbooks,
    general: playbooks.findIndex((p) => p.id === GENERAL_PLAYBOOK),
    spam: playbooks.findIndex((p) => p.id === SPAM_PLAYBOOK),
    ids: new Map(),
    matchers: undefined,
    conceptRules: playbooks.map((pb) => (CONCEPT_RULES[pb.id] ?? []).map((rule) => rule.map((c) => CONCEPTS.indexOf(c)))),
    cues: new Map(),
    vocabulary: new Set(),
    known: [],
    knownHits: new Uint8Array(0),
    cueById: [],
    cueSeen: new Int32Array(0),
    cueStamp: 0,
    learnt: undefined,
  };
  const saved = useSaved && name ? readCompiled(name, "words") : undefined;
  if (saved && saved.key === wordsKey(locale, playbooks, name)) {
    for (const [w, pairs] of saved.cues) {
      const list: Array<{ playbook: number; weight: number }> = [];
      for (let i = 0; i < pairs.length; i += 2) list.push({ playbook: pairs[i]!, weight: pairs[i + 1]! });
      model.cues.set(w, list);
    }
    model.vocabulary = new Set(saved.vocabulary);
    return model;
  }
  const bags: Array<Set<string>> = [];
  playbooks.forEach((pb) => {
    const bag = new Set<string>();
    // A pattern's literal words are its words as a text ("(parcel|box) ... lost": parcel, box, lost).
    const text = [pb.title, pb.description, pb.example.complaint ?? "", ...pb.drills.map((d) => d.complaint), ...pb.triggers].join("\n");
    for (const token of normalizedTokens(tokenize(text), model)) bag.add(token.norm);
    for (const w of bag) model.vocabulary.add(w);
    bags.push(bag);
  });
  // A cue's weight: how few of the language's playbooks use the word (general aside).
  // Spam and insults are told by their triggers alone: their prose is about handling them.
  const ranked = playbooks.map((_, p) => p).filter((p) => p !== model.general && p !== model.spam);
  const n = ranked.length;
  const df = new Map<string, number>();
  for (const p of ranked) for (const w of bags[p]!) df.set(w, (df.get(w) ?? 0) + 1);
  for (const p of ranked) {
    for (const w of bags[p]!) {
      const d = df.get(w)!;
      if (w.length < 4 || /^\d+$/.test(w) || n < 2 || d > Math.max(1, WEIGHTS.commonShare * n)) continue;
      const weight = 1 - Math.log(d) / Math.log(n);
      if (weight <= 0) continue;
      let list = model.cues.get(w);
      if (!list) model.cues.set(w, (list = []));
      list.push({ playbook: p, weight });
    }
  }
  const cues = KIND_CUES[locale];
  if (cues) for (const kind of Object.keys(cues) as KindCue[]) for (const token of normalizedTokens(tokenize((cues[kind] ?? []).join("\n")), model)) model.vocabulary.add(token.norm);
  return model;
}

/** The key of a language's cue words and vocabulary (./compiled.ts): the playbooks' words, the kind cues, the weighting. */
function wordsKey(locale: string, playbooks: readonly Playbook[], name = locale): string {
  const texts = playbooks.map((pb) => [pb.id, pb.title, pb.description, pb.example.complaint ?? "", pb.drills.map((d) => d.complaint), pb.triggers]);
  return compiledKey(locale, savedPart("words", locale, name), [WEIGHTS.commonShare, texts, KIND_CUES[locale] ?? {}]);
}

/**
 * The name a model's compiled parts are saved under (./compiled.ts): its language when it
 * compares words as the language does, GREEK_BY_SOUND for the Greek playbooks compared by sound
 * (Greeklish: compiling them costs about half a second, which a batch would pay as soon as one
 * complaint reads as Greeklish), undefined for any other way of comparing words.
 */
function savedName(locale: string, words: LocaleWords): string | undefined {
  if (words === wordsFor(locale)) return locale;
  if (locale === "el" && words === greekBySoundWords()) return GREEK_BY_SOUND;
  return undefined;
}

export const GREEK_BY_SOUND = "el-sound";

/** A part's name in its key: the language's own ("triggers"), or "triggers as el-sound" when saved under another name. */
function savedPart(part: string, locale: string, name: string): string {
  return name === locale ? part : `${part} as ${name}`;
}

/**
 * The triggers, negative cues and kind cues of a language, each pattern expanded and normalized
 * into a trie: loaded from the tries `npm run build` compiled (./compiled.ts) when they were
 * made from the same patterns, else compiled here.
 */
function matchersOf(model: LocaleModel): NonNullable<LocaleModel["matchers"]> {
  if (model.matchers) return model.matchers;
  // Saved tries are the language's own words, or Greek by sound (Greeklish); a model compared otherwise compiles its own.
  const name = savedName(model.locale, model.words);
  const saved = name ? readCompiled(name, "tries") : undefined;
  const keys = routerKeys(model.locale, model.playbooks, name);
  const triggers = loadTrie<TriggerKey>(saved, "triggers", keys.triggers) ?? compileTriggers(model.playbooks, model.words);
  const kinds = loadTrie<KindCue>(saved, "kinds", keys.kinds) ?? compileKinds(model.locale, model.words);
  const concepts = loadTrie<number>(saved, "concepts", keys.concepts) ?? compileConcepts(model.locale, model.words);
  model.matchers = { triggers, kinds, concepts };
  return model.matchers;
}

/** The keys of a language's tries (./compiled.ts): what each is made from. */
function routerKeys(locale: string, playbooks: readonly Playbook[], name = locale): { triggers: string; kinds: string; concepts: string } {
  return {
    triggers: compiledKey(locale, savedPart("triggers", locale, name), playbooks.map((pb) => [pb.triggers, pb.notTriggers ?? []])),
    kinds: compiledKey(locale, savedPart("kinds", locale, name), KIND_CUES[locale] ?? {}),
    concepts: compiledKey(locale, savedPart("concepts", locale, name), [CONCEPTS, CONCEPT_WORDS[locale] ?? {}]),
  };
}

function compileTriggers(playbooks: readonly Playbook[], words: LocaleWords): PhraseMatcher<TriggerKey> {
  const triggers = new PhraseMatcher<TriggerKey>();
  playbooks.forEach((pb, p) => {
    for (const [trigger, pattern] of pb.triggers.entries()) triggers.addSequences(normalizedSequences(pattern, words), { playbook: p, trigger, negative: false });
    for (const [trigger, pattern] of (pb.notTriggers ?? []).entries()) triggers.addSequences(normalizedSequences(pattern, words), { playbook: p, trigger, negative: true });
  });
  return triggers;
}

function compileKinds(locale: string, words: LocaleWords): PhraseMatcher<KindCue> {
  const kinds = new PhraseMatcher<KindCue>();
  const cues = KIND_CUES[locale];
  if (cues) for (const kind of Object.keys(cues) as KindCue[]) for (const pattern of cues[kind] ?? []) kinds.addSequences(normalizedSequences(pattern, words), kind);
  return kinds;
}

/** The concepts' word families of a language (./concepts.ts), each keyed by its index in CONCEPTS. */
function compileConcepts(locale: string, words: LocaleWords): PhraseMatcher<number> {
  const concepts = new PhraseMatcher<number>();
  const families = CONCEPT_WORDS[locale];
  if (families) for (const [c, patterns] of Object.entries(families)) for (const pattern of patterns ?? []) concepts.addSequences(normalizedSequences(pattern, words), CONCEPTS.indexOf(c as Concept));
  return concepts;
}

/**
 * A language's router, compiled, as `npm run build` saves it (src/build/route-compiled.ts): its
 * tries and its words. The playbooks given are the shipped ones. `bySound`: the Greek playbooks
 * compared by sound, as the Greeklish router reads them (saved under GREEK_BY_SOUND).
 */
export function compileRouter(locale: string, playbooks: readonly Playbook[], bySound = false): { tries: Buffer; words: SavedWords; learnt: SavedLearnt | undefined } {
  const mine = playbooks.filter((p) => p.locale === locale);
  const words = bySound && locale === "el" ? greekBySoundWords() : wordsFor(locale);
  const name = savedName(locale, words)!;
  const keys = routerKeys(locale, mine, name);
  const model = compileLocale(locale, mine, false, words);
  return {
    tries: encodeTries({
      triggers: { key: keys.triggers, matcher: compileTriggers(mine, words) as PhraseMatcher<unknown> },
      kinds: { key: keys.kinds, matcher: compileKinds(locale, words) as PhraseMatcher<unknown> },
      concepts: { key: keys.concepts, matcher: compileConcepts(locale, words) as PhraseMatcher<unknown> },
    }),
    words: {
      key: wordsKey(locale, mine, name),
      cues: [...model.cues].map(([w, list]) => [w, list.flatMap((c) => [c.playbook, c.weight])]),
      vocabulary: [...model.vocabulary],
    },
    learnt: saveLearnt(model),
  };
}

/** The key of a language's learnt part: the examples (by playbook, in order), the kinds' examples, the features' words. */
function learntKey(locale: string, playbooks: readonly Playbook[], name = locale): string {
  return compiledKey(locale, savedPart("learnt", locale, name), [WEIGHTS.learntAlpha, CONCEPTS, CONCEPT_WORDS[locale] ?? {}, playbooks.map((pb) => [pb.id, pb.examples ?? []]), KIND_EXAMPLES[locale] ?? {}]);
}

function saveLearnt(model: LocaleModel): SavedLearnt | undefined {
  const learnt = learntOf(model, false);
  return learnt ? { key: learntKey(model.locale, model.playbooks, savedName(model.locale, model.words)), route: saveNaiveBayes(learnt.route), kind: saveNaiveBayes(learnt.kind) } : undefined;
}

/**
 * The learnt part of a language: loaded from what `npm run build` saved when it was learnt from
 * the same examples, else learnt here from the playbooks' `examples` and the kinds' examples
 * (a few dozen milliseconds); null when the language has no examples.
 */
function learntOf(model: LocaleModel, useSaved = true): Learnt | null {
  if (model.learnt !== undefined) return model.learnt;
  let route: NaiveBayes | undefined;
  let kind: NaiveBayes | undefined;
  const name = savedName(model.locale, model.words);
  const saved = useSaved && name ? readCompiled(name, "learnt") : undefined;
  if (saved && saved.key === learntKey(model.locale, model.playbooks, name)) {
    route = loadNaiveBayes(saved.route);
    kind = loadNaiveBayes(saved.kind);
  } else {
    const routeDocs: Array<{ label: number; features: string[] }> = [];
    const kindDocs: Array<{ label: number; features: string[] }> = [];
    model.playbooks.forEach((pb, p) => {
      for (const text of pb.examples ?? []) {
        const features = featuresOf(text, model);
        routeDocs.push({ label: p, features });
        kindDocs.push({ label: MESSAGE_KINDS.indexOf("complaint"), features });
      }
    });
    const kinds = KIND_EXAMPLES[model.locale] ?? {};
    for (const k of ["praise", "question", "spam"] as const) for (const text of kinds[k] ?? []) kindDocs.push({ label: MESSAGE_KINDS.indexOf(k), features: featuresOf(text, model) });
    if (routeDocs.length) {
      route = trainNaiveBayes(routeDocs, model.playbooks.length, WEIGHTS.learntAlpha);
      kind = trainNaiveBayes(kindDocs, MESSAGE_KINDS.length, WEIGHTS.learntAlpha);
    }
  }
  model.learnt =
    route && kind
      ? {
          route,
          kind,
          byId: new Int32Array(1024),
          table: [],
          routeRows: [],
          kindRows: [],
          spans: [],
          routePost: new Float64Array(route.labelCount),
          kindPost: new Float64Array(kind.labelCount),
          conceptRows: CONCEPTS.map((c) => rowsOf(route, kind, `@${c}`)),
          markRows: Object.fromEntries(MARKS.map((m) => [m, rowsOf(route, kind, m)])) as Learnt["markRows"],
        }
      : null;
  return model.learnt;
}

/** The features the learnt part reads of a text: its normalized words, the concepts it names ("@money"), a question or exclamation mark, a link. */
function featuresOf(text: string, model: LocaleModel): string[] {
  const words = normalizedTokens(tokenize(text), model);
  const out = new Set<string>();
  for (const w of words) out.add(w.norm);
  for (const m of matchersOf(model).concepts.match(text, words)) out.add(`@${CONCEPTS[m.key]}`);
  for (const mark of marksOf(text)) out.add(mark);
  return [...out];
}

const MARKS = ["?", "!", "@link"] as const;

/** A feature's rows in the two classifiers, or null when neither knows it. */
function rowsOf(route: NaiveBayes, kind: NaiveBayes, feature: string): { route: LearntRow | undefined; kind: LearntRow | undefined } | null {
  const r = route.rows.get(feature);
  const k = kind.rows.get(feature);
  return r || k ? { route: r, kind: k } : null;
}

/** The marks of a text the tokenizer keeps none of, as features. */
function marksOf(text: string): Array<(typeof MARKS)[number]> {
  const out: Array<(typeof MARKS)[number]> = [];
  if (text.includes("?")) out.push("?");
  if (text.includes("!")) out.push("!");
  if (LINK.test(text)) out.push("@link");
  return out;
}

/** A pattern's word sequences, each word normalized as a message's words are. */
function normalizedSequences(pattern: string, words: LocaleWords): PatternWord[][] {
  return expandPattern(pattern).map((seq) => {
    const out: PatternWord[] = [];
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i]!;
      if (w === GAP || w === NUM) {
        out.push(w);
        continue;
      }
      const contraction = seq[i + 1] === "t" ? words.contraction(w) : undefined;
      if (contraction) {
        out.push(...contraction);
        i++;
      } else {
        out.push(...words.normalize(w));
      }
    }
    return out;
  });
}

const MAX_IDS = 200_000;

/** A normalized word's id in the model (for the synthetic tokens its matchers read), -1 past MAX_IDS. */
function idOf(model: LocaleModel, w: string): number {
  const ids = model.ids;
  let id = ids.get(w);
  if (id === undefined) {
    if (ids.size >= MAX_IDS) return -1;
    id = ids.size;
    ids.set(w, id);
  }
  return id;
}

/**
 * What a token's word is in the model's language, worked out once per known word (Token.id)
 * rather than looked up by string on every token; undefined for a word outside the tokenizer's
 * table (its id -1), which is normalized each time. Bounded as that table is.
 */
function knownWord(model: LocaleModel, token: Token): KnownWord | undefined {
  const id = token.id;
  if (id < 0) return undefined;
  let known = model.known[id];
  if (known === undefined) {
    const norms = model.words.normalize(token.norm);
    const ids: number[] = [];
    for (const w of norms) ids.push(idOf(model, w));
    known = { norms, ids };
    model.known[id] = known;
  }
  return known;
}

/**
 * How many of a token's normalized words the model's vocabulary has: counted once per known
 * word (Token.id) in each language. Telling the language asks this of every language, so it
 * gives the words no ids (only the chosen language's matchers need them).
 */
function hitsOf(model: LocaleModel, token: Token): number {
  const id = token.id;
  if (id >= 0 && id < model.knownHits.length && model.knownHits[id] !== 0) return model.knownHits[id]! - 1;
  let hits = 0;
  for (const w of model.words.normalize(token.norm)) if (model.vocabulary.has(w)) hits++;
  if (id >= 0 && hits < 255) {
    if (id >= model.knownHits.length) model.knownHits = atLeast(model.knownHits, id + 1, 1024);
    model.knownHits[id] = hits + 1;
  }
  return hits;
}

/** A message's tokens with their words normalized (same places in the text), for one language's matchers. */
function normalizedTokens(tokens: readonly Token[], model: LocaleModel): Token[] {
  const out: Token[] = [];
  const { words } = model;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "didn't": the tokenizer gives "didn" and "t" (one apostrophe apart).
    if (next && next.norm === "t" && next.start === t.end + 1) {
      const full = words.contraction(t.norm);
      if (full) {
        for (const w of full) out.push({ norm: w, start: t.start, end: next.end, id: idOf(model, w) });
        i++;
        continue;
      }
    }
    const known = knownWord(model, t);
    if (known) {
      const { norms, ids } = known;
      for (let k = 0; k < norms.length; k++) out.push({ norm: norms[k]!, start: t.start, end: t.end, id: ids[k]! });
    } else {
      for (const w of words.normalize(t.norm)) out.push({ norm: w, start: t.start, end: t.end, id: idOf(model, w) });
    }
  }
  return out;
}

const greeklishRouters = new WeakMap<readonly Playbook[], LocaleModel | null>();

/** How many of the message's words the language's playbooks and kind cues know (Greek letters count twice for Greek). */
function vocabularyHits(tokens: readonly Token[], model: LocaleModel): number {
  let hits = 0;
  for (const t of tokens) hits += hitsOf(model, t);
  return hits;
}

/**
 * The Greek playbooks compiled by sound (words.ts#greekBySoundWords), when a message in Latin
 * letters reads as Greeklish: it has no Greek letter, at least two of its words are Greek words
 * once read into Greek, and more than the chosen language knows (`other`; none when Greek was
 * asked for). Otherwise undefined. Tried only when one of its words is a common Greeklish word
 * ("den", "tha", "mou": ../text/greeklish.ts) and the chosen language knows under half of the
 * words, so an English or Italian complaint costs next to nothing more.
 */
function greeklishModel(tokens: readonly Token[], playbooks: readonly Playbook[], other: LocaleModel | undefined): LocaleModel | undefined {
  let latin = 0;
  let markers = 0;
  for (const t of tokens) {
    if (t.norm.charCodeAt(0) >= 0x370 && t.norm.charCodeAt(0) <= 0x3ff) return undefined;
    if (isLatinWord(t.norm)) latin++;
    if (isGreeklishMarker(t.norm)) markers++;
  }
  if (latin < 2 || markers === 0) return undefined;
  const otherHits = other ? vocabularyHits(tokens, other) : 0;
  if (other && otherHits * 2 >= tokens.length) return undefined;
  let model = greeklishRouters.get(playbooks);
  if (model === undefined) {
    const greek = playbooks.filter((p) => p.locale === "el");
    model = greek.length ? compileLocale("el", greek, true, greekBySoundWords()) : null;
    greeklishRouters.set(playbooks, model);
  }
  if (!model) return undefined;
  const hits = vocabularyHits(tokens, model);
  return hits >= 2 && hits > otherHits ? model : undefined;
}

/** The language whose playbooks share the most words with the message (ties: English, then the first). */
function chooseLocale(tokens: readonly Token[], models: Map<string, LocaleModel>): LocaleModel {
  let best: LocaleModel | undefined;
  let bestHits = -1;
  for (const model of models.values()) {
    let hits = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Greek letters are Greek, whatever the vocabulary says.
      if (model.locale === "el" && t.norm.charCodeAt(0) >= 0x370 && t.norm.charCodeAt(0) <= 0x3ff) {
        hits += 2;
        continue;
      }
      hits += hitsOf(model, t);
    }
    if (hits > bestHits || (hits === bestHits && model.locale === "en")) {
      best = model;
      bestHits = hits;
    }
  }
  return best!;
}

type Span = { first: number; last: number; start: number; end: number };

/** One match of each of a rule's concepts, no two the very same words; undefined when one is missing. */
function conceptPair(rule: readonly number[], spans: ReadonlyArray<readonly Span[]>): { found: Span[]; gap: number } | undefined {
  if (rule.length === 1) return spans[rule[0]!]!.length ? { found: [spans[rule[0]!]![0]!], gap: 0 } : undefined;
  // A pair: its two matches closest together (words between them), never the very same words.
  let best: { found: Span[]; gap: number } | undefined;
  for (const a of spans[rule[0]!]!) {
    for (const b of spans[rule[1]!]!) {
      if (a.first === b.first && a.last === b.last) continue;
      const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last) - 1);
      if (!best || gap < best.gap) best = { found: [a, b], gap };
    }
  }
  return best;
}

/** A new stamp for the cue words of one message, cueSeen grown to every id the model has given. */
function nextCueStamp(model: LocaleModel): number {
  if (model.cueSeen.length < model.ids.size) {
    const bigger = new Int32Array(Math.max(model.ids.size * 2, 1024));
    bigger.set(model.cueSeen);
    model.cueSeen = bigger;
  }
  if (model.cueStamp >= 0x3fffffff) {
    model.cueSeen.fill(0);
    model.cueStamp = 0;
  }
  return ++model.cueStamp;
}

/** Routes a message: its kind and the playbooks that fit it (see the module comment). */
export function routeMessage(text: string, playbooks: readonly Playbook[], options: RouteOptions = {}): Routing {
  const scored = scoreMessage(text, playbooks, options, true);
  if (!scored.model) return { kind: "complaint", locale: options.locale ?? "en", matches: [], onlyGeneral: false };
  const { kind, scores, snippets } = scored;
  const model = scored.model;
  const entry = (p: number): RouteMatch => {
    const pb = model.playbooks[p]!;
    return { id: pb.id, locale: pb.locale, title: pb.title, score: round(Math.max(0, scores[p]!)), matched: snippets![p]! };
  };
  if (kind === "praise") return { kind, locale: model.locale, matches: [], onlyGeneral: false };
  if (kind === "spam") return { kind, locale: model.locale, matches: model.spam >= 0 ? [entry(model.spam)] : [], onlyGeneral: false };
  const fits = fitsOf(model, kind, scores, options.threshold ?? THRESHOLD);
  fits.sort((a, b) => scores[b]! - scores[a]! || model.playbooks[a]!.id.localeCompare(model.playbooks[b]!.id));
  const matches = fits.map(entry);
  if (model.general >= 0) matches.push(entry(model.general));
  return { kind, locale: model.locale, matches, onlyGeneral: fits.length === 0 && model.general >= 0 };
}

/**
 * What lint reads of a complaint's routing: its kind and the id of the playbook routeMessage
 * ranks first, with its score (undefined when it ranks none). The same scoring, without the
 * matched words, the titles and the sorting of every fit.
 *
 *   topPlaybook("my parcel arrived smashed", catalog.playbooks) // { kind: "complaint", id: "parcel-damaged", score: 9.4 }
 */
export function topPlaybook(text: string, playbooks: readonly Playbook[], options: RouteOptions = {}): { kind: MessageKind; id: string | undefined; score: number } {
  const { model, kind, scores } = scoreMessage(text, playbooks, options, false);
  if (!model || kind === "praise") return { kind, id: undefined, score: 0 };
  const at = (p: number) => ({ kind, id: model.playbooks[p]!.id, score: round(Math.max(0, scores[p]!)) });
  if (kind === "spam") return model.spam >= 0 ? at(model.spam) : { kind, id: undefined, score: 0 };
  // The best fit as routeMessage sorts them: highest score, then the first id.
  let best = -1;
  for (const p of fitsOf(model, kind, scores, options.threshold ?? THRESHOLD)) {
    if (best < 0 || scores[p]! > scores[best]! || (scores[p]! === scores[best]! && model.playbooks[p]!.id.localeCompare(model.playbooks[best]!.id) < 0)) best = p;
  }
  if (best >= 0) return at(best);
  return model.general >= 0 ? at(model.general) : { kind, id: undefined, score: 0 };
}

/** The playbooks at or over the threshold, general aside (and spam for a question), in the playbooks' order. */
function fitsOf(model: LocaleModel, kind: MessageKind, scores: Float64Array, threshold: number): number[] {
  const fits: number[] = [];
  // A question is no insult: the spam playbook is for spam and abuse only.
  for (let p = 0; p < scores.length; p++) if (p !== model.general && !(kind === "question" && p === model.spam) && scores[p]! >= threshold) fits.push(p);
  return fits;
}

/**
 * The one scoring of a message (see the module comment): the language routed in, its kind and
 * every playbook's score; with `withSnippets`, the words that matched each playbook too.
 */
function scoreMessage(
  text: string,
  playbooks: readonly Playbook[],
  options: RouteOptions,
  withSnippets: boolean,
): { model: LocaleModel | undefined; kind: MessageKind; scores: Float64Array; snippets: string[][] | undefined } {
  const models = modelsFor(playbooks);
  const tokens = tokenize(text);
  let model: LocaleModel | undefined;
  if (options.locale) model = models.get(options.locale);
  else if (models.size) model = chooseLocale(tokens, models);
  // Greek in Latin letters (Greeklish) is routed among the Greek playbooks, by sound.
  if (model && (options.locale === "el" || (!options.locale && model.locale !== "el"))) model = greeklishModel(tokens, playbooks, options.locale ? undefined : model) ?? model;
  if (!model) return { model, kind: "complaint", scores: new Float64Array(0), snippets: undefined };
  const words = normalizedTokens(tokens, model);
  const count = model.playbooks.length;
  const scores = new Float64Array(count);
  const snippets: string[][] | undefined = withSnippets ? model.playbooks.map(() => []) : undefined;
  const snippet = (start: number, end: number) => text.slice(start, end).replace(/\s+/g, " ");

  // Triggers: each counts once, by its longest match.
  const longest = new Map<string, { words: number; start: number; end: number; key: TriggerKey }>();
  const matchers = matchersOf(model);
  for (const m of matchers.triggers.match(text, words)) {
    const k = `${m.key.playbook}:${m.key.negative ? "n" : "t"}:${m.key.trigger}`;
    const length = m.lastToken - m.firstToken + 1;
    const prev = longest.get(k);
    if (!prev || length > prev.words) longest.set(k, { words: length, start: m.start, end: m.end, key: m.key });
  }
  let specificTriggers = 0;
  let generalTriggers = 0;
  let specificConcepts = 0;
  for (const hit of longest.values()) {
    const p = hit.key.playbook;
    if (hit.key.negative) {
      scores[p]! -= WEIGHTS.notTrigger;
      continue;
    }
    scores[p]! += WEIGHTS.trigger + WEIGHTS.perWord * Math.min(hit.words, WEIGHTS.maxWords);
    if (snippets) {
      const s = snippet(hit.start, hit.end);
      if (!snippets[p]!.includes(s)) snippets[p]!.push(s);
    }
    if (p === model.general) generalTriggers++;
    else if (p !== model.spam) specificTriggers++;
  }

  // Concepts: a playbook's first pair found in the message (./concepts.ts).
  const spans: Array<Array<{ first: number; last: number; start: number; end: number }>> = CONCEPTS.map(() => []);
  let anyConcept = false;
  for (const m of matchers.concepts.match(text, words)) {
    spans[m.key]!.push({ first: m.firstToken, last: m.lastToken, start: m.start, end: m.end });
    anyConcept = true;
  }
  if (anyConcept) {
    for (let p = 0; p < count; p++) {
      for (const rule of model.conceptRules[p]!) {
        const pair = conceptPair(rule, spans);
        if (!pair) continue;
        const found = pair.found;
        scores[p]! += WEIGHTS.concept + (pair.gap <= WEIGHTS.conceptNearWords ? WEIGHTS.conceptNear : 0);
        if (p !== model.general && p !== model.spam) specificConcepts++;
        if (snippets) for (const s of found.map((f) => snippet(f.start, f.end))) if (!snippets[p]!.some((x) => x.toLowerCase().includes(s.toLowerCase()))) snippets[p]!.push(s);
        break;
      }
    }
  }

  // Cues and the learnt part's words: each distinct word once.
  const learnt = options.learnt === false ? null : learntOf(model);
  if (learnt) {
    learnt.routeRows.length = 0;
    learnt.kindRows.length = 0;
    learnt.spans.length = 0;
  }
  const cueSums = new Float64Array(count);
  const cueWords: string[][] | undefined = snippets && model.playbooks.map(() => []);
  let seen: Set<string> | undefined;
  const stamp = nextCueStamp(model);
  for (const w of words) {
    let list: Array<{ playbook: number; weight: number }> | null | undefined;
    const id = w.id;
    let rows: { route: LearntRow | undefined; kind: LearntRow | undefined } | null | undefined;
    if (id >= 0) {
      // By the word's id: one array read, not a Set and a Map of strings per word.
      if (model.cueSeen[id] === stamp) continue;
      model.cueSeen[id] = stamp;
      list = model.cueById[id];
      if (list === undefined) model.cueById[id] = list = model.cues.get(w.norm) ?? null;
      if (learnt) {
        if (id >= learnt.byId.length) learnt.byId = atLeast(learnt.byId, id + 1);
        let at = learnt.byId[id]!;
        if (at === 0) {
          const found = rowsOf(learnt.route, learnt.kind, w.norm);
          at = found ? learnt.table.push(found) : -1;
          learnt.byId[id] = at;
        }
        rows = at > 0 ? learnt.table[at - 1] : null;
      }
    } else {
      seen ??= new Set();
      if (seen.has(w.norm)) continue;
      seen.add(w.norm);
      list = model.cues.get(w.norm);
      if (learnt) rows = rowsOf(learnt.route, learnt.kind, w.norm);
    }
    if (rows) {
      if (rows.route) {
        learnt!.routeRows.push(rows.route);
        if (snippets) learnt!.spans.push(w.start, w.end);
      }
      if (rows.kind && KIND_WEIGHS) learnt!.kindRows.push(rows.kind);
    }
    if (!list) continue;
    for (const { playbook, weight } of list) {
      cueSums[playbook]! += weight;
      if (cueWords && weight >= 0.5) cueWords[playbook]!.push(snippet(w.start, w.end));
    }
  }
  for (let p = 0; p < count; p++) {
    if (cueSums[p]! <= 0) continue;
    scores[p]! += WEIGHTS.cue * Math.min(cueSums[p]!, WEIGHTS.maxCues);
    if (snippets) for (const s of cueWords![p]!) if (!snippets[p]!.some((x) => x.toLowerCase().includes(s.toLowerCase()))) snippets[p]!.push(s);
  }

  // The learnt part: the kinds' posterior is weighed with the kind cues; for a complaint, the
  // playbooks' posterior adds to their scores (a question keeps the cues' playbooks: the
  // examples are complaints).
  let kindPosterior: Float64Array | undefined;
  let wordRows = 0;
  if (learnt) {
    wordRows = learnt.routeRows.length;
    for (let c = 0; c < CONCEPTS.length; c++) if (spans[c]!.length) addFeatureRows(learnt, learnt.conceptRows[c]!);
    for (const mark of marksOf(text)) addFeatureRows(learnt, learnt.markRows[mark]);
    if (learnt.kindRows.length && KIND_WEIGHS) kindPosterior = posteriorOf(learnt.kind, learnt.kindRows, learnt.kindPost, WEIGHTS.kindTemperature);
  }
  const kind = kindOf(text, words, matchers.kinds, specificTriggers, generalTriggers, specificConcepts, (KIND_CUES[model.locale]?.person?.length ?? 0) > 0, kindPosterior);
  if (learnt && kind === "complaint") {
    const post = posteriorOf(learnt.route, learnt.routeRows, learnt.routePost, WEIGHTS.learntTemperature);
    for (let p = 0; p < count; p++) {
      // Only what a posterior has above the floor counts: a flat posterior says nothing.
      const add = (WEIGHTS.learnt * Math.max(0, post[p]! - WEIGHTS.learntFloor)) / (1 - WEIGHTS.learntFloor);
      if (p === model.general || add <= 0) continue;
      scores[p]! += add;
      // The words that weighed most for it, when it weighed at least a cue's worth.
      if (snippets && add >= 1) for (const s of topWords(learnt, p, wordRows, 2).map((k) => snippet(learnt.spans[2 * k]!, learnt.spans[2 * k + 1]!))) if (!snippets[p]!.some((x) => x.toLowerCase().includes(s.toLowerCase()))) snippets[p]!.push(s);
    }
  }
  return { model, kind, scores, snippets };
}

/** A feature that is no word (a concept, a mark): its rows added to the message's. */
function addFeatureRows(learnt: Learnt, rows: { route: LearntRow | undefined; kind: LearntRow | undefined } | null): void {
  if (rows?.route) learnt.routeRows.push(rows.route);
  if (rows?.kind) learnt.kindRows.push(rows.kind);
}

/** Whether the kind classifier weighs in at all (WEIGHTS.kind*): else its posterior is not worked out. */
const KIND_WEIGHS = WEIGHTS.kindComplaint > 0 || WEIGHTS.kindPraise > 0 || WEIGHTS.kindSureComplaint <= 1 || WEIGHTS.kindQuestion <= 1;

/**
 * The indexes of the (at most `n`) word rows among the first `wordRows` that tell playbook `p`
 * most clearly from the others: their weight for it at least TELLING above their weight for any
 * other playbook (the one that tells it best always, the next ones with four letters or more),
 * words of three letters or more (a shorter one tells a reader little).
 */
function topWords(learnt: Learnt, p: number, wordRows: number, n: number): number[] {
  const best: Array<{ k: number; w: number }> = [];
  for (let k = 0; k < wordRows; k++) {
    const row = learnt.routeRows[k]!;
    if (learnt.spans[2 * k + 1]! - learnt.spans[2 * k]! < 3) continue;
    let mine = 0;
    let other = 0;
    for (let i = 0; i < row.labels.length; i++) {
      if (row.labels[i] === p) mine = row.weights[i]!;
      else other = Math.max(other, row.weights[i]!);
    }
    if (mine > other) best.push({ k, w: mine - other });
  }
  best.sort((a, b) => b.w - a.w);
  return best.filter((b, i) => i === 0 || (b.w >= TELLING && learnt.spans[2 * b.k + 1]! - learnt.spans[2 * b.k]! >= 4)).slice(0, n).map((b) => b.k);
}

const TELLING = 1;

/**
 * Complaint, question, praise or spam, from the kind cues and the playbooks' triggers: anything
 * wrong makes a complaint unless praise clearly outweighs it; nothing wrong and a question is a
 * question; nothing wrong and a promotion is spam; nothing wrong and praise is praise. A message
 * with none of these cues is a complaint when it names a matter a playbook handles (one of its
 * pairs of concepts, `conceptHits`: "the checkout page shows a blank screen"), or speaks of the
 * writer's own matters or to the brand ("I", "your": it gets `general`, so a person reads it,
 * whereas a complaint kept out as praise would be lost in a team's inbox), and chat (no
 * playbook) when it does none of these.
 */
function kindOf(
  text: string,
  words: Token[],
  kinds: PhraseMatcher<KindCue>,
  specificHits: number,
  generalHits: number,
  conceptHits: number,
  hasPersonCues: boolean,
  learnt: Float64Array | undefined,
): MessageKind {
  const counts: Record<KindCue, number> = { negation: 0, negative: 0, leaving: 0, praise: 0, acclaim: 0, question: 0, spam: 0, promo: 0, contrast: 0, signoff: 0, greeting: 0, person: 0 };
  const seen = new Set<string>();
  const found = kinds.match(text, words);
  // Praise inside a complaint's words is none ("not happy", "not great").
  const negated = new Set<number>();
  for (const m of found) if (m.key === "negative" || m.key === "leaving") for (let i = m.firstToken; i <= m.lastToken; i++) negated.add(i);
  // Praise right after a negation is none ("nobody helped me", "non mi hanno aiutato").
  for (const m of found) if (m.key === "negation") negated.add(m.lastToken + 1);
  // A complaint's word inside praise of several words is none ("at no charge", "senza problemi").
  const praised: Array<[number, number]> = [];
  for (const m of found) if ((m.key === "praise" || m.key === "acclaim") && m.lastToken > m.firstToken && !negated.has(m.firstToken)) praised.push([m.firstToken, m.lastToken]);
  // A complaint's word inside a promotion's is none ("don't miss the chance to win").
  const promoted = new Set<number>();
  for (const m of found) if (m.key === "spam") for (let i = m.firstToken; i <= m.lastToken; i++) promoted.add(i);
  // Thanks for help not yet given is no praise ("thanks in advance"), nor are the thanks that
  // sign off a question ("why does it take two weeks? Thanks.").
  for (const m of found) if (m.key === "signoff") for (let i = m.firstToken; i <= m.lastToken; i++) negated.add(i);
  const asked = text.lastIndexOf("?");
  if (asked >= 0) {
    // The last word that is no link's ("thanks for the support! https://t.co/...").
    let last = words.length - 1;
    const linkAt = text.search(/https?:\/\//);
    if (linkAt >= 0) while (last > 0 && words[last]!.start >= linkAt) last--;
    for (const m of found) {
      if ((m.key !== "praise" && m.key !== "acclaim") || m.lastToken < last - 1 || words[m.firstToken]!.start < asked) continue;
      if (/^(thank|thx|ty|cheers|graz|ευχαρ)/u.test(words[m.firstToken]!.norm)) negated.add(m.firstToken);
    }
  }
  // Praise before a "but" that a complaint's word follows softens it ("I love you but the sauce
  // is chalky", "vi adoro ma la salsa era cruda"): it counts for nothing.
  // A greeting is no praise: praise words inside one count as the greeting ("happy Halloween").
  for (const g of found) if (g.key === "greeting") for (const m of found) if (m.key === "praise" && m.firstToken >= g.firstToken && m.lastToken <= g.lastToken) negated.add(m.firstToken);
  // Praise of someone ("kudos to the crew") keeps its weight, and so does praise after trouble
  // ("late, but we made it").
  const complaintWord = (m: { key: KindCue; firstToken: number; lastToken: number }): boolean =>
    m.key === "negative" && !promoted.has(m.firstToken) && !praised.some(([a, b]) => m.firstToken >= a && m.lastToken <= b);
  let softenedBefore = -1;
  for (const c of found) {
    if (c.key !== "contrast") continue;
    if (found.some((m) => complaintWord(m) && m.lastToken < c.firstToken)) break;
    if (found.some((m) => complaintWord(m) && m.firstToken > c.lastToken)) { softenedBefore = c.firstToken; break; }
  }
  if (softenedBefore >= 0) for (const m of found) if (m.key === "praise" && m.lastToken < softenedBefore) negated.add(m.firstToken);
  for (const m of found) {
    const k = `${m.key}:${m.firstToken}`;
    if (seen.has(k) || ((m.key === "praise" || m.key === "acclaim") && negated.has(m.firstToken))) continue;
    if ((m.key === "negative" || m.key === "negation") && promoted.has(m.firstToken)) continue;
    if ((m.key === "negative" || m.key === "negation") && praised.some(([a, b]) => m.firstToken >= a && m.lastToken <= b)) continue;
    seen.add(k);
    counts[m.key]++;
  }
  const signs = signsOf(text);
  // Negations count once: Italian says "non ... mai" for one "never".
  let wrong = counts.negative + 2 * counts.leaving + Math.min(counts.negation, 1) / 2 + 2 * specificHits + generalHits + signs.negative;
  // Thanks addressed to someone outweighs the trouble it tells of ("kudos to the crew: late, but...").
  // A greeting is cheer when nothing is wrong, and no praise in a complaint ("the driver crashed, happy Halloween").
  let good = 1.5 * counts.praise + 4 * counts.acclaim + signs.positive + (wrong < 1 ? 1.5 * counts.greeting : 0);
  // The learnt kind (./learnt.ts, in MESSAGE_KINDS' order): its posterior of a complaint and of
  // praise weigh as that many cues; a likely question is asked.
  if (learnt) {
    if (learnt[0]! >= WEIGHTS.kindSure) wrong += WEIGHTS.kindComplaint;
    if (learnt[2]! >= WEIGHTS.kindSure) good += WEIGHTS.kindPraise;
    if (learnt[1]! >= WEIGHTS.kindQuestion) counts.question++;
  }
  // Greek asks with ";" (or its own sign, U+037E): "Στέλνετε και στην Κύπρο;".
  if (text.includes("?") || (/[;\u037e](?=\s|$)/u.test(text) && /\p{Script=Greek}/u.test(text))) counts.question++;
  // A promotion: its own words, or a customer's words with a link to follow.
  const link = LINK.test(text);
  const promotion = counts.spam + (link ? counts.promo : 0);
  // A giveaway with a link is spam for all its praise ("#Thankenstein loves a laugh! ... for a
  // chance to win"), and a stray sad emoji does not make it a complaint.
  if (link && counts.spam > 0 && wrong <= 1 && specificHits === 0 && counts.acclaim === 0) return "spam";
  // A lone "not" is no complaint ("can't believe how good it was").
  if (wrong < 1) {
    // A customer asking about a giveaway is no giveaway ("do I need a pass for the giveaway's gift?").
    if (promotion > 0 && good === 0 && (link || counts.question === 0)) return "spam";
    if (good > 0) return "praise";
    if (counts.question > 0) return "question";
    // A matter a playbook handles, with no other cue, is a complaint ("the checkout page shows a blank screen").
    if (conceptHits > 0) return "complaint";
    // No cue either way: the learnt kind decides when it is sure it is a complaint ("flight 221
    // cxl and no one at the desk"), before the chat rules below read it as chat.
    if (learnt && learnt[0]! >= WEIGHTS.kindSureComplaint) return "complaint";
    // Cheer with nothing wrong is chat ("got my costume burrito 🎃😂", "#boorito", "!!").
    // "!" is emphasis, not cheer, in a message that negates something ("I'm sure you won't!").
    if (signs.cheer > 0 || (signs.exclaim && counts.negation === 0)) return "praise";
    // Talk about others, to no one in particular, is chat ("watching people who never flew").
    if (hasPersonCues && counts.person === 0) return "praise";
    return "complaint";
  }
  if (good > wrong) return "praise";
  return "complaint";
}

const LINK = /https?:\/\/|\bwww\.|\bt\.co\//i;

const POSITIVE_EMOJI = new Set([..."😀😃😄😁😆😊🙂😍🥰😘😋😎🤩🥳👍👏🙌🙏💪🎉🎊❤💕💖💗💙💚💛💜🧡🤍♥✨🌟⭐🔥💯🤗😇"]);
const NEGATIVE_EMOJI = new Set([..."😷🤒🤕😒😪😩😫😑😐😠😡🤬😤😞😔😟😢😭🙄🤦😣😖😕🙁☹👎💩🤮🤢😱😬🥵🥶😓😿💔"]);
/** Laughing, winking, festive and travel emoji: cheerful with nothing wrong, often sarcastic with something wrong. */
const CHEER_EMOJI = new Set([..."😂🤣😅😉😜😝😛🤪🎃👻🎄🎅🎁🎂🎈🍾🥂🍸🍹🍺🍻🍷✈🌴☀🏖🌞🌈🦃🐰🥑🌮🌯"]);
const NEGATIVE_TAG = /#\w*(fail|problem|issue|sucks|suck|shambles|fiasco|chaos|never|worst|disappoint|ripoff|scam|fix|help|annoy|angry|frustrat|delay|cancel|broken|lost|bad|terrible|awful|joke|fraud|nothappy|unhappy|shame|painful|no(?:response|reply|answer|service|signal|help|refund)|ignored|rude|stuck|stranded|wtf|smh|ugh)/i;

/**
 * Emoji, hashtags and exclamation marks that say how the writer feels (the tokenizer keeps
 * none of them). `cheer` (laughing or festive emoji, a hashtag that is no complaint's) is
 * read only when nothing is wrong: "lost it again 😂" is no cheer; `exclaim` ("!") is cheer only
 * when nothing is negated either.
 */
function signsOf(text: string): { positive: number; negative: number; cheer: number; exclaim: boolean } {
  let positive = 0;
  let negative = 0;
  let cheer = 0;
  for (const m of text.matchAll(/\p{Extended_Pictographic}/gu)) {
    const ch = m[0];
    if (POSITIVE_EMOJI.has(ch)) positive++;
    else if (NEGATIVE_EMOJI.has(ch)) negative++;
    else if (CHEER_EMOJI.has(ch)) cheer++;
  }
  if (text.includes("#")) {
    if (NEGATIVE_TAG.test(text)) negative++;
    else if (/(^|\s)#\p{L}/u.test(text)) cheer++;
  }
  const exclaim = text.includes("!");
  // Emoticons typed as text: ":)", ":-D", "(:"; ":(", ":/".
  for (const m of text.matchAll(/(?:^|\s)(?:[:;=]-?[)D\]]|\(-?[:;])(?=\s|$)/g)) if (m) positive++;
  for (const m of text.matchAll(/(?:^|\s)(?:[:;=]'?-?[(\[/\\]|\)-?:)(?=\s|$)/g)) if (m) negative++;
  // Thanks for something in scare quotes is sarcasm: 'thanks for "updating" my reservation'.
  if (/\b(?:thanks?(?:\s+you)?\s+for|grazie\s+(?:per|di|dell[oa]?|del))\s+(?:just\s+|aver\s+|avermi\s+)?["“'‘«][\p{L}-]+["”'’»]/iu.test(text)) negative += 2;
  return { positive, negative, cheer, exclaim };
}

/** The playbooks that fit a complaint, best first (`general` last): routeMessage's matches. */
export function routeComplaint(text: string, playbooks: readonly Playbook[], options: RouteOptions = {}): RouteMatch[] {
  return routeMessage(text, playbooks, options).matches;
}

/**
 * What the learnt part alone (./learnt.ts) makes of a message: the posterior of each kind and of
 * each playbook of the language routed in, highest first. Undefined when that language has no
 * examples. For tests, and to see why a message was routed as it was.
 *
 *   classifyMessage("charged twice for one order", catalog.playbooks)
 *   // { locale: "en", kinds: { complaint: 0.97, ... }, playbooks: [{ id: "payment-problem", p: 0.81 }, ...] }
 */
export function classifyMessage(
  text: string,
  playbooks: readonly Playbook[],
  options: RouteOptions = {},
): { locale: string; kinds: Record<MessageKind, number>; playbooks: Array<{ id: string; p: number }> } | undefined {
  const models = modelsFor(playbooks);
  const model = options.locale ? models.get(options.locale) : models.size ? chooseLocale(tokenize(text), models) : undefined;
  const learnt = model && learntOf(model);
  if (!model || !learnt) return undefined;
  const rows = featuresOf(text, model);
  const routeRows = rows.map((f) => learnt.route.rows.get(f)).filter((r): r is LearntRow => r !== undefined);
  const kindRows = rows.map((f) => learnt.kind.rows.get(f)).filter((r): r is LearntRow => r !== undefined);
  const route = posteriorOf(learnt.route, routeRows, new Float64Array(learnt.route.labelCount), WEIGHTS.learntTemperature);
  const kind = posteriorOf(learnt.kind, kindRows, new Float64Array(learnt.kind.labelCount), WEIGHTS.kindTemperature);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    locale: model.locale,
    kinds: Object.fromEntries(MESSAGE_KINDS.map((k, i) => [k, r3(kind[i]!)])) as Record<MessageKind, number>,
    playbooks: model.playbooks.map((pb, p) => ({ id: pb.id, p: r3(route[p]!) })).filter((x) => x.p > 0).sort((a, b) => b.p - a.p || a.id.localeCompare(b.id)),
  };
}
