/**
 * Many patterns compiled into one word trie, matched in one pass over a text's words.
 *
 * Each locale's phrase list (and each playbook's triggers) compiles once into a
 * {@link PhraseMatcher}; a reply is tokenized once and walked once, instead of looping a
 * regular expression per phrase per reply. The walk from each word is bounded by the trie's
 * depth (at most MAX_WORDS words plus gaps), so the cost is linear in the text whatever the
 * patterns are.
 *
 * The trie is stored as integers rather than as objects with a Map of children per node: a
 * batch walks it millions of times, and a text's words are looked up in one dictionary once
 * per match, after which each step of a walk is an integer hash probe (see {@link EdgeTable}).
 */
import { atLeast } from "./grow.js";
import { expandPattern, GAP, MAX_GAP_WORDS, NUM, type PatternWord } from "./pattern.js";
import { isNumberWord } from "./numbers.js";
import { tokenize, type Token } from "./tokens.js";

/** No node, no word. */
const NONE = -1;
const ROOT = 0;

/** Offsets from a walk's start fit in 128 bits: at most MAX_WORDS items of at most MAX_GAP_WORDS words. */
const MAX_OFFSET = 128;
/** Walk stamps restart before they leave the small-integer range. */
const MAX_WALK = 0x3fffffff;

export interface Match<K> {
  key: K;
  /** Index of the first and last matched token. */
  firstToken: number;
  lastToken: number;
  /** Character range in the original text (end exclusive). */
  start: number;
  end: number;
}

/**
 * The literal edges of a trie, (node, word id) -> child node, in one open-addressing hash
 * table: no object per node, no string hashing during a walk. An edge's three numbers sit
 * side by side (one memory read per probe, not three).
 */
export class EdgeTable {
  /** [from, word, to, unused] per slot; from -1 for an empty slot. */
  private slots: Int32Array = new Int32Array(64 * 4).fill(NONE);
  private count = 0;
  private mask = 63;

  get size(): number {
    return this.count;
  }

  /** The child of `node` by word `word`, or -1. */
  get(node: number, word: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let h = slot(node, word) & mask; ; h = (h + 1) & mask) {
      const at = h << 2;
      const from = slots[at]!;
      if (from === NONE) return NONE;
      if (from === node && slots[at + 1] === word) return slots[at + 2]!;
    }
  }

  /** Sets an edge (node and word are non-negative). */
  set(node: number, word: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    let h = slot(node, word) & mask;
    while (slots[h << 2] !== NONE && !(slots[h << 2] === node && slots[(h << 2) + 1] === word)) h = (h + 1) & mask;
    const at = h << 2;
    if (slots[at] === NONE) this.count++;
    slots[at] = node;
    slots[at + 1] = word;
    slots[at + 2] = child;
  }

  /** The table as saved for a compiled trie: its slots as they are, and how many are used. */
  toSlots(): { slots: Int32Array; count: number } {
    return { slots: this.slots.slice(), count: this.count };
  }

  /** A table from {@link toSlots}'s output, used in place (a saved trie loads without rehashing). */
  static fromSlots(slots: Int32Array, count: number): EdgeTable {
    const size = slots.length / 4;
    if (size < 64 || (size & (size - 1)) !== 0 || count * 2 > size) throw new Error("not an edge table");
    const table = new EdgeTable();
    table.slots = slots;
    table.mask = size - 1;
    table.count = count;
    return table;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * 4).fill(NONE);
    this.mask = size - 1;
    this.count = 0;
    for (let at = 0; at < old.length; at += 4) if (old[at] !== NONE) this.set(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

function slot(node: number, word: number): number {
  return Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b) >>> 7;
}

/**
 * A node's record in PhraseMatcher's `nodes`: what a walk reads at every node, side by side.
 * FLAGS: TWO_GAPS (two or more gap edges above it: only then can one (node, offset) state be
 * reached twice in a walk, a trie giving each node one path) and ACCEPTS (patterns end here).
 */
const NODE_FLAGS = 0;
const NODE_GAP = 1;
const NODE_NUM = 2;
const NODE_GAP_DEPTH = 3;
const NODE_SIZE = 4;
const TWO_GAPS = 1;
const ACCEPTS = 2;

