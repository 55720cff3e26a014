/**
 * Findings for the banned phrase-list entries of one category: the phrase as written, the
 * entry's "why" as the message, its "better" as the suggestion and its "fix" (when the list
 * gives one, and it leaves a grammatical sentence where it lands) as a replacement for --fix.
 */
import type { BannedPhrase } from "../phrases/types.js";
import type { AnalyzedReply, Hit } from "./analysis.js";
import type { RuleFinding } from "./rule.js";
import { fitsFrame } from "./fix-frame.js";
import { sortSmall } from "./sort.js";
import type { Fix } from "./types.js";

export function phraseFindings(reply: AnalyzedReply, category: string, keep?: (hit: Hit<BannedPhrase>) => boolean): RuleFinding[] {
  const hits = reply.banned.filter((h) => h.key.category === category && (!keep || keep(h)));
  if (hits.length === 0) return [];
  // Optional words make several variants match at one place ("...inconvenience [caused]"):
  // keep the widest, and drop a hit that lies inside another hit of the same category.
  // Overlapping matches of one entry ("Le garantisco", "garantisco che") are one finding.
  sortSmall(hits, (a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit<BannedPhrase>[] = [];
  for (const hit of hits) {
    if (kept.some((k) => k.start <= hit.start && hit.end <= k.end)) continue;
    const same = kept.find((k) => k.key === hit.key && k.end > hit.start);
    if (same) {
      kept[kept.indexOf(same)] = { ...same, end: hit.end, lastToken: hit.lastToken };
      continue;
    }
    kept.push(hit);
  }
  return kept.map((hit) => phraseFinding(reply.text, hit, reply.context.locale));
}

/** A finding for one hit; its fix only where the replacement leaves a whole sentence (./fix-frame.ts). */
export function phraseFinding(text: string, hit: Hit<BannedPhrase>, locale: string): RuleFinding {
  const entry = hit.key;
  const finding: RuleFinding = {
    messageId: "phrase",
    start: hit.start,
    end: hit.end,
    message: `"${excerpt(text.slice(hit.start, hit.end))}": ${entry.why.trim()}`,
    principle: entry.principle,
    data: { phrase: excerpt(text.slice(hit.start, hit.end)), id: entry.id },
  };
  if (entry.better) finding.suggestion = entry.better.trim();
  if (entry.severity) finding.severity = entry.severity;
  if (entry.fix !== undefined && fitsFrame(text, hit.start, hit.end, entry.fix, locale)) finding.fix = phraseFix(text, hit.start, hit.end, entry.fix);
  return finding;
}


/** The replacement, in the case the phrase was written in; an empty fix also takes one space. */
export function phraseFix(text: string, start: number, end: number, replacement: string): Fix {
  if (replacement === "") {
    if (text[start - 1] === " ") return { start: start - 1, end, text: "" };
    if (text[end] === " ") return { start, end: end + 1, text: "" };
    return { start, end, text: "" };
  }
  const first = text[start] ?? "";
  const capital = first !== first.toLowerCase() && replacement[0] !== undefined && replacement[0] === replacement[0].toLowerCase();
  return { start, end, text: capital ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement };
}

/** A phrase for a message: one line, at most 60 characters. */
export function excerpt(s: string, max = 60): string {
  // Phrases are mostly one line of single spaces already: check before rewriting.
  let plain = s.length <= max;
  for (let i = 0; plain && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || (c === 32 && (i === 0 || i === s.length - 1 || s.charCodeAt(i + 1) === 32))) plain = false;
  }
  if (plain) return s;
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
