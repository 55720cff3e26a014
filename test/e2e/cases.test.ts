// The case-log commands through the real binary: followups, cases (list, export, purge),
// case (show, update) and report. Data is seeded by calling recordDraftOutcome, as draft does;
// every run gets its own home, data folder and config stop dir, no colours, and TZ=UTC.
// Each command runs on both stores: the SQLite file, and a new PostgreSQL database when
// REPLYBOOK_TEST_DATABASE_URL names a server (test/helpers/pg.ts).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { recordDraftOutcome } from "../../src/draft/record.js";
import { openCaseStore } from "../../src/store/open.js";
import { describeEachStore, freshDatabaseUrl, type StoreKind } from "../helpers/pg.js";
import { SHARED_CACHE } from "../helpers/cli.js";
import { outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN, tempDir, testConfig } from "../store/helpers.js";

const BIN = fileURLToPath(new URL("../../bin/replybook.js", import.meta.url));
const NOW = "2025-03-10T12:00:00.000Z";

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../../dist/cli/run.js", import.meta.url)))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});

interface Sandbox {
  root: string;
  dataDir: string;
  /** What points replybook at this sandbox's case log. */
  storeEnv: Record<string, string>;
  run(args: string[], extraEnv?: Record<string, string | undefined>): ReturnType<typeof execa>;
}

async function sandbox(opts: { dataDirEnv?: boolean; kind?: StoreKind } = {}): Promise<Sandbox> {
  const root = tempDir("replybook-e2e-");
  const home = join(root, "home");
  mkdirSync(home);
  const dataDir = join(root, "data");
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local", "share"),
    XDG_CACHE_HOME: SHARED_CACHE,
    NO_COLOR: "1",
    REPLYBOOK_CONFIG_STOP_DIR: tmpdir(),
    TZ: "UTC",
    USER: "tester",
    ...(opts.dataDirEnv === false ? {} : { REPLYBOOK_DATA_DIR: dataDir }),
  };
  const storeEnv: Record<string, string> = { REPLYBOOK_DATA_DIR: dataDir };
  if (opts.kind === "postgres") env.REPLYBOOK_DATABASE_URL = storeEnv.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
  return {
    root,
    dataDir,
    storeEnv,
    run: (args, extraEnv = {}) => execa(process.execPath, [BIN, ...args], { cwd: root, env: { ...env, ...extraEnv }, extendEnv: false, reject: false }),
  };
}

/**
 * Four cases, as of NOW (10 March 12:00 UTC):
 *   #1 en Laura/@laurab, Dario, answered  9 March 09:30: callback due 10 Mar 09:30 (overdue), courier 11 Mar 09:30
 *   #2 it Marco/@marcor, Giulia, answered 9 March 20:00: richiamata ("24 ore") due 10 Mar 20:00 (today), ritiro 11 Mar 20:00
 *   #3 en Old Customer, Anna, answered 1 October 2024, closed: for retention
 *   #4 en @laurab again, Anna, answered 5 March 09:00: callback due 6 Mar, courier due 7 Mar (both overdue)
 */
async function seed(box: Sandbox): Promise<void> {
  const config = testConfig();
  const env = box.storeEnv;
  await recordDraftOutcome(outcomeEn("2025-03-09T09:30:00.000Z"), { config, env, playbook: PARCEL_DAMAGED_EN, evidence: "shots/laurab-1.png" });
  await recordDraftOutcome(outcomeIt("2025-03-09T20:00:00.000Z"), { config, env, playbook: PACCO_DANNEGGIATO_IT });
  const old = await recordDraftOutcome(outcomeEn("2024-10-01T09:00:00.000Z", { agent: "Anna", customer: { name: "Old Customer" } }), { config, env, playbook: PARCEL_DAMAGED_EN });
  await recordDraftOutcome(outcomeEn("2025-03-05T09:00:00.000Z", { agent: "Anna", customer: { handle: "@laurab" } }), { config, env, playbook: PARCEL_DAMAGED_EN });
  const store = await openCaseStore(config, env);
  await store.updateCase(old, { close: true, at: "2024-10-02T09:00:00.000Z" });
  await store.close();
}

