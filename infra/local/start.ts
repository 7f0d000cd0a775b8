import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createLocalApi } from "./api.js";
import { buildWeb, webDist } from "./web.js";
import { createLocalFileStore, localFileStoreConfig } from "./file-store.js";
import { createJobRunner, type JobRunner } from "./jobs.js";
import { createOutbox } from "./outbox.js";
import { demoClassIds, demoUsers, seedDemo } from "./demo.js";
import { demoUmkmCount, seedUmkmDatabase } from "./demo-umkm.js";
import { demoCompetitionId } from "./demo-competition.js";
import { demoResultsCompetitionId } from "./demo-results.js";
import { freePort, javaMissing, startDynamoDbLocal, useLocalCredentials } from "./dynamodb-local.js";
import { loadIssuer } from "./issuer.js";
import { randomBytes } from "node:crypto";
import { dataDir, dataModelFile, dynamoDbDir, filesDir, issuerKeyFile, streamCheckpointsFile } from "./paths.js";
import { serve } from "./server.js";
import { createTables } from "./tables.js";

/**
 * Raised whenever items or indexes change shape: data kept in .data/ by an older version is then
 * refused with a clear message instead of failing somewhere inside a request.
 */
const DATA_MODEL = "4";

const readFileIfAny = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

const { values: options } = parseArgs({
  options: { fresh: { type: "boolean", default: false }, port: { type: "string", default: process.env.PORT ?? "3000" } },
});

// The console shows one short line per request; the JSON lines that CloudWatch gets (request id, route,
// caller, status, duration) appear for warnings and errors, or for everything with POWERTOOLS_LOG_LEVEL=INFO.
process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";

if (javaMissing()) {
  console.error("Java not found: DynamoDB Local needs Java 17 — install it with `sudo apt-get install -y openjdk-17-jre-headless`.");
  process.exit(1);
}
if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
if (existsSync(dataDir) && readFileIfAny(dataModelFile) !== DATA_MODEL) {
  console.error(`The local data in .data/ was written for an earlier data model; this version adds the cluster map
(a stream and an index on the profiles). Start over with the demo data: npm start -- --fresh`);
  process.exit(1);
}
mkdirSync(dataDir, { recursive: true });
writeFileSync(dataModelFile, DATA_MODEL);

