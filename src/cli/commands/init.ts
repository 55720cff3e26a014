import { copyFile, mkdir, writeFile, access } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { InputError, UsageError } from "../../core/errors.js";
import type { CommandContext } from "../context.js";
import { printLine } from "../print.js";

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("init [folder]")
    .description("scaffold a team folder: a config and copies of chosen playbooks (and their templates) to adapt")
    .option("--playbook <id...>", "playbooks to copy (default: all shipped)")
    .option("--locale <locale...>", "languages to copy (default: en and it)")
    .option("--agent <name>", "the agent's name for the config")
    .option("--brand <name>", "the brand for the config")
    .option("--force", "overwrite existing files")
    .addHelpText("after", "\nExamples:\n  $ replybook init team --agent Dario --brand Acme\n  $ replybook init team --playbook parcel-damaged late-delivery --locale it")
    .action(async (folder: string | undefined, opts: { playbook?: string[]; locale?: string[]; agent?: string; brand?: string; force?: boolean }) => {
      const target = resolve(ctx.io.cwd, folder ?? ".");
      const catalog = await ctx.catalog();
      const locales = opts.locale ?? ["en", "it"];
      const available = [...new Set(catalog.playbooks.filter((p) => p.source.origin === "shipped").map((p) => p.locale))];
      for (const locale of locales) if (!available.includes(locale)) throw new UsageError(`--locale ${locale}: no shipped playbooks in that language (available: ${available.join(", ")})`);
      const shipped = catalog.playbooks.filter((p) => p.source.origin === "shipped" && locales.includes(p.locale));
      const ids = opts.playbook ?? [...new Set(shipped.map((p) => p.id))];
      for (const id of ids) if (!shipped.some((p) => p.id === id)) throw new UsageError(`no shipped playbook "${id}" in ${locales.join(", ")}`);
      const written: string[] = [];
      const put = async (file: string, write: () => Promise<void>) => {
        if (!opts.force && (await access(file).then(() => true, () => false))) throw new InputError("already exists (use --force to overwrite)", { file: relative(ctx.io.cwd, file) });
        await write();
        written.push(relative(ctx.io.cwd, file) || file);
      };
      const configFile = join(target, ".replybookrc.yaml");
      await mkdir(target, { recursive: true });
      await put(configFile, () =>
        writeFile(
          configFile,
          [
            "# replybook configuration: see README.md#configuration",
            "agent:",
            `  name: ${JSON.stringify(opts.agent ?? "Your Name")}`,
            "  # signature: \"— Dario\"   # or \"^DR\"; derived from the name when absent (initials on X)",
            `brand: ${JSON.stringify(opts.brand ?? "Your Brand")}`,
            `locale: ${locales[0]}`,
            "# Team playbooks and templates override the shipped ones by id and name.",
            "playbooks: [./playbooks]",
            "templates: [./templates]",
            "rules:",
            "  no-over-promise: error",
            "  max-length: [warn, { x: 280 }]",
            "",
          ].join("\n"),
        ),
      );
      for (const pb of shipped.filter((p) => ids.includes(p.id))) {
        const dir = join(target, "playbooks", pb.locale);
        await mkdir(dir, { recursive: true });
        const dest = join(dir, `${pb.id}.yaml`);
        await put(dest, () => copyFile(pb.source.file, dest));
        for (const name of [...pb.templates.public, ...pb.templates.followUp]) {
          const ref = catalog.templates.get(`${pb.locale}/${name}`);
          if (!ref) continue;
          const tdir = join(target, "templates", pb.locale);
          await mkdir(tdir, { recursive: true });
          const tdest = join(tdir, `${name}.hbs`);
          await put(tdest, () => copyFile(ref.file, tdest));
        }
      }
      printLine(ctx.io, `Wrote ${written.length} files:\n${written.map((f) => `  ${f}`).join("\n")}\n\nNext: edit ${relative(ctx.io.cwd, configFile) || configFile}, then run 'replybook playbooks validate' from ${relative(ctx.io.cwd, target) || "."}.`);
    });
}