function expectOneLineError(result: { exitCode?: number; stderr: unknown; stdout: unknown }, pattern: RegExp): void {
  expect(result.exitCode).toBe(2);
  const stderr = String(result.stderr);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^replybook: /);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describeEachStore("replybook followups", (kind) => {
  it("lists overdue and due-today commitments, oldest first, with customer and promise, in both locales", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const r = await box.run(["followups", "--now", NOW]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(r.stderr).toBe("");
    const lines = String(r.stdout).split("\n");
    expect(lines[0]).toBe("4 follow-ups: 3 overdue, 1 due today. Oldest first.");
    const rows = lines.filter((l) => /^(overdue|due)/.test(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^overdue 4d 3h\s+#4\s+@laurab on x\s+Call the customer back with the outcome \(24h\)\s+Anna\s+callback$/);
    expect(rows[1]).toMatch(/^overdue 3d 3h\s+#4 .*Send the courier to collect the parcel \(48h\)/);
    expect(rows[2]).toMatch(/^overdue 2h 30m\s+#1\s+Laura Bianchi \(@laurab\) on x\s+Call the customer back/);
    expect(rows[3]).toMatch(/^due 20:00\s+#2\s+Marco Rossi \(@marcor\) on facebook\s+Richiamare il cliente con l'esito \(24 ore\)\s+Giulia\s+richiamata$/);
    expect(r.stdout).toContain("Mark one done: replybook case update <id> --done <commitment>");
  });

  it("filters by window and agent, and prints JSON", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const overdue = await box.run(["followups", "--due", "overdue", "--agent", "anna", "--json", "--now", NOW]);
    expect(overdue.exitCode, String(overdue.stderr)).toBe(0);
    const items = JSON.parse(String(overdue.stdout)) as Array<{ caseId: number; state: string; overdueMinutes: number; commitment: { id: string; label: string; due: string } }>;
    expect(items.map((i) => [i.caseId, i.commitment.id, i.state])).toEqual([
      [4, "callback", "overdue"],
      [4, "courier-collection", "overdue"],
    ]);
    expect(items[0]!.overdueMinutes).toBe(4 * 1440 + 180);
    const giulia = await box.run(["followups", "--due", "overdue", "--agent", "Giulia", "--now", NOW]);
    expect(giulia.stdout).toBe("No commitments overdue.");
    const all = JSON.parse(String((await box.run(["followups", "--due", "all", "--json", "--now", NOW])).stdout)) as Array<{ state: string }>;
    expect(all.map((i) => i.state)).toEqual(["overdue", "overdue", "overdue", "due-today", "upcoming", "upcoming"]);
  });

  it("shows the oldest up to --limit and counts them all; --all shows every one", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const r = await box.run(["followups", "--due", "all", "--limit", "2", "--now", NOW]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const lines = String(r.stdout).split("\n");
    expect(lines[0]).toBe("6 follow-ups: 3 overdue, 1 due today, 2 later. Oldest first.");
    expect(lines.filter((l) => /^(overdue|due)/.test(l))).toHaveLength(2);
    expect(r.stdout).toContain("Showing the oldest 2 of 6 follow-ups (--limit <n> for more, --all for every one, --json for all).");
    const all = await box.run(["followups", "--due", "all", "--all", "--now", NOW]);
    expect(String(all.stdout).split("\n").filter((l) => /^(overdue|due)/.test(l))).toHaveLength(6);
    expect(all.stdout).not.toContain("Showing");
    const json = JSON.parse(String((await box.run(["followups", "--due", "all", "--json", "--limit", "1", "--now", NOW])).stdout)) as Array<{ caseId: number }>;
    expect(json.map((i) => i.caseId)).toEqual([4]);
    expectOneLineError(await box.run(["followups", "--limit", "0"]), /--limit: "0" is not a positive whole number/);
    expectOneLineError(await box.run(["followups", "--limit", "3", "--all"]), /--limit or --all, not both/);
  });

  it("says so when nothing is due, on a log that did not exist yet (created 0600)", async () => {
    const box = await sandbox({ kind });
    const r = await box.run(["followups"]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(r.stdout).toBe("No commitments due today or overdue.");
    if (kind === "sqlite") {
      expect(statSync(join(box.dataDir, "cases.db")).mode & 0o777).toBe(0o600);
      expect(statSync(box.dataDir).mode & 0o777).toBe(0o700);
    } else expect(existsSync(join(box.dataDir, "cases.db"))).toBe(false);
  });

  it("rejects a bad --due or --now in one line", async () => {
    const box = await sandbox({ kind });
    expectOneLineError(await box.run(["followups", "--due", "soon"]), /argument 'soon' is invalid. Allowed choices are today, overdue, all/);
    expectOneLineError(await box.run(["followups", "--now", "tomorrow"]), /--now: "tomorrow" is not an ISO time/);
  });
});

describeEachStore("replybook case", (kind) => {
  it("shows one case with its reply, commitments, evidence and history", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const r = await box.run(["case", "1", "--now", NOW]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const out = String(r.stdout);
    expect(out).toMatch(/^Case #1  open  parcel-damaged \(en\)\n/);
    expect(out).toContain("Customer   Laura Bianchi (@laurab) on x");
    expect(out).toContain("Answered   2025-03-09 09:30 (after 1h 30m; respond within 6h: on time)");
    expect(out).toContain("Evidence   shots/laurab-1.png");
    expect(out).toMatch(/\[ \] callback\s+Call the customer back with the outcome \(24h\)\s+due 2025-03-10 09:30\s+overdue 2h 30m/);
    expect(out).toMatch(/\[ \] courier-collection .*due in 21h 30m/);
    expect(out).toContain("Checklist  done: read-all, screenshot; skipped: check-order");
    const json = JSON.parse(String((await box.run(["case", "#2", "--json"])).stdout)) as { locale: string; commitments: Array<{ due: string }>; respondWithinMinutes: number };
    expect(json.locale).toBe("it");
    expect(json.commitments[0]!.due).toBe("2025-03-10T20:00:00.000Z");
    expect(json.respondWithinMinutes).toBe(360);
  });

  it("records progress, and followups reflects it", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const done = await box.run(["case", "update", "1", "--done", "callback", "--at", "2025-03-10T09:00:00Z", "--note", "Called Laura, courier booked", "--by", "Dario"]);
    expect(done.exitCode, String(done.stderr)).toBe(0);
    expect(done.stdout).toBe("Case #1: note added, marked done: callback. Now open; still to do: courier-collection.");
    const closed = await box.run(["case", "update", "2", "--close"]);
    expect(closed.stdout).toBe("Case #2: closed. Now closed.");
    const items = JSON.parse(String((await box.run(["followups", "--json", "--now", NOW])).stdout)) as Array<{ caseId: number }>;
    expect(items.map((i) => i.caseId)).toEqual([4, 4]);
    const shown = String((await box.run(["case", "1", "--now", NOW])).stdout);
    expect(shown).toMatch(/\[x\] callback .* done 2025-03-10 09:00/);
    expect(shown).toContain("2025-03-10 09:00  Dario: note: Called Laura, courier booked");
    expect(shown).toContain("2025-03-10 09:00  Dario: done: Call the customer back with the outcome (callback)");
    const again = await box.run(["case", "update", "1", "--done", "callback"]);
    expect(again.exitCode, String(again.stderr)).toBe(0);
    expect(again.stderr).toMatch(/^replybook: commitment "callback" of case 1 was already marked done at 2025-03-10T09:00:00.000Z$/);
    const json = JSON.parse(String((await box.run(["case", "update", "2", "--reopen", "--json"])).stdout)) as { status: string; history: Array<{ kind: string; author?: string }> };
    expect(json.status).toBe("open");
    expect(json.history.map((h) => h.kind)).toEqual(["close", "reopen"]);
    expect(json.history[0]!.author).toBe("tester");
  });

  it("explains bad input in one line with exit 2", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    expectOneLineError(await box.run(["case", "999"]), /no case 999 in the case log/);
    expectOneLineError(await box.run(["case", "abc"]), /"abc" is not a case number/);
    expectOneLineError(await box.run(["case"]), /missing required argument 'id'/);
    expectOneLineError(await box.run(["case", "update", "1"]), /case update needs --note <text>, --done <commitment>, --close, --reopen, --csat <1-5> or --reaction <how>/);
    expectOneLineError(await box.run(["case", "update", "1", "--done", "calback"]), /case 1 has no commitment "calback" \(it has: callback, courier-collection\)/);
    expectOneLineError(await box.run(["case", "update", "77", "--note", "x"]), /no case 77/);
    expectOneLineError(await box.run(["case", "update", "1", "--note", "x", "--at", "whenever"]), /--at: "whenever" is not a duration/);
  });
});

describeEachStore("replybook cases", (kind) => {
  it("lists newest first and searches by customer, playbook and time", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const list = await box.run(["cases"]);
    expect(list.exitCode, String(list.stderr)).toBe(0);
    const rows = String(list.stdout)
      .split("\n")
      .filter((l) => /^\s*#\d/.test(l));
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(["#2", "#1", "#4", "#3"]);
    expect(String(list.stdout)).toContain("4 cases, newest first.");
    const ids = async (...args: string[]) => (JSON.parse(String((await box.run(["cases", ...args, "--json"])).stdout)) as Array<{ id: number }>).map((c) => c.id);
    expect(await ids("--customer", "LauraB")).toEqual([1, 4]);
    expect(await ids("--customer", "rossi")).toEqual([2]);
    expect(await ids("--playbook", "pacco-danneggiato")).toEqual([2]);
    expect(await ids("--since", "7d", "--now", NOW)).toEqual([2, 1, 4]);
    // A date as --until includes that day.
    expect(await ids("--since", "2025-03-06", "--until", "2025-03-09")).toEqual([2, 1]);
    expect(await ids("--status", "closed")).toEqual([3]);
    expect(await ids("--agent", "anna", "--limit", "1")).toEqual([4]);
    expect((await box.run(["cases", "--customer", "nobody"])).stdout).toBe("No cases match.");
  });

  it("exports whole cases as JSON, for one customer (matched exactly) or all", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    await box.run(["case", "update", "2", "--note", "Chiamato"]);
    const r = await box.run(["cases", "export", "--customer", "marco rossi"]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const doc = JSON.parse(String(r.stdout)) as { customer: string; count: number; cases: Array<{ id: number; reply: string; history: Array<{ text: string }> }> };
    expect(doc.customer).toBe("marco rossi");
    expect(doc.count).toBe(1);
    expect(doc.cases[0]!.reply).toMatch(/^Ciao Marco/);
    expect(doc.cases[0]!.history[0]!.text).toBe("Chiamato");
    // Exact, so an access request never carries someone else's cases.
    const exportedIds = async (...args: string[]) => (JSON.parse(String((await box.run(["cases", "export", ...args])).stdout)) as { cases: Array<{ id: number }> }).cases.map((c) => c.id);
    expect(await exportedIds("--customer", "marco")).toEqual([]);
    expect(await exportedIds("--customer", "@MarcoR")).toEqual([2]);
    expect(await exportedIds("--customer", "laurab")).toEqual([4, 1]);
    const all = JSON.parse(String((await box.run(["cases", "export"])).stdout)) as { count: number; cases: Array<{ id: number }> };
    expect(all.cases.map((c) => c.id)).toEqual([3, 4, 1, 2]);
  });

  it("purges cases older than a duration and says how many went", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const dry = await box.run(["cases", "purge", "--older-than", "90d", "--dry-run", "--now", NOW]);
    expect(dry.stdout).toBe("Would remove 1 case answered before 2024-12-10 12:00 (2 commitments, 1 history entries). Run again without --dry-run to remove them.");
    const r = await box.run(["cases", "purge", "--older-than", "90d", "--now", NOW]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(r.stdout).toBe("Removed 1 case answered before 2024-12-10 12:00 (2 commitments, 1 history entries).");
    expect((await box.run(["cases", "purge", "--older-than", "90d", "--now", NOW])).stdout).toBe("Nothing to remove: no cases answered before 2024-12-10 12:00.");
    const erased = await box.run(["cases", "purge", "--customer", "@LAURAB"]);
    expect(erased.stdout).toBe("Removed 2 cases of @LAURAB (4 commitments, 0 history entries).");
    expect((JSON.parse(String((await box.run(["cases", "--json"])).stdout)) as Array<{ id: number }>).map((c) => c.id)).toEqual([2]);
  });

  it("explains bad input in one line with exit 2", async () => {
    const box = await sandbox({ kind });
    expectOneLineError(await box.run(["cases", "purge", "--older-than", "soon"]), /--older-than: "soon" is not a duration/);
    expectOneLineError(await box.run(["cases", "purge"]), /cases purge needs --older-than <duration> or --customer <handle-or-name>/);
    expectOneLineError(await box.run(["cases", "--since", "last week"]), /--since: "last week" is not a duration/);
    expectOneLineError(await box.run(["cases", "--limit", "0"]), /--limit: "0" is not a positive whole number/);
    expectOneLineError(await box.run(["cases", "--status", "pending"]), /Allowed choices are open, closed/);
  });
});

describeEachStore("replybook report", (kind) => {
  it("prints recurring problems, response times, commitments and workload as a table", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const r = await box.run(["report", "--since", "30d", "--now", NOW]);
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const out = String(r.stdout);
    expect(out).toMatch(/^Case report: since 2025-02-08 12:00 \(as of 2025-03-10 12:00\)\n3 cases \(3 open, 0 closed\), 2 customers, 1 returning\n/);
    expect(out).toMatch(/parcel-damaged\s+2\s+67%\s+2\s+en/);
    expect(out).toMatch(/pacco-danneggiato\s+1\s+33%\s+1\s+it/);
    // Giulia's answer came 8 hours after the post, against a 6-hour target.
    expect(out).toMatch(/pacco-danneggiato\s+6h\s+8h\s+8h\s+0\s+1\s+0/);
    expect(out).toContain("Workload per agent (P17)");
    expect(out).toMatch(/Anna\s+1\s+1/);
  });

  it("prints JSON and CSV", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const json = JSON.parse(String((await box.run(["report", "--format", "json", "--now", NOW])).stdout)) as { totals: { cases: number }; commitments: Record<string, number>; agents: Array<{ agent: string }> };
    expect(json.totals.cases).toBe(4);
    expect(json.commitments).toEqual({ total: 8, keptOnTime: 0, keptLate: 0, overdue: 3, pending: 3, dropped: 2 });
    expect(json.agents.map((a) => a.agent)).toEqual(["Anna", "Dario", "Giulia"]);
    const csv = String((await box.run(["report", "--format", "csv", "--until", "2025-03-09", "--now", NOW])).stdout).split("\n");
    expect(csv[0]).toBe("section,key,metric,value");
    expect(csv).toContain("totals,,cases,4");
    expect(csv).toContain("agent,Anna,cases,2");
    expect(csv).toContain("agent,Giulia,cases,1");
  });

  it("writes one self-contained HTML page with charts", async () => {
    const box = await sandbox({ kind });
    await seed(box);
    const r = await box.run(["report", "--html", "out/report.html", "--now", NOW], {});
    // The folder must exist: a missing one is an input error.
    expectOneLineError(r, /out\/report\.html cannot write the report \(ENOENT\)/);
    const ok = await box.run(["report", "--html", "report.html", "--now", NOW]);
    expect(ok.exitCode, String(ok.stderr)).toBe(0);
    expect(ok.stdout).toBe("");
    expect(ok.stderr).toBe("Report written to report.html");
    const html = readFileSync(join(box.root, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(4);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/|src=/i);
    const both = await box.run(["report", "--html", "report2.html", "--format", "json", "--now", NOW]);
    expect(JSON.parse(String(both.stdout)).totals.cases).toBe(4);
  });

  it("explains bad input in one line with exit 2", async () => {
    const box = await sandbox({ kind });
    expectOneLineError(await box.run(["report", "--since", "yesterdayish"]), /--since: "yesterdayish" is not a duration/);
    expectOneLineError(await box.run(["report", "--since", "2025-03-10", "--until", "2025-03-01"]), /--since must be before --until/);
    expectOneLineError(await box.run(["report", "--format", "xml"]), /Allowed choices are table, json, csv/);
  });
});

describe("where the log is and what goes wrong with it", () => {
  it("refuses a corrupt database file in one line, in every command", async () => {
    const box = await sandbox();
    mkdirSync(box.dataDir, { recursive: true });
    writeFileSync(join(box.dataDir, "cases.db"), "garbage, not a database ".repeat(100));
    for (const args of [["followups"], ["cases"], ["case", "1"], ["case", "update", "1", "--close"], ["cases", "export"], ["cases", "purge", "--older-than", "1d"], ["report"]]) {
      expectOneLineError(await box.run(args), /cases\.db is not a readable case log \(file is not a database\): move it aside or restore a backup$/);
    }
  });

  it("uses the config's data-dir when REPLYBOOK_DATA_DIR is not set, else $XDG_DATA_HOME/replybook", async () => {
    const box = await sandbox({ dataDirEnv: false });
    const xdg = await box.run(["cases"]);
    expect(xdg.exitCode, String(xdg.stderr)).toBe(0);
    expect(existsSync(join(box.root, "home", ".local", "share", "replybook", "cases.db"))).toBe(true);
    writeFileSync(join(box.root, ".replybookrc.yaml"), "data-dir: ./team-log\n");
    const configured = await box.run(["cases"]);
    expect(configured.exitCode, String(configured.stderr)).toBe(0);
    expect(statSync(join(box.root, "team-log", "cases.db")).mode & 0o777).toBe(0o600);
  });

  it("documents every command with examples", async () => {
    const box = await sandbox();
    for (const args of [["followups"], ["cases"], ["cases", "list"], ["cases", "export"], ["cases", "purge"], ["case"], ["case", "update"], ["report"]]) {
      const r = await box.run([...args, "--help"]);
      expect(r.exitCode, String(r.stderr)).toBe(0);
      expect(String(r.stdout)).toContain("Examples:");
    }
  });
});
