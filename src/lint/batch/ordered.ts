import type { Refusal } from "./types.js";

/** A block's result on its way to the output. */
export interface OrderedResult {
  /** The block's output, in UTF-8. */
  out: Uint8Array;
  refusals: Refusal[];
  read: number;
  counts: Record<string, number>;
  /** Input bytes of the block. */
  bytes: number;
  /** Called once `out` is written: its memory goes back to the worker that filled it. */
  written?: () => void;
}

/** Results of blocks, handed on in input order whatever order they finish in. */
export class OrderedResults {
  private readonly waiting = new Map<number, OrderedResult>();
  private next = 0;
  private writing: Promise<void> = Promise.resolve();
  constructor(private readonly handle: (r: OrderedResult) => Promise<void> | undefined) {}

  add(seq: number, result: OrderedResult): void {
    this.waiting.set(seq, result);
    for (let r = this.waiting.get(this.next); r !== undefined; r = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      const wait = this.handle(r);
      if (wait) this.writing = this.writing.then(() => wait);
    }
  }

  /** Results that wait for an earlier block's. */
  get held(): number {
    return this.waiting.size;
  }

  /** Resolves when what was handed on has been taken (the reader may be a slow pipe). */
  drained(): Promise<void> {
    return this.writing;
  }
}
