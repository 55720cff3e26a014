// Case log at scale: `report`, `followups --due all` and `cases` on 1,000,000 cases, through
// the real CLI, on SQLite and on PostgreSQL. Target: <= 2 s each (wall time of the whole
// command, median of 3 runs, the first run discarded to warm the OS cache).
//
//   npm run bench:cases                         SQLite, and PostgreSQL when a server is given
//   REPLYBOOK_BENCH_DATABASE_URL=postgres://... a server where this user may create a database
//   (REPLYBOOK_TEST_DATABASE_URL is used when that is unset.) CASES=200000 for a smaller log.
//
// The log is generated in the database itself (a recursive CTE on SQLite in one transaction,
// generate_series on PostgreSQL), with the same formulas on both: two years of cases about a
// minute apart, 17 playbooks (parcels most often) in two languages, 40 agents, 303,000 customers (3,000 regulars
// with about 100 cases each), six platforms, names without handles and handles without names,
// unknown post times, up to three commitments a case. Cases older than two weeks are closed
// with their promises kept (a third late) or dropped, except one in 40 left open and forgotten,
// so `followups --due all` has tens of thousands of overdue promises; newer cases are open.
// A note on one case in 20, one case in 50 answered from the inbox, 500 complaints waiting.
// The logs are kept between runs (REPLYBOOK_BENCH_CASES_DIR, default bench/.cases/; database
// replybook_bench) and made again only when the size or FIXTURE_VERSION differs.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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
// Where the SQLite log is kept between runs; the fixture's mark says which generator made it
// (bump FIXTURE_VERSION when the formulas change, and the logs are made again).
const CASES_DIR = process.env.REPLYBOOK_BENCH_CASES_DIR ? resolve(process.env.REPLYBOOK_BENCH_CASES_DIR) : join(root, "bench", ".cases");
const FIXTURE_VERSION = 4;
const FIXTURE = `replybook bench fixture v${FIXTURE_VERSION}, ${N} cases`;

// `npm run bench` has just built; `npm run bench:cases` builds here.
if (!process.env.REPLYBOOK_BENCH_BUILT) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
const { openSqliteCaseStore } = await import(join(root, "dist", "store", "sqlite.js"));

/** A pseudo-random number 0..mod-1 for case i, the same in both databases (64-bit integer arithmetic). */
const h = (salt, mod) => `((i * ${2654435761 + salt * 104729}) % 1000003 % ${mod})`;
// Whether case i is closed: older than two weeks, except one in 40 left open and forgotten
// (their promises are the overdue follow-ups a team really accumulates).
const CLOSED = `(t < ${OPEN_SINCE} AND ${h(10, 40)} <> 0)`;
// 30% of the cases come from 3,000 regulars (about 100 cases each), the rest from 300,000 others.
const CUSTOMER = `(CASE WHEN ${h(1, 10)} < 3 THEN ${h(2, 3000)} ELSE 3000 + ${h(3, 300000)} END)`;
const NAME_ONLY = `${h(20, 7)} = 0`;
const HAS_NAME = `(${NAME_ONLY} OR ${h(21, 3)} = 0)`;
// Parcels come up most; "general" has no respond-within target.
const PLAYBOOKS = [
  ["parcel-damaged", 60], ["parcel-damaged", 60], ["parcel-damaged", 60], ["late-delivery", 120], ["late-delivery", 120], ["late-delivery", 120],
  ["parcel-lost", 120], ["parcel-lost", 120], ["refund-request", 240], ["refund-request", 240], ["wrong-item", 120], ["product-defect", 240],
  ["payment-problem", 60], ["account-access", 60], ["service-outage", 30], ["site-malfunction", 60], ["travel-disruption", 30], ["general", null],
];
const PLAYBOOK = h(4, PLAYBOOKS.length);
const PLATFORMS = ["twitter", "facebook", "instagram", "email", "twitter", "trustpilot"];
const pick = (list, expr) => `CASE ${expr} ${list.map((v, k) => `WHEN ${k} THEN ${v === null ? "NULL" : typeof v === "number" ? v : `'${v}'`}`).join(" ")} END`;
// Minutes from the post to the reply: four in five within two hours, the rest within a day.
const MINUTES = `(CASE WHEN ${h(7, 10)} < 8 THEN ${h(8, 120)} ELSE ${h(9, 1440)} END)`;
const AGENT = `'Agent ' || ${h(6, 40)}`;

