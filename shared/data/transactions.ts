import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { Unavailable } from "../http/errors.js";
import { db } from "./client.js";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** Cancellation reasons that mean "the world moved": re-read and decide again. */
const movedCodes = new Set(["None", "ConditionalCheckFailed", "TransactionConflict"]);
/** Cancellation reasons that mean "too busy right now": a 503 with Retry-After. */
const throttledCodes = new Set(["ThrottlingError", "ProvisionedThroughputExceeded"]);

/**
 * Runs one transaction and says whether it committed. A failed condition or a conflict with a
 * concurrent transaction means "the world moved": the caller re-reads and decides again. Throttling
 * is a 503 for the client; anything else (a malformed expression, say) is a real failure.
 */
export async function transact(items: TransactItems): Promise<boolean> {
  try {
    await db().send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? "None");
    if (codes.some((code) => throttledCodes.has(code))) throw new Unavailable();
    if (codes.some((code) => !movedCodes.has(code))) throw error;
    return false;
  }
}

export const MAX_ATTEMPTS = 60;

/**
 * Re-reads and retries a read-decide-write step until it settles. `step` returns `undefined` to go again;
 * a single-item write that ran into a transaction in flight (`TransactionConflictException`) goes again
 * too. Contention on one class item is normal at enrolment opening; the jittered pause spreads retries.
 */
export async function untilSettled<T>(step: (attempt: number) => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await step(attempt).catch((error: unknown) => {
      if ((error as { name?: string }).name === "TransactionConflictException") return undefined;
      throw error;
    });
    if (result !== undefined) return result;
    await pause(attempt);
  }
  throw new Unavailable();
}

export function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * (attempt + 1))));
}
