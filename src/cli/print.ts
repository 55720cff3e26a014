/**
 * Printing helpers for commands. Text that came from outside (complaints, replies, YAML
 * values) may carry terminal escape sequences; `safe` shows them instead of obeying them.
 */
import type { CliIO } from "./io.js";
import { wantsColor } from "./io.js";
import type { Style } from "../playbook/describe.js";

export function printLine(io: CliIO, text: string): void {
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Bold headings and dim notes on a colour terminal; plain text otherwise. */
export function makeStyle(io: CliIO, stream: "stdout" | "stderr" = "stdout"): Style {
  if (!wantsColor(io, stream)) return { heading: (t) => t, dim: (t) => t };
  return { heading: (t) => `\u001b[1m${t}\u001b[22m`, dim: (t) => `\u001b[2m${t}\u001b[22m` };
}
