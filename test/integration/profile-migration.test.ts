import { randomUUID } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { handler } from "../../functions/jobs/migrate-profiles.js";
import { jobs } from "../../shared/api/jobs.js";
import { db } from "../../shared/data/client.js";
import { mapRowKey, profileKey } from "../../shared/data/keys.js";
import type { ProfileItem } from "../../shared/data/profiles.js";
import { tableName } from "../../shared/data/tables.js";
import { derivedProfileFields, sizeClassOf } from "../../shared/domain/profile.js";
import { useContinuation, type AfterDeployEvent } from "../../shared/jobs/after-deploy.js";
import { testApi, type Caller, type TestApi } from "../support/api.js";
import { traceRequests } from "../support/trace.js";

/*
 * The deploy-time migration of issue 13 (functions/jobs/migrate-profiles.ts) against DynamoDB Local: profiles
 * written before the derived fields existed are put straight into the table, as an older version left them,
 * and the very handler CDK's trigger invokes is run on them.
 */

let api: TestApi;
let traced: ReturnType<typeof traceRequests>;
/** What the handler handed to a new invocation of itself: the local runner, or Lambda, would run these. */
const handedOver: AfterDeployEvent[] = [];

beforeAll(async () => {
  api = await testApi();
  traced = traceRequests();
  useContinuation(() => ({ later: async (job, event) => void (job === jobs.migrateProfiles && handedOver.push(event)) }));
});

/** A Lambda context with `remainingMs` left; the handler stops taking pages 10 s before the end. */
const contextWith = (remainingMs: number) => {
  const deadline = Date.now() + remainingMs;
  return { awsRequestId: randomUUID(), functionName: jobs.migrateProfiles.name, getRemainingTimeInMillis: () => deadline - Date.now() } as Context;
};

/** One invocation, and the DynamoDB writes it made. */
async function run(event: AfterDeployEvent = {}, remainingMs = 60_000) {
  const { value, trace } = await traced(() => handler(event, contextWith(remainingMs)));
  return { ...value, writes: trace.writes };
}

/** A profile as versions before issue 13 wrote it: no KBLI, permits or market reach, and no derived fields but the size class by sales. */
function oldProfile(overrides: Partial<ProfileItem> = {}): ProfileItem {
  const at = "2025-03-01T02:00:00.000Z";
  const annualRevenueIdr = overrides.annualRevenueIdr ?? 420_000_000;
  return {
    applicantId: randomUUID(), ownerName: "Yohanes Lelo", businessName: "Se'i Om Yos", nib: "9120301234567", sector: "kuliner",
    regencyCode: "53.71", products: ["Se'i babi"], foundedYear: 2016, employees: 4, annualRevenueIdr, capitalNeedIdr: 75_000_000,
    phone: "+6281234567890", sizeClass: sizeClassOf(annualRevenueIdr).sizeClass, consentAt: at, createdAt: at, updatedAt: at,
    ...overrides,
  };
}

const putOld = (profile: ProfileItem) => db().send(new PutCommand({ TableName: tableName("profiles"), Item: { ...profileKey(profile.applicantId), ...profile } }));
const storedRow = async (applicantId: string) =>
  (await db().send(new GetCommand({ TableName: tableName("profiles"), Key: mapRowKey(applicantId), ConsistentRead: true }))).Item as Record<string, unknown>;
const stored = async (applicantId: string) =>
  (await db().send(new GetCommand({ TableName: tableName("profiles"), Key: profileKey(applicantId), ConsistentRead: true }))).Item as Record<string, unknown>;

