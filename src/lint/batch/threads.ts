import { availableParallelism, loadavg } from "node:os";

/** Below this, a batch runs in the calling thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Threads for a JSONL batch: `flag` (--workers) when given, else two for an input over
 * PARALLEL_MIN_BYTES (or of unknown size: stdin) when a core is idle, else one. N threads are
 * N - 1 workers and the calling thread, which lints too.
 *
 * A second thread pays only with a core of its own: a worker repeats the calling thread's
 * start (its own matchers and routers, its own words seen), so on a machine whose cores are
 * all busy (the load average of the last minute at least the cores less one) two threads do
 * the same work with more CPU and end later than one. Two by default, not one per core: each
 * thread is a V8 heap with its own matchers (~45 MB), and the batch's peak memory must stay
 * flat and small on any machine.
 *
 *   threadCount(undefined, 50_000_000, 8, 7) // 2: a large input, a core idle
 *   threadCount(undefined, 50_000_000, 2, 0.5) // 1: every core busy
 */
export function threadCount(flag: number | undefined, inputBytes: number | undefined, cores = availableParallelism(), idle = idleCores(cores)): number {
  if (flag !== undefined) return Math.max(1, flag);
  if (cores < 2 || (inputBytes !== undefined && inputBytes < PARALLEL_MIN_BYTES)) return 1;
  return idle >= 1 ? 2 : 1;
}

/** Cores not busy over the last minute, by the load average (all of them where the system gives none: Windows). */
export function idleCores(cores = availableParallelism()): number {
  return cores - loadavg()[0]!;
}
