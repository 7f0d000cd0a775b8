import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/dynamodb-local.ts"],
    setupFiles: ["test/setup/environment.ts"],
    pool: "forks",
    // vitest's default is one file at a time on two cores (cores − 1), which leaves a core idle while a
    // file waits on DynamoDB Local; two at a time took the suite from ~370 s to ~260 s on 2 cores, and three
    // (with the web app's browser journeys, whose files wait on chromium too) from 264 s to 241 s
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // the slowest tests (hundreds of concurrent requests) take ~17 s alone and ~45 s on a loaded 2-core machine
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // browser journeys wait for screens with expect.poll; its default second is too short on a loaded machine
    expect: { poll: { timeout: 20_000 } },
  },
});
