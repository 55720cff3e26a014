/**
 * Input cut into blocks of whole lines: the unit a batch hands to a thread. Memory stays flat
 * whatever the input: chunks are read into reused buffers, and an over-long line is skipped,
 * not held.
 */
import type { FileHandle } from "node:fs/promises";
import { MAX_REPLY_BYTES } from "../types.js";

/** Input is cut into blocks of whole lines this big, handled in this thread or in workers. */
export const BLOCK_BYTES = 128 * 1024;
/** The longest input line kept: a reply and some context around it. */
export const MAX_LINE_BYTES = MAX_REPLY_BYTES + 64 * 1024;

export interface Block {
  seq: number;
  bytes: Buffer;
  firstLine: number;
  /** A line too long to keep: its number (bytes is empty). */
  tooLong?: number;
}

const EMPTY_BUFFER = Buffer.alloc(0);

/**
 * A file's bytes, read into one buffer used again for every chunk: a stream allocates a new one
 * per chunk, garbage that piles up outside the heap of a thread that otherwise allocates little.
 * A chunk is valid until the next is asked for.
 */
export async function* fileChunks(file: FileHandle, size = 256 * 1024): AsyncGenerator<Buffer> {
  const buf = Buffer.allocUnsafeSlow(size);
  for (;;) {
    const { bytesRead } = await file.read(buf, 0, size, null);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
  }
}

/**
 * Cuts chunks into blocks of whole lines without readline, gathered in one buffer used again
 * for every block (a block is valid until onBlock's promise settles; chunks may be reused as
 * soon as the next is read). A partial line waits for the next chunk, and a line longer than
 * MAX_LINE_BYTES is reported and skipped instead of held in memory, so memory stays flat
 * whatever the input.
 */
export async function readBlocks(input: AsyncIterable<Buffer | string>, stop: () => boolean, onBlock: (block: Block) => Promise<void>): Promise<void> {
  let seq = 0;
  let line = 1;
  let acc = Buffer.allocUnsafeSlow(2 * BLOCK_BYTES);
  let used = 0;
  /** Where the last newline in acc is, -1 when none: only an open line is left. */
  let lastNewline = -1;
  let skipping = false;
  /** Hands on the whole lines gathered (all of them at the end of the input). */
  const flush = async (all: boolean) => {
    const end = all ? used : lastNewline + 1;
    lastNewline = -1;
    if (end === 0) return;
    const bytes = acc.subarray(0, end);
    const firstLine = line;
    line += countLines(bytes);
    await onBlock({ seq: seq++, bytes, firstLine });
    acc.copyWithin(0, end, used);
    used -= end;
    // A long line made the buffer big: give the memory back once it is handed on.
    if (acc.length > 8 * BLOCK_BYTES && used < 2 * BLOCK_BYTES) {
      const smaller = Buffer.allocUnsafeSlow(2 * BLOCK_BYTES);
      acc.copy(smaller, 0, 0, used);
      acc = smaller;
    }
  };
  for await (const chunk of input) {
    if (stop()) return;
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (skipping) {
      const nl = buf.indexOf(10);
      if (nl === -1) continue;
      skipping = false;
      line++;
      buf = buf.subarray(nl + 1);
    }
    if (used + buf.length > acc.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(acc.length * 2, used + buf.length));
      acc.copy(bigger, 0, 0, used);
      acc = bigger;
    }
    const nl = buf.lastIndexOf(10);
    if (nl !== -1) lastNewline = used + nl;
    buf.copy(acc, used);
    used += buf.length;
    if (used > MAX_LINE_BYTES && lastNewline === -1) {
      // One line, still open, already too long: report it and drop the rest of it.
      await onBlock({ seq: seq++, bytes: EMPTY_BUFFER, firstLine: line, tooLong: line });
      used = 0;
      skipping = true;
      continue;
    }
    if (used >= BLOCK_BYTES && lastNewline !== -1) await flush(false);
    if (stop()) return;
  }
  if (!stop() && used) await flush(true);
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
