import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { DemoDayPlan, PitchOrder, PitchSlot } from "../domain/demo-day.js";
import { db } from "./client.js";
import { withoutKeys } from "./competition-items.js";
import type { ItemChange } from "./changes.js";
import { demoDayKey, isDemoDaySk } from "./keys.js";
import { tableName } from "./tables.js";

/** A competition's demo day: one item, a handful of slots, written whole. */
export interface DemoDayItem {
  competitionId: string;
  plan: DemoDayPlan;
  place?: string;
  onlineUrl?: string;
  order: PitchOrder;
  seed?: number;
  slots: PitchSlot[];
  /** Raised by every write, so two changes at once cannot lose one another. */
  revision: number;
  updatedAt: string;
}

const table = () => tableName("judging");

export async function findDemoDay(competitionId: string): Promise<DemoDayItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: demoDayKey(competitionId), ConsistentRead: true }));
  return Item ? withoutKeys<DemoDayItem>(Item) : undefined;
}

/** Writes the demo day over the revision read (none: not there yet). False when someone else wrote first. */
export async function saveDemoDay(item: DemoDayItem, readRevision: number | undefined): Promise<boolean> {
  try {
    await db().send(new PutCommand({
      TableName: table(),
      Item: { ...demoDayKey(item.competitionId), ...item },
      ConditionExpression: readRevision === undefined ? "attribute_not_exists(pk)" : "#revision = :read",
      ...(readRevision === undefined ? {} : { ExpressionAttributeNames: { "#revision": "revision" }, ExpressionAttributeValues: { ":read": readRevision } }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Demo days written in a batch, as they were and are. */
export function demoDayChanges(changes: readonly ItemChange[]): { before?: DemoDayItem; after: DemoDayItem }[] {
  return changes
    .filter((change) => isDemoDaySk(change.keys.sk) && change.after)
    .map((change) => ({ ...(change.before ? { before: withoutKeys<DemoDayItem>(change.before) } : {}), after: withoutKeys<DemoDayItem>(change.after!) }));
}
