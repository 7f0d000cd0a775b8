import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, TrimmedDataAccessException, type _Record } from "@aws-sdk/client-dynamodb-streams";
import { DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createStreamPoller, type StreamCheckpoint, type StreamPoller, type StreamPollerOptions } from "../../infra/local/streams.js";
import { streamImage } from "../../shared/jobs/stream.js";
import { createTables } from "../../infra/local/tables.js";
import { db } from "../../shared/data/client.js";
import { tableEnvVar, tableName, tableNames } from "../../shared/data/tables.js";

beforeAll(async () => {
  await createTables(`t${randomUUID().slice(0, 8)}-`);
});

const pollers: StreamPoller[] = [];
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
});

/** A poller on `learning` whose handler records every event it is given; failures are logged into `logged`. */
function recordingPoller(options: Partial<StreamPollerOptions> & { fail?: (event: DynamoDBStreamEvent) => boolean } = {}) {
  const events: DynamoDBStreamEvent[] = [];
  const logged = { error: vi.fn(), warn: vi.fn() };
  const poller = createStreamPoller({
    table: "learning",
    logger: logged,
    ...options,
    handler: async (event) => {
      events.push(event);
      if (options.fail?.(event)) throw new Error("the job failed");
    },
  });
  pollers.push(poller);
  const records = () => events.flatMap((event) => event.Records);
  return { poller, events, records, logged };
}

const put = (item: Record<string, unknown>) => db().send(new PutCommand({ TableName: tableName("learning"), Item: item }));
const pkOf = (record: DynamoDBRecord) => record.dynamodb?.Keys?.pk?.S;
const skOf = (record: DynamoDBRecord) => record.dynamodb?.Keys?.sk?.S;

describe("stream-enabled tables", () => {
  it("profiles, classes, learning and judging are created with a NEW_AND_OLD_IMAGES stream, the idempotency keys and audit without", async () => {
    const streams = await Promise.all(
      tableNames.map(async (table) => {
        const { Table } = await db().send(new DescribeTableCommand({ TableName: tableName(table) }));
        return [table, Table?.StreamSpecification ?? null];
      }),
    );
    expect(Object.fromEntries(streams)).toEqual({
      profiles: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
      classes: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
      learning: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
      judging: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" },
      idempotency: null,
      audit: null,
    });
  });

  it("a table kept from an earlier run gets its stream when the tables are created again", async () => {
    const saved = Object.fromEntries(tableNames.map((table) => [tableEnvVar(table), process.env[tableEnvVar(table)]]));
    const prefix = `t${randomUUID().slice(0, 8)}-`;
    try {
      await db().send(
        new CreateTableCommand({
          TableName: `${prefix}learning`,
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }, { AttributeName: "sk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }],
        }),
      );
      await createTables(prefix);
      const { Table } = await db().send(new DescribeTableCommand({ TableName: `${prefix}learning` }));
      expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
    } finally {
      Object.assign(process.env, saved);
    }
  });

  it("a poller on a table without a stream says which flag to set", async () => {
    const poller = createStreamPoller({ table: "audit", handler: async () => {} });
    pollers.push(poller);
    await expect(poller.start()).rejects.toThrow(/has no stream: set `stream: true` on audit/);
  });
});

