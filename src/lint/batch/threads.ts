import { availableParallelism, loadavg } from "node:os";

/**
 * Below this, a batch runs in the calling thread: a worker repeats the calling thread's start
 * and meets the input's vocabulary a second time. Measured on this project's loaded 2-core
 * machine, two threads were faster than one on the 90 MB diverse corpus every time, and on 17 MB
 * of real replies with their complaints sometimes faster, sometimes slower (docs/quality.md).
 */
export const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;

/**
 * Threads for a JSONL batch: `flag` (--workers) when given, else two on a machine with two
 * cores or more for an input over PARALLEL_MIN_BYTES (or of unknown size: stdin) when a core
 * is idle, else one. N threads are N - 1 workers and the calling thread, which lints too. Two
 * by default, not one per core: each thread is a V8 heap with its own matchers (~45 MB), and
 * the batch's peak memory must stay flat and small on any machine.
 *
 * A core is idle when the last minute's load average leaves one: with every core busy a second
 * thread gets no core of its own, and its start and its second meeting of the vocabulary are
 * CPU taken from the first (on real replies with a load average of 5 on two cores, two threads
 * took 1.5 times as long as one: docs/quality.md).
 */
export function threadCount(flag: number | undefined, inputBytes: number | undefined, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (flag !== undefined) return Math.max(1, flag);
  if (cores < 2 || (inputBytes !== undefined && inputBytes < PARALLEL_MIN_BYTES)) return 1;
  if (load > cores - 0.5) return 1;
  return 2;
}
