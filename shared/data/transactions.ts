import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { db } from "./client.js";

export type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;
export type TransactItem = TransactItems[number];

/** Cancellation reasons that mean "the world moved": re-read and decide again. */
const movedCodes = new Set(["None", "ConditionalCheckFailed", "TransactionConflict"]);
/** Cancellation reasons that mean "too busy right now". */
const throttledCodes = new Set(["ThrottlingError", "ProvisionedThroughputExceeded"]);

/**
 * Runs one transaction and says whether it committed. A failed condition or a conflict with a
 * concurrent transaction means "the world moved": the caller re-reads and decides again. Throttling
 * comes back as DynamoDB's own `ThrottlingException`, which the retry helper waits out; anything else
 * (a malformed expression, say) is a real failure.
 */
export async function transact(items: TransactItems): Promise<boolean> {
  try {
    await db().send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? "None");
    if (codes.some((code) => throttledCodes.has(code))) throw Object.assign(new Error("transaction throttled"), { name: "ThrottlingException" });
    if (codes.some((code) => !movedCodes.has(code))) throw error;
    return false;
  }
}