describe("the local stream poller", () => {
  it("delivers INSERT, MODIFY and REMOVE in order, as Lambda's event, with keys and both images", async () => {
    const { poller, records } = recordingPoller();
    await poller.start();
    const pk = `CLASS#${randomUUID()}`;
    const photo = Uint8Array.from([0, 1, 2, 250, 255]);
    await put({ pk, sk: "MODULE#1", title: "Pembukuan sederhana", order: 1, photo });
    await db().send(
      new UpdateCommand({
        TableName: tableName("learning"),
        Key: { pk, sk: "MODULE#1" },
        UpdateExpression: "SET #order = :order",
        ExpressionAttributeNames: { "#order": "order" },
        ExpressionAttributeValues: { ":order": 2 },
      }),
    );
    await db().send(new DeleteCommand({ TableName: tableName("learning"), Key: { pk, sk: "MODULE#1" } }));
    await poller.drain();

    const seen = records();
    expect(seen.map((record) => record.eventName)).toEqual(["INSERT", "MODIFY", "REMOVE"]);
    const [insert, modify, remove] = seen as [DynamoDBRecord, DynamoDBRecord, DynamoDBRecord];
    expect(insert.dynamodb?.Keys).toEqual({ pk: { S: pk }, sk: { S: "MODULE#1" } });
    expect(insert.dynamodb?.OldImage).toBeUndefined();
    // Lambda sends binary values base64-encoded; streamImage turns them back into bytes
    expect(insert.dynamodb?.NewImage?.photo).toEqual({ B: Buffer.from(photo).toString("base64") });
    expect(streamImage(insert.dynamodb?.NewImage)).toEqual({ pk, sk: "MODULE#1", title: "Pembukuan sederhana", order: 1, photo: new Uint8Array(photo) });
    expect(streamImage(modify.dynamodb?.OldImage)).toMatchObject({ order: 1 });
    expect(streamImage(modify.dynamodb?.NewImage)).toMatchObject({ order: 2 });
    expect(streamImage(remove.dynamodb?.OldImage)).toMatchObject({ order: 2, title: "Pembukuan sederhana" });
    expect(remove.dynamodb?.NewImage).toBeUndefined();
    for (const record of seen) {
      expect(record).toMatchObject({ eventSource: "aws:dynamodb", eventSourceARN: poller.streamArn, dynamodb: { StreamViewType: "NEW_AND_OLD_IMAGES" } });
      expect(record.dynamodb?.ApproximateCreationDateTime).toBeGreaterThan(Date.now() / 1000 - 300);
    }
    expect(poller.streamArn).toContain(`table/${tableName("learning")}/stream/`);
    expect(new Set(seen.map((record) => record.eventID)).size).toBe(3);
  });

  it("an empty map and an empty list arrive as Lambda sends them (DynamoDB Local drops the map's type)", async () => {
    const { poller, records } = recordingPoller();
    await poller.start();
    const pk = `REVIEW#${randomUUID()}`;
    await put({ pk, sk: "x", scores: {}, nested: { inner: {} }, ties: [] });
    await poller.drain();
    const [insert] = records() as [DynamoDBRecord];
    expect(insert.dynamodb?.NewImage).toMatchObject({ scores: { M: {} }, nested: { M: { inner: { M: {} } } }, ties: { L: [] } });
    expect(streamImage(insert.dynamodb?.NewImage)).toEqual({ pk, sk: "x", scores: {}, nested: { inner: {} }, ties: [] });
  });

  it("starts at LATEST: changes made before start() are not delivered", async () => {
    const pk = `BEFORE#${randomUUID()}`;
    await put({ pk, sk: "old" });
    const { poller, records } = recordingPoller();
    await poller.start();
    await put({ pk, sk: "new" });
    await poller.drain();
    expect(records().map(skOf)).toEqual(["new"]);
  });

  it("drain() waits for every earlier write across several batches and a slow handler, in stream order", async () => {
    const events: DynamoDBStreamEvent[] = [];
    const poller = createStreamPoller({
      table: "learning",
      batchSize: 40,
      handler: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 15));
        events.push(event);
      },
    });
    pollers.push(poller);
    await poller.start();
    const pk = `MANY#${randomUUID()}`;
    const sks = Array.from({ length: 200 }, (_, index) => String(index).padStart(3, "0"));
    for (let start = 0; start < sks.length; start += 25) await Promise.all(sks.slice(start, start + 25).map((sk) => put({ pk, sk })));
    await poller.drain();

    const seen = events.flatMap((event) => event.Records);
    expect(seen.map(skOf).sort()).toEqual(sks);
    expect(events.every((event) => event.Records.length <= 40)).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(5);
    const sequence = seen.map((record) => BigInt(record.dynamodb?.SequenceNumber ?? "0"));
    expect(sequence).toEqual([...sequence].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("a failing batch is handed over again, and later records wait for it", async () => {
    let failures = 0;
    const { poller, events, logged } = recordingPoller({
      batchSize: 1,
      retryDelayMs: 10,
      fail: (event) => skOf(event.Records[0]!) === "first" && failures++ < 2,
    });
    await poller.start();
    const pk = `RETRY#${randomUUID()}`;
    await put({ pk, sk: "first" });
    await put({ pk, sk: "second" });
    await poller.drain();

    expect(events.map((event) => event.Records.map(skOf))).toEqual([["first"], ["first"], ["first"], ["second"]]);
    expect(new Set(events.slice(0, 3).map((event) => event.Records[0]?.eventID)).size).toBe(1);
    expect(logged.error).toHaveBeenCalledTimes(2);
    expect(logged.error.mock.calls[0]?.[0]).toMatch(/attempt 1 of 3.*retrying/);
  });

  it("after maxAttempts failures the batch is logged and skipped, so the shard moves on", async () => {
    const { poller, events, logged } = recordingPoller({
      batchSize: 1,
      maxAttempts: 3,
      retryDelayMs: 10,
      fail: (event) => skOf(event.Records[0]!) === "poison",
    });
    await poller.start();
    const pk = `POISON#${randomUUID()}`;
    await put({ pk, sk: "poison" });
    await put({ pk, sk: "fine" });
    await poller.drain();

    expect(events.map((event) => skOf(event.Records[0]!))).toEqual(["poison", "poison", "poison", "fine"]);
    expect(logged.error).toHaveBeenCalledTimes(3);
    expect(logged.error.mock.calls[2]?.[0]).toMatch(/failed 3 times on 1 record\(s\).*skipping/);
  });

  it("drain() times out with the shards still behind when a handler never finishes", async () => {
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const poller = createStreamPoller({ table: "learning", handler: () => stuck });
    pollers.push(poller);
    await poller.start();
    await put({ pk: `STUCK#${randomUUID()}`, sk: "1" });
    await expect(poller.drain({ timeoutMs: 300 })).rejects.toThrow(/timed out after 300 ms; shards still behind: shardId-/);
    release();
    await poller.drain();
  });

  it("drain() does not wait for the idle poll interval (measured)", async () => {
    const { poller, records } = recordingPoller({ idleMs: 5_000 });
    await poller.start();
    const pk = `TIMED#${randomUUID()}`;
    const afterWrite: number[] = [];
    for (let index = 0; index < 30; index++) {
      await put({ pk, sk: String(index) });
      const began = performance.now();
      await poller.drain();
      afterWrite.push(performance.now() - began);
      expect(records()).toHaveLength(index + 1);
    }
    const idle: number[] = [];
    for (let index = 0; index < 10; index++) {
      const began = performance.now();
      await poller.drain();
      idle.push(performance.now() - began);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const max = (values: number[]) => Math.max(...values);
    console.log(
      `drain() after one write: median ${median(afterWrite).toFixed(1)} ms, max ${max(afterWrite).toFixed(1)} ms; ` +
        `with nothing new: median ${median(idle).toFixed(1)} ms, max ${max(idle).toFixed(1)} ms`,
    );
    // with a 5 s idle interval, anything near it would mean drain() waited for the timer instead of waking the poller
    expect(max(afterWrite)).toBeLessThan(2_000);
    expect(max(idle)).toBeLessThan(2_000);
  });

  it("stop() ends polling and rejects later drains", async () => {
    const pk = `STOP#${randomUUID()}`;
    const { poller, records } = recordingPoller({ idleMs: 20 });
    await poller.start();
    await put({ pk, sk: "while running" });
    await poller.drain();
    await poller.stop();
    await put({ pk, sk: "after stop" });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(records().map(skOf)).toEqual(["while running"]);
    await expect(poller.drain()).rejects.toThrow(/needs a started poller/);
  });

  it("a process that stops its poller exits by itself: no timers or sockets left behind", async () => {
    // the child inherits DYNAMODB_ENDPOINT, the credentials and TABLE_LEARNING from this test file
    const script = `
      const { createStreamPoller } = await import(process.env.STREAMS_MODULE);
      const { db } = await import(process.env.CLIENT_MODULE);
      const { PutCommand } = await import("@aws-sdk/lib-dynamodb");
      let delivered = 0;
      const poller = createStreamPoller({ table: "learning", handler: async (event) => { delivered += event.Records.length; } });
      await poller.start();
      await db().send(new PutCommand({ TableName: process.env.TABLE_LEARNING, Item: { pk: "EXIT#" + process.pid, sk: "1" } }));
      await poller.drain();
      await poller.stop();
      db().destroy();
      console.log("delivered " + delivered);
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: {
        ...process.env,
        STREAMS_MODULE: new URL("../../infra/local/streams.ts", import.meta.url).href,
        CLIENT_MODULE: new URL("../../shared/data/client.ts", import.meta.url).href,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    const code = await exited;
    clearTimeout(timer);

    expect(output).toContain("delivered 1");
    expect(code, `the child was still running 20 s later (killed) or failed:\n${output}`).toBe(0);
  });

  it("stop() does not wait out a failing batch's retry delay", async () => {
    let failed!: () => void;
    const firstFailure = new Promise<void>((resolve) => (failed = resolve));
    const poller = createStreamPoller({
      table: "learning",
      retryDelayMs: 10_000,
      logger: { error: () => failed(), warn: () => {} },
      handler: async () => {
        throw new Error("always");
      },
    });
    pollers.push(poller);
    await poller.start();
    await put({ pk: `SLOW-RETRY#${randomUUID()}`, sk: "1" });
    await firstFailure;
    const pending = poller.drain();
    const began = performance.now();
    await poller.stop();
    expect(performance.now() - began).toBeLessThan(1_000);
    await expect(pending).rejects.toThrow(/stopped before the stream was drained/);
  });
});

describe("the local stream poller resuming from a checkpoint", () => {
  it("resumes after its checkpoint: what changed while no poller ran is delivered, what was handled is not", async () => {
    const pk = `RESUME#${randomUUID()}`;
    const saved: StreamCheckpoint[] = [];
    const { poller: first } = recordingPoller({ onCheckpoint: (checkpoint) => saved.push(checkpoint) });
    await first.start();
    await put({ pk, sk: "handled" });
    await first.drain();
    await first.stop();
    await put({ pk, sk: "while stopped" });

    const { poller: second, records } = recordingPoller({ resumeFrom: saved.at(-1) });
    await second.start();
    await put({ pk, sk: "after the restart" });
    await second.drain();
    expect(records().map(skOf)).toEqual(["while stopped", "after the restart"]);
  });

  it("a batch the handler had not finished is handed to the next poller again, even before any batch finished", async () => {
    const saved: StreamCheckpoint[] = [];
    let failed!: () => void;
    const firstFailure = new Promise<void>((resolve) => (failed = resolve));
    const first = createStreamPoller({
      table: "learning",
      retryDelayMs: 10_000,
      logger: { error: () => failed(), warn: () => {} },
      handler: async () => {
        throw new Error("the process dies before this batch is done");
      },
      onCheckpoint: (checkpoint) => saved.push(checkpoint),
    });
    pollers.push(first);
    await first.start();
    await put({ pk: `IN-FLIGHT#${randomUUID()}`, sk: "in flight" });
    await firstFailure;
    await first.stop();
    // only the position taken at start (LATEST, as the last record then): nothing since was finished
    expect(saved).toHaveLength(1);

    const { poller: second, records } = recordingPoller({ resumeFrom: saved[0] });
    await second.start();
    await second.drain();
    expect(records().map(skOf)).toEqual(["in flight"]);
  });

  it("ignores a checkpoint of another stream (the table made again) and starts at LATEST", async () => {
    const pk = `OTHER-STREAM#${randomUUID()}`;
    await put({ pk, sk: "before start" });
    const { Table } = await db().send(new DescribeTableCommand({ TableName: tableName("learning") }));
    // with no shard named, a checkpoint of this stream would read every shard from its start
    const elsewhere = { streamArn: `${Table?.LatestStreamArn?.split("/stream/")[0]}/stream/2020-01-01T00:00:00.000`, shards: {} };
    const { poller, records } = recordingPoller({ resumeFrom: elsewhere });
    await poller.start();
    await put({ pk, sk: "after start" });
    await poller.drain();
    expect(records().map(skOf)).toEqual(["after start"]);
  });
});

/**
 * DynamoDB Local rolls shards over only every 4 hours and never splits them, so a split is played by a
 * stand-in Streams API: a parent shard that closes after two records, and two children.
 */
describe("the local stream poller across a shard split", () => {
  function record(sequence: number, sk: string): _Record {
    return {
      eventID: `event-${sequence}`,
      eventName: "INSERT",
      eventSource: "aws:dynamodb",
      dynamodb: { Keys: { pk: { S: "SPLIT" }, sk: { S: sk } }, SequenceNumber: String(sequence).padStart(21, "0"), StreamViewType: "NEW_AND_OLD_IMAGES" },
    };
  }

  function splittingStream({ failingReads = 0 } = {}) {
    const shards = {
      parent: { parentId: undefined, records: [] as _Record[], closed: false },
      left: { parentId: "parent", records: [record(3, "left-1"), record(5, "left-2")], closed: false },
      right: { parentId: "parent", records: [record(4, "right-1")], closed: false },
    };
    let split = false;
    const reads: string[] = [];
    const iterators: string[] = [];
    const send = async (command: unknown) => {
      if (command instanceof DescribeStreamCommand) {
        const visible = split ? (["parent", "left", "right"] as const) : (["parent"] as const);
        return {
          StreamDescription: {
            Shards: visible.map((id) => ({
              ShardId: id,
              ParentShardId: shards[id].parentId,
              SequenceNumberRange: { StartingSequenceNumber: "1", EndingSequenceNumber: shards[id].closed ? "2" : undefined },
            })),
          },
        };
      }
      if (command instanceof GetShardIteratorCommand) {
        const id = command.input.ShardId as keyof typeof shards;
        const { records } = shards[id];
        iterators.push(`${id}:${command.input.ShardIteratorType}`);
        if (command.input.ShardIteratorType === "AFTER_SEQUENCE_NUMBER") {
          const after = BigInt(command.input.SequenceNumber ?? "");
          // a sequence number older than the shard's oldest record: the stream no longer holds what follows it
          if (records.length > 0 && after < BigInt(records[0]!.dynamodb!.SequenceNumber!)) {
            throw new TrimmedDataAccessException({ message: "trimmed", $metadata: {} });
          }
          return { ShardIterator: `${id}@${records.filter((one) => BigInt(one.dynamodb!.SequenceNumber!) <= after).length}` };
        }
        return { ShardIterator: `${id}@${command.input.ShardIteratorType === "LATEST" ? records.length : 0}` };
      }
      if (command instanceof GetRecordsCommand) {
        if (failingReads-- > 0) throw new Error("connect ECONNREFUSED 127.0.0.1");
        const [id, at] = (command.input.ShardIterator ?? "").split("@") as [keyof typeof shards, string];
        const shard = shards[id];
        const page = shard.records.slice(Number(at), Number(at) + (command.input.Limit ?? 1000));
        const next = Number(at) + page.length;
        reads.push(`${id}:${page.length}`);
        return { Records: page, NextShardIterator: shard.closed && next === shard.records.length ? undefined : `${id}@${next}` };
      }
      throw new Error(`unexpected command ${String(command)}`);
    };
    return {
      streams: { send } as unknown as StreamPollerOptions["streams"],
      reads,
      iterators,
      splitNow() {
        shards.parent.records.push(record(1, "parent-1"), record(2, "parent-2"));
        shards.parent.closed = true;
        split = true;
      },
    };
  }

  it("reads the parent to its end before either child, then both children in order", async () => {
    const stream = splittingStream();
    const { poller, records } = recordingPoller({ streams: stream.streams, idleMs: 20 });
    await poller.start();
    stream.splitNow();
    await poller.drain();

    const order = records().map(skOf);
    expect(order.slice(0, 2)).toEqual(["parent-1", "parent-2"]);
    expect(order.filter((sk) => sk?.startsWith("left"))).toEqual(["left-1", "left-2"]);
    expect(order.filter((sk) => sk?.startsWith("right"))).toEqual(["right-1"]);
    expect(order).toHaveLength(5);
    const firstChildRead = stream.reads.findIndex((read) => !read.startsWith("parent"));
    expect(stream.reads.slice(firstChildRead).some((read) => read.startsWith("parent"))).toBe(false);
    expect(records().every((seen) => pkOf(seen) === "SPLIT" && seen.eventSourceARN === poller.streamArn)).toBe(true);
  });

  it("a read that fails is logged once and retried, without losing or repeating records", async () => {
    const stream = splittingStream({ failingReads: 3 });
    const { poller, records, logged } = recordingPoller({ streams: stream.streams, idleMs: 20 });
    await poller.start();
    stream.splitNow();
    await poller.drain();

    expect(records().map(skOf).sort()).toEqual(["left-1", "left-2", "parent-1", "parent-2", "right-1"]);
    expect(logged.error).toHaveBeenCalledTimes(1);
    expect(logged.error.mock.calls[0]?.[0]).toMatch(/polling failed; retrying until it works again/);
  });

  /** A checkpoint of the learning table's stream (the stand-in answers for it) naming the parent shard only. */
  async function checkpointOfParent(parent: StreamCheckpoint["shards"][string]): Promise<StreamCheckpoint> {
    const { Table } = await db().send(new DescribeTableCommand({ TableName: tableName("learning") }));
    return { streamArn: Table!.LatestStreamArn!, shards: { parent } };
  }

  it("resumes the parent after its checkpoint, then reads the children it never knew from their start", async () => {
    const stream = splittingStream();
    stream.splitNow();
    const resumeFrom = await checkpointOfParent({ lastSequenceNumber: record(1, "parent-1").dynamodb!.SequenceNumber!, finished: false });
    const { poller, records } = recordingPoller({ streams: stream.streams, idleMs: 20, resumeFrom });
    await poller.start();
    await poller.drain();

    const order = records().map(skOf);
    expect(order[0]).toBe("parent-2");
    expect(order.slice(1).sort()).toEqual(["left-1", "left-2", "right-1"]);
    expect(stream.iterators).toEqual(expect.arrayContaining(["parent:AFTER_SEQUENCE_NUMBER", "left:TRIM_HORIZON", "right:TRIM_HORIZON"]));
  });

  it("does not read again a shard the checkpoint says was finished", async () => {
    const stream = splittingStream();
    stream.splitNow();
    const resumeFrom = await checkpointOfParent({ lastSequenceNumber: record(2, "parent-2").dynamodb!.SequenceNumber!, finished: true });
    const { poller, records } = recordingPoller({ streams: stream.streams, idleMs: 20, resumeFrom });
    await poller.start();
    await poller.drain();

    expect(records().map(skOf).sort()).toEqual(["left-1", "left-2", "right-1"]);
    expect(stream.reads.some((read) => read.startsWith("parent"))).toBe(false);
  });

  it("a checkpoint older than what the stream still holds falls back to the oldest record, with a warning", async () => {
    const stream = splittingStream();
    stream.splitNow();
    const resumeFrom = await checkpointOfParent({ lastSequenceNumber: record(0, "trimmed long ago").dynamodb!.SequenceNumber!, finished: false });
    const { poller, records, logged } = recordingPoller({ streams: stream.streams, idleMs: 20, resumeFrom });
    await poller.start();
    await poller.drain();

    expect(records().map(skOf).slice(0, 2)).toEqual(["parent-1", "parent-2"]);
    expect(records()).toHaveLength(5);
    expect(logged.warn).toHaveBeenCalledWith(expect.stringMatching(/TrimmedDataAccessException on parent: asking for a new iterator/));
    expect(stream.iterators.filter((iterator) => iterator.startsWith("parent"))).toEqual(["parent:AFTER_SEQUENCE_NUMBER", "parent:TRIM_HORIZON"]);
  });
});
