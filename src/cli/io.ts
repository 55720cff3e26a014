/**
 * What a command talks to: its streams, environment and working folder. Commands write
 * through this instead of `process` so tests can run them in-process with captured output.
 */
import type { Readable, Writable } from "node:stream";
import { lazyOutput, quietOnClosedPipe } from "./stdio.js";

export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The process's own streams. `directOutput` (lint, which scripts run thousands of times, and
 * which never prompts): stdout and stderr are written to their descriptors until a real stream
 * is needed (src/cli/stdio.ts). Commands that prompt keep Node's streams, which the prompts
 * library writes to as well: the two must not interleave out of order.
 */
export function processIO(options: { directOutput?: boolean } = {}): CliIO {
  let stdout: CliIO["stdout"];
  let stderr: CliIO["stderr"];
  if (options.directOutput) {
    stdout = lazyOutput(1, () => process.stdout);
    stderr = lazyOutput(2, () => process.stderr);
  } else {
    stdout = quietOnClosedPipe(process.stdout);
    stderr = quietOnClosedPipe(process.stderr);
  }
  return {
    stdout,
    stderr,
    // Made on first use: Node builds the stdin stream (a socket, a terminal) when it is first read,
    // a few milliseconds that `replybook lint reply.txt` does not need.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour only on a terminal, never with NO_COLOR or --no-color (chalk also reads FORCE_COLOR). */
export function wantsColor(io: CliIO, stream: "stdout" | "stderr" = "stdout"): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return Boolean(io[stream].isTTY) && io.env.TERM !== "dumb";
}
