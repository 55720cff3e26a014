// Placeholder until the lint command lands; replaced by its real module.
import type { Command } from "commander";
import { InputError } from "../../core/errors.js";
import type { CommandContext } from "../context.js";

export function register(program: Command, _ctx: CommandContext): void {
  program
    .command("lint")
    .allowUnknownOption()
    .action(() => {
      throw new InputError("'lint' is not available in this build yet");
    });
}
