import { randomUUID } from "node:crypto";
import {
  BatchGetCommand, BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactGetCommand, TransactWriteCommand, UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { asFunction, enforceGrants } from "../../infra/local/grants.js";
import { createTables } from "../../infra/local/tables.js";
import type { TableAccess, Uses } from "../../shared/api/route.js";
import { db } from "../../shared/data/client.js";
import { tableName, type TableName } from "../../shared/data/tables.js";

/*
 * The local stand-in for IAM (infra/local/grants.ts) against real tables.
 *
 * The vitest global setup (test/setup/dynamodb-local.ts) starts one DynamoDB Local for every run and
 * test/setup/environment.ts points `db()` at it, so the tables are there at no extra cost: this file
 * makes its own under a unique prefix (as test/support/api.ts does; files run in parallel), which also
 * sets TABLE_AUDIT, TABLE_CLASSES … to their physical names. That is more telling than an unreachable
 * endpoint: a call the guard lets through really succeeds (no mistaking a connection error, or a
 * retried one that takes seconds, for "got past the guard"), and a call it refuses is shown to have
 * changed nothing, since the guard runs at the `initialize` step, before serialisation and the network.
 */

type Call = () => Promise<unknown>;

const key = (sk: string) => ({ pk: "grants", sk });
const seed = { ...key("seed"), note: "as written by the setup" };

let audit: string;
let classes: string;

beforeAll(async () => {
  await createTables(`grants${randomUUID().slice(0, 8)}-`);
  enforceGrants();
  audit = tableName("audit");
  classes = tableName("classes");
  // outside any function: setup is not held to grants
  await db().send(new PutCommand({ TableName: audit, Item: seed }));
  await db().send(new PutCommand({ TableName: classes, Item: seed }));
});

/** Every kind of call the guard tells apart, on one table. */
function calls(table: () => string) {
  const put = (sk: string) => ({ TableName: table(), Item: { ...key(sk), note: "new" } });
  const update = (sk: string) => ({ TableName: table(), Key: key(sk), UpdateExpression: "SET #note = :note", ExpressionAttributeNames: { "#note": "note" }, ExpressionAttributeValues: { ":note": "changed" } });
  return {
    reads: {
      GetItem: () => db().send(new GetCommand({ TableName: table(), Key: key("seed") })),
      Query: () => db().send(new QueryCommand({ TableName: table(), KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "grants" } })),
      BatchGetItem: () => db().send(new BatchGetCommand({ RequestItems: { [table()]: { Keys: [key("seed")] } } })),
      TransactGetItems: () => db().send(new TransactGetCommand({ TransactItems: [{ Get: { TableName: table(), Key: key("seed") } }] })),
    } satisfies Record<string, Call>,
    puts: {
      PutItem: () => db().send(new PutCommand(put(`put-${randomUUID()}`))),
      "TransactWriteItems: Put": () => db().send(new TransactWriteCommand({ TransactItems: [{ Put: put(`transact-${randomUUID()}`) }] })),
    } satisfies Record<string, Call>,
    writes: {
      UpdateItem: () => db().send(new UpdateCommand(update("seed"))),
      DeleteItem: () => db().send(new DeleteCommand({ TableName: table(), Key: key("seed") })),
      // only puts inside, yet IAM's BatchWriteItem action also deletes: an append grant does not cover it
      "BatchWriteItem of puts": () => db().send(new BatchWriteCommand({ RequestItems: { [table()]: [{ PutRequest: { Item: { ...key(`batch-${randomUUID()}`) } } }] } })),
      "TransactWriteItems: Update": () => db().send(new TransactWriteCommand({ TransactItems: [{ Update: update("seed") }] })),
      "TransactWriteItems: Delete": () => db().send(new TransactWriteCommand({ TransactItems: [{ Delete: { TableName: table(), Key: key("seed") } }] })),
      "TransactWriteItems: Put and Update": () => db().send(new TransactWriteCommand({ TransactItems: [{ Put: put(`mixed-${randomUUID()}`) }, { Update: update("other") }] })),
    } satisfies Record<string, Call>,
  };
}