/** A compiled PhraseMatcher as data (PhraseMatcher#toData, PhraseMatcher.fromData). */
export interface PhraseMatcherData<K> {
  keys: K[];
  keyDedupe: number[];
  keyAccepts: number[];
  /** The trie's words, in the order of their ids. */
  words: string[];
  /** NODE_SIZE numbers per node. */
  info: Int32Array;
  /** The edges below the root: EdgeTable#toSlots. */
  edges: Int32Array;
  edgeCount: number;
  /** The root's child per word id (-1 none). */
  rootChild: Int32Array;
  /** [node, key index] per pattern end. */
  accepts: Int32Array;
}

export class PhraseMatcher<K> {
  private readonly keys: K[] = [];
  /** Whether a key can be reached twice with the same range (several accepting nodes, or two gaps). */
  private readonly keyDedupe: number[] = [];
  private readonly keyAccepts: number[] = [];

  /** Folded word -> id, for every literal word of the trie. */
  private readonly wordIds = new Map<string, number>();
  /** Nodes are integers, the root 0; their records (NODE_SIZE numbers each, see NODE_FLAGS). */
  private info: Int32Array = new Int32Array(64 * NODE_SIZE);
  private nodeCount = 0;
  /**
   * Keys of the patterns that end at a node (for nodes flagged ACCEPTS), as a walk reads them:
   * node n's keys are acceptKeys[acceptStart[n]] to acceptKeys[acceptStart[n + 1] - 1]. Two
   * typed arrays, not a small array per accepting node: a language's triggers end at some 50,000
   * nodes, and 50,000 arrays were a quarter of a batch's live heap, copied and marked by every
   * collection. Made from `accepts` at the first match after patterns were added (or from the
   * saved pairs when the trie is loaded).
   */
  private acceptStart = new Int32Array(1);
  private acceptKeys = new Int32Array(0);
  /** Whether acceptStart and acceptKeys hold every pattern added. */
  private sealed = true;
  /**
   * The same while patterns are added, by node; empty for a loaded trie until a pattern is added
   * to it (then filled from the typed arrays first).
   */
  private accepts: Array<number[] | undefined> = [];
  private edges = new EdgeTable();
  /** The root's literal children by word id: the first step of every walk, an array read. */
  private readonly rootChild: number[] = [];

  /** One number per walk (one walk per word of a text), stamped on the states it reaches. */
  private walk = 0;
  private readonly stackNodes: number[] = [];
  private readonly stackOffsets: number[] = [];
  /**
   * Per node with two gaps above it: the walk that last reached it, and at which offsets (128
   * bits). Typed arrays, grown by doubling: a plain array made at its full size for a loaded
   * trie (`new Array(n)` past 100,000 elements) is a dictionary, slow to fill and to read.
   */
  private stateMarks = new Int32Array(64);
  private stateBits = new Int32Array(64 * 4);
  private keyMarks: number[] = [];
  private keyBits: number[] = [];
  /** By a token's word id (Token.id): the trie's id of that word, plus 2 (0 unknown); cleared when words are added. */
  private localIds = new Int32Array(0);
  /** Per token of the text being matched: its word id, and whether it is a number (0 unknown, 1 yes, 2 no). */
  private ids = new Int32Array(64);
  private numbers = new Uint8Array(64);

  constructor() {
    this.newNode(0);
  }

  /**
   * The compiled trie as plain data (numbers in typed arrays, the words and keys as lists), so
   * that a program can save it and the next one start from it instead of expanding and
   * inserting every pattern again (src/route/compiled.ts). The keys must survive JSON.
   */
  toData(): PhraseMatcherData<K> {
    const edgeSlots = this.edges.toSlots();
    this.seal();
    const accepts: number[] = [];
    for (let node = 0; node < this.nodeCount; node++) for (let a = this.acceptStart[node]!; a < this.acceptStart[node + 1]!; a++) accepts.push(node, this.acceptKeys[a]!);
    return {
      keys: this.keys.slice(),
      keyDedupe: this.keyDedupe.slice(),
      keyAccepts: this.keyAccepts.slice(),
      words: [...this.wordIds.keys()],
      info: this.info.slice(0, this.nodeCount * NODE_SIZE),
      edges: edgeSlots.slots,
      edgeCount: edgeSlots.count,
      rootChild: Int32Array.from(this.rootChild),
      accepts: Int32Array.from(accepts),
    };
  }

