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
