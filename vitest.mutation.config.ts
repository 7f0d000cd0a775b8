import { defineConfig } from "vitest/config";

// The tests Stryker runs against each mutant of shared/domain and the HTTP builder (stryker.config.mjs):
// pure unit tests only, so no DynamoDB Local (no globalSetup, and no test/setup/environment.ts, which
// only points the SDK at it). A mutant is tried against the tests that cover it, often hundreds of
// times, so every file here must stay fast and deterministic.
export default defineConfig({
  test: {
    include: [
      "test/unit/domain-*.test.ts",
      "test/unit/http-*.test.ts",
      "test/unit/modules.test.ts",
      "test/unit/seats.test.ts",
      "test/unit/rules.test.ts",
      "test/unit/deadline.test.ts",
      // ~8 s alone: HiGHS solves in-process (~4 s), and two `npm run assign` cases start a child process
      "test/unit/judge-assignment.test.ts",
    ],
    setupFiles: ["test/setup/seeded-fast-check.ts"],
    // the Powertools logger would write a line per request; tests that read the lines spy on it
    env: { POWERTOOLS_LOG_LEVEL: "SILENT" },
    testTimeout: 10_000,
  },
});