/** The generated columns, in SQL both databases read alike; `i` is 1..N, `t` the answer time in epoch seconds. */
const columns = (ts) => ({
  // One case in seven knows only the customer's name; about a third both name and handle.
  customer_name: `CASE WHEN ${HAS_NAME} THEN 'Customer ' || ${CUSTOMER} END`,
  customer_handle: `CASE WHEN NOT ${NAME_ONLY} THEN '@c' || ${CUSTOMER} END`,
  platform: pick(PLATFORMS, h(22, PLATFORMS.length)),
  complaint: `'Order ' || i || ': the parcel arrived late and damaged, and nobody answers.'`,
  playbook: pick(PLAYBOOKS.map(([id]) => id), PLAYBOOK),
  locale: `CASE WHEN ${h(5, 12)} < 8 THEN 'en' ELSE 'it' END`,
  reply: `'Hi, I am sorry about your order. I will call you back within 24 hours. ^AB'`,
  agent: AGENT,
  // One post time in ten is unknown (no response time measured).
  posted_at: `CASE WHEN i % 10 <> 9 THEN ${ts(`t - 60 * ${MINUTES}`)} END`,
  answered_at: ts("t"),
  respond_within_minutes: pick(PLAYBOOKS.map(([, m]) => m), PLAYBOOK),
  status: `CASE WHEN ${CLOSED} THEN 'closed' ELSE 'open' END`,
  closed_at: `CASE WHEN ${CLOSED} THEN ${ts("t + 3 * 86400")} END`,
  recorded_at: ts("t"),
  name_key: `CASE WHEN ${HAS_NAME} THEN 'customer ' || ${CUSTOMER} ELSE '' END`,
  handle_key: `CASE WHEN NOT ${NAME_ONLY} THEN 'c' || ${CUSTOMER} ELSE '' END`,
  customer_key: `CASE WHEN NOT ${NAME_ONLY} THEN '@c' || ${CUSTOMER} ELSE 'customer ' || ${CUSTOMER} END`,
  agent_key: `'agent ' || ${h(6, 40)}`,
  response_ms: `CASE WHEN i % 10 <> 9 THEN 60000 * ${MINUTES} END`,
  csat: `CASE WHEN ${CLOSED} AND ${h(11, 4)} = 0 THEN 1 + ${h(12, 5)} END`,
  reaction: pick(["thanked", "angry", "silent", "escalated", null, null, null, null], h(13, 8)),
});

/**
 * Up to three commitments a case: a callback (three cases in four), a courier collection (one
 * in two), a replacement (one in five). On closed cases they were kept (a third late), except
 * on one case in 17, closed with its promises dropped; on open cases a third of the callbacks are done.
 */
function commitmentSelect(ts, source) {
  return [
    ["callback", "Call the customer back with the outcome", "24h", 1, `${h(14, 4)} <> 3`],
    ["courier-collection", "Send a courier to collect the parcel", "2d", 2, `${h(15, 2)} = 0`],
    ["replacement", "Ship a replacement", "5 giorni lavorativi", 5, `${h(16, 5)} = 0`],
  ]
    .map(([id, label, within, days, when], k) => {
      const due = `t + ${days * 86400}`;
      const kept = `(${CLOSED} AND ${h(17, 17)} <> 0) OR (NOT ${CLOSED} AND ${k} = 0 AND ${h(18, 3)} = 1)`;
      const doneAt = `CASE WHEN ${kept} THEN ${ts(`${due} + CASE WHEN ${h(19, 3)} = 0 THEN 6 * 3600 ELSE -4 * 3600 END`)} END`;
      const doneBy = `CASE WHEN ${kept} THEN ${AGENT} END`;
      return `SELECT i, '${id}', '${label}', '${within}', ${ts(due)}, ${doneAt}, ${doneBy}, ${k} FROM ${source} WHERE ${when}`;
    })
    .join(" UNION ALL ");
}

