/**
 * `replybook route`: what kind of message a complaint is and which playbooks fit it, with the
 * words that matched; `--jsonl` does the same for a queue, one JSON line per message.
 */
import type { Command } from "commander";
import { formatLocated, UsageError } from "../../core/errors.js";
import { EXIT } from "../../core/exit-codes.js";
import type { CommandContext } from "../context.js";
import type { CliIO } from "../io.js";
import { printLine } from "../print.js";

interface RouteOptions {
  locale?: string;
  json?: boolean;
  jsonl?: string;
  limit: string;
  workers?: string;
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command("route [complaint...]")
    .description("what kind of message a complaint is (complaint, question, praise, spam) and the playbooks that fit it, with the words that matched (any shipped language)")
    .option("--locale <locale>", "only playbooks in this language (default: the language whose playbooks share most words with the message)")
    .option("--json", "print { kind, locale, onlyGeneral, matches: [{ id, locale, score, matched }] }, best first")
    .option("--jsonl <file|->", "batch: one JSON object per line { id, text, locale? }; writes { id, kind, matches } per line, in order")
    .option("--workers <n>", "batch: threads that route a --jsonl input (default: 2 on a multi-core machine for an input over 24 MB or on stdin, else 1)")
    .option("--limit <n>", "at most this many playbooks", "5")
    .addHelpText(
      "after",
      `\nThe general playbook comes last, or alone when no specific playbook fits: every complaint gets a procedure. Praise gets none.\n\nExamples:\n  $ replybook route "my parcel arrived smashed"\n  $ replybook route "il pacco è arrivato rotto" --json\n  $ echo "nobody ever answers your phone line" | replybook route\n  $ replybook route --jsonl queue.jsonl > routed.jsonl`,
    )
    .action(async (words: string[], opts: RouteOptions) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number above 0, got "${opts.limit}"`);
      if (opts.jsonl !== undefined) {
        if (words.length) throw new UsageError("a complaint and --jsonl cannot be combined");
        if (opts.json) throw new UsageError("--jsonl always writes JSON Lines; drop --json");
        ctx.exitCode = await routeJsonl(ctx, opts, limit);
        return;
      }
      if (opts.workers !== undefined) throw new UsageError("--workers applies to --jsonl");
      let text = words.join(" ").trim();
      if (!text) {
        if (ctx.io.stdin.isTTY) throw new UsageError('give the complaint text: replybook route "my parcel arrived smashed"');
        text = (await readAll(ctx.io.stdin)).trim();
        if (!text) throw new UsageError("the complaint is empty");
      }
      const [{ routeMessage }, catalog] = await Promise.all([import("../../route/route.js"), ctx.catalog()]);
      checkLocale(opts.locale, catalog.playbooks);
      const routing = routeMessage(text, catalog.playbooks, opts.locale ? { locale: opts.locale } : {});
      const matches = routing.matches.slice(0, limit);
      if (opts.json) {
        const json = { kind: routing.kind, locale: routing.locale, onlyGeneral: routing.onlyGeneral, matches: matches.map(({ id, locale, score, matched }) => ({ id, locale, score, matched })) };
        return printLine(ctx.io, JSON.stringify(json, null, 2));
      }
      if (routing.kind === "praise") return printLine(ctx.io, "This reads as praise, not a complaint: no complaint playbook applies. Thank them in your own words.");
      if (routing.kind === "spam") printLine(ctx.io, "This reads as spam or a promotion (P9: check no real customer is behind it before hiding it).");
      else if (routing.kind === "question") printLine(ctx.io, "This reads as a question rather than a complaint; the playbooks below still fit its words.");
      if (matches.length === 0) return printLine(ctx.io, "No playbook matches. See 'replybook playbooks list' and pick one with --playbook.");
      if (routing.onlyGeneral) printLine(ctx.io, "No specific playbook fits: only general, the universal procedure, does.");
      for (const [i, r] of matches.entries()) {
        const why = r.matched.length ? `\n   matched: ${r.matched.map((m) => `"${m}"`).join(", ")}` : "";
        printLine(ctx.io, `${i + 1}. ${r.id} (${r.locale}) score ${r.score}: ${r.title}${why}`);
      }
    });
}

function checkLocale(locale: string | undefined, playbooks: ReadonlyArray<{ locale: string }>): void {
  const locales = [...new Set(playbooks.map((p) => p.locale))];
  if (locale && !locales.includes(locale)) throw new UsageError(`--locale ${locale}: no playbooks in that language (available: ${locales.join(", ")})`);
}

/** --jsonl: the batch core yields events; this writes them, reports bad lines, and sums up on stderr. */
async function routeJsonl(ctx: CommandContext, opts: RouteOptions, limit: number): Promise<number> {
  const io: CliIO = ctx.io;
  let workers: number | undefined;
  if (opts.workers !== undefined) {
    workers = Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers takes a whole number from 1 to 64, got "${opts.workers}"`);
  }
  const source = opts.jsonl!;
  if (source === "-" && io.stdin.isTTY) throw new UsageError("--jsonl -: pipe the messages into stdin, one JSON object per line");
  const [{ routeBatch }, { OutputBuffer }, catalog] = await Promise.all([import("../../route/batch/index.js"), import("../../lint/batch/output.js"), ctx.catalog()]);
  checkLocale(opts.locale, catalog.playbooks);
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const out = new OutputBuffer(io.stdout);
  const started = Date.now();
  const name = source === "-" ? "<stdin>" : source;
  let summary: import("../../lint/batch/types.js").BatchSummary | undefined;
  try {
    for await (const event of routeBatch(source === "-" ? io.stdin : source, {
      playbooks: catalog.playbooks,
      locale: opts.locale,
      limit,
      cwd: io.cwd,
      signal: controller.signal,
      ...(workers !== undefined && { workers }),
    })) {
      if (event.type === "output") {
        const wait = out.push(event.data, event.release);
        if (wait) await wait;
      } else if (event.type === "refusal") {
        io.stderr.write(`replybook: ${formatLocated(event.refusal.message, { file: name, line: event.refusal.line, column: event.refusal.column })}\n`);
      } else if (event.type === "end") {
        summary = event.summary;
      }
    }
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    await out.flush();
  }
  const { read, refused } = summary!;
  const { routed = 0, onlyGeneral = 0, praise = 0 } = summary!.counts;
  if (summary!.interrupted) {
    io.stderr.write(`replybook: interrupted after ${read.toLocaleString("en")} lines; the output holds the ${routed.toLocaleString("en")} complete results\n`);
    return EXIT.input;
  }
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? `, ${Math.round(routed / seconds).toLocaleString("en")} messages/s` : "";
  io.stderr.write(
    `replybook: ${read.toLocaleString("en")} read, ${routed.toLocaleString("en")} routed, ${refused.toLocaleString("en")} refused; ` +
      `${onlyGeneral.toLocaleString("en")} only general, ${praise.toLocaleString("en")} praise (${seconds.toFixed(1)} s${rate})\n`,
  );
  return refused ? EXIT.input : EXIT.ok;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (text.length > 1_000_000) throw new UsageError("the complaint is too long (over 1 MB)");
  }
  return text;
}
