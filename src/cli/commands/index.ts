/**
 * The command table. Only the command being run is imported, so `replybook lint` never pays
 * for inquirer or handlebars at start-up; the others appear in `--help` by their summary.
 */
import type { Command } from "commander";
import type { CommandContext } from "../context.js";

export interface CommandModule {
  register(program: Command, ctx: CommandContext): void;
}

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: CommandEntry[] = [
  { name: "draft", summary: "walk through a complaint, step by step, to a personal, named reply", load: () => import("./draft.js") },
  { name: "lint", summary: "check finished replies against the phrase lists and the playbook", load: () => import("./lint.js") },
  { name: "drill", summary: "training drills: practise the playbooks, grade replies, report results", load: () => import("./drill.js") },
  { name: "route", summary: "rank the playbooks that match a complaint, with the words that matched", load: () => import("./route.js") },
  { name: "playbooks", summary: "list, show and validate playbooks, phrase lists and templates", load: () => import("./playbooks.js") },
  { name: "followups", summary: "commitments due and overdue, oldest first", load: () => import("./followups.js") },
  { name: "cases", summary: "list, search, export and purge recorded cases", load: () => import("./cases.js") },
  { name: "case", summary: "show one case, or record progress on it", load: () => import("./case.js") },
  { name: "inbox", summary: "the team's queue: list what waits, import complaints, release, assign, acknowledge", load: () => import("./inbox.js") },
  { name: "next", summary: "claim the most urgent complaint that fits you, with a lease", load: () => import("./next.js") },
  { name: "report", summary: "recurring problems, response times, promises kept, workload per agent", load: () => import("./report.js") },
  { name: "db", summary: "the case log's store: status, migrations, copying a log to another store", load: () => import("./db.js") },
  { name: "config", summary: "print the resolved configuration and where each part came from", load: () => import("./config.js") },
  { name: "lsp", summary: "a language server for reply files, for VS Code, Neovim, Helix and other editors", load: () => import("./lsp.js") },
  { name: "init", summary: "scaffold a team folder: a config and copies of playbooks to adapt", load: () => import("./init.js") },
];
