import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/dynamodb-local.ts"],
    setupFiles: ["test/setup/environment.ts"],
    pool: "forks",
    // the slowest tests (hundreds of concurrent requests) take ~17 s alone and ~45 s on a loaded 2-core machine
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