/** A note on one case in 20; and one case in 50 came through the inbox (answered), with 500 complaints still waiting. */
const noteSelect = (ts, source) => `SELECT i, ${ts("t + 3600")}, 'note', 'Called the customer: the courier comes tomorrow.', ${AGENT} FROM ${source} WHERE i % 20 = 0`;
const INBOX_COLUMNS = "id, source_key, external_id, source, text, customer_name, customer_handle, name_key, handle_key, platform, posted_at, imported_at, playbook, locale, respond_within_minutes, due_ms, rank_ms, status, answered_at, case_id";
const WAITING = 500;
function inboxSelect(ts, source) {
  const common = (status, answered, caseId) =>
    `i, 'bench:' || i, 'x' || i, 'bench.csv', 'Order ' || i || ': still waiting for my refund.', ${columns(ts).customer_name}, ${columns(ts).customer_handle}, ${columns(ts).name_key}, ${columns(ts).handle_key}, ${pick(PLATFORMS, "i % 6")}, ${ts("t - 600")}, ${ts("t - 300")}, ${columns(ts).playbook}, 'en', 120, (t + 6600) * 1000, (t + 6600) * 1000, '${status}', ${answered}, ${caseId}`;
  return `SELECT ${common("answered", ts("t"), "i")} FROM ${source} WHERE i % 50 = 0 AND i <= ${N}
    UNION ALL SELECT ${common("waiting", "NULL", "NULL")} FROM ${source} WHERE i > ${N}`;
}

function sqliteLog() {
  const dir = join(CASES_DIR, "sqlite");
  const file = join(dir, "cases.db");
  const mark = join(dir, "fixture.txt");
  if (existsSync(file) && existsSync(mark) && readFileSync(mark, "utf8") === FIXTURE) return dir;
  rmSync(dir, { recursive: true, force: true });
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
    db.exec(`INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, done_by, position) ${numbers} ${commitmentSelect(ts, "g")}`);
    db.exec(`INSERT INTO notes (case_id, at, kind, text, author) ${numbers} ${noteSelect(ts, "g")}`);
    db.exec(`INSERT INTO inbox (${INBOX_COLUMNS}) ${numbers.replace(`i < ${N}`, `i < ${N + WAITING}`)} ${inboxSelect(ts, "g")}`);
    db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'cases'").run(N + WAITING);
  })();
  db.exec("ANALYZE");
  db.close();
  writeFileSync(mark, FIXTURE);
  console.log(`sqlite: generated ${N} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

async function postgresLog(adminUrl) {
  const pg = (await import("pg")).default;
  const url = new URL(adminUrl);
  url.pathname = "/replybook_bench";
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const found = await admin.query("SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = 'replybook_bench'");
  if (found.rowCount > 0) {
    if (found.rows[0].mark === FIXTURE) {
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
  await c.query(`INSERT INTO commitments (case_id, commitment_id, label, within, due_at, done_at, done_by, position) ${numbers} ${commitmentSelect(ts, "g")}`);
  await c.query(`INSERT INTO notes (case_id, at, kind, text, author) ${numbers} ${noteSelect(ts, "g")}`);
  await c.query(`INSERT INTO inbox (${INBOX_COLUMNS}) ${numbers.replace(`(1, ${N})`, `(1, ${N + WAITING})`)} ${inboxSelect(ts, "g")}`);
  await c.query(`SELECT setval(pg_get_serial_sequence('cases', 'id'), ${N + WAITING})`);
  await c.query("VACUUM ANALYZE");
  await c.query(`COMMENT ON DATABASE replybook_bench IS '${FIXTURE}'`);
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
