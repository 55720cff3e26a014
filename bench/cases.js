// Case log at scale: `report`, `followups --due all` and `cases` on 1,000,000 cases, through
// the real CLI, on SQLite and on PostgreSQL. Target: <= 2 s each (wall time of the whole
// command, median of 3 runs, the first run discarded to warm the OS cache).
//
//   npm run bench:cases                         SQLite, and PostgreSQL when a server is given
//   REPLYBOOK_BENCH_DATABASE_URL=postgres://... a server where this user may create a database
//   (REPLYBOOK_TEST_DATABASE_URL is used when that is unset.) CASES=200000 for a smaller log.
//
// The log is generated in the database itself (a recursive CTE on SQLite, generate_series
// on PostgreSQL), with the same formulas on both: two years of cases about a minute apart,
// 12 playbooks in two languages, 40 agents, 300,000 customers (so many return), two
// commitments each; cases older than two weeks are closed with their promises kept (a third
// late), newer ones open. The logs are kept between runs (bench/.cases/, database
// replybook_bench) and made again only when the size differs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(root, "bin", "replybook.js");
const N = Number(process.env.CASES ?? 1_000_000);
const STEP = Math.floor((2 * 365 * 86400) / N); // seconds between cases: two years in all
const END = Date.UTC(2026, 10, 30, 12) / 1000; // the last case; --now is just after it
const START = END - N * STEP;
const NOW = new Date((END + 3600) * 1000).toISOString();
const OPEN_SINCE = END - 14 * 86400;

// `npm run bench` has just built; `npm run bench:cases` builds here.
if (!process.env.REPLYBOOK_BENCH_BUILT) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
const { openSqliteCaseStore } = await import(join(root, "dist", "store", "sqlite.js"));

/** The generated columns, in SQL both databases read alike; `i` is 1..N, `t` the answer time in epoch seconds. */
const columns = (ts) => ({
  customer_handle: `'@c' || (i % 300000)`,
  playbook: `'playbook-' || (i % 12)`,
  locale: `CASE WHEN i % 12 < 8 THEN 'en' ELSE 'it' END`,
  reply: `'Hi, I am sorry about your order. I will call you back within 24 hours. ^AB'`,
  agent: `'Agent ' || ((i * 7) % 40)`,
  posted_at: ts(`t - 60 * ((i * 37) % 600)`),
  answered_at: ts("t"),
  respond_within_minutes: "360",
  status: `CASE WHEN t < ${OPEN_SINCE} THEN 'closed' ELSE 'open' END`,
  closed_at: `CASE WHEN t < ${OPEN_SINCE} THEN ${ts("t + 3 * 86400")} END`,
  recorded_at: ts("t"),
  handle_key: `'c' || (i % 300000)`,
  customer_key: `'@c' || (i % 300000)`,
  agent_key: `'agent ' || ((i * 7) % 40)`,
  response_ms: `60000 * ((i * 37) % 600)`,
});

function commitmentSelect(ts, source) {
  return ["callback", "courier-collection"]
    .map((id, k) => {
      const due = `t + ${(k + 1) * 86400}`;
      const done = `CASE WHEN t < ${OPEN_SINCE} THEN ${ts(`${due} + CASE WHEN i % 3 = 0 THEN 6 * 3600 ELSE -4 * 3600 END`)} END`;
      return `SELECT i, '${id}', '${id}', '${k + 1}d', ${ts(due)}, ${done}, ${k} FROM ${source}`;
    })
    .join(" UNION ALL ");
}

function sqliteLog() {
  const dir = join(root, "bench", ".cases", "sqlite");
  const file = join(dir, "cases.db");
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    const n = db.prepare("SELECT count(*) AS n FROM cases").get().n;
    db.close();
    if (n === N) return dir;
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  openSqliteCaseStore(file).close();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const ts = (x) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${x}, 'unixepoch')`;
  const cols = columns(ts);
  const numbers = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N}), g AS (SELECT i, ${START} + i * ${STEP} AS t FROM n)`;
  const started = Date.now();
  db.transaction(() => {
    db.exec(`INSERT INTO cases (id, ${Object.keys(cols).join(", ")}) ${numbers} SELECT i, ${Object.values(cols).join(", ")} FROM g`);
    db.exec(`INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, position) ${numbers} ${commitmentSelect(ts, "g")}`);
  })();
  db.exec("ANALYZE");
  db.close();
  console.log(`sqlite: generated ${N} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

async function postgresLog(adminUrl) {
  const pg = (await import("pg")).default;
  const url = new URL(adminUrl);
  url.pathname = "/replybook_bench";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'replybook_bench'")).rowCount > 0;
  if (exists) {
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    const n = await c.query("SELECT count(*)::int AS n FROM cases").then((r) => r.rows[0].n, () => -1);
    await c.end();
    if (n === N) {
      await admin.end();
      return url.toString();
    }
    await admin.query("DROP DATABASE replybook_bench WITH (FORCE)");
  }
  await admin.query("CREATE DATABASE replybook_bench");
  await admin.end();
  const { openPostgresCaseStore } = await import(join(root, "dist", "store", "postgres.js"));
  await (await openPostgresCaseStore(url.toString())).close();
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const ts = (x) => `to_timestamp(${x})`;
  const cols = columns(ts);
  const numbers = `WITH g AS (SELECT i, ${START}::bigint + i * ${STEP} AS t FROM generate_series(1, ${N}) AS i)`;
  const started = Date.now();
  await c.query(`INSERT INTO cases (id, ${Object.keys(cols).join(", ")}) ${numbers} SELECT i, ${Object.values(cols).join(", ")} FROM g`);
  await c.query(`INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, position) ${numbers} ${commitmentSelect(ts, "g")}`);
  await c.query(`SELECT setval(pg_get_serial_sequence('cases', 'id'), ${N})`);
  await c.query("VACUUM ANALYZE");
  await c.end();
  console.log(`postgres: generated ${N} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return url.toString();
}

function time(args, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { seconds, lines: String(r.stdout).split("\n").length };
}

function measure(name, env) {
  const rows = [];
  for (const args of [["report", "--now", NOW], ["followups", "--due", "all", "--now", NOW], ["cases", "--now", NOW]]) {
    time(args, env);
    const runs = [0, 1, 2].map(() => time(args, env));
    const median = runs.map((r) => r.seconds).sort((a, b) => a - b)[1];
    rows.push({ store: name, command: args.slice(0, args.indexOf("--now")).join(" "), seconds: Number(median.toFixed(2)), lines: runs[0].lines, ok: median <= 2 });
  }
  return rows;
}

const results = [];
const sqliteDir = sqliteLog();
results.push(...measure("sqlite", { REPLYBOOK_DATA_DIR: sqliteDir, REPLYBOOK_DATABASE_URL: "" }));
const pgUrl = process.env.REPLYBOOK_BENCH_DATABASE_URL || process.env.REPLYBOOK_TEST_DATABASE_URL;
if (pgUrl) results.push(...measure("postgres", { REPLYBOOK_DATABASE_URL: await postgresLog(pgUrl) }));
else console.log("postgres: skipped (set REPLYBOOK_BENCH_DATABASE_URL to a server where this user may create a database)");
console.log(`\n${N} cases, median of 3 runs of the whole command (target <= 2 s):`);
console.table(results);
if (process.env.REPLYBOOK_BENCH_RESULTS) writeFileSync(process.env.REPLYBOOK_BENCH_RESULTS, `${JSON.stringify({ cases: N, results }, null, 2)}\n`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
