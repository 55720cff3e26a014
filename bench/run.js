#!/usr/bin/env node
// `npm run bench` (after the build): the figures the README quotes for `replybook lint`.
//
//  1. Batch throughput and peak memory: the real `replybook lint --jsonl` path, one process.
//     First on the diverse corpus (bench/generate-diverse.js: 500,000 distinct replies over a
//     vocabulary of tens of thousands of words, English and Italian), by default and with
//     --workers 1; then, as a second line only, on the repeated corpus (bench/generate.js: a few
//     hundred replies over and over, every word already in the matcher's caches). Both cached
//     in .bench/. Targets: >= 100,000 replies/s by default, >= 60,000 with --workers 1, two
//     threads never slower than one, peak RSS <= 200 MB.
//     --corpus FILE adds the same two runs on a JSONL corpus of one's own (real replies, say;
//     keep it out of the repository when its licence says so).
//  2. Start-up: `replybook lint` on one reply against `node -e 0` (hyperfine when installed,
//     else repeated timing here). Target: <= 1.5x.
//  3. The case log at 1,000,000 cases: `report`, `followups --due all` and `cases` on SQLite
//     and on PostgreSQL (bench/cases.js, also `npm run bench:cases`). Target: <= 2 s each.
//     PostgreSQL runs when REPLYBOOK_BENCH_DATABASE_URL (or REPLYBOOK_TEST_DATABASE_URL) names
//     a server where this user may create a database.
//
//  4. Routing (bench/route.js): `route --jsonl` throughput (target >= 10,000 complaints/s) and
//     the CPU time of one `replybook route` from cold, with the router compiled at build time
//     and without. --skip-route leaves it out.
//
//   node bench/run.js [--count 500000] [--repeated-count 500000] [--corpus FILE] [--runs 30]
//                     [--skip-batch] [--skip-repeated] [--skip-one-thread] [--skip-startup] [--skip-cases] [--skip-route]
//
// The machine's other load shows in wall times; "replies per cpu-second" does not depend on it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, ".bench");
const BIN = join(ROOT, "bin", "replybook.js");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const text = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const value = (name, fallback) => (text(name) ? Number(text(name)) : fallback);
const count = value("--count", 500_000);
const repeatedCount = value("--repeated-count", 500_000);
const ownCorpus = text("--corpus") ? resolve(text("--corpus")) : undefined;
const runs = value("--runs", 30);
if (ownCorpus && !existsSync(ownCorpus)) {
  console.error(`no such corpus: ${ownCorpus}`);
  process.exit(2);
}

mkdirSync(BENCH, { recursive: true });
const home = join(BENCH, "home");
rmSync(home, { recursive: true, force: true });
mkdirSync(home, { recursive: true });
// A clean home and cache, no config from the machine, no colours.
const env = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: join(home, ".config"),
  XDG_CACHE_HOME: join(home, ".cache"),
  XDG_DATA_HOME: join(home, ".local", "share"),
  REPLYBOOK_CONFIG_STOP_DIR: BENCH,
  NO_COLOR: "1",
};
delete env.FORCE_COLOR;

const hasTime = existsSync("/usr/bin/time");
const results = {};

/** The corpus made by a generator script, made once and kept in .bench/. */
const generated = (script, name, n) => {
  // Named by the generator's own content too: a changed generator makes a new corpus.
  const version = createHash("sha256").update(readFileSync(join(ROOT, "bench", script))).digest("hex").slice(0, 8);
  const file = join(BENCH, `${name}-${n}-${version}.jsonl`);
  if (!existsSync(file)) {
    console.log(`generating ${n.toLocaleString("en")} ${name} replies...`);
    const gen = spawnSync(process.execPath, [join(ROOT, "bench", script), String(n), file], { stdio: "inherit" });
    if (gen.status !== 0) process.exit(1);
  }
  return file;
};
const countLines = (file) => {
  const bytes = readFileSync(file);
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n + (bytes.length && bytes[bytes.length - 1] !== 10 ? 1 : 0);
};

