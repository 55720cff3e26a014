#!/usr/bin/env node
// `npm run bench` (after the build): the figures the README quotes for `replybook lint`.
//
//  1. Batch throughput and peak memory: the real `replybook lint --jsonl` path, one process,
//     on a generated corpus of 1,000,000 mixed replies (bench/generate.js; cached in .bench/).
//     Target: >= 100,000 replies/s, peak RSS <= 200 MB. By default that process lints in two
//     worker threads on a machine with two cores or more; run again with --workers 1 (one
//     thread, for comparison).
//  2. Start-up: `replybook lint` on one reply against `node -e 0` (hyperfine when installed,
//     else repeated timing here). Target: <= 1.5x.
//
//   node bench/run.js [--count 1000000] [--runs 30] [--skip-batch] [--skip-one-thread] [--skip-startup]
//
// The machine's other load shows in wall times; "replies per cpu-second" does not depend on it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, ".bench");
const BIN = join(ROOT, "bin", "replybook.js");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const count = value("--count", 1_000_000);
const runs = value("--runs", 30);

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

if (!flag("--skip-batch")) {
  const corpus = join(BENCH, `corpus-${count}.jsonl`);
  if (!existsSync(corpus)) {
    console.log(`generating ${count.toLocaleString("en")} replies...`);
    const gen = spawnSync(process.execPath, [join(ROOT, "bench", "generate.js"), String(count), corpus], { stdio: "inherit" });
    if (gen.status !== 0) process.exit(1);
  }
  const size = statSync(corpus).size;
  // Warm the catalog cache, as any second run would find it.
  spawnSync(process.execPath, [BIN, "lint", "-"], { input: "Hi", env, cwd: BENCH });
  const batch = (extra) => {
    const args = [BIN, "lint", "--jsonl", corpus, ...extra];
    const command = hasTime ? ["/usr/bin/time", ["-f", "%e %M %U %S", process.execPath, ...args]] : [process.execPath, args];
    const started = process.hrtime.bigint();
    const run = spawnSync(command[0], command[1], { env, cwd: BENCH, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stderr = run.stderr.toString();
    const summary = stderr.split("\n").find((l) => l.includes(" read, ")) ?? "";
    const [, rss, user, sys] = hasTime ? stderr.trim().split("\n").at(-1).split(" ").map(Number) : [];
    const rssMb = hasTime ? rss / 1024 : NaN;
    const cpu = hasTime ? user + sys : NaN;
    console.log(`\nbatch: replybook lint --jsonl ${corpus}${extra.length ? ` ${extra.join(" ")}` : ""} > /dev/null  (${count.toLocaleString("en")} replies, ${(size / 1e6).toFixed(0)} MB)`);
    console.log(`  ${summary.replace(/^replybook: /, "")}`);
    console.log(`  wall ${seconds.toFixed(2)} s (process start to exit)  ->  ${Math.round(count / seconds).toLocaleString("en")} replies/s (target >= 100,000)`);
    if (hasTime) console.log(`  cpu ${cpu.toFixed(2)} s (user + sys)  ->  ${Math.round(count / cpu).toLocaleString("en")} replies per cpu-second`);
    console.log(`  peak RSS ${Number.isNaN(rssMb) ? "n/a (no /usr/bin/time)" : `${rssMb.toFixed(0)} MB`} (target <= 200 MB)`);
    return { replies: count, seconds: +seconds.toFixed(2), repliesPerSecond: Math.round(count / seconds), cpuSeconds: +cpu.toFixed(2), peakRssMb: Math.round(rssMb), exit: run.status };
  };
  results.batch = batch([]);
  if (!flag("--skip-one-thread")) results.batchOneThread = batch(["--workers", "1"]);
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

writeFileSync(join(BENCH, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${resolve(BENCH, "results.json")}`);
