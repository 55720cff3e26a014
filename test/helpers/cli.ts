// Runs the real binary the way a user would, with a pinned home, data folder and config
// search, so nothing from the developer's machine leaks in.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa, type Options } from "execa";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "replybook.js");

export function tempDir(prefix = "replybook-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * One cache folder for every run of the binary in a test session (vitest.config.ts makes it):
 * the code and catalog caches are keyed by what they were built from, so sharing them changes
 * no result, and a cold cache per call would compile the whole CLI on every call, as a user
 * sees only on a first run. Tests of the caches themselves (test/e2e/launch.test.ts) give
 * their own XDG_CACHE_HOME.
 */
export const SHARED_CACHE = process.env.REPLYBOOK_TEST_CACHE_HOME ?? tempDir("replybook-cache-");

export function cleanEnv(home = tempDir("replybook-home-")): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_DATA_HOME: join(home, ".local", "share"),
    XDG_CACHE_HOME: SHARED_CACHE,
    REPLYBOOK_DATA_DIR: join(home, "data"),
    REPLYBOOK_CONFIG_STOP_DIR: tmpdir(),
    NO_COLOR: "1",
    PATH: process.env.PATH ?? "/usr/bin:/bin",
  };
}

export async function replybook(args: string[], options: Options & { cwd?: string } = {}) {
  const result = await execa("node", [BIN, ...args], {
    reject: false,
    extendEnv: false,
    env: cleanEnv(),
    cwd: options.cwd ?? tempDir(),
    stdin: "ignore",
    timeout: 60_000,
    ...options,
  } as Options);
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
}

/** A user mistake never shows a stack trace. */
export function expectNoStack(stderr: string): void {
  if (/^\s+at .+:\d+:\d+\)?$/m.test(stderr)) throw new Error(`stack trace in stderr:\n${stderr}`);
}
