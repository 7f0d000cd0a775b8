import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { db } from "./client.js";
import { uploadTicketsKey } from "./keys.js";
import { tableName } from "./tables.js";

/** The upload URLs an applicant holds for one module: upload id → when its URL expires (ISO). */
export interface UploadTickets {
  tickets: Record<string, string>;
  /** Raised with every write, so two requests never both take the last free ticket. */
  revision: number;
}

const table = () => tableName("learning");

export async function findUploadTickets(classId: string, applicantId: string, moduleId: string): Promise<UploadTickets> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: uploadTicketsKey(classId, applicantId, moduleId), ConsistentRead: true }));
  return Item ? { tickets: Item.tickets as Record<string, string>, revision: Item.revision as number } : { tickets: {}, revision: 0 };
}

/** Writes the tickets if nobody wrote since `read`; false when someone did (read again and decide again). */
export async function saveUploadTickets(classId: string, applicantId: string, moduleId: string, tickets: Record<string, string>, read: UploadTickets): Promise<boolean> {
  try {
    await db().send(new PutCommand({
      TableName: table(),
      Item: { ...uploadTicketsKey(classId, applicantId, moduleId), classId, applicantId, moduleId, tickets, revision: read.revision + 1 },
      ConditionExpression: read.revision === 0 ? "attribute_not_exists(pk)" : "#revision = :read",
      ...(read.revision === 0 ? {} : { ExpressionAttributeNames: { "#revision": "revision" }, ExpressionAttributeValues: { ":read": read.revision } }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
