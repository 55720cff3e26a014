/**
 * The phrase matcher as it was first written (a trie of objects with a Map of children per
 * node): the reference the compiled PhraseMatcher must agree with, matches and order included.
 */
import { expandPattern, GAP, MAX_GAP_WORDS, NUM, type PatternWord } from "../../src/text/pattern.js";
import { isNumberWord } from "../../src/text/numbers.js";
import { tokenize, type Token } from "../../src/text/tokens.js";

interface TrieNode {
  id: number;
  lit: Map<string, TrieNode> | undefined;
  num: TrieNode | undefined;
  gap: TrieNode | undefined;
  /** Keys of the patterns that end here. */
  accept: number[] | undefined;
  /** The walk that last reached this node, and at which offsets from its start (128 bits). */
  mark: number;
  offsets: [number, number, number, number];
}

/** Offsets from a walk's start fit in 128 bits: at most MAX_WORDS items of at most MAX_GAP_WORDS words. */
const MAX_OFFSET = 128;

interface Match<K> {
  key: K;
  /** Index of the first and last matched token. */
  firstToken: number;
  lastToken: number;
  /** Character range in the original text (end exclusive). */
  start: number;
  end: number;
}

export class ReferenceMatcher<K> {
  private readonly root: TrieNode;
  private readonly keys: K[] = [];
  private nodeCount = 1;
  private hasGaps = false;
  /** One number per walk (one walk per word of a text), stamped on the nodes it reaches. */
  private walk = 0;
  private readonly stackNodes: TrieNode[] = [];
  private readonly stackOffsets: number[] = [];
  private keyMarks = new Float64Array(0);
  private keyOffsets = new Int32Array(0);

  constructor() {
    this.root = this.newNode();
  }

  /** Adds a pattern under a key; throws PatternError for a malformed pattern. */
  add(pattern: string, key: K): void {
    const index = this.keys.length;
    this.keys.push(key);
    for (const seq of expandPattern(pattern)) this.insert(seq, index);
  }

  /** Adds already-folded word sequences (used when loading a compiled cache). */
  addSequences(sequences: PatternWord[][], key: K): void {
    const index = this.keys.length;
    this.keys.push(key);
    for (const seq of sequences) this.insert(seq, index);
  }

  get size(): number {
    return this.keys.length;
  }

  /** All matches in a text, every key at every place it matches (overlaps included). */
  match(text: string, tokens: Token[] = tokenize(text)): Match<K>[] {
    const out: Match<K>[] = [];
    if (this.keyMarks.length < this.keys.length) {
      this.keyMarks = new Float64Array(this.keys.length);
      this.keyOffsets = new Int32Array(this.keys.length * 4);
    }
    // Most words start no phrase: the root never accepts, so without a gap at the root a walk
    // from a word with no literal child (and no number child that takes it) finds nothing.
    const root = this.root;
    const rootLit = root.lit;
    const rootNum = root.num;
    const skippable = root.gap === undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (skippable) {
        const word = tokens[i]!.norm;
        if (!(rootLit !== undefined && rootLit.has(word)) && !(rootNum !== undefined && isNumberWord(word))) continue;
      }
      this.walkFrom(tokens, i, out);
    }
    return out;
  }

  private walkFrom(tokens: Token[], first: number, out: Match<K>[]): void {
    const n = tokens.length;
    const walk = ++this.walk;
    // Parallel stacks of (node, offset from `first`), reused: this runs once per word of a text.
    const nodes = this.stackNodes;
    const offsets = this.stackOffsets;
    let top = 0;
    nodes[top] = this.root;
    offsets[top++] = 0;
    while (top > 0) {
      const node = nodes[--top]!;
      const offset = offsets[top]!;
      const pos = first + offset;
      // Without gaps a path through the trie is unique per token, so no state can repeat; with
      // gaps, each (node, offset) is walked once. Marks on the nodes instead of a Set per start.
      if (this.hasGaps && offset < MAX_OFFSET) {
        if (node.mark !== walk) {
          node.mark = walk;
          node.offsets[0] = node.offsets[1] = node.offsets[2] = node.offsets[3] = 0;
        }
        const bit = 1 << (offset & 31);
        if (node.offsets[offset >> 5]! & bit) continue;
        node.offsets[offset >> 5]! |= bit;
      }
      if (node.accept && offset > 0) {
        const last = pos - 1;
        for (const k of node.accept) {
          // Two paths can accept the same key at the same end ("a" is a word and a number; gaps of
          // different widths): report each key and range once, or the output balloons on repetitive text.
          if (offset < MAX_OFFSET) {
            if (this.keyMarks[k] !== walk) {
              this.keyMarks[k] = walk;
              this.keyOffsets.fill(0, k * 4, k * 4 + 4);
            }
            const slot = k * 4 + (offset >> 5);
            const bit = 1 << (offset & 31);
            if (this.keyOffsets[slot]! & bit) continue;
            this.keyOffsets[slot]! |= bit;
          }
          out.push({ key: this.keys[k]!, firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
        }
      }
      if (node.gap) {
        for (let skip = 0; skip <= MAX_GAP_WORDS && pos + skip <= n; skip++) {
          nodes[top] = node.gap;
          offsets[top++] = offset + skip;
        }
      }
      if (pos >= n) continue;
      const word = tokens[pos]!.norm;
      const next = node.lit?.get(word);
      if (next) {
        nodes[top] = next;
        offsets[top++] = offset + 1;
      }
      if (node.num && isNumberWord(word)) {
        nodes[top] = node.num;
        offsets[top++] = offset + 1;
      }
    }
  }

  private insert(seq: PatternWord[], index: number): void {
    let node = this.root;
    for (const word of seq) {
      if (word === GAP) {
        this.hasGaps = true;
        node = node.gap ??= this.newNode();
      } else if (word === NUM) {
        node = node.num ??= this.newNode();
      } else {
        node.lit ??= new Map();
        let child = node.lit.get(word);
        if (!child) {
          child = this.newNode();
          node.lit.set(word, child);
        }
        node = child;
      }
    }
    (node.accept ??= []).includes(index) || node.accept.push(index);
  }

  private newNode(): TrieNode {
    return { id: this.nodeCount++, lit: undefined, num: undefined, gap: undefined, accept: undefined, mark: 0, offsets: [0, 0, 0, 0] };
  }
}
