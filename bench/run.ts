import { javaMissing, startDynamoDbLocal, useLocalCredentials } from "../infra/local/dynamodb-local.js";

/** `npm run bench -- <name>`: each benchmark reports its result as a ratio to a baseline measured in the same run. */
const benchmarks: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  enrolment: () => import("./enrolment.js"),
};

const name = process.argv[2] ?? "";
const load = benchmarks[name];
if (!load) {
  console.error(`Usage: npm run bench -- <${Object.keys(benchmarks).join("|")}>`);
  process.exit(2);
}
if (javaMissing()) {
  console.error("Java not found: DynamoDB Local needs Java 17 — sudo apt-get install -y openjdk-17-jre-headless");
  process.exit(1);
}
const dynamo = await startDynamoDbLocal();
try {
  useLocalCredentials(dynamo.endpoint);
  await (await load()).run();
} finally {
  await dynamo.stop();
}
