/**
 * The bundle's node:child_process (esbuild aliases it here, src/build/bundle.ts): commander
 * loads child_process when it starts (for executable subcommands, which replybook does not
 * use), and with it net, dgram and streams, a few milliseconds of every `replybook lint`.
 * Through this module the real one loads on the first spawn (a draft's editor or clipboard).
 * `process.getBuiltinModule` reaches the real module past the alias.
 */
import type * as ChildProcess from "node:child_process";

const real = (): typeof ChildProcess => process.getBuiltinModule("node:child_process");

export const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) => real().spawn(...args)) as typeof ChildProcess.spawn;
