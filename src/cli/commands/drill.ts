// Placeholder until the drill command lands; replaced by its real module.
import type { Command } from "commander";
import { InputError } from "../../core/errors.js";
import type { CommandContext } from "../context.js";

export function register(program: Command, _ctx: CommandContext): void {
  program
    .command("drill")
    .allowUnknownOption()
    .action(() => {
      throw new InputError("'drill' is not available in this build yet");
    });
}
