import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { printLine } from "../print.js";

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("config")
    .description("print the resolved configuration and where each part came from")
    .option("--json", "print JSON: { config, origins, files }")
    .addHelpText(
      "after",
      `\nConfig files, searched from the current folder up to your home folder:\n  package.json#replybook, .replybookrc (YAML or JSON), .replybookrc.{json,yaml,yml},\n  replybook.config.{js,mjs,cjs}; or --config <file>.\n\nExamples:\n  $ replybook config\n  $ replybook --config team/.replybookrc.yaml config --json`,
    )
    .action(async (opts: { json?: boolean }) => {
      const config = await ctx.config();
      const { files, origins, ...resolved } = config;
      // Which case log, and never its password (src/store/target.ts).
      const { caseLogTarget, describeTarget, redactUrl } = await import("../../store/target.js");
      if (resolved.caseLog) resolved.caseLog = { url: redactUrl(resolved.caseLog.url) };
      const target = caseLogTarget(config, ctx.io.env);
      const store = target.kind === "sqlite" ? { kind: "sqlite", location: target.file } : { kind: "postgres", location: redactUrl(target.url), origin: target.origin };
      if (opts.json) return printLine(ctx.io, JSON.stringify({ config: resolved, origins, files, caseLog: store }, null, 2));
      const lines: string[] = [];
      lines.push(files.length ? `Config files: ${files.join(" <- ")}` : "Config files: none found (defaults apply; see 'replybook init')");
      const show = (key: string, value: unknown) => {
        const text = value === undefined ? "(not set)" : typeof value === "object" ? JSON.stringify(value) : String(value);
        lines.push(`  ${key.padEnd(10)} ${text}   [${origins[key] ?? "default"}]`);
      };
      show("agent", resolved.agent);
      show("brand", resolved.brand);
      show("locale", resolved.locale);
      show("channel", resolved.channel);
      show("playbooks", resolved.playbooks.length ? resolved.playbooks : "(shipped only)");
      show("phrases", resolved.phrases.length ? resolved.phrases : "(shipped only)");
      show("templates", resolved.templates.length ? resolved.templates : "(shipped only)");
      show("rules", Object.keys(resolved.rules).length ? resolved.rules : "(defaults)");
      show("data-dir", resolved.dataDir);
      lines.push(`  ${"case log".padEnd(10)} ${describeTarget(target)}`);
      show("record", resolved.record);
      show("drill", resolved.drill.results ? resolved.drill : undefined);
      printLine(ctx.io, lines.join("\n"));
    });
}
