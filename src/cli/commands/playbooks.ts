import type { Command } from "commander";
import { InputError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import type { CommandContext } from "../context.js";
import { makeStyle, printLine } from "../print.js";

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program.command("playbooks").description("list, show and validate playbooks, phrase lists and templates");

  cmd
    .command("list")
    .description("the playbooks available: shipped ones and your team's")
    .option("--locale <locale>", "only playbooks in this language (en, it)")
    .option("--json", "print JSON")
    .addHelpText("after", "\nExamples:\n  $ replybook playbooks list\n  $ replybook playbooks list --locale it --json")
    .action(async (opts: { locale?: string; json?: boolean }) => {
      const [{ playbookRows, formatPlaybookTable }, catalog, config] = await Promise.all([import("../../playbook/describe.js"), ctx.catalog(), ctx.config()]);
      const playbooks = catalog.playbooks.filter((p) => !opts.locale || p.locale === opts.locale);
      if (opts.locale && playbooks.length === 0) throw new InputError(`no playbooks in locale "${opts.locale}" (available: ${[...new Set(catalog.playbooks.map((p) => p.locale))].join(", ")})`);
      const rows = playbookRows(playbooks, opts.locale ?? config.locale);
      if (opts.json) return printLine(ctx.io, JSON.stringify(rows, null, 2));
      printLine(ctx.io, formatPlaybookTable(rows, ctx.io.stdout.columns ?? 100, makeStyle(ctx.io)));
    });

  cmd
    .command("show <id>")
    .description("the whole procedure of one playbook, readable in a terminal")
    .option("--locale <locale>", "language (default: config locale, else the first available)")
    .option("--json", "print the resolved playbook as JSON")
    .addHelpText("after", "\nExamples:\n  $ replybook playbooks show parcel-damaged\n  $ replybook playbooks show parcel-damaged --locale it")
    .action(async (id: string, opts: { locale?: string; json?: boolean }) => {
      const [{ formatPlaybook }, catalog, config] = await Promise.all([import("../../playbook/describe.js"), ctx.catalog(), ctx.config()]);
      const pb = await findOrExplain(catalog, id, opts.locale, config.locale);
      if (opts.json) return printLine(ctx.io, JSON.stringify(pb, null, 2));
      printLine(ctx.io, formatPlaybook(pb, makeStyle(ctx.io)));
    });

  cmd
    .command("validate [paths...]")
    .description("check playbooks, phrase lists, templates and scenarios with their cross-references (no path: the configured set)")
    .option("--json", "print the problems as JSON")
    .addHelpText(
      "after",
      "\nExamples:\n  $ replybook playbooks validate\n  $ replybook playbooks validate team/playbooks team/templates\n  $ replybook playbooks validate team/playbooks/en/parcel-damaged.yaml\n\nExit codes: 0 everything valid, 2 problems found (each printed as file:line:col key: message).",
    )
    .action(async (paths: string[], opts: { json?: boolean }) => {
      const { validateCatalog, validatePaths } = await import("../../catalog/validate.js");
      const { catalogSources, loadCatalog } = await import("../../catalog/load.js");
      const config = await ctx.config();
      let report;
      if (paths.length) {
        // The configured catalog supplies templates the given playbooks may refer to; if it is itself broken, check the paths alone.
        const catalog = await loadCatalog(catalogSources(config));
        report = await validatePaths(paths, catalog.ok ? catalog.value : undefined);
      } else {
        const catalog = await loadCatalog(catalogSources(config));
        if (!catalog.ok) report = { checked: { playbooks: 0, phraseLists: 0, templates: 0, scenarios: 0 }, errors: catalog.errors };
        else report = await validateCatalog(catalog.value);
      }
      const { checked, errors } = report;
      if (opts.json) {
        printLine(ctx.io, JSON.stringify({ checked, errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, keyPath: e.keyPath, message: e.message })) }, null, 2));
      } else {
        for (const e of errors) ctx.io.stderr.write(`${e.format()}\n`);
        const summary = `${checked.playbooks} playbooks, ${checked.phraseLists} phrase lists, ${checked.templates} templates${checked.scenarios ? `, ${checked.scenarios} scenarios` : ""} checked: ${errors.length ? `${errors.length} problem${errors.length === 1 ? "" : "s"}` : "all valid"}`;
        (errors.length ? ctx.io.stderr : ctx.io.stdout).write(`${summary}\n`);
      }
      ctx.exitCode = errors.length ? EXIT.input : EXIT.ok;
    });
}

async function findOrExplain(catalog: import("../../catalog/load.js").Catalog, id: string, locale: string | undefined, preferred: string) {
  const { didYouMean } = await import("../../schema/validate.js");
  const all = catalog.playbooks.filter((p) => p.id === id);
  if (all.length === 0) {
    const ids = [...new Set(catalog.playbooks.map((p) => p.id))];
    throw new InputError(`no playbook "${id}"${didYouMean(id, ids)}; see 'replybook playbooks list'`);
  }
  const pb = locale ? all.find((p) => p.locale === locale) : (all.find((p) => p.locale === preferred) ?? all[0]);
  if (!pb) throw new InputError(`playbook "${id}" has no "${locale}" version (available: ${all.map((p) => p.locale).join(", ")})`);
  return pb;
}
