import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { javaMissing, startDynamoDbLocal, useLocalCredentials } from "../../infra/local/dynamodb-local.js";
import { chaosRun, formatReport } from "./chaos.js";

/**
 * `npm run chaos -- --seeds 20 --faults 0.1`: the chaos run of issue 14, seed after seed, on DynamoDB Local in
 * memory. Exits 1 when any invariant broke or any answer was a 5xx other than 503.
 */
const { values } = parseArgs({ options: { seeds: { type: "string", default: "20" }, faults: { type: "string", default: "0.1" }, first: { type: "string", default: "1" } } });
const seeds = Number(values.seeds);
const faults = Number(values.faults);
const first = Number(values.first);
if (!Number.isInteger(seeds) || seeds < 1 || !(faults >= 0 && faults < 1) || !Number.isInteger(first)) {
  console.error("Usage: npm run chaos -- --seeds <n ≥ 1> --faults <share of calls, 0 ≤ f < 1> [--first <seed>]");
  process.exit(2);
}
if (javaMissing()) {
  console.error("Java not found: DynamoDB Local needs Java 17 — sudo apt-get install -y openjdk-17-jre-headless");
  process.exit(1);
}
// a request log line per try would bury the report
process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";
Object.assign(process.env, { LOCAL_FILES_DIR: await mkdtemp(join(tmpdir(), "lab-chaos-")), LOCAL_FILES_URL: "http://localhost", LOCAL_FILES_SECRET: randomUUID() });

const dynamo = await startDynamoDbLocal();
let failed = false;
try {
  useLocalCredentials(dynamo.endpoint);
  console.log(`chaos: ${seeds} seeds from ${first}, ${faults * 100}% of DynamoDB and file-store calls failing`);
  for (let seed = first; seed < first + seeds; seed++) {
    const report = await chaosRun({ seed, faults });
    console.log(formatReport(report));
    if (report.violations.length) failed = true;
  }
  console.log(failed ? "chaos: invariants broken (see VIOLATION above)" : "chaos: 0 invariant violations, no 5xx but 503 with Retry-After");
} finally {
  await dynamo.stop();
}
process.exit(failed ? 1 : 0);
