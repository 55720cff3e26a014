/**
 * The shapes of a batch run (./run.ts): what the per-line work is, the events a run yields and
 * the summary it ends with. Nothing here knows about linting: `lint --jsonl` and any other
 * line-by-line command plug their own work into the same engine.
 */

/** An input line the work refused (malformed JSON, a missing field...), by its position. */
export interface Refusal {
  line: number;
  column: number;
  message: string;
  /** The field or flag the message is about ("complaint", "--complaint-column"), when it is about one. */
  key?: string;
}

/**
 * What one block of complete lines gave: the lines read (blank lines are not counted), the
 * refused ones, and the work's own counters (`lint`: linted, errors, warnings), summed by the
 * run. The block's output lines went to the sink it was given.
 */
export interface BlockResult {
  refusals: Refusal[];
  read: number;
  counts: Record<string, number>;
}

/** Handles a block of complete UTF-8 lines, the first of them numbered `firstLine`. */
export type BlockHandler = (bytes: Uint8Array, firstLine: number, sink: (line: string) => void) => BlockResult;

/**
 * The per-line work of a batch, in the thread that runs the batch and (optionally) in worker
 * threads. Output lines end with "\n"; a record's output must not depend on other records, so
 * the run can split the input among threads and still write the same bytes.
 */
export interface BatchWork {
  /** Counter names, so that a summary has them all even at zero. */
  counters: readonly string[];
  /** The refusal for a line longer than MAX_LINE_BYTES (./blocks.ts), which is never read whole. */
  lineTooLong: string;
  /** Lines of JSON (JSONL): a block at a time, in this thread. */
  block: BlockHandler;
  /**
   * One record already made an object (a CSV row, `text` and `id` always present): its output
   * line, or the problem with it in words. `counts` is the run's, to add to.
   */
  record(value: Record<string, unknown>, counts: Record<string, number>): string | { refused: string; key?: string };
  /**
   * Worker threads for JSONL: a module that calls serveBlocks (./worker-host.ts) with the same
   * work, and the data it is started with (structured-cloned). Absent: one thread only.
   */
  worker?: { url: URL; data: unknown };
}

/** A CSV input: the header names the columns; `columns` maps record keys to column names. */
export interface CsvInput {
  /** `text` is required; `id` defaults to the row number; other keys are copied when non-empty. */
  columns: { text: string; id?: string | undefined } & Record<string, string | undefined>;
}

export interface BatchOptions {
  /** "jsonl" (the default) or a CSV input. */
  input?: "jsonl" | CsvInput;
  /** Threads for JSONL (default: threadCount's choice, see ./threads.ts); CSV always uses one. */
  workers?: number;
  /** Where a relative source path is resolved (default: process.cwd()). */
  cwd?: string;
  /** Aborting stops reading: whole output lines are kept and the summary says `interrupted`. */
  signal?: AbortSignal;
}

/**
 * What a run yields, in this order for each block: its refusals, a progress event, its output.
 * Outputs come in input order whatever thread did the work.
 */
export type BatchEvent =
  | {
      type: "output";
      /** Whole output lines: UTF-8 bytes (a block) or a string (CSV rows, joined). */
      data: Uint8Array | string;
      /**
       * Call once `data` is written (not before: the memory is reused): a worker gets the buffer
       * back. Optional to call; without it the buffer is left to the garbage collector.
       */
      release?: () => void;
    }
  | { type: "refusal"; refusal: Refusal }
  | {
      type: "progress";
      /** Lines read so far. */
      read: number;
      /** Input bytes handled so far, and the input's size when known (a file). */
      bytes: number;
      totalBytes: number | undefined;
    }
  | { type: "end"; summary: BatchSummary };

export interface BatchSummary {
  read: number;
  refused: number;
  /** The work's counters, summed (every name in BatchWork.counters). */
  counts: Record<string, number>;
  /** Stopped by the abort signal: the output holds the complete results up to there. */
  interrupted: boolean;
  /** Threads that did the work (1: this one). */
  threads: number;
}
