import type { Command } from "commander";
import { UsageError } from "../../core/errors.js";
import type { CommandContext } from "../context.js";

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("lsp")
    .description("a language server for reply files: findings as you type, fixes as quick fixes")
    .option("--stdio", "talk the Language Server Protocol over stdin and stdout (the only transport)")
    .addHelpText(
      "after",
      `
Editors start it themselves; set-up for VS Code, Neovim and Helix is in docs/editors.md.
Where a reply stands comes from the editor's settings (section "replybook": playbook, customer,
handle, agent, locale, channel, config) or a front-matter block at the top of the file:

  ---
  playbook: parcel-damaged
  customer: Laura Bianchi
  ---`,
    )
    .action(async (opts: { stdio?: boolean }) => {
      if (!opts.stdio) throw new UsageError("replybook lsp talks over stdio: run it as `replybook lsp --stdio` (editors do)");
      const { startLanguageServer } = await import("../../lsp/server.js");
      await startLanguageServer({ input: ctx.io.stdin, output: ctx.io.stdout as NodeJS.WritableStream, ...(ctx.io.env.REPLYBOOK_CONFIG_STOP_DIR && { stopDir: ctx.io.env.REPLYBOOK_CONFIG_STOP_DIR }) });
    });
}
