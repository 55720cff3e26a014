/**
 * Routing a complaint to playbooks by their triggers (P15): every playbook's trigger patterns,
 * in every locale, compiled into one word trie and matched in one pass. A trigger counts once,
 * by the number of words of its longest match, so "arrived completely smashed" outweighs a
 * lone "smashed".
 *
 * @example
 *   routeComplaint("my parcel arrived smashed", catalog.playbooks)[0]
 *   // { id: "parcel-damaged", locale: "en", score: 5, matched: ["parcel arrived smashed", "smashed"] }
 */
import { PhraseMatcher } from "../text/matcher.js";
import { tokenize } from "../text/tokens.js";
import type { Playbook } from "../playbook/types.js";

export interface RouteMatch {
  id: string;
  locale: string;
  title: string;
  score: number;
  /** The words of the complaint that matched, as written. */
  matched: string[];
}

interface TriggerKey {
  playbook: number;
  trigger: number;
}

const compiled = new WeakMap<Playbook[], PhraseMatcher<TriggerKey>>();

function matcherFor(playbooks: Playbook[]): PhraseMatcher<TriggerKey> {
  let matcher = compiled.get(playbooks);
  if (!matcher) {
    matcher = new PhraseMatcher<TriggerKey>();
    playbooks.forEach((pb, p) => pb.triggers.forEach((t, i) => matcher!.add(t, { playbook: p, trigger: i })));
    compiled.set(playbooks, matcher);
  }
  return matcher;
}

export function routeComplaint(text: string, playbooks: Playbook[], options: { locale?: string } = {}): RouteMatch[] {
  const tokens = tokenize(text);
  const best = new Map<string, { words: number; start: number; end: number }>(); // "p:t" -> longest match
  for (const m of matcherFor(playbooks).match(text, tokens)) {
    const key = `${m.key.playbook}:${m.key.trigger}`;
    const words = m.lastToken - m.firstToken + 1;
    const prev = best.get(key);
    if (!prev || words > prev.words) best.set(key, { words, start: m.start, end: m.end });
  }
  const byPlaybook = new Map<number, RouteMatch>();
  for (const [key, hit] of best) {
    const p = Number(key.split(":")[0]);
    const pb = playbooks[p]!;
    if (options.locale && pb.locale !== options.locale) continue;
    const entry = byPlaybook.get(p) ?? { id: pb.id, locale: pb.locale, title: pb.title, score: 0, matched: [] };
    entry.score += hit.words;
    const snippet = text.slice(hit.start, hit.end).replace(/\s+/g, " ");
    if (!entry.matched.includes(snippet)) entry.matched.push(snippet);
    byPlaybook.set(p, entry);
  }
  return [...byPlaybook.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id) || a.locale.localeCompare(b.locale));
}
