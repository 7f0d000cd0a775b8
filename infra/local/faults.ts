import {
  InternalServerError, ProvisionedThroughputExceededException, ThrottlingException, TransactionCanceledException, TransactionConflictException,
} from "@aws-sdk/client-dynamodb";
import { dynamoClient } from "../../shared/data/client.js";
import { seededRandom } from "../../shared/domain/demo-day.js";
import type { FileStore } from "../../shared/files/port.js";

/**
 * Faults on purpose (issue 14), for tests and `npm run chaos` only: with a seeded random source, a DynamoDB or
 * file-store call fails before it reaches the store — throttled, a transaction conflict, an internal error, a
 * timeout — or reaches it, succeeds, and then fails as if its response were lost on the way back.
 *
 * They are thrown outside the SDK's own retries (its `initialize` step), so the platform meets every one of
 * them itself: a harsher world than AWS, where the SDK absorbs most before the code sees them. All but one:
 * `resent` loses a write's answer inside the SDK's retries, so the SDK sends the write again, as it does on
 * AWS after a timeout — a conditional write then meets its own first success.
 */
export const faultKinds = ["throttling", "conflict", "internal", "timeout", "lost", "resent"] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultLayer {
  /** Faults injected so far, by kind. */
  readonly injected: Record<FaultKind, number>;
  /** From now on, this share of the calls fails. */
  setRate(rate: number): void;
  /** The share of the calls failing now. */
  readonly rate: number;
  /** The file store, failing the same way. */
  files(store: FileStore): FileStore;
  /** Stops injecting (the counts stay). */
  remove(): void;
}

const metadata = { $metadata: { httpStatusCode: 400 } };
const timeout = () => Object.assign(new Error("injected: the connection timed out"), { name: "TimeoutError" });

/** What DynamoDB would say for each kind, to the command that asked. */
function failure(kind: Exclude<FaultKind, "lost" | "resent">, command: string): Error {
  switch (kind) {
    case "throttling":
      return command.startsWith("Transact") || command.startsWith("Batch")
        ? new ThrottlingException({ message: "injected: throttled", ...metadata })
        : new ProvisionedThroughputExceededException({ message: "injected: throughput exceeded", ...metadata });
    case "conflict":
      return command === "TransactWriteItemsCommand"
        ? new TransactionCanceledException({ message: "injected: transaction conflict", CancellationReasons: [{ Code: "TransactionConflict" }], ...metadata })
        : new TransactionConflictException({ message: "injected: conflicts with a transaction in flight", ...metadata });
    case "internal":
      return new InternalServerError({ message: "injected: internal server error", $metadata: { httpStatusCode: 500 } });
    case "timeout":
      return timeout();
  }
}

/** S3's names for the same troubles. */
const fileErrors = { throttling: "SlowDown", conflict: "OperationAborted", internal: "InternalError", timeout: "TimeoutError" } as const;

const isWrite = (command: string) => /^(Put|Update|Delete|TransactWrite|BatchWrite)/.test(command);

export function injectFaults({ seed, rate: initialRate }: { seed: number; rate: number }): FaultLayer {
  let rate = initialRate;
  const next = seededRandom(seed);
  const injected = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  let on = true;
  /** A fault for this call, or none; an answer lost only where something was written. */
  const draw = (write: boolean): FaultKind | undefined => {
    if (!on || next() >= rate) return undefined;
    const kinds = faultKinds.filter((kind) => (kind !== "lost" && kind !== "resent") || write);
    const kind = kinds[Math.floor(next() * kinds.length)]!;
    injected[kind]++;
    return kind;
  };
  const name = `labFaults${seed}`;
  // calls whose first send, inside the SDK's retries, is to lose its answer
  const resend = new WeakSet<object>();
  dynamoClient().middlewareStack.add((nextHandler, context) => async (args) => {
    const command = context.commandName ?? "";
    const kind = draw(isWrite(command));
    if (kind === undefined) return nextHandler(args);
    if (kind === "resent") {
      resend.add(context);
      return nextHandler(args);
    }
    if (kind !== "lost") throw failure(kind, command);
    await nextHandler(args);
    throw timeout();
  }, { step: "initialize", name });
  dynamoClient().middlewareStack.add((nextHandler, context) => async (args) => {
    if (!resend.has(context)) return nextHandler(args);
    resend.delete(context);
    await nextHandler(args);
    throw timeout();
  }, { step: "deserialize", name: `${name}Resent` });

  return {
    injected,
    setRate: (next) => void (rate = next),
    get rate() {
      return rate;
    },
    files: (store) => {
      const faulty = <A extends unknown[], R>(write: boolean, call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
        const kind = draw(write);
        if (kind === undefined) return call(...args);
        if (kind !== "lost" && kind !== "resent") throw Object.assign(new Error(`injected: file store ${kind}`), { name: fileErrors[kind] });
        await call(...args);
        throw timeout();
      };
      return {
        presignUpload: faulty(false, store.presignUpload.bind(store)),
        presignDownload: faulty(false, store.presignDownload.bind(store)),
        describe: faulty(false, store.describe.bind(store)),
        copy: faulty(true, store.copy.bind(store)),
        put: faulty(true, store.put.bind(store)),
      };
    },
    remove: () => {
      on = false;
      dynamoClient().middlewareStack.remove(name);
      dynamoClient().middlewareStack.remove(`${name}Resent`);
    },
  };
}