describe("the profile migration", () => {
  it("fills in the derived fields of every profile made before they existed, leaves the rest as it was, and writes nothing the second time", async () => {
    const old = [
      oldProfile(),
      oldProfile({ sector: "kriya", annualRevenueIdr: 3_000_000_000, sizeClass: "small" }),
      oldProfile({ sector: "fesyen-tenun", annualRevenueIdr: 60_000_000_000, sizeClass: "large", language: "en" }),
    ];
    // already current: what the profile's own create or update writes
    const current = oldProfile({ sector: "perikanan" });
    Object.assign(current, derivedProfileFields(current, new Date()));
    for (const profile of [...old, current]) await putOld(profile);

    const first = await run();
    // each of the four also gets its row of the cluster map, with the classes completed before (none here)
    expect(first).toMatchObject({ read: 4, written: 3, changedMeanwhile: 0, mapRowsWritten: 4, cursor: undefined });
    expect(first.writes).toEqual(Array(3 + 4 + 4).fill("UpdateItemCommand"));
    for (const profile of [...old, current]) {
      const item = await stored(profile.applicantId);
      // the derived fields, and what the applicant wrote untouched: the migration is not their edit
      expect(item, profile.sector).toEqual({ ...profileKey(profile.applicantId), ...profile, ...derivedProfileFields(profile, new Date()) });
    }
    expect((await stored(old[1]!.applicantId)).sizeRule).toMatchObject({ criterion: "annualSales", amountIdr: 3_000_000_000, paragraph: 5 });
    expect((await stored(old[0]!.applicantId)).curation).toEqual({ ready: false, missing: ["pirt_or_bpom", "halal"] });

    const row = await storedRow(old[0]!.applicantId);
    expect(row).toMatchObject({ cluster: "kuliner", regencyCode: "53.71", sizeClass: "micro", businessName: "Se'i Om Yos", profileUpdatedAt: old[0]!.updatedAt, completionsCounted: true, gsi1pk: "CLUSTER_MAP" });
    expect(row.completedClasses).toBeUndefined();

    const second = await run();
    expect(second).toMatchObject({ read: 4, written: 0, changedMeanwhile: 0, mapRowsWritten: 0 });
    expect(second.writes).toEqual([]);
    expect(handedOver).toEqual([]);
  });

  it("leaves a profile its applicant changed between the read and the write to that change", async () => {
    const profile = oldProfile({ annualRevenueIdr: 900_000_000 });
    await putOld(profile);
    const applicant: Caller = { ...(await api.user("applicant", profile.applicantId)) };
    // right after the Scan page is read, before the migration writes: the applicant's own update
    const changeMeanwhile = "changeProfileMeanwhile";
    let changed = false;
    db().middlewareStack.add((next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === "ScanCommand" && !changed) {
        changed = true;
        expect((await api.call("PATCH", "/me/profile", { as: applicant, body: { annualRevenueIdr: 6_000_000_000 } })).status).toBe(200);
      }
      return result;
    }, { step: "initialize", name: changeMeanwhile });
    try {
      const run1 = await run();
      expect(run1).toMatchObject({ written: 0, changedMeanwhile: 1 });
      // the applicant's update (run inside the migration's Scan here); the migration's own write was refused
      expect(run1.writes).toEqual(["UpdateItemCommand"]);
    } finally {
      db().middlewareStack.remove(changeMeanwhile);
    }
    const item = await stored(profile.applicantId);
    expect(item.annualRevenueIdr).toBe(6_000_000_000);
    expect(item.updatedAt).not.toBe(profile.updatedAt);
    // the migration would have written the size of 900 million: micro, placed by annual sales up to Rp2 bn
    expect(item.sizeClass).toBe("small");
    expect(item.sizeRule).toEqual(derivedProfileFields({ ...profile, annualRevenueIdr: 6_000_000_000 }, new Date()).sizeRule);
  });

  it("stops when its time runs short and hands the rest to a new invocation, which carries on where it stopped", async () => {
    // three pages of 100: two full, one of a single profile
    const many = Array.from({ length: 201 }, (_, i) => oldProfile({ businessName: `Usaha ${i}`, sector: i % 2 ? "kuliner" : "kriya" }));
    for (let i = 0; i < many.length; i += 25) await Promise.all(many.slice(i, i + 25).map(putOld));

    // 10 s left: no time for a second page, so each invocation reads one page and hands over the rest
    const runs = [await run({}, 10_000)];
    while (handedOver.length) {
      const event = handedOver.shift()!;
      expect(event.cursor).toBe(runs.at(-1)!.cursor);
      runs.push(await run(event, 10_000));
    }
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const slice of runs) expect(slice.read).toBeLessThanOrEqual(100);
    expect(runs.at(-1)!.cursor).toBeUndefined();
    expect(runs.reduce((sum, slice) => sum + slice.written, 0)).toBe(many.length);
    for (const profile of many) expect((await stored(profile.applicantId)).sizeRule, profile.businessName).toBeDefined();

    // and a run with time to spare reads every page in one invocation, writing nothing
    const again = await run();
    expect(again.read).toBe(runs.reduce((sum, slice) => sum + slice.read, 0));
    expect(again.writes).toEqual([]);
    expect(handedOver).toEqual([]);
  });

  it("runs through the local job runner, as `npm start` runs it once the demo data is in", async () => {
    const profile = oldProfile({ sector: "agribisnis" });
    await putOld(profile);
    // last in this file: the runner puts in its own continuation, which runs what is handed over itself
    const runner = await api.startJobs();
    await runner.runAfterDeploy();
    expect(await stored(profile.applicantId)).toMatchObject(derivedProfileFields(profile, new Date()));
  });
});
