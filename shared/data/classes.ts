import { randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Class, ClassChanges, ClassInput } from "../api/schemas.js";
import { changeCapacity, isEnrolmentOpen, seatsLeft, type ClassSeats } from "../domain/seats.js";
import { BadRequest, Conflict, NotFound } from "../http/errors.js";
import { db } from "./client.js";
import { setFields } from "./expressions.js";
import { CLASS_LISTING_PK, classKey, classListingKeys } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { untilSettled } from "./transactions.js";
import { tableName } from "./tables.js";

/** The stored class: the public fields plus the seat counters that the enrolment transactions maintain. */
export interface ClassItem extends ClassSeats {
  classId: string;
  title: Class["title"];
  description: Class["description"];
  regencyCode: string;
  startsOn: string;
  /** Last waitlist ticket handed out; tickets order the queue, gaps are harmless. */
  waitSeq: number;
  createdAt: string;
  updatedAt: string;
}

export function toClass(item: ClassItem, now: Date): Class {
  return {
    classId: item.classId,
    title: item.title,
    description: item.description,
    regencyCode: item.regencyCode,
    capacity: item.capacity,
    enrolmentOpensAt: item.enrolmentOpensAt,
    enrolmentClosesAt: item.enrolmentClosesAt,
    startsOn: item.startsOn,
    waitlistEnabled: item.waitlistEnabled,
    enrolled: item.enrolled,
    waiting: item.waiting,
    seatsLeft: seatsLeft(item),
    enrolmentOpen: isEnrolmentOpen(item, now),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

export async function createClass(input: ClassInput, now: Date, classId: string = randomUUID()): Promise<Class> {
  const at = now.toISOString();
  const item: ClassItem = { classId, ...input, enrolled: 0, waiting: 0, waitSeq: 0, createdAt: at, updatedAt: at };
  await db().send(new PutCommand({
    TableName: tableName("classes"),
    Item: { ...classKey(classId), ...classListingKeys(classId, input.enrolmentClosesAt), ...item },
    ConditionExpression: "attribute_not_exists(pk)",
  }));
  return toClass(item, now);
}

export async function findClassItem(classId: string): Promise<ClassItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName("classes"), Key: classKey(classId), ConsistentRead: true }));
  return Item as ClassItem | undefined;
}

export async function getClassItem(classId: string): Promise<ClassItem> {
  const item = await findClassItem(classId);
  if (!item) throw new NotFound("class_not_found");
  return item;
}

export async function getClass(classId: string, now: Date): Promise<Class> {
  return toClass(await getClassItem(classId), now);
}

/**
 * Applies an organiser's changes. Capacity may not drop below the seats taken; the condition restates
 * that rule so an enrolment landing between our read and our write cannot slip under it (we re-read).
 */
export async function updateClass(classId: string, changes: ClassChanges, now: Date): Promise<ClassItem> {
  return untilSettled(async () => {
    const current = await getClassItem(classId);
    const next = { ...current, ...changes };
    if (next.enrolmentClosesAt <= next.enrolmentOpensAt) {
      throw new BadRequest("invalid_window", [{ field: "body.enrolmentClosesAt", code: "invalid_window" }]);
    }
    if (changes.capacity !== undefined) {
      const decision = changeCapacity(current, changes.capacity);
      if (decision.kind === "refused") throw new Conflict("capacity_below_enrolled", { enrolled: decision.enrolled }, { enrolled: decision.enrolled });
    }
    const fields: Record<string, unknown> = { ...changes, updatedAt: now.toISOString() };
    if (changes.enrolmentClosesAt) Object.assign(fields, classListingKeys(classId, changes.enrolmentClosesAt));
    // Each rule that spans fields is restated against what is stored, so two concurrent changes
    // (one moving the opening, one the closing) cannot invert the window between them.
    const conditions = ["attribute_exists(pk)"];
    const values: Record<string, unknown> = {};
    if (changes.capacity !== undefined) {
      conditions.push("#enrolled <= :capacity");
      values[":capacity"] = changes.capacity;
    }
    if (changes.enrolmentOpensAt && !changes.enrolmentClosesAt) {
      conditions.push("#enrolmentClosesAt > :opens");
      values[":opens"] = changes.enrolmentOpensAt;
    }
    if (changes.enrolmentClosesAt && !changes.enrolmentOpensAt) {
      conditions.push("#enrolmentOpensAt < :closes");
      values[":closes"] = changes.enrolmentClosesAt;
    }
    try {
      const { Attributes } = await db().send(new UpdateCommand({
        TableName: tableName("classes"),
        Key: classKey(classId),
        ...setFields(fields, conditions.join(" AND "), values),
        ReturnValues: "ALL_NEW",
      }));
      return Attributes as ClassItem;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  });
}

const listingKeyAttributes = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;

/** Classes whose enrolment has not closed yet, closing soonest first (open now or opening later). */
export async function listUpcomingClasses(now: Date, limit: number, cursor?: string): Promise<Page<Class>> {
  return listClasses(now, limit, cursor, { after: now.toISOString(), newestFirst: false });
}

/** Every class, latest closing first: the organiser's overview. */
export async function listAllClasses(now: Date, limit: number, cursor?: string): Promise<Page<Class>> {
  return listClasses(now, limit, cursor, { newestFirst: true });
}

/**
 * A page boundary whose class has closed since is behind "now" anyway: starting from now gives the
 * same next page, where DynamoDB would reject a start key outside the query's range.
 */
function startAfter(key: Record<string, string> | undefined, after: string | undefined) {
  return key && after && key.gsi1sk! <= after ? undefined : key;
}

async function listClasses(now: Date, limit: number, cursor: string | undefined, options: { after?: string; newestFirst: boolean }): Promise<Page<Class>> {
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: tableName("classes"),
    IndexName: "classesByClosing",
    KeyConditionExpression: options.after ? "gsi1pk = :pk AND gsi1sk > :after" : "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": CLASS_LISTING_PK, ...(options.after ? { ":after": options.after } : {}) },
    ScanIndexForward: !options.newestFirst,
    Limit: limit,
    ExclusiveStartKey: startAfter(decodeCursor(cursor, { gsi1pk: CLASS_LISTING_PK }, listingKeyAttributes), options.after),
  }));
  return { items: Items.map((item) => toClass(item as ClassItem, now)), nextCursor: encodeCursor(LastEvaluatedKey) };
}
