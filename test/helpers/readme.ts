// The README's code blocks, so that tests can run the examples a reader copies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.js";

/** The fenced blocks of README.md in a language (```yaml ...```), in order. */
export function readmeBlocks(language: string): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/^```([\w-]*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2]!);
}

/** The one block whose first line is `<comment> name` (e.g. "// check.mjs"). */
export function readmeExample(language: string, name: string): string {
  const found = readmeBlocks(language).filter((b) => b.split("\n", 1)[0]!.replace(/^(\/\/|#)\s*/, "") === name);
  if (found.length !== 1) throw new Error(`README.md: expected one ${language} block starting with "${name}", found ${found.length}`);
  return found[0]!;
}
