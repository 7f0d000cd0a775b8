import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { createLocalApi } from "../infra/local/api.js";
import { createIssuer } from "../infra/local/issuer.js";
import { createOutbox } from "../infra/local/outbox.js";
import { createTables } from "../infra/local/tables.js";
import { db } from "../shared/data/client.js";
import { createClass } from "../shared/app/classes.js";
import { enrolmentKey, seatsKey } from "../shared/data/keys.js";
import { createProfile } from "../shared/app/profiles.js";
import { tableName } from "../shared/data/tables.js";

const CLIENTS = 20;
const ENROLMENTS = 400;
const day = 24 * 3600 * 1000;

/** Runs `count` tasks with `clients` in flight at a time; returns tasks per second. */
async function throughput(count: number, clients: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < count) await task(next++);
  }));
  return count / ((performance.now() - started) / 1000);
}

async function newClass(capacity: number): Promise<string> {
  const now = new Date();
  const cls = await createClass({
    title: { id: "Bench", en: "Bench" }, description: { id: "Bench", en: "Bench" }, regencyCode: "53.71", capacity,
    enrolmentOpensAt: new Date(now.getTime() - day).toISOString(), enrolmentClosesAt: new Date(now.getTime() + day).toISOString(),
    startsOn: "2030-01-01", waitlistEnabled: true,
  }, now);
  return cls.classId;
}

/**
 * Enrolments per second through the whole local HTTP path (JWT check, event, middy, zod, repository
 * transaction) against the floor DynamoDB Local sets: the bare seat transaction (conditional counter
 * + conditional put) with the same concurrency. Both sides give every applicant a seat: same work.
 */
export async function run(): Promise<void> {
  await createTables(`bench${randomUUID().slice(0, 6)}-`);
  const now = new Date();
  const issuer = await createIssuer();
  const dispatch = createLocalApi(issuer, { outbox: createOutbox() });
  const applicants = await Promise.all(Array.from({ length: ENROLMENTS }, async (_, i) => {
    const sub = randomUUID();
    await createProfile(sub, {
      ownerName: `Peserta ${i}`, businessName: `Usaha ${i}`, nib: "9120301234567", sector: "kuliner", regencyCode: "53.71",
      products: ["Se'i"], foundedYear: 2018, employees: 2, annualRevenueIdr: 100_000_000, capitalNeedIdr: 20_000_000, phone: "+6281234567001", language: "id", consent: true,
    }, now);
    return { sub, token: await issuer.mint({ sub, username: sub, groups: ["applicant"] }) };
  }));

  const baselineClass = await newClass(ENROLMENTS);
  let failures = 0;
  const baseline = await throughput(ENROLMENTS, CLIENTS, async (i) => {
    await db().send(new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: tableName("classes"), Key: seatsKey(baselineClass),
            UpdateExpression: "SET #enrolled = #enrolled + :one", ConditionExpression: "#enrolled < #capacity",
            ExpressionAttributeNames: { "#enrolled": "enrolled", "#capacity": "capacity" }, ExpressionAttributeValues: { ":one": 1 },
          },
        },
        { Put: { TableName: tableName("classes"), Item: { ...enrolmentKey(baselineClass, applicants[i]!.sub), status: "enrolled" }, ConditionExpression: "attribute_not_exists(pk)" } },
      ],
    })).catch(() => failures++);
  });

  const classId = await newClass(ENROLMENTS);
  const platform = await throughput(ENROLMENTS, CLIENTS, async (i) => {
    const answer = await dispatch({ method: "POST", url: `/classes/${classId}/enrolments`, headers: { authorization: `Bearer ${applicants[i]!.token}` } });
    if (answer.status !== 201) failures++;
  });

  console.log(`enrolment: ${ENROLMENTS} enrolments, ${CLIENTS} concurrent clients, DynamoDB Local in memory`);
  console.log(`  baseline (bare seat transaction):        ${baseline.toFixed(0)} /s`);
  console.log(`  platform (the whole local HTTP path):     ${platform.toFixed(0)} /s`);
  if (failures) throw new Error(`${failures} enrolments failed: the numbers above are not comparable`);
  console.log(`  ratio platform / baseline:               ${(platform / baseline).toFixed(2)}`);
}
