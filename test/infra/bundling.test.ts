import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AttributeType, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleAll } from "../../bench/bundle.js";
import { runtimeFiles } from "../../infra/bundling.js";
import { LabFunction } from "../../infra/lab-function.js";
import { jobs } from "../../shared/api/jobs.js";
import type { TableName } from "../../shared/data/tables.js";
import type { AssignmentInput } from "../../shared/domain/judge-assignment.js";
import { assignJudges } from "../../shared/solver/judge-assignment.js";

// A Lambda bundle has no node_modules: HiGHS must find its WebAssembly beside the bundle. These tests let
// CDK bundle three judging jobs for real (esbuild and the after-bundling hook, as `cdk synth` does) and run
// the solver from a copy of the shipped asset, in a directory where no node_modules can be reached.

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const scratch: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

/** The asset directory CDK made for each function: index.mjs and whatever the hook put beside it. */
let assets: { assignJudges: string; scheduleMeetings: string; notifyJudges: string };

beforeAll(() => {
  const { context } = JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8"));
  const app = new App({ outdir: tempDir("cdk-bundling-"), context });
  const stack = new Stack(app, "Bundling");
  const judging = new TableV2(stack, "JudgingTable", { partitionKey: { name: "pk", type: AttributeType.STRING }, sortKey: { name: "sk", type: AttributeType.STRING } });
  const props = { tables: { judging } as Partial<Record<TableName, ITableV2>> as Record<TableName, ITableV2>, files: new Bucket(stack, "Files"), notifyFrom: "no-reply@example.org" };
  const functions = {
    assignJudges: new LabFunction(stack, "AssignJudges", { handler: jobs.assignJudges.handler, description: "assign", uses: jobs.assignJudges, ...props }),
    scheduleMeetings: new LabFunction(stack, "ScheduleMeetings", { handler: jobs.scheduleMeetings.handler, description: "schedule", uses: jobs.scheduleMeetings, ...props }),
    notifyJudges: new LabFunction(stack, "NotifyJudges", { handler: jobs.notifyJudges.handler, description: "notify", uses: jobs.notifyJudges, ...props }),
  };
  const assembly = app.synth();
  const template = Template.fromStack(stack);
  const assetOf = (fn: LabFunction) => {
    const id = stack.getLogicalId(fn.function.node.defaultChild as never);
    const key: string = template.toJSON().Resources[id].Properties.Code.S3Key;
    return join(assembly.directory, `asset.${key.replace(/\.zip$/, "")}`);
  };
  assets = { assignJudges: assetOf(functions.assignJudges), scheduleMeetings: assetOf(functions.scheduleMeetings), notifyJudges: assetOf(functions.notifyJudges) };
}, 120_000);

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** 3 submissions × 2 judges, k = 1: j2 may not judge s1 and j1 takes at most one, so exactly one answer fits. */
const tiny: AssignmentInput = {
  k: 1,
  submissions: [{ id: "s1", sector: "kuliner" }, { id: "s2", sector: "kriya" }, { id: "s3", sector: "jasa" }],
  judges: [{ id: "j1", sectors: ["kuliner"], maxLoad: 1 }, { id: "j2", sectors: ["kriya"] }],
  conflicts: [["j2", "s1"]],
};

/** Runs `script` in a fresh node with nothing but PATH: no NODE_OPTIONS, no NODE_PATH, as Lambda starts a bundle. */
function runIn(dir: string, script: string): string {
  try {
    return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: dir, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000,
    });
  } catch (error) {
    // node prints the failing line of the minified bundle first: keep only what says why
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    throw new Error(stderr.split("\n").filter((line) => line.length < 400).slice(-6).join("\n"));
  }
}

describe("Lambda bundles that use the HiGHS solver", () => {
  it("ship highs.wasm beside the assignment and meeting jobs' bundles, byte for byte, and not beside a judging job that does not solve", () => {
    const holdsSolver = (asset: string) => readFileSync(join(asset, "index.mjs"), "utf8").includes("highs.wasm");
    for (const solving of [assets.assignJudges, assets.scheduleMeetings]) {
      expect(holdsSolver(solving)).toBe(true);
      expect(readdirSync(solving)).toContain("highs.wasm");
      expect(readFileSync(join(solving, "highs.wasm")).equals(readFileSync(join(projectRoot, runtimeFiles.highs.file)))).toBe(true);
    }
    // the job that sends e-mail never loads the solver: 3.4 MB it need not carry
    expect(holdsSolver(assets.notifyJudges)).toBe(false);
    expect(readdirSync(assets.notifyJudges)).not.toContain("highs.wasm");
  });

  it("solve from a copy of the shipped asset where no node_modules is reachable, as the unbundled solver does", async () => {
    const run = tempDir("assign-judges-");
    cpSync(assets.assignJudges, run, { recursive: true });
    // a tiny entry that exports the solver, bundled with the same esbuild options into the same directory
    const src = tempDir("solve-entry-");
    const solver = join(projectRoot, "shared/solver/judge-assignment.ts");
    writeFileSync(join(src, "solve.ts"), `export { assignJudges } from ${JSON.stringify(solver)};\n`);
    const [bundle] = await bundleAll([{ name: "solve", entry: join(src, "solve.ts") }], run);
    expect(dirname(bundle!.file)).toBe(run);
    expect(Object.values(bundle!.metafile.outputs)[0]!.inputs[runtimeFiles.highs.module]?.bytesInOutput).toBeGreaterThan(0);

    // Nothing to fall back on: from here the package cannot be resolved, only the file beside the bundle.
    for (let dir = run; ; dir = dirname(dir)) {
      expect(existsSync(join(dir, "node_modules")), dir).toBe(false);
      if (dirname(dir) === dir) break;
    }
    const script = `import { createRequire } from "node:module";
let resolvable = true; try { createRequire(import.meta.url).resolve("highs/runtime"); } catch { resolvable = false; }
const { assignJudges } = await import(${JSON.stringify(pathToFileURL(bundle!.file).href)});
console.log(JSON.stringify({ resolvable, result: await assignJudges(${JSON.stringify(tiny)}) }));`;
    const { resolvable, result } = JSON.parse(runIn(run, script));
    expect(resolvable).toBe(false);
    expect(result).toEqual({ assignments: [["j1", "s1"], ["j2", "s2"], ["j2", "s3"]], unassigned: [], loads: { j1: 1, j2: 2 } });
    expect(result).toEqual(await assignJudges(tiny));
  });
});
