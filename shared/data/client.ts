import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { namesIn } from "./expressions.js";

let base: DynamoDBClient | undefined;
let client: DynamoDBDocumentClient | undefined;

/**
 * The one DynamoDB client of the process, for libraries that take a plain client (Powertools' idempotency
 * store). The document client `db()` is built on it and shares its middleware stack.
 */
export function dynamoClient(): DynamoDBClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  base ??= new DynamoDBClient({ endpoint, maxAttempts: 5, ...(endpoint ? { requestHandler: { httpAgent: { keepAlive: true, maxSockets: 500 } } } : {}) });
  return base;
}

/**
 * One client per process; `DYNAMODB_ENDPOINT` points it at DynamoDB Local. A Lambda serves one request
 * at a time and keeps the SDK's 50 sockets; the local host serves every request in one process (tests
 * send hundreds at once), so there the pool is wider rather than queueing behind 50 sockets.
 */
export function db(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(dynamoClient(), { marshallOptions: { removeUndefinedValues: true } });
  return client;
}

/** Every item a Query matches, page after page: only for collections that stay small (a class's modules, its waitlist). */
export async function queryAll<T = Record<string, unknown>>(input: QueryCommandInput): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as T[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

type Key = Record<string, unknown>;

/**
 * Many items by key from one table (BatchGetItem, 100 keys a call). Keys DynamoDB leaves unprocessed
 * when busy are handed back for the caller to ask again (through the retry helper).
 */
export async function batchGet<T = Record<string, unknown>>(
  table: string, keys: readonly Key[], options: { projection?: string; consistent?: boolean } = {},
): Promise<{ items: T[]; unprocessed: Key[] }> {
  const items: T[] = [];
  const unprocessed: Key[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    const { Responses, UnprocessedKeys } = await db().send(new BatchGetCommand({
      RequestItems: {
        [table]: {
          Keys: keys.slice(i, i + 100) as Key[],
          ConsistentRead: options.consistent,
          ...(options.projection ? { ProjectionExpression: options.projection, ExpressionAttributeNames: namesIn(options.projection) } : {}),
        },
      },
    }));
    items.push(...((Responses?.[table] ?? []) as T[]));
    unprocessed.push(...(UnprocessedKeys?.[table]?.Keys ?? []));
  }
  return { items, unprocessed };
}
