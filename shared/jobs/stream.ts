import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue as ItemValue } from "@aws-sdk/client-dynamodb";
import type { AttributeValue, Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import type { Job } from "../api/jobs.js";
import { withDeadline } from "../app/retry.js";
import type { ItemChange } from "../data/changes.js";
import { log } from "../log/logger.js";

type LambdaImage = NonNullable<NonNullable<DynamoDBRecord["dynamodb"]>["NewImage"]>;

const kinds = { INSERT: "insert", MODIFY: "modify", REMOVE: "remove" } as const;

/** When no Lambda context tells the remaining time (the local runner, tests). */
const DEFAULT_BUDGET_MS = 60_000;

/**
 * The one way to write a job on a table's changes: the records become plain item changes, the work
 * runs with the invocation's deadline, and a failure fails the batch, so the event source hands it
 * over again (the work must be idempotent).
 */
export function streamJob(job: Job, work: (changes: ItemChange[], now: Date) => Promise<void>) {
  if (!("stream" in job.trigger)) throw new Error(`${job.name} is not a stream job`);
  return async (event: DynamoDBStreamEvent, context?: Context): Promise<void> => {
    const started = performance.now();
    const changes = event.Records.map(toChange);
    const deadline = Date.now() + (context?.getRemainingTimeInMillis?.() ?? DEFAULT_BUDGET_MS);
    // the first and last sequence numbers find the batch in the stream; a failed batch comes back, bisected
    const line = () => ({
      job: job.name, requestId: context?.awsRequestId, records: changes.length,
      firstSequenceNumber: event.Records[0]?.dynamodb?.SequenceNumber, lastSequenceNumber: event.Records.at(-1)?.dynamodb?.SequenceNumber,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      await withDeadline(deadline, () => work(changes, new Date()));
    } catch (error) {
      log().error("job failed", { ...line(), error: error as Error });
      throw error;
    }
    log().info("job", line());
  };
}

function toChange(record: DynamoDBRecord): ItemChange {
  const keys = streamImage(record.dynamodb?.Keys) as ItemChange["keys"];
  return { kind: kinds[record.eventName ?? "MODIFY"], keys, before: streamImage(record.dynamodb?.OldImage), after: streamImage(record.dynamodb?.NewImage) };
}

/** A stream image as a plain object. Lambda sends binary values base64-encoded; the rest is DynamoDB JSON that `unmarshall` reads. */
export function streamImage(value: LambdaImage | undefined): Record<string, unknown> | undefined {
  return value && unmarshall(itemImage(value));
}

function itemImage(image: LambdaImage): Record<string, ItemValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, itemValue(value)]));
}

function itemValue(value: AttributeValue): ItemValue {
  if (value.B !== undefined) return { B: Uint8Array.from(Buffer.from(value.B, "base64")) };
  if (value.BS !== undefined) return { BS: value.BS.map((text) => Uint8Array.from(Buffer.from(text, "base64"))) };
  if (value.L !== undefined) return { L: value.L.map(itemValue) };
  if (value.M !== undefined) return { M: itemImage(value.M) };
  return value as ItemValue;
}
