/**
 * The worker side of a batch's thread pool (./pool.ts). A worker module builds its work from
 * `workerData` and calls serveBlocks; blocks come in, their output goes back already encoded,
 * in a transferred buffer:
 *
 *   // my-worker.ts
 *   import { workerData } from "node:worker_threads";
 *   import { serveBlocks } from "./worker-host.js";
 *   serveBlocks(makeWork(workerData).block);
 */
import { parentPort } from "node:worker_threads";
import { BlockEncoder } from "./encoder.js";
import type { BlockHandler, Refusal } from "./types.js";

export interface BlockRequest {
  seq: number;
  bytes: Uint8Array;
  firstLine: number;
}

/** An output buffer back from the main thread, written: the next block's output goes into it. */
export interface SpareBuffer {
  spare: ArrayBuffer;
}

/**
 * The first message to a worker: lines of the input to work through (output thrown away)
 * before it says it is ready. Its first blocks then find the patterns compiled and the hot
 * code optimised: the calling thread, which lints meanwhile, never waits on a worker's start.
 */
export interface WarmUp {
  warmUp: Uint8Array | undefined;
}

/** Sent once, after the warm-up, when the worker can take blocks. */
export interface WorkerReady {
  ready: true;
}

export interface BlockReply {
  seq: number;
  out: Uint8Array;
  /** The request's bytes, handed back for the next block. */
  input: Uint8Array;
  refusals: Refusal[];
  read: number;
  counts: Record<string, number>;
}

export function serveBlocks(handle: BlockHandler): void {
  const port = parentPort;
  if (!port) throw new Error("serveBlocks runs in a worker thread");
  const encoder = new BlockEncoder();
  const spares: ArrayBuffer[] = [];
  port.on("message", (message: BlockRequest | SpareBuffer | WarmUp) => {
    if ("warmUp" in message) {
      if (message.warmUp?.length) handle(message.warmUp, 1, () => undefined);
      // The work is built and warm: blocks may come (until then the calling thread works them itself).
      port.postMessage({ ready: true } satisfies WorkerReady);
      return;
    }
    if ("spare" in message) {
      if (spares.length < 4) spares.push(message.spare);
      return;
    }
    const request = message;
    const result = handle(request.bytes, request.firstLine, encoder.sink);
    // Output is about three times the input (messages, positions, suggestions): room for most blocks.
    const out = encoder.take(spares.pop(), 4 * request.bytes.length);
    const reply: BlockReply = { seq: request.seq, out, input: request.bytes, refusals: result.refusals, read: result.read, counts: result.counts };
    port.postMessage(reply, [out.buffer as ArrayBuffer, request.bytes.buffer as ArrayBuffer]);
  });
}