/** One `replybook lint --jsonl` process over a corpus: wall, cpu and peak memory. */
const batch = (label, corpus, replies, extra) => {
  const size = statSync(corpus).size;
  const argv = [BIN, "lint", "--jsonl", corpus, ...extra];
  const command = hasTime ? ["/usr/bin/time", ["-f", "%e %M %U %S", process.execPath, ...argv]] : [process.execPath, argv];
  const started = process.hrtime.bigint();
  const run = spawnSync(command[0], command[1], { env, cwd: BENCH, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = run.stderr.toString();
  const summary = stderr.split("\n").find((l) => l.includes(" read, ")) ?? "";
  const [, rss, user, sys] = hasTime ? stderr.trim().split("\n").at(-1).split(" ").map(Number) : [];
  const rssMb = hasTime ? rss / 1024 : NaN;
  const cpu = hasTime ? user + sys : NaN;
  const threads = extra.includes("--workers") ? `--workers ${extra[extra.indexOf("--workers") + 1]}` : "default threads";
  console.log(`\n${label}, ${threads}: replybook lint --jsonl ${corpus}${extra.length ? ` ${extra.join(" ")}` : ""} > /dev/null  (${replies.toLocaleString("en")} replies, ${(size / 1e6).toFixed(0)} MB)`);
  console.log(`  ${summary.replace(/^replybook: /, "")}`);
  console.log(`  wall ${seconds.toFixed(2)} s (process start to exit)  ->  ${Math.round(replies / seconds).toLocaleString("en")} replies/s`);
  if (hasTime) console.log(`  cpu ${cpu.toFixed(2)} s (user + sys)  ->  ${Math.round(replies / cpu).toLocaleString("en")} replies per cpu-second`);
  console.log(`  peak RSS ${Number.isNaN(rssMb) ? "n/a (no /usr/bin/time)" : `${rssMb.toFixed(0)} MB`} (target <= 200 MB)`);
  return { replies, seconds: +seconds.toFixed(2), repliesPerSecond: Math.round(replies / seconds), cpuSeconds: +cpu.toFixed(2), peakRssMb: Math.round(rssMb), exit: run.status };
};

if (!flag("--skip-batch")) {
  const diverse = generated("generate-diverse.js", "diverse", count);
  const repeated = flag("--skip-repeated") ? undefined : generated("generate.js", "repeated", repeatedCount);
  // Warm the catalog cache, as any second run would find it.
  spawnSync(process.execPath, [BIN, "lint", "-"], { input: "Hi", env, cwd: BENCH });
  const pair = (label, corpus, replies) => {
    const both = { default: batch(label, corpus, replies, []) };
    if (!flag("--skip-one-thread")) both.oneThread = batch(label, corpus, replies, ["--workers", "1"]);
    return both;
  };
  results.diverse = pair("diverse corpus", diverse, count);
  if (repeated) results.repeated = { default: batch("repeated corpus", repeated, repeatedCount, []) };
  if (ownCorpus) results.corpus = { file: ownCorpus, ...pair("your corpus", ownCorpus, countLines(ownCorpus)) };

  const line = (name, r) => `  ${name.padEnd(28)} ${String(r.repliesPerSecond.toLocaleString("en")).padStart(9)} replies/s  ${r.seconds.toFixed(2).padStart(6)} s  cpu ${r.cpuSeconds.toFixed(2).padStart(6)} s  peak RSS ${String(r.peakRssMb).padStart(4)} MB`;
  console.log("\nsummary (targets: >= 100,000 replies/s by default, >= 60,000 with --workers 1, peak RSS <= 200 MB)");
  console.log(line("diverse, default threads", results.diverse.default));
  if (results.diverse.oneThread) console.log(line("diverse, --workers 1", results.diverse.oneThread));
  if (results.corpus) {
    console.log(line("your corpus, default threads", results.corpus.default));
    if (results.corpus.oneThread) console.log(line("your corpus, --workers 1", results.corpus.oneThread));
  }
  if (results.repeated) console.log(line("repeated, default threads", results.repeated.default));
}

if (!flag("--skip-startup")) {
  const reply = join(BENCH, "one-reply.txt");
  writeFileSync(reply, "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number.\n— Dario\n");
  const lint = [BIN, "lint", reply, "--playbook", "parcel-damaged", "--customer", "Laura Bianchi"];
  spawnSync(process.execPath, lint, { env, cwd: BENCH }); // warm cache
  console.log(`\nstart-up: replybook lint one-reply.txt --playbook parcel-damaged --customer "Laura Bianchi"  vs  node -e 0`);
  const hyperfine = spawnSync("hyperfine", ["--version"], { encoding: "utf8" });
  let base;
  let lintMs;
  if (hyperfine.status === 0) {
    const json = join(BENCH, "hyperfine.json");
    const quote = (a) => (/[\s"]/.test(a) ? `'${a}'` : a);
    const h = spawnSync(
      "hyperfine",
      ["-N", "-i", "--warmup", "5", "--runs", String(runs), "--export-json", json, `${process.execPath} -e 0`, [process.execPath, ...lint].map(quote).join(" ")],
      { env, cwd: BENCH, encoding: "utf8" },
    );
    if (h.status !== 0) {
      console.log(h.stderr);
      process.exit(1);
    }
    const data = JSON.parse(readFileSync(json, "utf8")).results;
    base = data[0].median * 1000;
    lintMs = data[1].median * 1000;
    console.log(`  (hyperfine ${hyperfine.stdout.trim().split(" ")[1]}, ${runs} runs each, medians)`);
  } else {
    const time = (argv) => {
      const times = [];
      for (let i = 0; i < runs + 3; i++) {
        const t = process.hrtime.bigint();
        spawnSync(process.execPath, argv, { env, cwd: BENCH });
        if (i >= 3) times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    };
    base = time(["-e", "0"]);
    lintMs = time(lint);
    console.log(`  (no hyperfine; ${runs} runs each, medians)`);
  }
  const ratio = lintMs / base;
  results.startup = { nodeMs: +base.toFixed(1), lintMs: +lintMs.toFixed(1), ratio: +ratio.toFixed(2) };
  console.log(`  node -e 0 ${base.toFixed(1)} ms, replybook lint ${lintMs.toFixed(1)} ms  ->  ratio ${ratio.toFixed(2)} (target <= 1.5)`);
}

if (!flag("--skip-cases")) {
  console.log("");
  const cases = spawnSync(process.execPath, [join(ROOT, "bench", "cases.js")], { stdio: "inherit", env: { ...process.env, REPLYBOOK_BENCH_BUILT: "1", REPLYBOOK_BENCH_RESULTS: join(BENCH, "cases.json") } });
  results.caseLog = existsSync(join(BENCH, "cases.json")) ? JSON.parse(readFileSync(join(BENCH, "cases.json"), "utf8")) : { exit: cases.status };
}

if (!flag("--skip-route")) {
  console.log("");
  spawnSync(process.execPath, [join(ROOT, "bench", "route.js"), "--count", "100000"], { stdio: "inherit" });
}

writeFileSync(join(BENCH, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${resolve(BENCH, "results.json")}`);
