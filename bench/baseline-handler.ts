import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";

/** The least a DynamoDB-backed Lambda can be: the cold-start benchmark's baseline. */
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function handler(): Promise<unknown> {
  const { Item } = await client.send(new GetCommand({ TableName: process.env.TABLE_CLASSES, Key: { pk: "bench", sk: "bench" } }));
  return Item;
}
