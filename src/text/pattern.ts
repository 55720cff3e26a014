/**
 * The phrase pattern syntax: a safe alternative to user regular expressions.
 *
 *   we (apologise|apologize) for [any|the] inconvenience
 *   as ... already told you            ("..." = up to 3 other words)
 *   in # (hours|days)                  ("#" = a number: 2, 24, two, due, ventiquattro)
 *   we re + sorry to hear              ("+" = an optional intensifier: so, really, truly, davvero...)
 *
 * - words are matched whole, case-, accent- and apostrophe-insensitively (see tokens.ts);
 * - `(a|b c)` is one of the alternatives, `[a|b]` is optional, and both nest;
 * - punctuation inside a pattern is ignored, like in the text.
 *
 * A pattern compiles to a finite list of word sequences, so matching is a walk over a word
 * trie: no backtracking, no catastrophic cases, linear in the length of the text whatever the
 * entries are. The limits below keep the expansion itself small.
 */
import { tokenize } from "./tokens.js";

export const GAP = "\u0000gap";
export const NUM = "\u0000num";
export const MAX_GAP_WORDS = 3;
export const MAX_VARIANTS = 2048;
export const MAX_WORDS = 16;

/**
 * The words "+" stands for (folded), any one or none: real replies put an intensifier inside
 * a stock phrase ("we're so sorry to hear", "we truly appreciate your patience", "siamo davvero
 * spiacenti"), and one "+" covers them all instead of a list of variants per entry.
 */
export const INTENSIFIERS: readonly string[] = [
  "so", "really", "truly", "very", "deeply", "sincerely", "genuinely", "terribly", "extremely",
  "davvero", "veramente", "molto", "sinceramente", "profondamente", "tanto", "proprio",
];

export type PatternWord = string; // a folded word, or GAP, or NUM

export class PatternError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = "PatternError";
  }
}

type Node = { kind: "seq"; items: Node[] } | { kind: "alt"; options: Node[]; optional: boolean } | { kind: "word"; words: PatternWord[] };

/** Parses and expands a pattern into word sequences; throws {@link PatternError} with a column. */
export function expandPattern(pattern: string): PatternWord[][] {
  const parser = new Parser(pattern);
  const tree = parser.parseSeq(0);
  if (parser.pos < pattern.length) throw new PatternError(`unexpected "${pattern[parser.pos]}"`, parser.pos + 1);
  const sequences = expand(tree).filter((s) => s.length > 0);
  if (sequences.length === 0) throw new PatternError("pattern has no words", 1);
  for (const seq of sequences) {
    if (seq.length > MAX_WORDS) throw new PatternError(`a variant has more than ${MAX_WORDS} words`, 1);
    if (seq[0] === GAP || seq[seq.length - 1] === GAP) throw new PatternError(`"..." must stand between words`, 1);
    if (seq.every((w) => w === GAP || w === NUM)) throw new PatternError("a variant needs at least one plain word", 1);
  }
  return dedupe(sequences);
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  parseSeq(depth: number): Node {
    if (depth > 8) throw new PatternError("brackets nested too deeply", this.pos + 1);
    const items: Node[] = [];
    let text = "";
    const flush = () => {
      if (text) items.push(...wordsOf(text));
      text = "";
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === "(" || ch === "[") {
        flush();
        const open = this.pos;
        this.pos++;
        const options = [this.parseSeq(depth + 1)];
        while (this.src[this.pos] === "|") {
          this.pos++;
          options.push(this.parseSeq(depth + 1));
        }
        const close = ch === "(" ? ")" : "]";
        if (this.src[this.pos] !== close) throw new PatternError(`"${ch}" is not closed`, open + 1);
        this.pos++;
        items.push({ kind: "alt", options, optional: ch === "[" });
      } else if (ch === ")" || ch === "]" || ch === "|") {
        break;
      } else if (this.src.startsWith("...", this.pos) || ch === "…") {
        flush();
        items.push({ kind: "word", words: [GAP] });
        this.pos += ch === "…" ? 1 : 3;
      } else if (ch === "#") {
        flush();
        items.push({ kind: "word", words: [NUM] });
        this.pos++;
      } else if (ch === "+") {
        flush();
        items.push({ kind: "alt", optional: true, options: INTENSIFIERS.map((w) => ({ kind: "word", words: [w] })) });
        this.pos++;
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return { kind: "seq", items };
  }
}

function wordsOf(text: string): Node[] {
  const words = tokenize(text).map((t) => t.norm);
  return words.length ? [{ kind: "word", words }] : [];
}

function expand(node: Node): PatternWord[][] {
  if (node.kind === "word") return [node.words];
  if (node.kind === "alt") {
    const out: PatternWord[][] = node.optional ? [[]] : [];
    for (const option of node.options) out.push(...expand(option));
    if (out.length > MAX_VARIANTS) throw new PatternError(`pattern expands to more than ${MAX_VARIANTS} variants`, 1);
    return out;
  }
  let acc: PatternWord[][] = [[]];
  for (const item of node.items) {
    const tails = expand(item);
    if (acc.length * tails.length > MAX_VARIANTS) throw new PatternError(`pattern expands to more than ${MAX_VARIANTS} variants`, 1);
    const next: PatternWord[][] = [];
    for (const head of acc) for (const tail of tails) next.push(head.concat(tail));
    acc = next;
  }
  return acc;
}

function dedupe(sequences: PatternWord[][]): PatternWord[][] {
  const seen = new Set<string>();
  return sequences.filter((s) => {
    // Two gaps in a row are one gap of a longer reach; keep them, but never twice the same variant.
    const key = s.join("\u0001");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
