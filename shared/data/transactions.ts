import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { Unavailable } from "../http/errors.js";
import { db } from "./client.js";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** `ConditionalCheckFailed` reasons, aligned with the items; `undefined` where that item's condition held. */
export type Outcome = { committed: true } | { committed: false; failedConditions: boolean[] };

/**
 * Runs one transaction. A failed condition is an answer (the caller decides what it means); a conflict
 * with a concurrent transaction is reported as an all-false outcome so the caller simply re-reads and retries.
 */
export async function transact(items: TransactItems): Promise<Outcome> {
  try {
    await db().send(new TransactWriteCommand({ TransactItems: items }));
    return { committed: true };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
    const retryable = codes.every((code) => code === undefined || code === "None" || code === "ConditionalCheckFailed" || code === "TransactionConflict");
    if (!retryable) throw error;
    return { committed: false, failedConditions: items.map((_, i) => codes[i] === "ConditionalCheckFailed") };
  }
}

export const MAX_ATTEMPTS = 60;

/**
 * Re-reads and retries a read-decide-write step until it settles. `step` returns `undefined` to go again.
 * Contention on one class item is normal at enrolment opening; the jittered pause spreads the retries.
 */
export async function untilSettled<T>(step: (attempt: number) => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await step(attempt);
    if (result !== undefined) return result;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * (attempt + 1))));
  }
  throw new Unavailable();
}
