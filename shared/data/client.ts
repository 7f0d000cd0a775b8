import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

let client: DynamoDBDocumentClient | undefined;

/** One client per process; `DYNAMODB_ENDPOINT` points it at DynamoDB Local. */
export function db(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined, maxAttempts: 5 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return client;
}