  /** A matcher from {@link toData}'s output: the same matches as the one it was taken from. */
  static fromData<K>(data: PhraseMatcherData<K>): PhraseMatcher<K> {
    const m = new PhraseMatcher<K>();
    const nodes = data.info.length / NODE_SIZE;
    m.keys.push(...data.keys);
    m.keyDedupe.push(...data.keyDedupe);
    m.keyAccepts.push(...data.keyAccepts);
    for (let i = 0; i < data.keys.length; i++) {
      m.keyMarks.push(0);
      m.keyBits.push(0, 0, 0, 0);
    }
    data.words.forEach((w, i) => m.wordIds.set(w, i));
    // Used in place: adding a node past its end would grow it into a copy (newNode).
    m.info = data.info;
    m.nodeCount = nodes;
    // The saved [node, key] pairs, by node (toData writes them in the order of the nodes).
    m.accepts = [];
    m.acceptStart = new Int32Array(nodes + 1);
    m.acceptKeys = new Int32Array(data.accepts.length / 2);
    for (let i = 0; i < data.accepts.length; i += 2) {
      m.acceptStart[data.accepts[i]! + 1]!++;
      m.acceptKeys[i / 2] = data.accepts[i + 1]!;
    }
    for (let i = 0; i < nodes; i++) m.acceptStart[i + 1]! += m.acceptStart[i]!;
    m.edges = EdgeTable.fromSlots(data.edges, data.edgeCount);
    for (let i = 0; i < data.rootChild.length; i++) m.rootChild.push(data.rootChild[i]!);
    m.stateMarks = new Int32Array(Math.max(64, nodes));
    m.stateBits = new Int32Array(Math.max(64, nodes) * 4);
    return m;
  }

  /** Adds a pattern under a key; throws PatternError for a malformed pattern. */
  add(pattern: string, key: K): void {
    const index = this.addKey(key);
    for (const seq of expandPattern(pattern)) this.insert(seq, index);
  }

  /** Adds already-folded word sequences (used when loading a compiled cache). */
  addSequences(sequences: PatternWord[][], key: K): void {
    const index = this.addKey(key);
    for (const seq of sequences) this.insert(seq, index);
  }

  get size(): number {
    return this.keys.length;
  }

