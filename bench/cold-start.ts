import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RuntimeLibrary } from "../shared/api/route.js";
import { filesBesideBundle, runtimeFiles } from "../infra/bundling.js";
import { jobList } from "../shared/api/jobs.js";
import { routeList } from "../shared/api/routes/index.js";
import { tableEnvVar, tableNames } from "../shared/data/tables.js";
import { bundleAll, topInputs, type Bundle, type Entry } from "./bundle.js";

const MAX_KB = 600;
const MAX_RATIO = 1.3;
const ROUNDS = 9;

const projectRoot = fileURLToPath(new URL("../", import.meta.url));

/** What the stack deploys: every route and every job (the Cognito trigger is one). */
const deployed = [...routeList, ...jobList];

function functionEntries(): Entry[] {
  return deployed.map(({ name, handler }) => ({ name, entry: join(projectRoot, handler) }));
}

/**
 * Where a bundle and its route or job entry disagree: a library that reads a file beside the bundle is in it
 * but the entry does not declare it in `runtime` (the file would be missing on Lambda), or the other way round.
 */
function runtimeFileMismatch(bundle: Bundle): string | undefined {
  const listed = new Set(deployed.find((f) => f.name === bundle.name)!.runtime ?? []);
  // what the output holds: `metafile.inputs` also lists modules tree shaking dropped (every judging route
  // reaches the solver through shared/app/judging.ts, and keeps none of it)
  const output = Object.values(bundle.metafile.outputs)[0]?.inputs ?? {};
  const held = new Set((Object.keys(runtimeFiles) as RuntimeLibrary[]).filter((need) => (output[runtimeFiles[need].module]?.bytesInOutput ?? 0) > 0));
  const wrong = [...new Set([...listed, ...held])].filter((need) => listed.has(need) !== held.has(need));
  return wrong.length ? wrong.map((need) => `${need} ${held.has(need) ? "bundled, not declared in its runtime" : "declared in its runtime, not bundled"}`).join(", ") : undefined;
}

/** Kilobytes CDK copies beside a handler's bundle (infra/bundling.ts), not part of the module init. */
const besideKb = (name: string) => filesBesideBundle(deployed.find((f) => f.name === name)!)
  .reduce((sum, file) => sum + statSync(join(projectRoot, file)).size / 1024, 0);

// A clean environment: nothing of tsx's loader (NODE_OPTIONS) leaks into the measured processes.
const childEnv = {
  PATH: process.env.PATH ?? "",
  AWS_REGION: "ap-southeast-3",
  FILES_BUCKET: "bench-files",
  ...Object.fromEntries(tableNames.map((table) => [tableEnvVar(table), `bench-${table}`])),
};

/** Milliseconds a fresh node process spends in `await import(bundle)`; fails if there is no `handler`. */
function moduleInit(file: string): number {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)});
const ms = performance.now() - t; if (typeof m.handler !== "function") throw new Error("no handler export"); console.log(ms);`;
  // stderr is piped, not shown: on Node 20 every SDK import warns; a failure's error carries it.
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: childEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
}

/**
 * Fastest of ROUNDS alternating (baseline, function) runs, so both see the same machine state. A
 * function over the limit gets another ROUNDS before it is called slow: other work on the machine
 * can spoil one stretch of runs, never a function's best time.
 */
function fastest(baseline: string, file: string): { baselineMs: number; ms: number } {
  let baselineMs = Infinity;
  let ms = Infinity;
  for (let i = 0; i < 2 * ROUNDS; i++) {
    baselineMs = Math.min(baselineMs, moduleInit(baseline));
    ms = Math.min(ms, moduleInit(file));
    if (i === ROUNDS - 1 && ms / baselineMs <= MAX_RATIO) break;
  }
  return { baselineMs, ms };
}

const kb = (bytes: number) => bytes / 1024;

/**
 * Bundles every Lambda exactly as CDK does and measures each one's size and module init (import
 * time in a fresh process) as a ratio to a bare DynamoDB handler. Sets exit code 1 over a limit.
 */
export async function run(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), "cold-start-"));
  try {
    const started = performance.now();
    const [baseline, ...bundles] = await bundleAll(
      [{ name: "baseline", entry: fileURLToPath(new URL("./baseline-handler.ts", import.meta.url)) }, ...functionEntries()],
      outdir,
    ) as [Bundle, ...Bundle[]];
    console.log(`Bundled ${bundles.length} functions + baseline in ${((performance.now() - started) / 1000).toFixed(1)} s (source maps off); baseline ${kb(baseline.bytes).toFixed(1)} KB`);
    console.log(`Module init: fastest of ${ROUNDS} alternating runs each (${2 * ROUNDS} for one over the limit); limits ${MAX_KB} KB, ratio ${MAX_RATIO}`);
    console.log(`"beside": runtime files shipped next to the bundle (infra/bundling.ts), read at first use, not at init; FILES: a bundle and its declared runtime disagree\n`);

    const width = Math.max(...bundles.map((b) => b.name.length));
    console.log(`${"function".padEnd(width)}  ${"KB".padStart(7)}  ${"init ms".padStart(8)}  ${"base ms".padStart(8)}  ${"ratio".padStart(6)}`);
    let maxKb = 0;
    let maxRatio = 0;
    let over = 0;
    for (const bundle of bundles) {
      const { baselineMs, ms } = fastest(baseline.file, bundle.file);
      const ratio = ms / baselineMs;
      const mismatch = runtimeFileMismatch(bundle);
      const flags = [kb(bundle.bytes) > MAX_KB ? "SIZE" : "", ratio > MAX_RATIO ? "SLOW" : "", mismatch ? `FILES (${mismatch})` : ""].filter(Boolean);
      if (flags.length) over++;
      maxKb = Math.max(maxKb, kb(bundle.bytes));
      maxRatio = Math.max(maxRatio, ratio);
      const beside = besideKb(bundle.name);
      console.log(`${bundle.name.padEnd(width)}  ${kb(bundle.bytes).toFixed(1).padStart(7)}  ${ms.toFixed(1).padStart(8)}  ${baselineMs.toFixed(1).padStart(8)}  ${ratio.toFixed(2).padStart(6)}  ${[beside ? `+${beside.toFixed(0)} KB beside` : "", ...flags].filter(Boolean).join(" ")}`);
    }

    const largest = bundles.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`\nLargest bundle ${largest.name}: top inputs`);
    for (const { input, bytes } of topInputs(largest, 10)) console.log(`  ${kb(bytes).toFixed(1).padStart(7)} KB  ${input}`);
    console.log(`\nmax size ${maxKb.toFixed(1)} KB (limit ${MAX_KB}), max ratio ${maxRatio.toFixed(2)} (limit ${MAX_RATIO}); ${over} over a limit; ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (over) process.exitCode = 1;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
