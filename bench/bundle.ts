import { statSync } from "node:fs";
import { join } from "node:path";
import { build, type BuildOptions, type Metafile } from "esbuild";
import { lambdaBundling } from "../infra/bundling.js";

/**
 * The esbuild call NodejsFunction makes for infra/lab-function.ts `bundling` (no externals, since
 * bundleAwsSDK is true). Source maps are off: CDK writes them to a separate .map file, so the .mjs
 * is the same apart from its `sourceMappingURL` comment.
 */
const cdkBundling = {
  bundle: true,
  platform: "node",
  format: lambdaBundling.format,
  target: lambdaBundling.target,
  mainFields: [...lambdaBundling.mainFields],
  minify: lambdaBundling.minify,
  banner: { js: lambdaBundling.banner },
  alias: lambdaBundling.alias,
  logLevel: "warning",
} satisfies BuildOptions;

export interface Entry {
  name: string;
  /** Absolute path of the handler file. */
  entry: string;
}

export interface Bundle extends Entry {
  file: string;
  bytes: number;
  metafile: Metafile;
}

/** Bundles every entry to `<outdir>/<n>-<name>.mjs`, all at once (esbuild runs them in parallel). */
export async function bundleAll(entries: Entry[], outdir: string): Promise<Bundle[]> {
  return Promise.all(entries.map(async (e, i) => {
    const file = join(outdir, `${String(i).padStart(2, "0")}-${e.name}.mjs`);
    const { metafile } = await build({ ...cdkBundling, entryPoints: [e.entry], outfile: file, metafile: true });
    return { ...e, file, bytes: statSync(file).size, metafile };
  }));
}

/** The inputs that contribute most bytes to a bundle's output. */
export function topInputs(bundle: Bundle, count: number): { input: string; bytes: number }[] {
  const output = Object.values(bundle.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}
