/**
 * One JSONL line of a block, read in place: the part both batch commands (`lint --jsonl`,
 * `route --jsonl`) share before each looks at the record's fields. A line that cannot be read
 * becomes a refusal with its line and column, in the same words for both.
 */
import { isUtf8 } from "node:buffer";
import { MAX_LINE_BYTES } from "./blocks.js";
import type { Refusal } from "./types.js";

/** Whether bytes [from, to) hold only spaces, tabs and carriage returns. */
export function isBlank(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b !== 32 && b !== 9 && b !== 13) return false;
  }
  return true;
}

/** A line's parsed JSON, and where its text stands in the block (without CR and BOM). */
export interface JsonLine {
  json: unknown;
  start: number;
  end: number;
}

/**
 * Line `lineNo`, bytes [from, to) of a block (`valid` when the whole block is UTF-8): its JSON,
 * or undefined with a refusal pushed. `tooLong` is the command's own words for an over-long line.
 */
export function parseJsonLine(bytes: Buffer, from: number, to: number, valid: boolean, lineNo: number, tooLong: string, refusals: Refusal[]): JsonLine | undefined {
  let end = to;
  if (end > from && bytes[end - 1] === 13) end--;
  let start = from;
  if (lineNo === 1 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) start += 3;
  if (end - start > MAX_LINE_BYTES) {
    refusals.push({ line: lineNo, column: 1, message: tooLong });
    return undefined;
  }
  if (!valid && !isUtf8(bytes.subarray(start, end))) {
    refusals.push({ line: lineNo, column: 1, message: "not valid UTF-8 text" });
    return undefined;
  }
  try {
    // Decoded in place: no Buffer object per line.
    return { json: JSON.parse(bytes.toString("utf8", start, end)), start, end };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    refusals.push({ line: lineNo, column: at ? Number(at[1]) + 1 : 1, message: `malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "")}` });
    return undefined;
  }
}
