import { defineConfig } from "vitest/config";

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
