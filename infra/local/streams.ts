import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record as StreamRecord,
  type AttributeValue as StreamValue,
  type Shard,
  type ShardIteratorType,
} from "@aws-sdk/client-dynamodb-streams";
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { tableName, type TableName } from "../../shared/data/tables.js";

/**
 * The local stand-in for a Lambda event source mapping on a table's stream: it reads DynamoDB Local's
 * stream over the real Streams API and calls a job handler with the event Lambda would send.
 * Like Lambda it reads every shard in order, one batch at a time, finishes a parent shard before its
 * children, and blocks a shard while its batch fails — but gives up after `maxAttempts`, so one bad
 * record cannot wedge local development (Lambda retries until the record expires unless the mapping
 * sets MaximumRetryAttempts).
 */
export interface StreamPollerOptions {
  table: TableName;
  handler: (event: DynamoDBStreamEvent) => Promise<unknown>;
  /** Records per handler call: Lambda's default is 100; GetRecords returns at most 1,000. */
  batchSize?: number;
  /** LATEST (default): only changes made after `start()` resolves. TRIM_HORIZON: everything the stream still holds (24 h). */
  startingPosition?: "LATEST" | "TRIM_HORIZON";
  /** Handler calls per batch before it is logged and skipped (default 3, i.e. MaximumRetryAttempts 2 on AWS). */
  maxAttempts?: number;
  /** Wait before the first retry of a failed batch, doubling on each further retry (default 100 ms). */
  retryDelayMs?: number;
  /** Wait between polls when every shard is idle (default 200 ms); `drain()` does not wait for it. */
  idleMs?: number;
  logger?: Pick<Console, "error" | "warn">;
  /** A Streams client to use instead of one for `DYNAMODB_ENDPOINT` (tests simulate shard splits with it); not destroyed by `stop()`. */
  streams?: Pick<DynamoDBStreamsClient, "send">;
  /**
   * Where an earlier poller of the same job stopped (the last `onCheckpoint`), as an event source mapping
   * keeps its position across deploys. Used only while the table's stream is the same one; it then takes
   * the place of `startingPosition`.
   */
  resumeFrom?: StreamCheckpoint;
  /** Called after every batch the handler finished (or gave up on), with where a later poller should resume. */
  onCheckpoint?: (checkpoint: StreamCheckpoint) => void;
}

/**
 * A poller's position: every shard it knows, with the last record whose batch the handler finished.
 * A poller resuming from it reads each shard after that record, a shard where nothing was finished from
 * its start, and a shard it does not list (new since) from its start too: a batch in flight when the
 * process died is handed over again (at least once, as on Lambda), and nothing is skipped.
 */
export interface StreamCheckpoint {
  streamArn: string;
  shards: Record<string, { lastSequenceNumber?: string; finished: boolean }>;
}

export interface StreamPoller {
  /** The stream being read, known once `start()` has resolved; it is every record's `eventSourceARN`. */
  readonly streamArn: string | undefined;
  /** Positions every open shard, then polls in the background. Changes made after this resolves are delivered. */
  start(): Promise<void>;
  /**
   * Resolves once every change written before the call has been handed to the handler and the handler
   * has finished with it (or given up on it). Records the handler itself writes to this table are
   * usually drained too, since only an empty read of every shard settles a drain.
   */
  drain(options?: { timeoutMs?: number }): Promise<void>;
  /** Lets the batch in hand finish, then stops polling; pending drains reject. Leaves no timers or sockets. */
  stop(): Promise<void>;
}

interface ShardState {
  id: string;
  parentId: string | undefined;
  /** The iterator for the next read; undefined until the shard's turn comes (its parent is finished). */
  iterator: string | undefined;
  /** Where the first iterator points, and where a lost one restarts when no record was read yet. */
  position: ShardIteratorType;
  lastSequenceNumber: string | undefined;
  /** DescribeStream showed an ending sequence number: no new records will arrive. */
  closed: boolean;
  /** Read to its end (or given no iterator): its children may start. */
  finished: boolean;
  /** The tick at which the latest read that found no records began; drains compare it to their own tick. */
  caughtUpAt: number;
}

interface PendingDrain {
  tick: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Sleep {
  done: Promise<void>;
  wake(): void;
}

function sleep(ms: number): Sleep {
  let wake!: () => void;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, wake };
}

const DESCRIBE_EVERY_MS = 10_000;

