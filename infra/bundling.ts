import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * How every Lambda is bundled, in one place: the CDK function construct (infra/lab-function.ts) and the
 * cold-start benchmark (bench/) both use it, so the benchmark measures what is deployed.
 */
export const lambdaBundling = {
  format: "esm",
  // esbuild's default mainFields pick the SDK's CommonJS build, which fails at run time in an ESM bundle.
  mainFields: ["module", "main"],
  minify: true,
  target: "node22",
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  alias: { "@aws-sdk/credential-provider-node": fileURLToPath(new URL("./lambda-credentials.ts", import.meta.url)) },
} as const;

/**
 * Files a library reads from disk at run time, beside the bundle: a Lambda bundle has no node_modules.
 * `module` is how a bundle that holds the library is recognised in esbuild's metafile.
 */
export const runtimeFiles = {
  // HiGHS's WebAssembly (3.4 MB), loaded at the first solve (shared/solver/highs.ts#locateWasm).
  highs: { module: "node_modules/highs/build/highs.mjs", file: "node_modules/highs/build/highs.wasm" },
} as const;
export type RuntimeNeed = keyof typeof runtimeFiles;

/**
 * Which handlers need which runtime files, by handler file: only these bundles carry them. Explicit, so a
 * reader sees why a function's asset is 3 MB bigger; bench/cold-start.ts fails when a bundle holds a
 * library listed above and its handler is not listed here, or the other way round.
 */
export const handlerNeeds: Readonly<Record<string, readonly RuntimeNeed[]>> = {
  "functions/jobs/assign-judges.ts": ["highs"],
};

/** The runtime files a handler's bundle needs, relative to the project root. */
export const filesBesideBundle = (handler: string): string[] => (handlerNeeds[handler] ?? []).map((need) => runtimeFiles[need].file);

const quote = (path: string) => `'${path.replaceAll("'", `'\\''`)}'`;

/**
 * CDK's `commandHooks.afterBundling` for a handler: copy its runtime files next to `index.mjs`. CDK runs
 * each command with bash in the project root (no Docker: esbuild bundles locally).
 */
export function afterBundling(handler: string, inputDir: string, outputDir: string): string[] {
  return filesBesideBundle(handler).map((file) => `cp ${quote(join(inputDir, file))} ${quote(outputDir)}`);
}
