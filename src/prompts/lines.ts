/**
 * Reading lines from the terminal in cooked mode (the terminal does the line editing, Ctrl-C
 * is a signal): pasted complaints in both modes, every answer in plain mode.
 *
 * Ctrl-D on an empty line ends the input stream. A terminal is still there afterwards, so
 * on a TTY the reader reopens file descriptor 0 and carries on: "end the complaint with
 * Ctrl-D" must not end the whole draft.
 */
import { createInterface, type Interface } from "node:readline";
import { ReadStream } from "node:tty";
import type { Readable } from "node:stream";
import { PromptInterrupted } from "./types.js";

export const TIMEOUT = Symbol("timeout");

export class LineReader {
  private rl: Interface | undefined;
  private queue: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private ended = false;
  private closing = false;
  private current: Readable;
  private reopened: ReadStream | undefined;

  constructor(
    input: Readable & { isTTY?: boolean },
    private readonly signal?: AbortSignal,
  ) {
    this.current = input;
  }

  /** The stream prompts should read from now: after Ctrl-D, the terminal reopened. */
  get input(): Readable {
    if (this.ended && this.reopen()) this.ended = false;
    return this.current;
  }

  /** The next line, or undefined at the end of the input (Ctrl-D, end of a pipe). */
  next(): Promise<string | undefined> {
    if (this.signal?.aborted) return Promise.reject(new PromptInterrupted(reasonOf(this.signal)));
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.ended) {
      if (!this.reopen()) return Promise.resolve(undefined);
      this.ended = false;
    }
    this.open();
    return new Promise<string | undefined>((resolve, reject) => {
      const onAbort = () => {
        this.waiting = undefined;
        reject(new PromptInterrupted(reasonOf(this.signal!)));
      };
      this.signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting = (line) => {
        this.signal?.removeEventListener("abort", onAbort);
        this.waiting = undefined;
        resolve(line);
      };
    });
  }

  /** The next line if one arrives within `ms` (pasted text arrives in a burst), else TIMEOUT. */
  async nextWithin(ms: number): Promise<string | undefined | typeof TIMEOUT> {
    const queued = this.queue.shift();
    if (queued !== undefined) return queued;
    if (this.ended) return undefined;
    this.open();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.waiting === take) this.waiting = undefined;
        resolve(TIMEOUT);
      }, ms);
      const take = (line: string | undefined) => {
        clearTimeout(timer);
        this.waiting = undefined;
        resolve(line);
      };
      this.waiting = take;
    });
  }

  /** Stops reading so that another reader (a rich prompt) can take the terminal. */
  release(): void {
    if (!this.rl) return;
    this.closing = true;
    this.rl.close();
    this.rl = undefined;
    this.closing = false;
    this.queue = [];
  }

  close(): void {
    this.release();
    this.reopened?.destroy();
    this.reopened = undefined;
  }

  private open(): void {
    if (this.rl) return;
    const rl = createInterface({ input: this.current, terminal: false, crlfDelay: Infinity });
    rl.on("line", (line) => {
      if (this.waiting) this.waiting(line);
      else this.queue.push(line);
    });
    rl.on("close", () => {
      if (this.closing) return;
      this.rl = undefined;
      this.ended = true;
      this.waiting?.(undefined);
    });
    this.rl = rl;
    this.current.resume();
  }

  /** After Ctrl-D on a terminal: a fresh stream on the same terminal. */
  private reopen(): boolean {
    const tty = this.current as Readable & { isTTY?: boolean; fd?: number };
    if (!tty.isTTY) return false;
    try {
      this.reopened?.destroy();
      this.reopened = new ReadStream(0);
      this.current = this.reopened;
      return true;
    } catch {
      return false;
    }
  }
}

export function reasonOf(signal: AbortSignal): PromptInterrupted["reason"] {
  const r = signal.reason;
  return r === "terminated" || r === "hangup" || r === "input-ended" ? r : "interrupt";
}

/**
 * Several lines of text, as pasted. With `endOnEmptyLine`, an empty line ends it unless
 * more lines follow at once: a pasted complaint with paragraphs arrives in one burst, and
 * its blank lines must not end it (nor spill its rest into the next question).
 */
export async function readText(lines: LineReader, q: { endOnEmptyLine: boolean; default?: string }): Promise<string> {
  const out: string[] = [];
  for (;;) {
    const line = await lines.next();
    if (line === undefined) break; // Ctrl-D: the text is complete
    if (q.endOnEmptyLine && line.trim() === "") {
      if (out.length === 0) {
        if (q.default !== undefined) return q.default;
        continue;
      }
      const more = await lines.nextWithin(40);
      if (more === TIMEOUT || more === undefined) break;
      out.push("", more);
      continue;
    }
    if (!q.endOnEmptyLine && line.trim() === ".") break;
    out.push(line);
  }
  const text = out.join("\n").trim();
  return text === "" && q.default !== undefined ? q.default : text;
}
