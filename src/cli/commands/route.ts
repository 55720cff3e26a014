import type { Command } from "commander";
import { UsageError } from "../../core/errors.js";
import type { CommandContext } from "../context.js";
import { printLine } from "../print.js";

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("route [complaint...]")
    .description("rank the playbooks that match a complaint, with the words that matched (any shipped language)")
    .option("--locale <locale>", "only playbooks in this language")
    .option("--json", "print [{ id, locale, score, matched }], best first")
    .option("--limit <n>", "at most this many", "5")
    .addHelpText("after", `\nExamples:\n  $ replybook route "my parcel arrived smashed"\n  $ replybook route "il pacco è arrivato rotto" --json\n  $ echo "nobody ever answers your phone line" | replybook route`)
    .action(async (words: string[], opts: { locale?: string; json?: boolean; limit: string }) => {
      let text = words.join(" ").trim();
      if (!text) {
        if (ctx.io.stdin.isTTY) throw new UsageError('give the complaint text: replybook route "my parcel arrived smashed"');
        text = (await readAll(ctx.io.stdin)).trim();
        if (!text) throw new UsageError("the complaint is empty");
      }
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number above 0, got "${opts.limit}"`);
      const [{ routeComplaint }, catalog] = await Promise.all([import("../../route/route.js"), ctx.catalog()]);
      const locales = [...new Set(catalog.playbooks.map((p) => p.locale))];
      if (opts.locale && !locales.includes(opts.locale)) throw new UsageError(`--locale ${opts.locale}: no playbooks in that language (available: ${locales.join(", ")})`);
      const ranked = routeComplaint(text, catalog.playbooks, opts.locale ? { locale: opts.locale } : {}).slice(0, limit);
      if (opts.json) return printLine(ctx.io, JSON.stringify(ranked.map(({ id, locale, score, matched }) => ({ id, locale, score, matched })), null, 2));
      if (ranked.length === 0) return printLine(ctx.io, "No playbook matches. See 'replybook playbooks list' and pick one with --playbook.");
      for (const [i, r] of ranked.entries()) printLine(ctx.io, `${i + 1}. ${r.id} (${r.locale}) score ${r.score}: ${r.title}\n   matched: ${r.matched.map((m) => `"${m}"`).join(", ")}`);
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.length > 1_000_000) throw new UsageError("the complaint is too long (over 1 MB)");
  }
  return text;
}
