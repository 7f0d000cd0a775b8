import { randomUUID } from "node:crypto";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { faultKinds, injectFaults } from "../../infra/local/faults.js";
import { db } from "../../shared/data/client.js";
import { tableName } from "../../shared/data/tables.js";
import { testApi } from "../support/api.js";

/* The fault layer of the chaos run (infra/local/faults.ts) on DynamoDB Local: what it throws, and when the write happened anyway. */

beforeAll(async () => {
  await testApi();
});

describe("the fault layer", () => {
  it("fails every call at rate 1 with each kind, a lost or resent answer after the write was made", async () => {
    const layer = injectFaults({ seed: 7, rate: 1 });
    const outcomes: { kind: string; written: boolean }[] = [];
    try {
      for (let i = 0; i < 60; i++) {
        const key = { pk: `FAULTS#${randomUUID()}`, sk: "ITEM" };
        const before = { ...layer.injected };
        const error = await db().send(new PutCommand({ TableName: tableName("audit"), Item: key })).then(() => undefined, (e: Error) => e);
        const kind = faultKinds.find((k) => layer.injected[k] > before[k])!;
        layer.setRate(0);
        const written = (await db().send(new GetCommand({ TableName: tableName("audit"), Key: key, ConsistentRead: true }))).Item !== undefined;
        layer.setRate(1);
        outcomes.push({ kind, written });
        // a resent write comes back through the SDK's retry: the SDK sends it again, which succeeds here
        if (kind !== "resent") expect(error, kind).toBeInstanceOf(Error);
      }
    } finally {
      layer.remove();
    }
    for (const kind of faultKinds) expect(outcomes.filter((o) => o.kind === kind).length, kind).toBeGreaterThan(0);
    for (const { kind, written } of outcomes) expect(written, kind).toBe(kind === "lost" || kind === "resent");
  });
});
