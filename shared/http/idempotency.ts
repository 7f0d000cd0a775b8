import { IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { makeHandlerIdempotent } from "@aws-lambda-powertools/idempotency/middleware";
import type { MiddlewareObj, Request } from "@middy/core";
import { dynamoClient } from "../data/client.js";
import { tableName } from "../data/tables.js";
import { log } from "../log/logger.js";
import { idempotencyKeyInvalid } from "./errors.js";

/**
 * Idempotency-Key on every write, with the semantics of Powertools' idempotency utility (which does the work):
 * the first request with a key runs and its successful answer is kept; the same key again with the same
 * request gets that answer without running again; the same key with another request is refused (422), and
 * one still running answers 409 to come back. A refused or failed request keeps nothing, so its retry runs.
 *
 * The key is the caller's and the route's: hashed with the caller's id (two people's keys never meet) under
 * the route's name. A request is the same when its path, query and body are.
 */
const KEY_HEADER = "idempotency-key";
/** Long enough for a phone that lost its connection to come back the next day. */
const KEPT_SECONDS = 24 * 3600;
/** The longest a route's function runs (infra/lab-function.ts). */
const ROUTE_TIMEOUT_MS = 10_000;
/** What clients generate (a UUID, say): visible ASCII, as HTTP headers carry. */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

const config = () => new IdempotencyConfig({
  // no key (null): the request runs as any other
  eventKeyJmesPath: `headers."${KEY_HEADER}" && [requestContext.authorizer.jwt.claims.sub, headers."${KEY_HEADER}"]`,
  payloadValidationJmesPath: "[rawPath, rawQueryString, body]",
  expiresAfterSeconds: KEPT_SECONDS,
  throwOnNoIdempotencyKey: false,
});

/** Powertools would delete the key's record on these too, losing the first request's answer. */
const othersRecord = new Set(["IdempotencyValidationError", "IdempotencyAlreadyInProgressError"]);

/** Tries to write the key's outcome, a few times (a busy store), without ever failing the request. */
async function persistently(write: () => unknown): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write();
      return;
    } catch (error) {
      if (attempt === 3) return void log().warn("idempotency key left in progress", { error: error as Error });
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Marks a request that carries a key: only those touch the store (a route's tests need no table for the rest). */
const KEYED = "lab.idempotencyKey";

/** The middleware of a write route: the key's format is checked first, and the store is made on first use (its table is known only then). */
export function idempotent(routeName: string): MiddlewareObj {
  // one store per table name: a process that makes fresh tables (the chaos run, seed after seed) gets a new one
  let inner: { table: string; middleware: MiddlewareObj } | undefined;
  const store = () => {
    const table = tableName("idempotency");
    if (inner?.table !== table) {
      const persistenceStore = new DynamoDBPersistenceLayer({ tableName: table, keyAttr: "pk", sortKeyAttr: "sk", awsSdkV3Client: dynamoClient() });
      // the route's name, not the function's: stable across deploys, and the same locally and on AWS
      inner = { table, middleware: makeHandlerIdempotent({ persistenceStore, config: config(), keyPrefix: routeName }) };
    }
    return inner.middleware;
  };
  const keyed = (request: Request) => (request.internal as Record<string, unknown>)[KEYED] === true;
  return {
    before: async (request) => {
      const key = (request.event as { headers?: Record<string, string | undefined> }).headers?.[KEY_HEADER];
      if (key === undefined) return;
      if (!KEY_FORMAT.test(key)) throw idempotencyKeyInvalid();
      (request.internal as Record<string, unknown>)[KEYED] = true;
      // a key is "in progress" for as long as its request may still run: a route's Lambda runs 10 s at most
      // (infra/lab-function.ts); the local server lets each request run longer, which must not hold keys longer
      const { context } = request;
      request.context = { ...context, getRemainingTimeInMillis: () => Math.min(context.getRemainingTimeInMillis(), ROUTE_TIMEOUT_MS) };
      try {
        return await store().before!(request);
      } finally {
        request.context = context;
      }
    },
    // The work is done (or failed) by now: a store that cannot keep the answer, or forget the key, must not
    // change the answer. It is tried a few times; failing that, the key stays "in progress" until the
    // function's time is up (409, come back), and then runs again.
    after: async (request) => {
      if (keyed(request)) await persistently(() => store().after!(request));
    },
    onError: async (request) => {
      // refused because the key's record is another request's (422) or still running (409): that record stays
      if (!keyed(request) || othersRecord.has(request.error?.name ?? "")) return;
      await persistently(() => store().onError!(request));
    },
  };
}
