#!/usr/bin/env node
// `node bench/route.js [--count 200000]` (after the build): throughput of `replybook route --jsonl`
// on generated complaints in English and Italian (our own wording, recombined), one process.
// Target: >= 10,000 complaints/s. Reports wall time and messages per CPU-second (the machine's
// other load shows in the first, not in the second).
// Then one `replybook route "<complaint>"` from cold, its CPU time (user + sys, /usr/bin/time)
// with the router compiled at build time (dist/compiled/) and without (REPLYBOOK_NO_COMPILED=1,
// every call expands and stems the patterns again), against `replybook --version`; medians of
// --runs (default 9). `--skip-batch` for the cold call alone.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, ".bench");
const args = process.argv.slice(2);
const i = args.indexOf("--count");
const count = i >= 0 ? Number(args[i + 1]) : 200_000;
const r2 = args.indexOf("--runs");
const runs = r2 >= 0 ? Number(args[r2 + 1]) : 9;
const openings = ["@shop", "hey @help", "@support", "", "@negozio", "ciao @assistenza"];
const bodies = [
  "my parcel arrived smashed and the box was soaked",
  "I was charged twice for one order and nobody explains why",
  "your app keeps crashing at the checkout, error code 500",
  "still waiting for my refund after 12 days",
  "no internet in my area since yesterday morning",
  "flight cancelled two hours before departure, no rebooking",
  "the courier was really rude and threw the box over the gate",
  "someone hacked my account and changed the password",
  "the gift card code never arrived by email",
  "thank you so much, brilliant service today",
  "il pacco è arrivato rotto e nessuno risponde",
  "mi avete addebitato due volte lo stesso ordine",
  "aspetto il rimborso da due settimane",
  "grazie mille, siete stati bravissimi",
];
const lines = [];
for (let n = 0; n < count; n++) lines.push(JSON.stringify({ id: n, text: `${openings[n % openings.length]} ${bodies[(n * 5) % bodies.length]} ${n % 13 ? "" : "!!"} #${n % 97}`.trim() }));
mkdirSync(BENCH, { recursive: true });
const file = join(BENCH, `route-${count}.jsonl`);
writeFileSync(file, `${lines.join("\n")}\n`);
if (!args.includes("--skip-batch")) batch();
cold();

function batch() {
const started = process.hrtime.bigint();
const r = spawnSync(process.execPath, [join(ROOT, "bin", "replybook.js"), "route", "--jsonl", file, "--workers", "1"], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const out = r.stdout.split("\n").filter(Boolean).length;
console.log(`route --jsonl, one thread: ${out.toLocaleString("en")} complaints in ${seconds.toFixed(1)} s wall: ${Math.round(out / seconds).toLocaleString("en")} complaints/s (target >= 10,000)`);
console.log(r.stderr.trim());
}

/** CPU seconds (user + sys) of one run of the binary, by /usr/bin/time; undefined without it. */
function cpuOf(argv, extraEnv) {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, ...argv], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...extraEnv } });
  if (r.error || r.status !== 0) return undefined;
  const [user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return user + sys;
}

function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
}

function cold() {
  const bin = join(ROOT, "bin", "replybook.js");
  const one = [bin, "route", "my parcel arrived smashed and nobody answers"];
  spawnSync(process.execPath, one, { env: { ...process.env, NO_COLOR: "1" } }); // the catalog cache, as any second run finds it
  const measure = (argv, extraEnv = {}) => median(Array.from({ length: runs }, () => cpuOf(argv, extraEnv)));
  const base = measure([bin, "--version"]);
  const compiled = measure(one);
  const runtime = measure(one, { REPLYBOOK_NO_COMPILED: "1" });
  if (base === undefined || compiled === undefined || runtime === undefined) {
    console.log("route, one call: needs /usr/bin/time for CPU times");
    return;
  }
  const f = (s) => `${s.toFixed(2)} s`;
  console.log(`route, one call from cold (CPU, user + sys, median of ${runs}): ${f(compiled)} with the compiled router, ${f(runtime)} compiling it at run time; replybook --version ${f(base)}`);
}