const onAudit = calls(() => audit);
const onClasses = calls(() => classes);

const as = (fn: string, tables: Partial<Record<TableName, TableAccess>>, call: Call) => asFunction(fn, { tables }, call);

/** Refused as IAM would, naming the function, what it tried and the table. */
const denied = (fn: string, need: "read" | "put" | "write", table: string) => ({
  name: "AccessDeniedException",
  message: `${fn} is not allowed to ${need} ${table}: declare it in the route or job table`,
});

/** The seed item, read outside any function: a refused call must not have reached the table. */
const seedOf = async (table: string) => (await db().send(new GetCommand({ TableName: table, Key: key("seed"), ConsistentRead: true }))).Item;

describe("a function granted append on a table (the audit log)", () => {
  const grant = { audit: "append" } as const;

  it.each(Object.entries(onAudit.puts))("may add items: %s", async (_, call) => {
    await expect(as("appender", grant, call)).resolves.toBeDefined();
  });

  it("adds items that are really there", async () => {
    const sk = `visible-${randomUUID()}`;
    await as("appender", grant, () => db().send(new PutCommand({ TableName: audit, Item: { ...key(sk), note: "appended" } })));
    expect((await db().send(new GetCommand({ TableName: audit, Key: key(sk), ConsistentRead: true }))).Item).toEqual({ ...key(sk), note: "appended" });
  });

  it.each(Object.entries(onAudit.reads))("may not read: %s", async (_, call) => {
    await expect(as("appender", grant, call)).rejects.toMatchObject(denied("appender", "read", "audit"));
  });

  it.each(Object.entries(onAudit.writes))("may not change or delete: %s", async (_, call) => {
    await expect(as("appender", grant, call)).rejects.toMatchObject(denied("appender", "write", "audit"));
    expect(await seedOf(audit)).toEqual(seed);
  });

  it("may not check a condition on it inside a transaction (a read)", async () => {
    const check = () => db().send(new TransactWriteCommand({ TransactItems: [
      { ConditionCheck: { TableName: audit, Key: key("seed"), ConditionExpression: "attribute_exists(pk)" } },
      { Put: { TableName: audit, Item: key(`checked-${randomUUID()}`) } },
    ] }));
    await expect(as("appender", grant, check)).rejects.toMatchObject(denied("appender", "read", "audit"));
  });

  it("still may not touch a table it was not granted, even to add", async () => {
    await expect(as("appender", grant, onClasses.puts.PutItem)).rejects.toMatchObject(denied("appender", "put", "classes"));
    await expect(as("appender", grant, onClasses.reads.GetItem)).rejects.toMatchObject(denied("appender", "read", "classes"));
  });
});

describe("a function granted R on a table", () => {
  const grant = { classes: "R" } as const;

  it.each(Object.entries(onClasses.reads))("may read: %s", async (_, call) => {
    await expect(as("reader", grant, call)).resolves.toBeDefined();
  });

  it("reads what is there", async () => {
    await expect(as("reader", grant, onClasses.reads.GetItem)).resolves.toMatchObject({ Item: { pk: "grants", sk: "seed" } });
  });

  it.each(Object.entries(onClasses.puts))("may not add: %s", async (_, call) => {
    await expect(as("reader", grant, call)).rejects.toMatchObject(denied("reader", "put", "classes"));
  });

  it.each(Object.entries(onClasses.writes))("may not change or delete: %s", async (label, call) => {
    // the mixed transaction is refused on its first part, the put
    await expect(as("reader", grant, call)).rejects.toMatchObject(denied("reader", label.includes("Put and") ? "put" : "write", "classes"));
    expect(await seedOf(classes)).toEqual(seed);
  });
});

