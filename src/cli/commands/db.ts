/**
 * `replybook db`: the case log's own housekeeping. `status` says which store is in use, its
 * schema version and how much it holds; `migrate` brings a server database's schema up to
 * date (under an advisory lock); `copy --to` moves a whole log between SQLite and
 * PostgreSQL, page by page, the team's inbox with it, and checks that the counts match at the end.
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { InputError } from "../../core/errors.js";
import { openTarget } from "../../store/open.js";
import { caseLogTarget, checkUrl, describeTarget, redactUrl, type CaseLogTarget } from "../../store/target.js";
import type { CaseStore, InboxCounts, LogCounts } from "../../store/types.js";
import type { CommandContext } from "../context.js";

/** Cases per page: one transaction each on the target, a few MB of memory at most. */
const PAGE = 1000;

export function register(program: Command, ctx: CommandContext): void {
  const db = program
    .command("db")
    .description("the case log's store: status, schema migrations, copying a log to another store")
    .addHelpText(
      "after",
      `
Examples:
  $ replybook db status
  $ REPLYBOOK_DATABASE_URL=postgres://replybook@db.example/replybook replybook db migrate
  $ replybook db copy --to postgres://replybook@db.example/replybook?sslmode=verify-full
  $ replybook db copy --to ~/backup/replybook      (a data folder: cases.db in it)

The store is chosen by REPLYBOOK_DATABASE_URL, else caseLog.url in the config, else the
SQLite file in the data folder. See docs/case-log.md.`,
    );

  db.command("status")
    .description("which store is in use, its schema version and what it holds")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const target = caseLogTarget(await ctx.config(), ctx.io.env);
      const store = await openTarget(target, { migrate: false });
      try {
        const schema = await store.schemaStatus();
        // A database nobody has migrated yet has no tables to count.
        const counts = schema.current === 0 ? { cases: 0, commitments: 0, events: 0 } : await store.counts();
        // A log not yet migrated to the team's inbox has none.
        const inbox = schema.current === 0 ? undefined : await store.inboxCounts().catch(() => undefined);
        const out = { store: store.kind, location: store.location, schema, counts, ...(inbox && { inbox }) };
        if (options.json) ctx.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        else {
          const lines = [
            `Case log   ${describeTarget(target)}`,
            `Schema     v${schema.current}${schema.pending.length ? ` (this replybook knows v${schema.latest}: run replybook db migrate)` : " (up to date)"}`,
            ...schema.pending.map((m) => `  pending  v${m.version}: ${m.description}`),
            `Holds      ${countsText(counts, inbox)}`,
          ];
          ctx.io.stdout.write(`${lines.join("\n")}\n`);
        }
      } finally {
        await store.close();
      }
      ctx.exitCode = 0;
    });

  db.command("migrate")
    .description("apply the schema migrations this replybook knows (once, even if several start at once)")
    .action(async () => {
      const target = caseLogTarget(await ctx.config(), ctx.io.env);
      const store = await openTarget(target, { migrate: false });
      try {
        const before = await store.schemaStatus();
        const after = await store.migrate();
        ctx.io.stdout.write(before.current === after.current ? `Already at schema v${after.current}: nothing to do.\n` : `Migrated from schema v${before.current} to v${after.current}.\n`);
      } finally {
        await store.close();
      }
      ctx.exitCode = 0;
    });

  db.command("copy")
    .description("copy the whole case log into another, empty store, and check the counts")
    .requiredOption("--to <url or file>", "a postgres:// URL, or a SQLite log: a data folder (cases.db in it) or a *.db file")
    .action(async (options: { to: string }) => {
      const from = caseLogTarget(await ctx.config(), ctx.io.env);
      const to = targetOf(options.to, ctx.io.cwd);
      if (sameTarget(from, to)) throw new InputError("--to names the case log in use: copy it somewhere else", { keyPath: "--to" });
      const source = await openTarget(from);
      try {
        const target = await openTarget(to);
        try {
          const [already, alreadyInbox] = await Promise.all([target.counts(), target.inboxCounts()]);
          if (already.cases || already.commitments || already.events || alreadyInbox.complaints)
            throw new InputError(`already holds ${countsText(already, alreadyInbox)}: copy only into an empty case log`, { file: target.location });
          const copied = await copyAll(source, target);
          const complaints = await copyInbox(source, target);
          const [want, got, wantInbox, gotInbox] = await Promise.all([source.counts(), target.counts(), source.inboxCounts(), target.inboxCounts()]);
          if (!sameCounts(want, got) || !sameInbox(wantInbox, gotInbox))
            throw new InputError(
              `counts differ after the copy: the source holds ${countsText(want, wantInbox)}, the copy ${countsText(got, gotInbox)} (was someone recording meanwhile? empty the copy and run it again)`,
              { file: target.location },
            );
          const what = complaints ? `${copied} cases and ${complaints} inbox complaints` : `${copied} cases`;
          ctx.io.stdout.write(`Copied ${what} to ${describeTarget(to)}: ${countsText(got, gotInbox)}, the same as the source.\n`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
      ctx.exitCode = 0;
    });
}

async function copyAll(source: CaseStore, target: CaseStore): Promise<number> {
  let copied = 0;
  for (let after = 0; ; ) {
    const page = await source.casesAfter(after, PAGE);
    if (!page.length) return copied;
    await target.importCases(page);
    copied += page.length;
    after = page[page.length - 1]!.id;
  }
}

/** The team's inbox after the cases: every complaint with its claim, lease, acknowledgement and answer. */
async function copyInbox(source: CaseStore, target: CaseStore): Promise<number> {
  let copied = 0;
  for (let after = 0; ; ) {
    const page = await source.inboxAfter(after, PAGE);
    if (!page.length) return copied;
    await target.importInbox(page);
    copied += page.length;
    after = Number(page[page.length - 1]!.id);
  }
}

/**
 * `--to`: a server URL, or a SQLite log: a file named *.db (or .sqlite, .sqlite3), else a data
 * folder, existing or not, that gets the usual cases.db (so REPLYBOOK_DATA_DIR can point at it).
 */
function targetOf(text: string, cwd: string): CaseLogTarget {
  if (/^postgres(ql)?:\/\//i.test(text)) return { kind: "postgres", url: checkUrl(text, "--to"), origin: "--to" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) throw new InputError(`"${redactUrl(text)}" is neither a postgres:// URL nor a file path`, { keyPath: "--to" });
  const path = resolve(cwd, text);
  const isFile = existsSync(path) ? !statSync(path).isDirectory() : /\.(db|sqlite3?)$/i.test(path);
  return { kind: "sqlite", file: isFile ? path : join(path, "cases.db") };
}

function sameTarget(a: CaseLogTarget, b: CaseLogTarget): boolean {
  if (a.kind === "sqlite" && b.kind === "sqlite") return resolve(a.file) === resolve(b.file);
  if (a.kind === "postgres" && b.kind === "postgres") return a.url === b.url;
  return false;
}

function sameCounts(a: LogCounts, b: LogCounts): boolean {
  return a.cases === b.cases && a.commitments === b.commitments && a.events === b.events;
}

function sameInbox(a: InboxCounts, b: InboxCounts): boolean {
  return a.complaints === b.complaints && a.claimed === b.claimed && a.answered === b.answered;
}

/** The inbox is named only when it holds something: a one-person log has none. */
function countsText(c: LogCounts, inbox?: InboxCounts): string {
  const cases = `${c.cases} cases, ${c.commitments} commitments, ${c.events} history events`;
  return inbox?.complaints ? `${cases}, ${inbox.complaints} inbox complaints (${inbox.claimed} claimed, ${inbox.answered} answered)` : cases;
}
