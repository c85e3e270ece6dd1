import { availableParallelism } from "node:os";
import path from "node:path";

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    setupFiles: ["tests/support/unit-setup.ts"],
    globals: true,
    // Each test file runs in its own process with its own SQLite file (see unit-setup.ts).
    pool: "forks",
    // Vitest's default is half the cores: one worker on these 2-core machines. The files are
    // independent (a database each), so use every core.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
  },
});