describe("a function granted RW on a table", () => {
  const grant = { classes: "RW" } as const;

  it.each(Object.entries({ ...onClasses.reads, ...onClasses.puts }))("may read and add: %s", async (_, call) => {
    await expect(as("writer", grant, call)).resolves.toBeDefined();
  });

  it("may change and delete: UpdateItem, DeleteItem, BatchWriteItem, transactions", async () => {
    for (const call of Object.values(onClasses.writes)) await expect(as("writer", grant, call)).resolves.toBeDefined();
    // the last of them deleted the seed item: put it back for the other tests (outside a function)
    await db().send(new PutCommand({ TableName: classes, Item: seed }));
  });
});

describe("a transaction across tables", () => {
  it("is allowed when each part is: a condition on a table read, a put on an append-only one", async () => {
    const transaction = () => db().send(new TransactWriteCommand({ TransactItems: [
      { ConditionCheck: { TableName: classes, Key: key("seed"), ConditionExpression: "attribute_exists(pk)" } },
      { Put: { TableName: audit, Item: key(`across-${randomUUID()}`) } },
    ] }));
    await expect(as("publisher", { classes: "R", audit: "append" }, transaction)).resolves.toBeDefined();
    await expect(as("publisher", { classes: "RW", audit: "append" }, transaction)).resolves.toBeDefined();
  });

  it("is refused, naming the table, when any part is not", async () => {
    const transaction = () => db().send(new TransactWriteCommand({ TransactItems: [
      { Put: { TableName: audit, Item: key(`across-${randomUUID()}`) } },
      { Update: { TableName: classes, Key: key("seed"), UpdateExpression: "SET #note = :note", ExpressionAttributeNames: { "#note": "note" }, ExpressionAttributeValues: { ":note": "changed" } } },
    ] }));
    await expect(as("publisher", { classes: "R", audit: "append" }, transaction)).rejects.toMatchObject(denied("publisher", "write", "classes"));
    await expect(as("publisher", { classes: "RW" }, transaction)).rejects.toMatchObject(denied("publisher", "put", "audit"));
    await expect(as("publisher", { classes: "RW", audit: "append" }, transaction)).resolves.toBeDefined();
    await db().send(new PutCommand({ TableName: classes, Item: seed }));
  });
});

describe("the guard", () => {
  it("refuses a table that is none of ours by its physical name", async () => {
    const call = () => db().send(new GetCommand({ TableName: "someone-elses-table", Key: key("seed") }));
    await expect(as("reader", { classes: "RW", audit: "RW" }, call)).rejects.toMatchObject(denied("reader", "read", "someone-elses-table"));
  });

  it("refuses an operation no route or job uses, whatever the grant", async () => {
    const scan = () => db().send(new ScanCommand({ TableName: audit }));
    await expect(as("scanner", { audit: "RW" }, scan)).rejects.toMatchObject({
      name: "AccessDeniedException", message: "ScanCommand is not an operation any route or job uses",
    });
  });

  it("lets a job that runs after a deploy Scan a table it declares, and only such a job", async () => {
    const scan = () => db().send(new ScanCommand({ TableName: classes, Limit: 1 }));
    const migration = { trigger: { afterDeploy: true } };
    await expect(asFunction("migration", { ...migration, tables: { classes: "RW" } } as Uses, scan)).resolves.toBeDefined();
    await expect(asFunction("migration", { ...migration, tables: { audit: "RW" } } as Uses, scan)).rejects.toMatchObject(denied("migration", "read", "classes"));
    await expect(asFunction("streamJob", { trigger: { stream: "classes" }, tables: { classes: "RW" } } as Uses, scan)).rejects.toMatchObject({
      name: "AccessDeniedException", message: "ScanCommand is not an operation any route or job uses",
    });
  });

  it("does not hold calls made outside a function: setup, seeding, tests", async () => {
    await expect(onAudit.writes.UpdateItem()).resolves.toBeDefined();
    await db().send(new PutCommand({ TableName: audit, Item: seed }));
  });
});
