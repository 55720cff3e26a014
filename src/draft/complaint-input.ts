/**
 * The complaint a draft starts from: a file, all of a stream ("-"), or text piped in. A pipe
 * nobody writes to (a script's open stdin) must not hang the run, so piped text is read until
 * the stream ends or stays idle.
 */
import { unwrap } from "../core/errors.js";
import { readTextFile } from "../yaml/read.js";

export const MAX_COMPLAINT_BYTES = 256 * 1024;

/** `stdin` is read only for "-", or when `readPipe` and it is not a terminal. */
export async function readComplaint(file: string | undefined, stdin: NodeJS.ReadableStream & { isTTY?: boolean }, readPipe: boolean): Promise<string | undefined> {
  if (file === "-") return (await readStream(stdin, Infinity)).trim() || undefined;
  if (file) return unwrap(await readTextFile(file, MAX_COMPLAINT_BYTES)).trim() || undefined;
  if (!readPipe || stdin.isTTY) return undefined;
  return (await readStream(stdin, 1500)).trim() || undefined;
}

/** A stream's text, up to MAX_COMPLAINT_BYTES; with `idleMs`, what came before it fell silent. */
function readStream(stream: NodeJS.ReadableStream, idleMs: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      if (timer) clearTimeout(timer);
      stream.removeListener("data", onData);
      stream.removeListener("end", finish);
      stream.removeListener("error", finish);
      stream.pause();
      resolve(Buffer.concat(chunks).toString("utf8").slice(0, MAX_COMPLAINT_BYTES));
    };
    const arm = () => {
      if (idleMs === Infinity) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(finish, chunks.length ? Math.max(idleMs, 5000) : idleMs);
      timer.unref?.();
    };
    const onData = (chunk: Buffer | string) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(b);
      size += b.length;
      if (size > MAX_COMPLAINT_BYTES) return finish();
      arm();
    };
    stream.on("data", onData);
    stream.once("end", finish);
    stream.once("error", finish);
    arm();
    stream.resume();
  });
}
