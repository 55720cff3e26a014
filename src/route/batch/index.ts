/**
 * Batch routing for `route --jsonl`, scripts and the JS API: a JSONL file or stream of
 * messages in, one `{ id, kind, matches }` line out per message, in input order, on the batch
 * engine of `lint --jsonl` (one thread, or worker threads for a large input).
 *
 *   for await (const event of routeBatch("queue.jsonl", { playbooks: catalog.playbooks })) {
 *     if (event.type === "output") process.stdout.write(event.data);
 *     if (event.type === "refusal") console.error(event.refusal); // { line, column, message }
 *   }
 */
import type { Readable } from "node:stream";
import { PACKAGE_ROOT } from "../../core/root.js";
import { runBatch } from "../../lint/batch/run.js";
import type { BatchEvent, BatchOptions, BatchWork } from "../../lint/batch/types.js";
import type { Playbook } from "../../playbook/types.js";
import { routeLines, type RouteLineOptions } from "./lines.js";
import type { RouteWorkerSetup } from "./worker.js";

export { ROUTE_COUNTERS } from "./lines.js";

export interface RouteBatchOptions extends BatchOptions, RouteLineOptions {
  playbooks: readonly Playbook[];
}

/** Routes every message of `source` (a JSONL file path, or a stream such as stdin); see runBatch for the events. */
export function routeBatch(source: string | Readable, options: RouteBatchOptions): AsyncGenerator<BatchEvent, void, undefined> {
  return runBatch(source, routeWork(options), { ...options, input: "jsonl" });
}

/** The routing work for runBatch: in this thread, and in worker threads started from dist/. */
export function routeWork(options: RouteBatchOptions): BatchWork {
  const lineOptions: RouteLineOptions = { locale: options.locale, limit: options.limit };
  const setup = (): RouteWorkerSetup => ({ playbooks: [...options.playbooks], options: lineOptions });
  return {
    ...routeLines(options.playbooks, lineOptions),
    // A worker is a separate module graph: it loads tsc's output by path (see src/core/root.ts).
    worker: { url: new URL("dist/route/batch/worker.js", PACKAGE_ROOT), get data() { return setup(); } },
  };
}