export function createStreamPoller(options: StreamPollerOptions): StreamPoller {
  const { table, handler, startingPosition = "LATEST", maxAttempts = 3, retryDelayMs = 100, idleMs = 200, logger = console } = options;
  const batchSize = Math.min(Math.max(options.batchSize ?? 100, 1), 1000);
  const ownStreams = options.streams ? undefined : new DynamoDBStreamsClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
  const streams = options.streams ?? ownStreams!;
  const label = `[stream ${table}]`;

  const shards = new Map<string, ShardState>();
  const drains: PendingDrain[] = [];
  const sleeps = new Set<Sleep>();
  // Every read and every DescribeStream takes the next tick when it begins; a drain takes the current
  // one, so "began after the drain was asked for" is simply a larger tick.
  let tick = 0;
  let describedAt = 0;
  let describedAtMs = 0;
  let shardsChanged = false;
  let streamArn: string | undefined;
  let resumeFrom: StreamCheckpoint | undefined;
  let loop: Promise<void> | undefined;
  let idle: Sleep | undefined;
  let stopping = false;

  async function pause(ms: number): Promise<void> {
    const pending = sleep(ms);
    sleeps.add(pending);
    await pending.done;
    sleeps.delete(pending);
  }

  async function describeShards(): Promise<Shard[]> {
    const found: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      found.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return found;
  }

  /** Learns new shards (a rollover or split) and which known ones have closed. */
  async function refreshShards(initial: boolean): Promise<void> {
    const began = ++tick;
    shardsChanged = false;
    for (const shard of await describeShards()) {
      if (!shard.ShardId) continue;
      const closed = shard.SequenceNumberRange?.EndingSequenceNumber !== undefined;
      const known = shards.get(shard.ShardId);
      if (known) {
        known.closed ||= closed;
        continue;
      }
      // A shard that appears after start holds only changes made after start: read it from its beginning.
      // Resuming, every shard is read from there too, unless the checkpoint names its last finished record.
      const position = initial && !resumeFrom ? startingPosition : "TRIM_HORIZON";
      const saved = resumeFrom?.shards[shard.ShardId];
      shards.set(shard.ShardId, {
        id: shard.ShardId,
        parentId: shard.ParentShardId,
        iterator: undefined,
        position,
        lastSequenceNumber: saved?.lastSequenceNumber,
        closed,
        // at LATEST, a shard closed before start holds nothing we should deliver
        finished: saved?.finished ?? (initial && closed && position === "LATEST"),
        caughtUpAt: 0,
      });
    }
    describedAt = began;
    describedAtMs = Date.now();
  }

  function ready(shard: ShardState): boolean {
    if (shard.finished) return false;
    const parent = shard.parentId === undefined ? undefined : shards.get(shard.parentId);
    return parent === undefined || parent.finished;
  }

  async function newIterator(shard: ShardState): Promise<string | undefined> {
    const after = shard.lastSequenceNumber;
    const answer = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.id,
        ShardIteratorType: after ? "AFTER_SEQUENCE_NUMBER" : shard.position,
        SequenceNumber: after,
      }),
    );
    return answer.ShardIterator;
  }

  /**
   * LATEST as a position a checkpoint can keep: the shard read to its end without delivering anything,
   * standing after its last record (or at its start, if it holds none). An empty read is the end here:
   * DynamoDB Local returns whatever a shard holds, where DynamoDB may return empty pages before it.
   */
  async function skipToEnd(shard: ShardState): Promise<void> {
    shard.position = "TRIM_HORIZON";
    let iterator = await newIterator(shard);
    while (iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      const last = page.Records?.at(-1)?.dynamodb?.SequenceNumber;
      if (last === undefined) return;
      shard.lastSequenceNumber = last;
      iterator = page.NextShardIterator;
    }
  }

  function finish(shard: ShardState): void {
    shard.finished = true;
    shard.iterator = undefined;
    shardsChanged = true; // its children, if any, are found by the next DescribeStream
  }

  function checkpoint(): StreamCheckpoint {
    const positions = [...shards.values()].map((shard) => [shard.id, { lastSequenceNumber: shard.lastSequenceNumber, finished: shard.finished }]);
    return { streamArn: streamArn!, shards: Object.fromEntries(positions) };
  }

  /** One GetRecords on one shard, and the handler for what it returned. True when there was something to do. */
  async function pollShard(shard: ShardState): Promise<boolean> {
    const began = ++tick;
    let page;
    try {
      shard.iterator ??= await newIterator(shard);
      // DynamoDB Local gives no iterator for some shards it has already trimmed: nothing left to read there.
      if (shard.iterator === undefined) {
        finish(shard);
        return true;
      }
      page = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }));
    } catch (error) {
      // Iterators live 15 minutes (also on DynamoDB Local), records 24 hours: a suspended laptop meets both,
      // and so does a checkpoint from a run days ago (then GetShardIterator is refused).
      if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)) throw error;
      logger.warn(`${label} ${error.name} on ${shard.id}: asking for a new iterator`);
      if (error instanceof TrimmedDataAccessException) {
        // what we were about to read is gone: continue from the oldest record still there
        shard.lastSequenceNumber = undefined;
        shard.position = "TRIM_HORIZON";
      }
      shard.iterator = undefined;
      return true;
    }
    const records = page.Records ?? [];
    if (records.length > 0) {
      if (!(await deliver(shard, records))) return false; // stopping mid-retry: leave the batch unread
      shard.lastSequenceNumber = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequenceNumber;
    }
    shard.iterator = page.NextShardIterator;
    // No next iterator means the shard is closed and read to its end. A closed shard that reads empty is
    // treated the same, in case an emulator keeps handing out iterators for it.
    if (shard.iterator === undefined || (records.length === 0 && shard.closed)) finish(shard);
    else if (records.length === 0) shard.caughtUpAt = began;
    if (records.length > 0) options.onCheckpoint?.(checkpoint());
    return records.length > 0 || shard.finished;
  }

  /** Calls the handler until it succeeds or has failed `maxAttempts` times. False when stopped before either. */
  async function deliver(shard: ShardState, records: StreamRecord[]): Promise<boolean> {
    const range = `${records[0]?.dynamodb?.SequenceNumber}…${records.at(-1)?.dynamodb?.SequenceNumber}`;
    for (let attempt = 1; ; attempt++) {
      try {
        // a fresh event per attempt, as Lambda sends: a handler that mutates it cannot affect its retry
        await handler({ Records: records.map((record) => lambdaRecord(record, streamArn!)) });
        return true;
      } catch (error) {
        if (attempt >= maxAttempts) {
          logger.error(`${label} handler failed ${attempt} times on ${records.length} record(s) ${range} of ${shard.id}: skipping them`, error);
          return true;
        }
        logger.error(`${label} handler failed (attempt ${attempt} of ${maxAttempts}) on ${records.length} record(s) ${range} of ${shard.id}: retrying`, error);
        await pause(retryDelayMs * 2 ** (attempt - 1));
        if (stopping) return false;
      }
    }
  }

  function caughtUp(drain: PendingDrain): boolean {
    if (shardsChanged || describedAt <= drain.tick) return false;
    return [...shards.values()].every((shard) => shard.finished || shard.caughtUpAt > drain.tick);
  }

  function settleDrains(): void {
    for (const drain of [...drains]) {
      if (!caughtUp(drain)) continue;
      drains.splice(drains.indexOf(drain), 1);
      clearTimeout(drain.timer);
      drain.resolve();
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopping) {
      let busy = false;
      try {
        const drainWaitsForDescribe = drains.some((drain) => describedAt <= drain.tick);
        if (shardsChanged || drainWaitsForDescribe || Date.now() - describedAtMs > DESCRIBE_EVERY_MS) await refreshShards(false);
        // allSettled: a shard whose read failed must not leave another shard's batch running into the next round
        const polled = await Promise.allSettled([...shards.values()].filter(ready).map(pollShard));
        const failed = polled.find((outcome) => outcome.status === "rejected");
        if (failed) throw failed.reason;
        busy = polled.some((outcome) => outcome.status === "fulfilled" && outcome.value) || shardsChanged;
        failures = 0;
      } catch (error) {
        // DynamoDB Local stopped or restarted, a table deleted under us: say so once, back off, keep trying
        if (failures++ === 0) logger.error(`${label} polling failed; retrying until it works again`, error);
      }
      if (stopping) break;
      settleDrains();
      // A drain asked for during this round needs reads that began after it: go again rather than idle.
      if (busy || (drains.length > 0 && failures === 0)) continue;
      idle = sleep(failures ? Math.min(idleMs * 2 ** failures, 5_000) : idleMs);
      await idle.done;
      idle = undefined;
    }
  }

  return {
    get streamArn() {
      return streamArn;
    },

    async start() {
      if (loop) throw new Error(`${label} already started`);
      if (stopping) throw new Error(`${label} was stopped; create a new poller`);
      const physical = tableName(table);
      const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
      try {
        const description = await client.send(new DescribeTableCommand({ TableName: physical }));
        streamArn = description.Table?.LatestStreamArn;
        if (!streamArn || !description.Table?.StreamSpecification?.StreamEnabled) {
          throw new Error(`${label} ${physical} has no stream: set \`stream: true\` on ${table} in shared/data/tables.ts`);
        }
        // a table made again (or its stream turned off and on) has a new stream: the old positions mean nothing there
        if (options.resumeFrom?.streamArn === streamArn) resumeFrom = options.resumeFrom;
      } finally {
        client.destroy();
      }
      await refreshShards(true);
      // LATEST must be pinned now, not at the first poll, or writes made right after start() are missed. A poller
      // that keeps checkpoints pins it as a sequence number, which a checkpoint can hold and an iterator cannot.
      const latest = [...shards.values()].filter((shard) => ready(shard) && shard.position === "LATEST");
      await Promise.all(latest.map(async (shard) => {
        if (options.onCheckpoint) await skipToEnd(shard);
        else shard.iterator = await newIterator(shard);
      }));
      // saved before any batch: a process killed during its first batch resumes here, not at what is newest then
      options.onCheckpoint?.(checkpoint());
      loop = run();
    },

    drain({ timeoutMs = 10_000 } = {}) {
      if (!loop || stopping) return Promise.reject(new Error(`${label} drain() needs a started poller`));
      return new Promise<void>((resolve, reject) => {
        const drain: PendingDrain = {
          tick,
          resolve,
          reject,
          timer: setTimeout(() => {
            drains.splice(drains.indexOf(drain), 1);
            const behind = [...shards.values()].filter((shard) => !shard.finished && shard.caughtUpAt <= drain.tick).map((shard) => shard.id);
            reject(new Error(`${label} drain() timed out after ${timeoutMs} ms; shards still behind: ${behind.join(", ") || "(the shard list)"}`));
          }, timeoutMs),
        };
        drains.push(drain);
        idle?.wake();
      });
    },

    async stop() {
      stopping = true;
      idle?.wake();
      for (const pending of sleeps) pending.wake();
      await loop;
      for (const drain of drains.splice(0)) {
        clearTimeout(drain.timer);
        drain.reject(new Error(`${label} stopped before the stream was drained`));
      }
      ownStreams?.destroy();
    },
  };
}

