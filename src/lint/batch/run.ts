/**
 * The batch engine: an input of lines (JSONL) or rows (CSV) in, one output line per record out,
 * in input order, as events a caller writes and renders (./types.ts#BatchEvent). The per-line
 * work is passed in (./types.ts#BatchWork); this module reads, cuts the input into blocks,
 * spreads them over worker threads when that pays, and puts the results back in order.
 */
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { InputError } from "../../core/errors.js";
import { fileChunks, readBlocks, type Block } from "./blocks.js";
import { readCsv } from "./csv.js";
import { BlockEncoder } from "./encoder.js";
import { OrderedResults } from "./ordered.js";
import { WorkerPool } from "./pool.js";
import { PARALLEL_MIN_BYTES, threadCount } from "./threads.js";
import type { BatchEvent, BatchOptions, BatchSummary, BatchWork } from "./types.js";

/** node:fs/promises on first use (the bundled CLI loads this module with the lint command). */
const fsPromises = () => process.getBuiltinModule("node:fs/promises");
const EMPTY = new Uint8Array(0);
/** How many results of this thread's blocks may wait for a worker's before this thread waits too. */
const AHEAD_BLOCKS = 8;

/**
 * Runs `work` over every line of `source` (a file path, or a stream such as stdin) and yields
 * its events: refusals, progress and output in input order, then one `end` with the summary.
 * Write each output before asking for the next event: that is the back-pressure that keeps
 * memory flat. Stopping early (`break`) stops the run and its threads. A file that cannot be
 * read, a CSV header without a named column, throws an InputError; a crashed worker throws.
 */
export async function* runBatch(source: string | Readable, work: BatchWork, options: BatchOptions = {}): AsyncGenerator<BatchEvent, void, undefined> {
  const queue: Array<{ event: BatchEvent; taken: () => void }> = [];
  let current: { taken: () => void } | undefined;
  let wake: (() => void) | undefined;
  let gone = false;
  const emit = (event: BatchEvent): Promise<void> => {
    if (gone) return Promise.resolve();
    return new Promise((taken) => {
      queue.push({ event, taken });
      const w = wake;
      wake = undefined;
      w?.();
    });
  };
  const stopper = new Stopper(options.signal);
  let outcome: { summary: BatchSummary } | { error: unknown } | undefined;
  const running = drive(source, work, options, emit, stopper).then(
    (summary) => void (outcome = { summary }),
    (error: unknown) => void (outcome = { error }),
  );
  void running.then(() => {
    const w = wake;
    wake = undefined;
    w?.();
  });
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        current = next;
        yield next.event;
        current = undefined;
        next.taken();
        continue;
      }
      if (outcome) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if ("error" in outcome) throw outcome.error;
    yield { type: "end", summary: outcome.summary };
  } finally {
    if (!outcome) {
      // The caller stopped early: stop reading, let the waiting hand-offs go, wait for the threads.
      gone = true;
      stopper.stop();
      current?.taken();
      for (const q of queue.splice(0)) q.taken();
      await running;
    }
  }
}

