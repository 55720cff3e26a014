/**
 * A worker thread of `replybook lint --jsonl`: builds its own linter from what the command
 * sends (the catalog, the rules, the context from flags), then lints blocks of lines and
 * sends back their output, already encoded, in a transferred buffer.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { RuleSetting } from "../config/types.js";
import type { Playbook } from "../playbook/types.js";
import type { PhraseList } from "../phrases/types.js";
import { BlockEncoder, lintBlock, type BatchOptions, type Refusal } from "./batch.js";
import { createLinter } from "./engine.js";
import type { LintContext } from "./types.js";

export interface WorkerSetup {
  phrases: Map<string, PhraseList>;
  playbooks: Playbook[];
  rules: Record<string, RuleSetting>;
  fallbackLocale: string;
  prefilter: Map<string, string> | undefined;
  expanded: Map<string, string> | undefined;
  base: LintContext;
  playbookIds: string[];
  fix: boolean;
  quiet: boolean;
}

export interface BlockRequest {
  seq: number;
  bytes: Uint8Array;
  firstLine: number;
}

/** An output buffer back from the main thread, written: the next block's output goes into it. */
export interface SpareBuffer {
  spare: ArrayBuffer;
}

export interface BlockReply {
  seq: number;
  out: Uint8Array;
  /** The request's bytes, handed back for the next block. */
  input: Uint8Array;
  refusals: Refusal[];
  read: number;
  linted: number;
  errors: number;
  warnings: number;
}

const setup = workerData as WorkerSetup;
const linter = createLinter({
  phrases: setup.phrases,
  playbooks: setup.playbooks,
  rules: setup.rules,
  fallbackLocale: setup.fallbackLocale,
  ...(setup.prefilter && { prefilter: setup.prefilter }),
  ...(setup.expanded && { expanded: setup.expanded }),
});
const options: BatchOptions = { base: setup.base, playbookIds: new Set(setup.playbookIds), fix: setup.fix, quiet: setup.quiet };
const encoder = new BlockEncoder();

const spares: ArrayBuffer[] = [];

parentPort!.on("message", (message: BlockRequest | SpareBuffer) => {
  if ("spare" in message) {
    if (spares.length < 4) spares.push(message.spare);
    return;
  }
  const request = message;
  const result = lintBlock(linter, request.bytes, request.firstLine, options, encoder.sink);
  // Output is about three times the input (messages, positions, suggestions): room for most blocks.
  const out = encoder.take(spares.pop(), 4 * request.bytes.length);
  const reply: BlockReply = { seq: request.seq, out, input: request.bytes, refusals: result.refusals, read: result.read, linted: result.linted, errors: result.errors, warnings: result.warnings };
  parentPort!.postMessage(reply, [out.buffer as ArrayBuffer, request.bytes.buffer as ArrayBuffer]);
});