/** A stream record as Lambda delivers it: binary values base64-encoded, the creation time in epoch seconds. */
function lambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const change = record.dynamodb;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion,
    eventSource: record.eventSource,
    eventSourceARN: streamArn,
    awsRegion: record.awsRegion,
    ...(record.userIdentity ? { userIdentity: record.userIdentity } : {}),
    dynamodb: change && {
      ApproximateCreationDateTime: change.ApproximateCreationDateTime && Math.floor(change.ApproximateCreationDateTime.getTime() / 1000),
      Keys: change.Keys && lambdaImage(change.Keys),
      NewImage: change.NewImage && lambdaImage(change.NewImage),
      OldImage: change.OldImage && lambdaImage(change.OldImage),
      SequenceNumber: change.SequenceNumber,
      SizeBytes: change.SizeBytes,
      StreamViewType: change.StreamViewType,
    },
  };
}

function lambdaImage(image: Record<string, StreamValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, lambdaValue(value)]));
}

function lambdaValue(value: StreamValue): AttributeValue {
  // DynamoDB Local's streams write an empty map as `{}` where DynamoDB writes `{"M":{}}` (an empty list
  // keeps its `{"L":[]}`): a value with no type at all can only be that map
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString("base64") };
  if (value.BS !== undefined) return { BS: value.BS.map((bytes) => Buffer.from(bytes).toString("base64")) };
  if (value.L !== undefined) return { L: value.L.map(lambdaValue) };
  if (value.M !== undefined) return { M: lambdaImage(value.M) };
  return value as AttributeValue; // S, N, BOOL, NULL, SS, NS look the same on both sides
}
