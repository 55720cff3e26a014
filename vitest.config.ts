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
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: "forks",
  },
});
