import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ClassSeats } from "../domain/seats.js";
import { db } from "./client.js";
import { setFields } from "./expressions.js";
import { CLASS_LISTING_PK, classKey, classListingKeys } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";

type Text = { id: string; en: string };

/** The stored class: what organisers wrote plus the seat counters that the enrolment transactions keep. */
export interface ClassItem extends ClassSeats {
  classId: string;
  title: Text;
  description: Text;
  regencyCode: string;
  startsOn: string;
  /** Last waitlist ticket handed out; tickets order the queue, gaps are harmless. */
  waitSeq: number;
  createdAt: string;
  updatedAt: string;
}

const table = () => tableName("classes");

export async function insertClass(item: ClassItem): Promise<void> {
  await db().send(new PutCommand({
    TableName: table(),
    Item: { ...classKey(item.classId), ...classListingKeys(item.classId, item.enrolmentClosesAt), ...item },
    ConditionExpression: "attribute_not_exists(pk)",
  }));
}

export async function findClass(classId: string): Promise<ClassItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: classKey(classId), ConsistentRead: true }));
  return Item as ClassItem | undefined;
}

/** What must still hold for a class change to be written: rules that span fields, restated against what is stored. */
export interface ClassChangeGuard {
  /** Capacity may not drop below the seats taken. */
  capacityAtLeastEnrolled?: number;
  /** When only the opening moves: it must stay before the stored closing. */
  opensBeforeClosing?: string;
  /** When only the closing moves: it must stay after the stored opening. */
  closesAfterOpening?: string;
}

/** Writes the organiser's fields (and the listing key when the closing moves); undefined when a guard no longer holds. */
export async function updateClassFields(classId: string, fields: Partial<ClassItem>, guard: ClassChangeGuard): Promise<ClassItem | undefined> {
  const written: Record<string, unknown> = { ...fields };
  if (fields.enrolmentClosesAt) Object.assign(written, classListingKeys(classId, fields.enrolmentClosesAt));
  const conditions = ["attribute_exists(pk)"];
  const values: Record<string, unknown> = {};
  if (guard.capacityAtLeastEnrolled !== undefined) {
    conditions.push("#enrolled <= :capacity");
    values[":capacity"] = guard.capacityAtLeastEnrolled;
  }
  if (guard.opensBeforeClosing) {
    conditions.push("#enrolmentClosesAt > :opens");
    values[":opens"] = guard.opensBeforeClosing;
  }
  if (guard.closesAfterOpening) {
    conditions.push("#enrolmentOpensAt < :closes");
    values[":closes"] = guard.closesAfterOpening;
  }
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(),
      Key: classKey(classId),
      ...setFields(written, conditions.join(" AND "), values),
      ReturnValues: "ALL_NEW",
    }));
    return Attributes as ClassItem;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

const listingKeyAttributes = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;

/**
 * A page of classes by enrolment closing time: only those closing after `after` when given
 * (ascending), or every class, latest closing first.
 */
export async function classesByClosing(limit: number, cursor: string | undefined, options: { after?: string; newestFirst: boolean }): Promise<Page<ClassItem>> {
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "classesByClosing",
    KeyConditionExpression: options.after ? "gsi1pk = :pk AND gsi1sk > :after" : "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": CLASS_LISTING_PK, ...(options.after ? { ":after": options.after } : {}) },
    ScanIndexForward: !options.newestFirst,
    Limit: limit,
    ExclusiveStartKey: startAfter(decodeCursor(cursor, { gsi1pk: CLASS_LISTING_PK }, listingKeyAttributes), options.after),
  }));
  return { items: Items as ClassItem[], nextCursor: encodeCursor(LastEvaluatedKey) };
}

/**
 * A page boundary whose class has closed since is behind "now" anyway: starting from now gives the
 * same next page, where DynamoDB would reject a start key outside the query's range.
 */
function startAfter(key: Record<string, string> | undefined, after: string | undefined) {
  return key && after && key.gsi1sk! <= after ? undefined : key;
}
