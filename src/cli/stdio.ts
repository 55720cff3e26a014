/**
 * process.stdout and process.stderr as commands see them, made only when needed.
 *
 * Node builds a stream for each on first use: a socket for a pipe (loading `net`), a terminal
 * stream (loading `tty`), a file stream (loading `stream`), a few milliseconds of a one-reply
 * `replybook lint` that scripts run thousands of times. Until something needs the real stream
 * (an event listener, a terminal's width), writes go straight to the file descriptor with
 * `fs.writeSync`, in order. A pipe that is full (EAGAIN) hands the rest to the real stream, and
 * a reader that went away (EPIPE, `| head`) ends the run quietly, as the stream would.
 */
import { fstatSync, statSync, writeSync } from "node:fs";

type Output = NodeJS.WriteStream;

export function lazyOutput(fd: number, real: () => Output): Output {
  let stream: Output | undefined;
  let terminal: boolean | undefined;
  const made = (): Output => (stream ??= quietOnClosedPipe(real()));
  const write = (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean => {
    const done = typeof encoding === "function" ? encoding : callback;
    if (stream) return typeof encoding === "function" ? stream.write(chunk, encoding) : stream.write(chunk, encoding as BufferEncoding, callback);
    let bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk;
    while (bytes.length) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EPIPE") process.exit(process.exitCode ?? 0);
        if (code !== "EAGAIN") throw error;
        // A non-blocking pipe, full: the stream waits for room.
        return done ? made().write(bytes, done) : made().write(bytes);
      }
    }
    if (done) process.nextTick(done);
    return true;
  };
  return new Proxy({} as Output, {
    get(_, key) {
      if (key === "write") return write;
      if (key === "isTTY" && !stream) return (terminal ??= isTerminal(fd));
      const target = made();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(_, key, value) {
      return Reflect.set(made(), key, value);
    },
  });
}

/** `replybook ... | head` closes the pipe early: stop quietly, as other Unix tools do. */
export function quietOnClosedPipe<S extends NodeJS.WritableStream>(stream: S): S {
  if (stream.listenerCount("error") === 0) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return stream;
}

let devNull: number | undefined | null;

/**
 * Whether the descriptor is a terminal, without Node's `tty` module when the answer is plain:
 * files, pipes and /dev/null are not (the common cases for scripts and benchmarks).
 */
export function isTerminal(fd: number): boolean {
  let info;
  try {
    info = fstatSync(fd);
  } catch {
    return false;
  }
  if (!info.isCharacterDevice()) return false;
  if (devNull === undefined) {
    try {
      devNull = statSync("/dev/null").rdev;
    } catch {
      devNull = null;
    }
  }
  if (info.rdev === devNull) return false;
  return (process.getBuiltinModule("node:tty") as typeof import("node:tty")).isatty(fd);
}
