/**
 * Many patterns compiled into one word trie, matched in one pass over a text's words.
 *
 * Each locale's phrase list (and each playbook's triggers) compiles once into a
 * {@link PhraseMatcher}; a reply is tokenized once and walked once, instead of looping a
 * regular expression per phrase per reply. The walk from each word is bounded by the trie's
 * depth (at most MAX_WORDS words plus gaps), so the cost is linear in the text whatever the
 * patterns are.
 */
import { expandPattern, GAP, MAX_GAP_WORDS, NUM, type PatternWord } from "./pattern.js";
import { isNumberWord } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";

interface TrieNode {
  id: number;
  lit: Map<string, TrieNode> | undefined;
  num: TrieNode | undefined;
  gap: TrieNode | undefined;
  /** Keys of the patterns that end here. */
  accept: number[] | undefined;
}

export interface Match<K> {
  key: K;
  /** Index of the first and last matched token. */
  firstToken: number;
  lastToken: number;
  /** Character range in the original text (end exclusive). */
  start: number;
  end: number;
}

export class PhraseMatcher<K> {
  private readonly root: TrieNode;
  private readonly keys: K[] = [];
  private nodeCount = 1;
  private hasGaps = false;

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
    for (let i = 0; i < tokens.length; i++) this.walkFrom(tokens, i, out);
    return out;
  }

  private walkFrom(tokens: Token[], first: number, out: Match<K>[]): void {
    const n = tokens.length;
    // Without gaps a path through the trie is unique per token, so no state can repeat.
    const seen = this.hasGaps ? new Set<number>() : undefined;
    const stack: Array<[TrieNode, number]> = [[this.root, first]];
    while (stack.length) {
      const [node, pos] = stack.pop()!;
      if (seen) {
        const key = node.id * 128 + (pos - first);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      if (node.accept && pos > first) {
        const last = pos - 1;
        for (const k of node.accept) {
          out.push({ key: this.keys[k]!, firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
        }
      }
      if (node.gap) {
        for (let skip = 0; skip <= MAX_GAP_WORDS && pos + skip <= n; skip++) stack.push([node.gap, pos + skip]);
      }
      if (pos >= n) continue;
      const word = tokens[pos]!.norm;
      const next = node.lit?.get(word);
      if (next) stack.push([next, pos + 1]);
      if (node.num && isNumberWord(word)) stack.push([node.num, pos + 1]);
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
    return { id: this.nodeCount++, lit: undefined, num: undefined, gap: undefined, accept: undefined };
  }
}
