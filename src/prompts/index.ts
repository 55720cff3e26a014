/**
 * Asking a person questions. Flows depend on {@link Prompter} only; `createPrompter` picks
 * the rich prompts (arrow keys, search as you type) or the plain ones (numbered questions,
 * one line per answer, no cursor movement) for screen readers, logs and `--plain`.
 */
import type { Readable, Writable } from "node:stream";
import type { Prompter } from "./types.js";

export * from "./types.js";

export interface CreatePrompterOptions {
  plain: boolean;
  input: Readable & { isTTY?: boolean };
  output: Writable & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  locale?: string;
  signal?: AbortSignal;
}

export async function createPrompter(options: CreatePrompterOptions): Promise<Prompter> {
  if (options.plain) {
    const { PlainPrompter } = await import("./plain.js");
    return new PlainPrompter(options);
  }
  const { RichPrompter } = await import("./inquirer.js");
  return new RichPrompter(options);
}
