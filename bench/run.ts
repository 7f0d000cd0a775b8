import { javaMissing, startDynamoDbLocal, useLocalCredentials } from "../infra/local/dynamodb-local.js";

interface Benchmark {
  /** Whether the runner starts DynamoDB Local (and points the SDK at it) before `run`. */
  needsDynamo: boolean;
  load: () => Promise<{ run(): Promise<void> }>;
}

/** `npm run bench -- <name>`: each benchmark reports its result as a ratio to a baseline measured in the same run. */
const benchmarks: Record<string, Benchmark> = {
  enrolment: { needsDynamo: true, load: () => import("./enrolment.js") },
  "cold-start": { needsDynamo: false, load: () => import("./cold-start.js") },
  assignment: { needsDynamo: false, load: () => import("./assignment.js") },
  ranking: { needsDynamo: false, load: () => import("./ranking.js") },
  scheduling: { needsDynamo: false, load: () => import("./scheduling.js") },
  "cluster-map": { needsDynamo: true, load: () => import("./cluster-map.js") },
};

// the request log's lines would drown the results: warnings and errors only
process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";

const name = process.argv[2] ?? "";
const benchmark = benchmarks[name];
if (!benchmark) {
  console.error(`Usage: npm run bench -- <${Object.keys(benchmarks).join("|")}>`);
  process.exit(2);
}
if (!benchmark.needsDynamo) {
  await (await benchmark.load()).run();
} else {
  if (javaMissing()) {
    console.error("Java not found: DynamoDB Local needs Java 17 — sudo apt-get install -y openjdk-17-jre-headless");
    process.exit(1);
  }
  const dynamo = await startDynamoDbLocal();
  try {
    useLocalCredentials(dynamo.endpoint);
    await (await benchmark.load()).run();
  } finally {
    await dynamo.stop();
  }
}
