import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import highsModule, { type Highs, type ModelStatusCode } from "highs";

// `highs` declares a CommonJS default export; under NodeNext TypeScript sees the module object, while
// Node's ESM loader hands us the function itself (TS2349 "not callable" without this cast).
const loadHighs = highsModule as unknown as typeof highsModule.default;

/**
 * Where `highs.wasm` is. Unbundled (tsx, vitest, the local job runner) it is resolved from the package.
 * A Lambda bundle has no node_modules: it then looks beside the bundle, where CDK's after-bundling hook
 * copies `node_modules/highs/build/highs.wasm` for the functions whose route or job entry declares
 * `runtime: ["highs"]` (only those: 3.4 MB). test/infra/bundling.test.ts solves with a copy of that asset
 * where no node_modules is reachable; bench/cold-start.ts fails when a bundle holds HiGHS undeclared.
 */
function locateWasm(file: string): string {
  try {
    return createRequire(import.meta.url).resolve("highs/runtime");
  } catch {
    return fileURLToPath(new URL(file, import.meta.url));
  }
}

let runtime: Promise<Highs> | undefined;

/** One WASM instance per process (55–75 ms to load); a failed load is retried on the next call. */
export function highs(): Promise<Highs> {
  runtime ??= loadHighs({ locateFile: locateWasm }).catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

/** HiGHS's model status codes, named for error messages. */
export const statusNames: Record<ModelStatusCode, string> = {
  0: "not set", 1: "load error", 2: "model error", 3: "presolve error", 4: "solve error", 5: "postsolve error",
  6: "empty", 7: "optimal", 8: "infeasible", 9: "unbounded or infeasible", 10: "unbounded", 11: "objective bound",
  12: "objective target", 13: "time limit", 14: "iteration limit", 15: "unknown", 16: "solution limit", 17: "interrupted",
};
