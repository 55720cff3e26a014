/**
 * A worker thread of a routing batch (./index.ts): compiles its own router from the playbooks
 * the batch sends, then routes the blocks it is given.
 */
import { workerData } from "node:worker_threads";
import { serveBlocks } from "../../lint/batch/worker-host.js";
import type { Playbook } from "../../playbook/types.js";
import { routeBlockHandler, type RouteLineOptions } from "./lines.js";

export interface RouteWorkerSetup {
  playbooks: Playbook[];
  options: RouteLineOptions;
}

const setup = workerData as RouteWorkerSetup;
serveBlocks(routeBlockHandler(setup.playbooks, setup.options));
