// bin/replybook.js -> src/cli/launch.cts: the bundled CLI, started through V8's code cache.
// Imported from dist/ (tsc's output, as the binary runs it): vitest does not compile .cts files.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE, CODE_CACHE_GENERATIONS, cacheDir, commandOf, isBatch, readCodeCache, writeCodeCache } from "../../dist/cli/launch.cjs";
import { Writable } from "node:stream";
import { run } from "../../src/cli/run.js";
import { cleanEnv, replybook, tempDir } from "../helpers/cli.js";

const REPLY = "Laura, I'm so sorry your parcel arrived damaged. I'll call you back within 24 hours: please DM me your order number.\n— Dario\n";

function setup() {
  const home = tempDir("replybook-launch-");
  // A cache of its own, not the session's shared one: these tests watch it being written.
  const env = { ...cleanEnv(home), XDG_CACHE_HOME: join(home, ".cache") };
  const cwd = tempDir();
  writeFileSync(join(cwd, "reply.txt"), REPLY);
  const lint = () => replybook(["lint", "reply.txt", "--format", "json"], { env, cwd });
  return { env, cwd, lint, cacheFile: join(env.XDG_CACHE_HOME!, "replybook", "code", "lint.bin") };
}

describe("start-up through the code cache", () => {
  it("writes the cache on the first run, uses it on the next, with the same results", async () => {
    const { lint, cacheFile, env, cwd } = setup();
    const first = await lint();
    expect(first.exitCode).toBe(0);
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    const written = readFileSync(cacheFile);
    expect(written.toString("utf8", 4, 4 + written.readUInt32LE(0))).toContain(process.version);
    const generation = (file: Buffer) => file[4 + file.readUInt32LE(0)];
    expect(generation(written)).toBe(1);
    // The next runs add what they compiled, up to CODE_CACHE_GENERATIONS writes; then it is only read.
    for (let run = 2; run <= CODE_CACHE_GENERATIONS + 1; run++) expect(await lint()).toEqual(first);
    const settled = readFileSync(cacheFile);
    expect(generation(settled)).toBe(CODE_CACHE_GENERATIONS);
    expect(await lint()).toEqual(first);
    expect(readFileSync(cacheFile).equals(settled)).toBe(true);
    const uncached = await replybook(["lint", "reply.txt", "--format", "json"], { env: { ...env, REPLYBOOK_NO_CACHE: "1" }, cwd });
    expect(uncached).toEqual(first);
  });

  it("replaces a corrupt or foreign cache and still answers the same", async () => {
    const { lint, cacheFile } = setup();
    const first = await lint();
    const good = readFileSync(cacheFile);
    // V8 rejects data that is not its own; the run goes on and rewrites the file.
    writeFileSync(cacheFile, Buffer.concat([good.subarray(0, 4 + good.readUInt32LE(0)), Buffer.from("not V8 data at all")]));
    expect(await lint()).toEqual(first);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
    // Bytes that are not even our format.
    writeFileSync(cacheFile, "garbage");
    expect(await lint()).toEqual(first);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  });

  it("keeps one cache per command, and none with REPLYBOOK_NO_CACHE=1", async () => {
    const { env, cwd } = setup();
    expect((await replybook(["playbooks", "list"], { env, cwd })).exitCode).toBe(0);
    expect(existsSync(join(env.XDG_CACHE_HOME!, "replybook", "code", "playbooks.bin"))).toBe(true);
    const offHome = tempDir("replybook-launch-");
    const off = { ...cleanEnv(offHome), XDG_CACHE_HOME: join(offHome, ".cache") };
    expect((await replybook(["lint", "reply.txt"], { env: { ...off, REPLYBOOK_NO_CACHE: "1" }, cwd })).exitCode).toBe(0);
    expect(existsSync(join(off.XDG_CACHE_HOME!, "replybook"))).toBe(false);
  });

  it("names the cache after the command", () => {
    expect(commandOf(["lint", "reply.txt"])).toBe("lint");
    expect(commandOf(["lint", "--jsonl", "in.jsonl", "--workers", "1"])).toBe("lint-batch");
    expect(commandOf(["lint", "--csv=in.csv"])).toBe("lint-batch");
    expect(commandOf(["--no-color", "draft", "--resume"])).toBe("draft");
    expect(commandOf([])).toBe("main");
    expect(commandOf(["../etc/passwd"])).toBe("main");
    expect(commandOf(["LINT"])).toBe("main");
    // A batch bounds how far the heap grows between full collections; one reply does not pay for it.
    expect(isBatch(["route", "--jsonl", "-"])).toBe(true);
    expect(isBatch(["lint", "--csv=in.csv"])).toBe(true);
    expect(isBatch(["lint", "reply.txt", "--jsonl-out"])).toBe(false);
  });

  it("uses a cache only under its own key (Node version, bundle path, size and time)", () => {
    const file = join(tempDir(), "code", "lint.bin");
    writeCodeCache(file, "key one", Buffer.from("data"), 3);
    expect(readCodeCache(file, "key one")?.data.toString()).toBe("data");
    expect(readCodeCache(file, "key one")?.generation).toBe(3);
    expect(readCodeCache(file, "key two")).toBeUndefined();
    expect(readCodeCache(join(tempDir(), "missing.bin"), "key one")).toBeUndefined();
    expect(cacheDir({ XDG_CACHE_HOME: "/x" })).toBe("/x/replybook");
    expect(cacheDir({ HOME: "/h" })).toBe("/h/.cache/replybook");
  });

  it("runs the bundle in strict mode, as the ES modules it comes from, with no import() inside", () => {
    const source = readFileSync(BUNDLE, "utf8");
    expect(source.startsWith('"use strict";')).toBe(true);
    // A script compiled through the code cache cannot import(): it would fail at run time.
    expect(source).not.toMatch(/[^\w$.]import\(/);
  });

  it("loads a JavaScript config, the one thing that still needs import()", async () => {
    const { env, cwd } = setup();
    writeFileSync(join(cwd, "replybook.config.mjs"), 'export default { locale: "it" };\n');
    for (let run = 0; run < 2; run++) {
      const result = await replybook(["config"], { env, cwd });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toMatch(/locale\s+it/);
    }
  });

  it("lints as the sources do: the bundle's escaped text (curly quotes, accents, Greek) means the same", async () => {
    const replies = [
      "Laura, I’m so sorry… I’ll call you back within 24 hours — DM me.\n— Dario",
      "Gentile cliente, mi dispiace. Qui è Dario: la richiamerò domani!!! ¡Scusi!\n– Dario",
      "Λυπούμαστε για την ταλαιπωρία. Είμαι η Δάφνη και δεν μπορώ να υποσχεθώ ημερομηνία.\nΔάφνη",
      "Hi there, [CUSTOMER NAME]… we can’t guarantee the slot. Calm down.\n-DR",
    ];
    const cwd = tempDir();
    const files = replies.map((text, i) => {
      writeFileSync(join(cwd, `r${i}.txt`), text);
      return `r${i}.txt`;
    });
    const args = ["lint", ...files, "--format", "json", "--now", "2026-01-14T10:00", "--agent", "Dario", "--customer", "Laura Bianchi"];
    const binary = await replybook(args, { cwd });
    let out = "";
    const sink = Object.assign(new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) }), { isTTY: false });
    const code = await run(args, { stdin: process.stdin, stdout: sink, stderr: sink, env: cleanEnv(), cwd });
    expect(binary.exitCode).toBe(code);
    expect(JSON.parse(binary.stdout)).toEqual(JSON.parse(out));
    expect(JSON.parse(out).flatMap((f: { messages: unknown[] }) => f.messages).length).toBeGreaterThan(8);
  });
});