/** The abort signal, and a stop by the caller, as one flag; a stream being read is destroyed. */
class Stopper {
  stopped = false;
  interrupted = false;
  input: Readable | undefined;
  private readonly onAbort = () => {
    this.interrupted = true;
    this.stop();
  };
  constructor(private readonly signal: AbortSignal | undefined) {
    if (signal?.aborted) this.onAbort();
    else signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  stop(): void {
    this.stopped = true;
    this.input?.destroy();
  }

  done(): void {
    this.signal?.removeEventListener("abort", this.onAbort);
  }
}

/** How much of the first block a worker works through before it takes blocks (./worker-host.ts#WarmUp). */
const WARM_UP_BYTES = 64 * 1024;

/** The whole lines in the first WARM_UP_BYTES of a block, copied (a block's bytes are only lent). */
function warmUpOf(bytes: Uint8Array): Uint8Array | undefined {
  const end = bytes.length <= WARM_UP_BYTES ? bytes.length : Buffer.from(bytes.buffer, bytes.byteOffset, WARM_UP_BYTES).lastIndexOf(10) + 1;
  return end > 0 ? Uint8Array.prototype.slice.call(bytes, 0, end) : undefined;
}

function resolvePath(cwd: string, file: string): string {
  return file.startsWith("/") ? file : `${cwd.replace(/\/$/, "")}/${file}`;
}

async function drive(source: string | Readable, work: BatchWork, options: BatchOptions, emit: (event: BatchEvent) => Promise<void>, stopper: Stopper): Promise<BatchSummary> {
  const csv = options.input !== undefined && options.input !== "jsonl" ? options.input : undefined;
  // stdin and CSV files as streams; a JSONL file read into one reused buffer (fileChunks).
  let input: Readable | undefined;
  let file: FileHandle | undefined;
  let total: number | undefined;
  const name = typeof source === "string" ? source : "<stdin>";
  if (typeof source !== "string") {
    input = source;
  } else {
    const path = resolvePath(options.cwd ?? process.cwd(), source);
    try {
      const info = await fsPromises().stat(path);
      if (info.isDirectory()) throw new InputError("is a folder, expected a file", { file: source });
      total = info.size;
      if (!csv) file = await fsPromises().open(path, "r");
    } catch (error) {
      if (error instanceof InputError) throw error;
      const { describeFsError } = await import("../../yaml/read.js");
      throw new InputError(describeFsError(error), { file: source });
    }
    if (!file) input = createReadStream(path, { highWaterMark: 256 * 1024 });
  }
  stopper.input = input;
  if (stopper.stopped) input?.destroy();

  const counts: Record<string, number> = {};
  for (const name of work.counters) counts[name] = 0;
  const summary: BatchSummary = { read: 0, refused: 0, counts, interrupted: false, threads: 1 };
  const stop = () => stopper.stopped;
  const threads = !csv && work.worker ? threadCount(options.workers, total) : 1;
  let pool: WorkerPool | undefined;
  try {
    if (csv) {
      await readCsv(input!, csv, work, { name, summary, totalBytes: total, emit, stop });
    } else {
      // N threads are N - 1 workers and this one: it reads, hands a block to a worker when one
      // has room, lints the block itself when none has, and writes. An input of unknown size
      // (stdin) is held until it proves large (workers) or ends first (worked here: starting
      // workers would cost more than they save).
      let decided = threads === 1 || total !== undefined || options.workers !== undefined;
      // Started with the first block in hand: its first lines are the workers' warm-up.
      const startPool = (first: Block | undefined) => {
        pool = WorkerPool.start(threads - 1, work.worker!, first && warmUpOf(first.bytes));
        summary.threads = threads;
      };
      const held: Block[] = [];
      let heldBytes = 0;
      let bytes = 0;
      const encoder = new BlockEncoder();
      const spareOutputs: ArrayBuffer[] = [];
      const ordered = new OrderedResults((r) => {
        summary.read += r.read;
        for (const key in r.counts) counts[key] = (counts[key] ?? 0) + r.counts[key]!;
        for (const refusal of r.refusals) {
          summary.refused++;
          void emit({ type: "refusal", refusal });
        }
        bytes += r.bytes;
        void emit({ type: "progress", read: summary.read, bytes, totalBytes: total });
        if (r.out.length === 0) return undefined;
        return emit({ type: "output", data: r.out, ...(r.written && { release: r.written }) });
      });
      const handle = async (block: Block) => {
        if (block.tooLong !== undefined) {
          ordered.add(block.seq, { out: EMPTY, refusals: [{ line: block.tooLong, column: 1, message: work.lineTooLong }], read: 1, counts: {}, bytes: 0 });
        } else if (pool?.hasRoom()) {
          // A few blocks in flight per worker, no more: memory stays flat whatever the input.
          // A failed block fails the pool; the loop sees it at hasRoom() or idle().
          pool.run(block).then((r) => ordered.add(block.seq, r), () => undefined);
        } else {
          // Not too far ahead of the blocks still in workers: memory stays flat.
          while (pool && ordered.held >= AHEAD_BLOCKS) await pool.next();
          // Lines go straight to UTF-8 (BlockEncoder): no joined strings, no garbage to speak of.
          const r = work.block(block.bytes, block.firstLine, encoder.sink);
          // Into a buffer written before and given back (see `release`): a new one per block
          // would be garbage outside the heap, freed only when V8 next collects.
          const out = encoder.take(spareOutputs.pop(), 4 * block.bytes.length);
          ordered.add(block.seq, { out, refusals: r.refusals, read: r.read, counts: r.counts, bytes: block.bytes.length, written: () => void (spareOutputs.length < AHEAD_BLOCKS && spareOutputs.push(out.buffer as ArrayBuffer)) });
          // Let the workers' results and a Ctrl-C in before the next block.
          if (pool) await new Promise((resolve) => setImmediate(resolve));
        }
        await ordered.drained();
      };
      await readBlocks(file ? fileChunks(file) : input!, stop, async (block) => {
        if (decided) {
          if (threads > 1 && !pool) startPool(block);
          return handle(block);
        }
        // A block's bytes are only lent (readBlocks reuses its buffer): keep a copy.
        held.push({ ...block, bytes: Buffer.from(block.bytes) });
        heldBytes += block.bytes.length;
        if (heldBytes < PARALLEL_MIN_BYTES) return;
        decided = true;
        startPool(held[0]);
        for (const b of held.splice(0)) if (!stop()) await handle(b);
      });
      for (const b of held.splice(0)) if (!stop()) await handle(b);
      if (pool) await (pool as WorkerPool).idle();
      await ordered.drained();
    }
  } catch (error) {
    if (!stopper.stopped) throw error;
  } finally {
    stopper.done();
    await pool?.close();
    await file?.close();
  }
  summary.interrupted = stopper.interrupted;
  return summary;
}
