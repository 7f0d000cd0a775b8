import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { db } from "./client.js";
import { pitchUploadTicketsKey, uploadTicketsKey } from "./keys.js";
import { tableName, type TableName } from "./tables.js";

/** The upload URLs an applicant holds for one place (a module's hand-in, a competition's pitch deck): upload id → when its URL expires (ISO). */
export interface UploadTickets {
  tickets: Record<string, string>;
  /** Raised with every write, so two requests never both take the last free ticket. */
  revision: number;
}

/** Where one applicant's tickets for one upload place are kept. */
export interface TicketPlace {
  table: TableName;
  key: { pk: string; sk: string };
}

export const moduleUploads = (classId: string, applicantId: string, moduleId: string): TicketPlace => ({ table: "learning", key: uploadTicketsKey(classId, applicantId, moduleId) });
export const pitchDeckUploads = (competitionId: string, applicantId: string): TicketPlace => ({ table: "judging", key: pitchUploadTicketsKey(competitionId, applicantId) });

export async function findUploadTickets(place: TicketPlace): Promise<UploadTickets> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(place.table), Key: place.key, ConsistentRead: true }));
  return Item ? { tickets: Item.tickets as Record<string, string>, revision: Item.revision as number } : { tickets: {}, revision: 0 };
}

/** Writes the tickets if nobody wrote since `read`; false when someone did (read again and decide again). */
export async function saveUploadTickets(place: TicketPlace, tickets: Record<string, string>, read: UploadTickets): Promise<boolean> {
  try {
    await db().send(new PutCommand({
      TableName: tableName(place.table),
      Item: { ...place.key, tickets, revision: read.revision + 1 },
      ConditionExpression: read.revision === 0 ? "attribute_not_exists(pk)" : "#revision = :read",
      ...(read.revision === 0 ? {} : { ExpressionAttributeNames: { "#revision": "revision" }, ExpressionAttributeValues: { ":read": read.revision } }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
