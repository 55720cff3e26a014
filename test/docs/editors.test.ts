// docs/editors.md against the language server it documents: the settings table names exactly
// the keys the server reads, the front-matter column exactly the keys a reply file may set, and
// every editor's set-up starts the server the one way it runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FRONT_MATTER_KEYS } from "../../src/lsp/front-matter.js";
import { ROOT } from "../helpers/cli.js";

const page = readFileSync(join(ROOT, "docs", "editors.md"), "utf8");
const server = readFileSync(join(ROOT, "src", "lsp", "server.ts"), "utf8");

/** Rows of the settings table: key, settings column, front-matter column. */
function tableRows(): Array<{ key: string; settings: string; frontMatter: string }> {
  return [...page.matchAll(/^\| `([a-z-]+)` \| [^|]+ \| (yes|no) \| (yes|no) \|$/gm)].map((m) => ({ key: m[1]!, settings: m[2]!, frontMatter: m[3]! }));
}

describe("docs/editors.md", () => {
  it("lists every setting the server reads, and which of them front matter may set", () => {
    const picked = /for \(const key of \[([^\]]+)\] as const\)/.exec(server)?.[1];
    expect(picked, "the settings the server picks (src/lsp/server.ts#pick)").toBeTruthy();
    const settingKeys = [...picked!.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]!);
    const rows = tableRows();
    expect(rows.filter((r) => r.settings === "yes").map((r) => r.key).sort()).toEqual([...settingKeys].sort());
    expect(rows.filter((r) => r.frontMatter === "yes").map((r) => r.key).sort()).toEqual([...FRONT_MATTER_KEYS].sort());
  });

  it("starts `replybook lsp --stdio` in VS Code, Neovim and Helix", () => {
    for (const heading of ["## VS Code", "## Neovim", "## Helix"]) expect(page).toContain(heading);
    expect(page).toContain('"glspc.server.commandArguments": ["lsp", "--stdio"]');
    expect(page).toContain('args: ["lsp", "--stdio"]');
    expect(page).toContain('cmd = { "replybook", "lsp", "--stdio" }');
    expect(page).toContain('args = ["lsp", "--stdio"]');
  });
});
