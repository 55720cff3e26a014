/**
 * Worker threads, each with its own copy of the work (a module that calls serveBlocks,
 * ./worker-host.ts); blocks go to the least busy one, while one has room (the calling thread
 * works the others itself, ./run.ts).
 */
import type { Worker } from "node:worker_threads";
import { BLOCK_BYTES, type Block } from "./blocks.js";
import type { OrderedResult } from "./ordered.js";
import type { BlockReply, BlockRequest, WarmUp, WorkerReady } from "./worker-host.js";

export class WorkerPool {
  /**
   * Blocks a worker may hold. Two, not more: the calling thread stays at most AHEAD_BLOCKS
   * (./run.ts) past the oldest block a worker holds, so the deeper a worker's queue the sooner
   * a slower worker (a busy core, its own garbage collections) makes the calling thread wait;
   * with four, two threads were slower than one on real replies. Two keep a worker busy while
   * the calling thread lints a block of its own.
   */
  private static readonly IN_FLIGHT = 2;
  /**
   * Memory handed back and forth instead of allocated per block: input copies come back with
   * the result, output buffers go back once written. Garbage ArrayBuffers would otherwise pile
   * up outside the small heap of this thread (it allocates little, so it rarely collects).
   */
  private readonly spareInputs: ArrayBuffer[] = [];
  /** Set by close(): written buffers are no longer sent back to terminated workers. */
  private closed = false;
  private readonly busy: number[];
  /** Whether each worker has built its work and said so: only then does it get blocks. */
  private readonly ready: boolean[];
  private readonly pending = new Map<number, { resolve: (reply: BlockReply) => void; reject: (error: Error) => void }>();
  private freed: Array<() => void> = [];
  /** A worker that died (a bug, or out of memory): the run stops with it. */
  failure: Error | undefined;

  private constructor(private readonly workers: Worker[]) {
    this.busy = workers.map(() => 0);
    this.ready = workers.map(() => false);
    workers.forEach((worker, i) => {
      worker.on("message", (reply: BlockReply | WorkerReady) => {
        if ("ready" in reply) {
          this.ready[i] = true;
          this.wake();
          return;
        }
        this.busy[i]!--;
        if (this.spareInputs.length < WorkerPool.IN_FLIGHT * this.workers.length) this.spareInputs.push(reply.input.buffer as ArrayBuffer);
        this.pending.get(reply.seq)?.resolve(reply);
        this.pending.delete(reply.seq);
        this.wake();
      });
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 && this.pending.size) this.fail(new Error(`a batch worker stopped (exit code ${code})`));
      });
    });
  }

  /** Starts `count` workers; each works through `warmUp` (whole lines of the input) before it takes blocks. */
  static start(count: number, module: { url: URL; data: unknown }, warmUp?: Uint8Array): WorkerPool {
    // Loaded on first use, without import(): the bundled CLI runs as a script (src/cli/launch.cts).
    const { Worker } = process.getBuiltinModule("node:worker_threads");
    // A young generation of 32 MB: at 4 MB a worker spent 14% of its time
    // collecting (the calling thread 7%), and two threads took 4-6% more CPU in all than with 32 MB
    // (peak RSS 28 MB higher).
    const limits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 512 };
    const workers = Array.from({ length: count }, () => new Worker(module.url, { workerData: module.data, resourceLimits: limits }));
    for (const worker of workers) worker.postMessage({ warmUp } satisfies WarmUp);
    return new WorkerPool(workers);
  }

  /** Whether a worker can take one more block now (else the caller works the block itself); throws when a worker died. */
  hasRoom(): boolean {
    if (this.failure) throw this.failure;
    for (let i = 0; i < this.busy.length; i++) if (this.ready[i] && this.busy[i]! < WorkerPool.IN_FLIGHT) return true;
    return false;
  }

  /** Resolves when a worker next replies (or says it is ready); rejects when a worker died. */
  async next(): Promise<void> {
    if (!this.failure) await new Promise<void>((resolve) => this.freed.push(resolve));
    if (this.failure) throw this.failure;
  }

  run(block: Block): Promise<OrderedResult> {
    let i = this.ready.indexOf(true);
    for (let k = i + 1; k < this.busy.length; k++) if (this.ready[k] && this.busy[k]! < this.busy[i]!) i = k;
    this.busy[i]!++;
    const length = block.bytes.length;
    let spare = this.spareInputs.pop();
    if (!spare || spare.byteLength < length) spare = new ArrayBuffer(Math.max(length, 2 * BLOCK_BYTES));
    const bytes = new Uint8Array(spare, 0, length);
    bytes.set(block.bytes);
    const request: BlockRequest = { seq: block.seq, bytes, firstLine: block.firstLine };
    const worker = this.workers[i]!;
    const written = (out: Uint8Array) => () => {
      if (!this.closed) worker.postMessage({ spare: out.buffer }, [out.buffer as ArrayBuffer]);
    };
    return new Promise((resolve, reject) => {
      this.pending.set(block.seq, { resolve: (reply) => resolve({ out: reply.out, refusals: reply.refusals, read: reply.read, counts: reply.counts, bytes: length, written: written(reply.out) }), reject });
      worker.postMessage(request, [spare]);
    });
  }

  /** Resolves when every block sent has come back; rejects when a worker died. */
  async idle(): Promise<void> {
    while (this.pending.size && !this.failure) await new Promise<void>((resolve) => this.freed.push(resolve));
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.wake();
  }

  private wake(): void {
    const waiters = this.freed;
    this.freed = [];
    for (const w of waiters) w();
  }
}