  /** All matches in a text, every key at every place it matches (overlaps included). */
  match(text: string, tokens: Token[] = tokenize(text)): Match<K>[] {
    const out: Match<K>[] = [];
    const n = tokens.length;
    if (n === 0 || this.keys.length === 0) return out;
    if (!this.sealed) this.seal();
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2);
      this.numbers = new Uint8Array(n * 2);
    }
    const ids = this.ids;
    for (let i = 0; i < n; i++) ids[i] = this.wordIdOf(tokens[i]!);
    this.numbers.fill(0, 0, n);
    // Most words start no phrase: the root never accepts, so without a gap at the root a walk
    // from a word with no literal child (and no number child that takes it) finds nothing.
    const rootChild = this.rootChild;
    const rootNum = this.info[ROOT * NODE_SIZE + NODE_NUM]!;
    const skippable = this.info[ROOT * NODE_SIZE + NODE_GAP] === NONE;
    for (let i = 0; i < n; i++) {
      if (skippable) {
        const id = ids[i]!;
        if (!(id !== NONE && rootChild[id] !== NONE) && !(rootNum !== NONE && this.isNumber(tokens, i))) continue;
      }
      this.walkFrom(tokens, i, out);
    }
    return out;
  }

  /** The trie's id of a token's word, or -1: kept by the token's word id, so most words cost two array reads. */
  private wordIdOf(token: Token): number {
    const known = token.id;
    if (known < 0) return this.wordIds.get(token.norm) ?? NONE;
    if (known >= this.localIds.length) this.localIds = atLeast(this.localIds, known + 1, 1024);
    let local = this.localIds[known]!;
    if (local === 0) {
      // Stored plus 2: 0 is "not looked up yet", 1 "not a word of this trie".
      local = (this.wordIds.get(token.norm) ?? NONE) + 2;
      this.localIds[known] = local;
    }
    return local - 2;
  }

  private isNumber(tokens: Token[], i: number): boolean {
    let known = this.numbers[i]!;
    if (known === 0) {
      known = isNumberWord(tokens[i]!.norm) ? 1 : 2;
      this.numbers[i] = known;
    }
    return known === 1;
  }

  private walkFrom(tokens: Token[], first: number, out: Match<K>[]): void {
    const n = tokens.length;
    if (this.walk >= MAX_WALK) this.resetMarks();
    const walk = ++this.walk;
    const ids = this.ids;
    const edges = this.edges;
    const rootChild = this.rootChild;
    const info = this.info;
    // Parallel stacks of (node, offset from `first`), reused: this runs once per word of a text.
    const nodes = this.stackNodes;
    const offsets = this.stackOffsets;
    let top = 0;
    nodes[top] = ROOT;
    offsets[top++] = 0;
    while (top > 0) {
      const node = nodes[--top]!;
      const offset = offsets[top]!;
      const pos = first + offset;
      const record = node * NODE_SIZE;
      const flags = info[record + NODE_FLAGS]!;
      // A trie gives each node one path from the root, so a (node, offset) state can repeat
      // only when two gaps of different widths add up the same: marks for those nodes only.
      if (flags & TWO_GAPS && offset < MAX_OFFSET) {
        const at = node * 4;
        if (this.stateMarks[node] !== walk) {
          this.stateMarks[node] = walk;
          this.stateBits[at] = this.stateBits[at + 1] = this.stateBits[at + 2] = this.stateBits[at + 3] = 0;
        }
        const bit = 1 << (offset & 31);
        const bits = this.stateBits[at + (offset >> 5)]!;
        if (bits & bit) continue;
        this.stateBits[at + (offset >> 5)] = bits | bit;
      }
      if (flags & ACCEPTS && offset > 0) {
        const last = pos - 1;
        const acceptKeys = this.acceptKeys;
        for (let a = this.acceptStart[node]!, end = this.acceptStart[node + 1]!; a < end; a++) {
          const k = acceptKeys[a]!;
          // Two paths can accept the same key at the same end ("a" is a word and a number; gaps of
          // different widths): report each key and range once, or the output balloons on repetitive text.
          if (this.keyDedupe[k] === 1 && offset < MAX_OFFSET && this.seenKey(k, offset, walk)) continue;
          out.push({ key: this.keys[k]!, firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
        }
      }
      const gap = info[record + NODE_GAP]!;
      if (gap !== NONE) {
        for (let skip = 0; skip <= MAX_GAP_WORDS && pos + skip <= n; skip++) {
          nodes[top] = gap;
          offsets[top++] = offset + skip;
        }
      }
      if (pos >= n) continue;
      const id = ids[pos]!;
      if (id !== NONE) {
        const next = node === ROOT ? rootChild[id]! : edges.get(node, id);
        if (next !== NONE) {
          nodes[top] = next;
          offsets[top++] = offset + 1;
        }
      }
      const num = info[record + NODE_NUM]!;
      if (num !== NONE && this.isNumber(tokens, pos)) {
        nodes[top] = num;
        offsets[top++] = offset + 1;
      }
    }
  }

  /** Whether key k was already reported at this offset in this walk (and marks it). */
  private seenKey(k: number, offset: number, walk: number): boolean {
    const at = k * 4;
    if (this.keyMarks[k] !== walk) {
      this.keyMarks[k] = walk;
      this.keyBits[at] = this.keyBits[at + 1] = this.keyBits[at + 2] = this.keyBits[at + 3] = 0;
    }
    const bit = 1 << (offset & 31);
    const bits = this.keyBits[at + (offset >> 5)]!;
    if (bits & bit) return true;
    this.keyBits[at + (offset >> 5)] = bits | bit;
    return false;
  }

  private resetMarks(): void {
    this.stateMarks.fill(0);
    this.keyMarks.fill(0);
    this.walk = 0;
  }

  private addKey(key: K): number {
    const index = this.keys.length;
    this.keys.push(key);
    this.keyDedupe.push(0);
    this.keyAccepts.push(0);
    this.keyMarks.push(0);
    this.keyBits.push(0, 0, 0, 0);
    return index;
  }

  /** acceptStart and acceptKeys from `accepts`. */
  private seal(): void {
    if (this.sealed) return;
    const start = new Int32Array(this.nodeCount + 1);
    let total = 0;
    for (let node = 0; node < this.nodeCount; node++) {
      start[node] = total;
      total += this.accepts[node]?.length ?? 0;
    }
    start[this.nodeCount] = total;
    const keys = new Int32Array(total);
    for (let node = 0; node < this.nodeCount; node++) {
      const list = this.accepts[node];
      if (list) keys.set(list, start[node]!);
    }
    this.acceptStart = start;
    this.acceptKeys = keys;
    this.sealed = true;
  }

  private insert(seq: PatternWord[], index: number): void {
    // A loaded trie keeps its keys in the typed arrays only: back to lists by node before adding.
    if (this.accepts.length < this.nodeCount) {
      const lists: Array<number[] | undefined> = [];
      for (let node = 0; node < this.nodeCount; node++) {
        const from = this.acceptStart[node]!;
        const to = this.acceptStart[node + 1]!;
        lists.push(to > from ? Array.from(this.acceptKeys.subarray(from, to)) : undefined);
      }
      this.accepts = lists;
    }
    this.sealed = false;
    let node = ROOT;
    for (const word of seq) {
      const record = node * NODE_SIZE;
      const depth = this.info[record + NODE_GAP_DEPTH]!;
      if (word === GAP) {
        let child = this.info[record + NODE_GAP]!;
        if (child === NONE) {
          // newNode may replace this.info with a bigger array: make the node, then link it.
          child = this.newNode(depth + 1);
          this.info[record + NODE_GAP] = child;
        }
        node = child;
      } else if (word === NUM) {
        let child = this.info[record + NODE_NUM]!;
        if (child === NONE) {
          child = this.newNode(depth);
          this.info[record + NODE_NUM] = child;
        }
        node = child;
      } else {
        let id = this.wordIds.get(word);
        if (id === undefined) {
          id = this.wordIds.size;
          this.wordIds.set(word, id);
          this.rootChild.push(NONE);
          // A word this trie did not have: what was remembered as "not a word of this trie" may be wrong now.
          this.localIds.fill(0);
        }
        let child = node === ROOT ? this.rootChild[id]! : this.edges.get(node, id);
        if (child === NONE) {
          child = this.newNode(depth);
          if (node === ROOT) this.rootChild[id] = child;
          else this.edges.set(node, id, child);
        }
        node = child;
      }
    }
    const accept = (this.accepts[node] ??= []);
    if (accept.includes(index)) return;
    accept.push(index);
    this.info[node * NODE_SIZE + NODE_FLAGS]! |= ACCEPTS;
    // One accepting node and at most one gap above it: each range of this key is found once.
    if (++this.keyAccepts[index]! > 1 || this.info[node * NODE_SIZE + NODE_GAP_DEPTH]! >= 2) this.keyDedupe[index] = 1;
  }

  private newNode(gapDepth: number): number {
    const node = this.nodeCount++;
    if (node * NODE_SIZE >= this.info.length) {
      const bigger = new Int32Array(this.info.length * 2);
      bigger.set(this.info);
      this.info = bigger;
    }
    const record = node * NODE_SIZE;
    this.info[record + NODE_FLAGS] = gapDepth >= 2 ? TWO_GAPS : 0;
    this.info[record + NODE_GAP] = NONE;
    this.info[record + NODE_NUM] = NONE;
    this.info[record + NODE_GAP_DEPTH] = gapDepth;
    this.accepts.push(undefined);
    if (node >= this.stateMarks.length) {
      const marks = new Int32Array(this.stateMarks.length * 2);
      marks.set(this.stateMarks);
      this.stateMarks = marks;
      const bits = new Int32Array(this.stateBits.length * 2);
      bits.set(this.stateBits);
      this.stateBits = bits;
    }
    return node;
  }
}
