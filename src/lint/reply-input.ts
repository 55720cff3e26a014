/**
 * One reply to lint, from a file or a stream: UTF-8 text, at most MAX_REPLY_BYTES; binary and
 * non-UTF-8 input is refused with a position (an InputError naming the file).
 */
import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import type { Readable } from "node:stream";
import { InputError } from "../core/errors.js";
import { MAX_REPLY_BYTES } from "./types.js";

/** `file` resolved against `cwd` unless it is absolute. */
export function resolvePath(cwd: string, file: string): string {
  return file.startsWith("/") ? file : `${cwd.replace(/\/$/, "")}/${file}`;
}

export async function readReply(file: string, cwd: string): Promise<string> {
  const path = resolvePath(cwd, file);
  let bytes: Buffer;
  try {
    // Synchronous on purpose: a reply is small, and the first asynchronous read would start
    // libuv's thread pool, a millisecond or two of a one-reply lint.
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError("is a folder, expected a reply file", { file });
    if (info.size > MAX_REPLY_BYTES) throw new InputError(`file is too large (${info.size} bytes; a reply may be at most ${MAX_REPLY_BYTES} bytes)`, { file, line: 1, column: 1 });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A newcomer's first try is often `replybook lint "Hi Laura, ..."`: say how to lint a text.
    if ((error as NodeJS.ErrnoException)?.code === "ENOENT" && looksLikeText(file)) {
      throw new InputError(`no such file; to lint a reply's text, pipe it in: echo '...' | replybook lint -`, { file: shortName(file) });
    }
    const { describeFsError } = await import("../yaml/read.js");
    throw new InputError(describeFsError(error), { file });
  }
  return decodeReply(bytes, file);
}

function looksLikeText(name: string): boolean {
  return /\s/.test(name.trim()) || name.length > 255;
}

function shortName(name: string): string {
  const flat = name.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 39).trimEnd()}…` : flat);
}

/** A reply from a stream (stdin), named `name` in messages. */
export async function readReplyStream(stream: Readable, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_REPLY_BYTES) {
      stream.destroy();
      throw new InputError(`input is too large (more than ${MAX_REPLY_BYTES} bytes; a reply may be at most that)`, { file: name, line: 1, column: 1 });
    }
    chunks.push(buf);
  }
  return decodeReply(Buffer.concat(chunks), name);
}

/** The fast path checks bytes natively; only a refused file pays for the positioned message. */
async function decodeReply(bytes: Buffer, file: string): Promise<string> {
  if (bytes.indexOf(0) === -1 && isUtf8(bytes)) {
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const { decodeText } = await import("../yaml/read.js");
  const decoded = decodeText(bytes, file);
  if (decoded.ok) return decoded.value;
  throw decoded.errors[0]!;
}
