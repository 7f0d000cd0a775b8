import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RuntimeLibrary, Uses } from "../shared/api/route.js";

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
 * The file each runtime library reads from disk, beside the bundle (a Lambda bundle has no
 * node_modules); `module` is how a bundle that holds the library is recognised in esbuild's metafile.
 * Which functions need them is declared in the route and job tables (`runtime`), so only those carry them.
 */
export const runtimeFiles = {
  // HiGHS's WebAssembly (3.4 MB), loaded at the first solve (shared/solver/highs.ts#locateWasm).
  highs: { module: "node_modules/highs/build/highs.mjs", file: "node_modules/highs/build/highs.wasm" },
} as const satisfies Record<RuntimeLibrary, { module: string; file: string }>;

/** The runtime files a function's bundle needs, relative to the project root. */
export const filesBesideBundle = (uses: Pick<Uses, "runtime">): string[] => (uses.runtime ?? []).map((library) => runtimeFiles[library].file);

const quote = (path: string) => `'${path.replaceAll("'", `'\\''`)}'`;

/**
 * CDK's `commandHooks.afterBundling` for a function: copy its runtime files next to `index.mjs`. CDK runs
 * each command with bash in the project root (no Docker: esbuild bundles locally).
 */
export function afterBundling(uses: Pick<Uses, "runtime">, inputDir: string, outputDir: string): string[] {
  return filesBesideBundle(uses).map((file) => `cp ${quote(join(inputDir, file))} ${quote(outputDir)}`);
}
