import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createLocalApi } from "./api.js";
import { startDynamoDbLocal, useLocalCredentials } from "./dynamodb-local.js";
import { loadIssuer } from "./issuer.js";
import { createJobRunner } from "./jobs.js";
import { createOutbox } from "./outbox.js";
import { dynamoDbDir, issuerKeyFile, streamCheckpointsFile } from "./paths.js";
import { serve } from "./server.js";
import { createTables } from "./tables.js";

/**
 * What `npm start` runs, without the web app and the demo: DynamoDB Local on the data in LAB_DATA_DIR,
 * the tables, the job runner with its checkpoints, and the HTTP server (`--port`, any free one unless
 * said). Once it serves, it prints one line of JSON, `{ url, dynamoEndpoint }`. The restart test kills it
 * and starts it again on the same data; a SIGTERM or SIGINT ends it and its DynamoDB Local.
 */
const { values: options } = parseArgs({ options: { port: { type: "string", default: "0" } } });

const dynamo = await startDynamoDbLocal({ dbPath: dynamoDbDir });
useLocalCredentials(dynamo.endpoint);
await createTables("lab-");
const issuer = await loadIssuer(issuerKeyFile, { create: true });
const jobs = createJobRunner({ checkpoints: streamCheckpointsFile });
await jobs.start();
const server = await serve(createLocalApi(issuer, { outbox: createOutbox() }), Number(options.port));
const { port } = server.address() as AddressInfo;
console.log(JSON.stringify({ url: `http://127.0.0.1:${port}`, dynamoEndpoint: dynamo.endpoint }));