const dynamo = await startDynamoDbLocal({ dbPath: dynamoDbDir });
let stopping = false;
let jobs: JobRunner | undefined;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await jobs?.stop();
  await dynamo.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  useLocalCredentials(dynamo.endpoint);
  await createTables("lab-");
  const issuer = await loadIssuer(issuerKeyFile, { create: true });
  const outbox = createOutbox();
  // the web app on the same origin, built afresh (a second or two) so it always matches the API
  await buildWeb();
  const signIn = () => Promise.all(demoUsers.map(async (user) => ({ label: user.label, username: user.username, groups: user.groups, token: await issuer.mint(user) })));
  const api = createLocalApi(issuer, { outbox, webDir: webDist, signIn });
  // where each job got to: after a crash the jobs handle what the last run left unhandled
  jobs = createJobRunner({ checkpoints: streamCheckpointsFile });
  await jobs.start();
  // listening first: the file store's links name the server's address, and the demo uploads pitch decks
  const requested = Number(options.port);
  const server = await serve(api, requested, { log: true }).catch(async () => serve(api, await freePort(), { log: true }));
  const address = server.address();
  const url = `http://localhost:${typeof address === "object" && address ? address.port : requested}`;
  Object.assign(process.env, { LOCAL_FILES_DIR: filesDir, LOCAL_FILES_URL: url, LOCAL_FILES_SECRET: randomBytes(32).toString("base64url") });
  const { seeded } = await seedDemo(new Date());
  // the chamber's UMKM database for the cluster map: profiles only, apart from seedDemo, which the browser tests run
  const umkm = await seedUmkmDatabase(new Date());
  await jobs.drain();
  // what `cdk deploy` runs after each deploy (the profiles' derived fields): data kept in .data/ from an
  // older version is brought up to date, and a second start writes nothing
  await jobs.runAfterDeploy();
  // the bucket's lifecycle rule on AWS: uploads never handed in go after a day
  const files = createLocalFileStore(localFileStoreConfig());
  const sweep = () => void files.expireStagedUploads(new Date()).catch((error: unknown) => console.error("sweeping staged uploads failed:", error));
  sweep();
  setInterval(sweep, 3600_000).unref();

  const tokens = await Promise.all(demoUsers.map(async (user) => ({ user, token: await issuer.mint(user) })));
  const cohort = demoClassIds.kupangCohort;
  console.log(`
Lab Wirausaha is running at ${url}  (open it in a browser for the web app; the API described: ${url}/openapi.json)
  Background jobs run here too; what they sent (e-mail on AWS) is at ${url}/_outbox
  DynamoDB Local: ${dynamo.endpoint} (data in .data/, ${seeded ? "demo data just loaded" : "kept from the last run; npm start -- --fresh resets it"})
  UMKM database: ${demoUmkmCount} demo business profiles across NTT's 22 regencies and cities (${umkm.seeded ? "just added" : "kept from the last run"})

Demo sign-in tokens (valid 12 hours; more with: npm run token -- --role judge --user <id>):
${tokens.map(({ user, token }) => `# ${user.label}\nexport ${user.variable}=${token}`).join("\n")}

${seeded ? "" : "(The demo data is from an earlier run, so the comments below may no longer hold: npm start -- --fresh starts over.)\n"}Try it — a newcomer meets a full class, waits, and gets the seat someone gives up:
  export URL=${url}
  curl -s $URL/classes -H "authorization: Bearer $FRANSISKA"
  curl -s -X POST $URL/me/profile -H "authorization: Bearer $FRANSISKA" -H "content-type: application/json" \\
    -d '{"ownerName":"Fransiska Bunga","businessName":"Kue Rambut Ina","nib":"9120301234570","sector":"kuliner","regencyCode":"53.03","products":["Kue rambut","Kue cucur"],"foundedYear":2020,"employees":2,"annualRevenueIdr":90000000,"capitalNeedIdr":25000000,"phone":"081234567004","consent":true}'
  curl -s -X POST $URL/classes/${cohort}/enrolments -H "authorization: Bearer $FRANSISKA"          # waitlisted, position 1
  curl -s $URL/classes/${cohort}/progress/me -H "authorization: Bearer $FRANSISKA"                 # 403: still on the waitlist
  curl -s -X DELETE $URL/classes/${cohort}/enrolments/me -H "authorization: Bearer $AGUS"           # Agustinus withdraws
  curl -s $URL/classes/${cohort}/progress/me -H "authorization: Bearer $FRANSISKA"                 # seated: modules, next step
  curl -s "$URL/classes/${cohort}/progress?limit=10" -H "authorization: Bearer $ADMIN" -H "accept-language: en"

Then take Fransiska through every kind of module to a verifiable certificate: README.md, "A walk through the class".

The class's pitch competition is in judging: three pitches, five judges, scores half given.
  curl -s $URL/judging/competitions/${demoCompetitionId} -H "authorization: Bearer $JUDGE"      # Benny's assigned pitches, blind
  curl -s $URL/competitions/${demoCompetitionId}/judging -H "authorization: Bearer $ADMIN"      # progress per judge and pitch
Take Theresia's pitch from a draft through the assignment to a complete set of scores: README.md, "Pitch competition (issue 9)".
Cohort 0's competition has closed its judging, nothing published: curl -s $URL/competitions/${demoResultsCompetitionId}/ranking -H "authorization: Bearer $ADMIN"
The chamber's cluster map of the ${demoUmkmCount} demo businesses ("Peta klaster" on the organiser's home in the web app):
  curl -s "$URL/cluster-map?sizeClass=micro&certificates=pirt" -H "authorization: Bearer $ADMIN"
  curl -s "$URL/cluster-map/export.csv" -H "authorization: Bearer $ADMIN" -o umkm.csv
Press Ctrl-C to stop (DynamoDB Local stops with it).
`);
} catch (error) {
  console.error(error);
  await stop(1);
}
