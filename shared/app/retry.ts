import { AsyncLocalStorage } from "node:async_hooks";
import { busy } from "../domain/errors.js";

/** When the work of the current invocation must be done by (epoch ms): a Lambda's remaining time. */
const deadlines = new AsyncLocalStorage<number>();

/** Runs `work` with a deadline; the builder and the job runner set it from the Lambda context. */
export function withDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return deadlines.run(deadline, work);
}

const MAX_ATTEMPTS = 60;
/** Time kept back for answering: giving up with a 503 beats being cut off by the Lambda timeout. */
const RESERVE_MS = 1_000;

/**
 * Worth another try after a pause: a write that met a transaction in flight on the same item, DynamoDB
 * asking us to slow down (after the SDK's own retries), or a call whose outcome is unknown — an internal
 * error or a timeout, where a write may have happened with its answer lost. A step reads before it decides,
 * so trying it again decides on what is there now, its own earlier write included (a step that counts
 * must recognise its own write: the request's idempotency key).
 */
const retryable = new Set([
  "TransactionConflictException", "ThrottlingException", "ProvisionedThroughputExceededException", "RequestLimitExceeded",
  "InternalServerError", "TimeoutError",
]);
const isRetryable = (error: unknown) => retryable.has((error as { name?: string }).name ?? "");

/**
 * The one retry loop: runs a read-decide-write `step` until it returns a value. `undefined` means
 * "the world moved" (a condition failed, a transaction conflicted): re-read and decide again, after a
 * short jittered pause that spreads contending retries; throttling is waited out the same way. It gives up — `service_busy`, a 503 with
 * Retry-After — after many attempts or before the invocation's deadline, whichever comes first.
 */
export async function settle<T>(step: (attempt: number) => Promise<T | undefined>): Promise<T> {
  const deadline = deadlines.getStore() ?? Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await step(attempt).catch((error: unknown) => {
      if (isRetryable(error)) return undefined;
      throw error;
    });
    if (result !== undefined) return result;
    const pause = Math.random() * Math.min(100, 5 * (attempt + 1));
    if (Date.now() + pause + RESERVE_MS > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  throw busy();
}

/**
 * Everything a batch read finds for `keys`. BatchGetItem may leave keys unprocessed when busy; they are
 * asked for again through `settle`, so the same pauses, limits and deadline apply.
 */
export async function readAll<K, V>(keys: readonly K[], read: (keys: K[]) => Promise<{ found: V[]; unprocessed: K[] }>): Promise<V[]> {
  const found: V[] = [];
  let pending = [...keys];
  if (pending.length === 0) return found;
  return settle(async () => {
    const page = await read(pending);
    found.push(...page.found);
    pending = page.unprocessed;
    return pending.length ? undefined : found;
  });
}

/** Writes at most this many items at once: a few thousand in a job, without a burst DynamoDB throttles. */
const WRITES_AT_ONCE = 25;

export async function inBatches<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += WRITES_AT_ONCE) await Promise.all(items.slice(i, i + WRITES_AT_ONCE).map(write));
}
