#!/usr/bin/env node
// `node bench/compare.js --against DIR --corpus FILE [--pairs 3] [-- lint flags...]`: this
// checkout's `replybook lint --jsonl` against another built checkout's (DIR: a clone or an
// unpacked `git archive` with its own `npm run build`), on the same corpus, both started at the
// same time and run to the end, --pairs times. On a machine other jobs load, wall times and
// even one process's CPU time swing from run to run; two processes run side by side meet the
// same load, so the ratio of their CPU seconds (user + sys, /usr/bin/time) holds where the
// figures themselves do not. Each side has its own cache folder (catalog snapshot, code
// cache), warmed by one run first. It also says whether the two outputs are the same bytes.
//
//   node bench/compare.js --against /tmp/before --corpus real.jsonl --pairs 3 -- --workers 1 --locale en
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dash = process.argv.indexOf("--");
const args = dash >= 0 ? process.argv.slice(2, dash) : process.argv.slice(2);
const lintFlags = dash >= 0 ? process.argv.slice(dash + 1) : [];
const text = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const against = text("--against") && resolve(text("--against"));
const corpus = text("--corpus") && resolve(text("--corpus"));
const pairs = Number(text("--pairs") ?? 3);
if (!against || !corpus || !existsSync(join(against, "bin", "replybook.js")) || !existsSync(corpus)) {
  console.error("usage: node bench/compare.js --against DIR --corpus FILE [--pairs 3] [-- lint flags...]  (DIR: another built checkout)");
  process.exit(2);
}
if (!existsSync("/usr/bin/time")) {
  console.error("bench/compare.js needs /usr/bin/time (GNU time) for each side's CPU seconds");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "replybook-compare-"));
const sides = [
  { name: "this", root: ROOT },
  { name: "other", root: against },
].map((s) => ({ ...s, cache: join(work, `cache-${s.name}`), out: join(work, `${s.name}.out`), time: join(work, `${s.name}.time`) }));
for (const s of sides) mkdirSync(s.cache, { recursive: true });

const argvOf = (s) => [join(s.root, "bin", "replybook.js"), "lint", "--jsonl", corpus, "--no-progress", ...lintFlags];
const envOf = (s) => ({ ...process.env, XDG_CACHE_HOME: s.cache, NO_COLOR: "1" });

// Warm each side's caches, as any second run would find them.
for (const s of sides) spawnSync(process.execPath, [join(s.root, "bin", "replybook.js"), "lint", "-"], { input: "Hi", env: envOf(s) });

/** One side's run: resolves with its CPU seconds, peak RSS and wall seconds. */
const run = (s) =>
  new Promise((done) => {
    const child = spawn("/usr/bin/time", ["-f", "%U %S %M %e", "-o", s.time, "sh", "-c", 'exec "$0" "$@" > "$OUT" 2>/dev/null', process.execPath, ...argvOf(s)], { env: { ...envOf(s), OUT: s.out }, stdio: "ignore" });
    child.on("exit", () => {
      const last = readFileSync(s.time, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
      done({ cpu: last[0] + last[1], rssMb: Math.round(last[2] / 1024), wall: last[3] });
    });
  });

console.log(`this checkout (${ROOT}) against ${against}\nreplybook lint --jsonl ${corpus} --no-progress ${lintFlags.join(" ")}\n`);
const ratios = [];
for (let p = 1; p <= pairs; p++) {
  const [mine, theirs] = await Promise.all(sides.map(run));
  const same = spawnSync("cmp", ["-s", sides[0].out, sides[1].out]).status === 0;
  const ratio = mine.cpu / theirs.cpu;
  ratios.push(ratio);
  console.log(`pair ${p}: this ${mine.cpu.toFixed(2)} s cpu (peak RSS ${mine.rssMb} MB), other ${theirs.cpu.toFixed(2)} s cpu (peak RSS ${theirs.rssMb} MB): this / other ${ratio.toFixed(3)}; outputs ${same ? "the same bytes" : "DIFFER"}`);
}
ratios.sort((a, b) => a - b);
console.log(`\nmedian this / other: ${ratios[Math.floor((ratios.length - 1) / 2)].toFixed(3)} of the CPU (below 1: this checkout is cheaper)`);
rmSync(work, { recursive: true, force: true });
