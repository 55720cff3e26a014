/**
 * The shell: parse argv with commander, run one command, turn what went wrong into one line
 * and an exit code (src/core/exit-codes.ts). Nothing here prints a stack trace unless --debug.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { InputError, oneLine } from "../core/errors.js";
import { EXIT } from "../core/exit-codes.js";
import { COMMANDS } from "./commands/index.js";
import { createContext } from "./context.js";
import { processIO, type CliIO } from "./io.js";
import { PACKAGE_ROOT } from "../core/root.js";

/** Where a bug goes: the README says what to include. */
export const REPORT_URL = "the replybook issue tracker (README.md, \"Reporting a bug\")";

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")) as { version: string };
  return pkg.version;
}

export async function run(argv: string[], io: CliIO = processIO({ directOutput: argv.find((a) => !a.startsWith("-")) === "lint" })): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}

async function runUnsafe(argv: string[], io: CliIO): Promise<number> {
  const program = new Command("replybook")
    .description("Playbooks, linting and drills for answering angry customers in public:\npersonal, named replies with a concrete next step and no over-promises.")
    .version(version(), "-v, --version")
    .option("--config <file>", "use this config file instead of searching for one")
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .option("--debug", "print details of internal errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`replybook: ${s.replace(/^error: /, "")}`),
    })
    .addHelpText(
      "after",
      `
Examples:
  $ replybook draft                                  draft a reply, step by step
  $ replybook draft --example --playbook parcel-damaged --no-interactive
  $ replybook lint reply.txt --playbook parcel-damaged --customer "Laura Bianchi"
  $ replybook route "my parcel arrived smashed"
  $ replybook playbooks list

Exit codes: 0 ok, 1 error-level findings, 2 usage, configuration or input error.
Docs: README.md, docs/playbooks.md, docs/rules/<rule-id>.md`,
    );
  if (argv.includes("--no-color")) io.env = { ...io.env, NO_COLOR: "1" };
  const ctx = createContext(io, program);
  const wanted = commandName(argv);
  for (const entry of COMMANDS) {
    if (entry.name === wanted) (await entry.load()).register(program, ctx);
    else program.command(entry.name).description(entry.summary);
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return EXIT.ok;
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    throw error;
  }
  return ctx.exitCode;
}

/** The command being run: the first word that is not an option (or `help <command>`'s argument). */
function commandName(argv: string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--config") i++;
    else if (!a.startsWith("-")) words.push(a);
  }
  return words[0] === "help" ? words[1] : words[0];
}

export function reportError(error: unknown, io: CliIO, debug: boolean): number {
  if (error instanceof InputError) {
    io.stderr.write(`replybook: ${error.format()}\n`);
    return EXIT.input;
  }
  const message = oneLine((error as Error)?.message ?? String(error));
  io.stderr.write(`replybook: internal error: ${message}. This is a bug: please report it to ${REPORT_URL} with the command you ran${debug ? "" : " (add --debug for details)"}.\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.input;
}
