import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { createLocalApi } from "../infra/local/api.js";
import { demoUmkmProfiles } from "../infra/local/demo-umkm.js";
import { createIssuer } from "../infra/local/issuer.js";
import { createOutbox } from "../infra/local/outbox.js";
import { createTables } from "../infra/local/tables.js";
import { mapRowOfProfile } from "../shared/app/cluster-map.js";
import { inBatches } from "../shared/app/retry.js";
import { db } from "../shared/data/client.js";
import { writeMapRow } from "../shared/data/cluster-map.js";
import { CLUSTER_MAP_PK } from "../shared/data/keys.js";
import { tableName } from "../shared/data/tables.js";
import { derivedProfileFields } from "../shared/domain/profile.js";

const SIZES = [1_000, 5_000, 10_000];
const RUNS = 5;

async function median(runs: number, task: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The floor: every row of the map's index read, page after page, and nothing done with them. */
async function readIndex(): Promise<void> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(new QueryCommand({
      TableName: tableName("profiles"), IndexName: "clusterMap", KeyConditionExpression: "gsi1pk = :pk", ExpressionAttributeValues: { ":pk": CLUSTER_MAP_PK }, Limit: 1000, ExclusiveStartKey: start,
    }));
    start = page.LastEvaluatedKey;
  } while (start);
}

/**
 * The cluster map through the whole local HTTP path (token, validation, the Queries, filters, counts, the view)
 * against the floor DynamoDB Local sets: the same index read bare. The rows are the demo's businesses, copied
 * with new ids to each size, as the map's job writes them.
 */
export async function run(): Promise<void> {
  await createTables(`bench${randomUUID().slice(0, 6)}-`);
  const now = new Date();
  const issuer = await createIssuer();
  const dispatch = createLocalApi(issuer, { outbox: createOutbox() });
  const token = await issuer.mint({ sub: randomUUID(), username: "organiser", groups: ["admin"] });
  const demo = demoUmkmProfiles(now);
  const get = (url: string) => async () => {
    const answer = await dispatch({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
    if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
  };

  console.log(`cluster-map: the map of n businesses, median of ${RUNS} runs, DynamoDB Local in memory`);
  let written = 0;
  for (const size of SIZES) {
    const rows = Array.from({ length: size - written }, (_, i) => {
      const { input } = demo[(written + i) % demo.length]!;
      const at = now.toISOString();
      const profile = { applicantId: randomUUID(), ...input, ...derivedProfileFields(input, now), consentAt: at, createdAt: at, updatedAt: at };
      return mapRowOfProfile(profile)!;
    });
    await inBatches(rows, writeMapRow);
    written = size;
    const floor = await median(RUNS, readIndex);
    const map = await median(RUNS, get("/cluster-map"));
    const filtered = await median(RUNS, get("/cluster-map?sizeClass=micro,small&certificates=pirt&curation=not_ready"));
    const cell = await median(RUNS, get("/cluster-map/businesses?cluster=kuliner&regencyCode=53.71&limit=20"));
    console.log(`  ${String(size).padStart(6)} businesses: index read ${floor.toFixed(0)} ms (baseline); map ${(map / floor).toFixed(2)}×, filtered map ${(filtered / floor).toFixed(2)}×, a cell's first page ${(cell / floor).toFixed(2)}×`);
  }
}
