import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// One cache folder for the binary's code and catalog caches across the whole run (see
// SHARED_CACHE in test/helpers/cli.ts); the test workers inherit it.
process.env.REPLYBOOK_TEST_CACHE_HOME ??= mkdtempSync(join(tmpdir(), "replybook-cache-"));

// Tests never see the developer's own configuration or colours: HOME, XDG folders and the
// config search stop dir are pinned per test file in test/setup.ts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // A timeout only catches a hang: end-to-end tests run the binary many times, and on a busy
    // 2-core machine a dozen calls can take longer than 30 s without anything being wrong.
    testTimeout: 120000,
    hookTimeout: 60000,
    pool: "forks",
    // Vitest's default on a run is one worker fewer than the cores, which on a 2-core machine
    // is one: every file in turn while a core idles. The end-to-end tests mostly wait on the
    // child processes they start, so one worker per core keeps both busy.
    maxWorkers: "100%",
  },
});
