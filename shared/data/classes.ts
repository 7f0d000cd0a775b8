import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ClassSeats } from "../domain/seats.js";
import { batchGet, db, queryAll } from "./client.js";
import { setFields } from "./expressions.js";
import { CLASS_LISTING_PK, CLASS_SORT_PREFIX, classIdOfPk, classKey, classListingKeys, classPk, isClassListingKey, isSeatsSk, seatsKey } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import { transact, type TransactItem } from "./transactions.js";

type Text = { id: string; en: string };

/** What the organiser wrote about the class. */
export interface ClassDetails {
  classId: string;
  title: Text;
  description: Text;
  regencyCode: string;
  startsOn: string;
  createdAt: string;
  updatedAt: string;
}

/** Capacity, window and the counters the enrolment transactions keep, on an item of their own. */
export interface SeatsItem extends ClassSeats {
  classId: string;
  /** Last waitlist ticket handed out; tickets order the queue, gaps are harmless. */
  waitSeq: number;
}

/** A class as the use cases see it: both items together. */
export type ClassItem = ClassDetails & SeatsItem;

/** A class in a listing: everything but the description. */
export type ClassListing = Omit<ClassItem, "description">;

const seatFields = ["capacity", "enrolled", "waiting", "waitSeq", "waitlistEnabled", "enrolmentOpensAt", "enrolmentClosesAt"] as const;
/** The organiser's fields that live on the seats item; the rest live on the class item. */
const organiserSeatFields = new Set<string>(["capacity", "waitlistEnabled", "enrolmentOpensAt", "enrolmentClosesAt"]);

const table = () => tableName("classes");

function split(item: ClassItem): { details: ClassDetails; seats: SeatsItem } {
  const details = Object.fromEntries(Object.entries(item).filter(([field]) => !(seatFields as readonly string[]).includes(field))) as unknown as ClassDetails;
  return { details, seats: { classId: item.classId, ...pickSeats(item as unknown as Record<string, unknown>) } as SeatsItem };
}

export async function insertClass(item: ClassItem): Promise<void> {
  const { details, seats } = split(item);
  const committed = await transact([
    // the listing key stays on the class item, so the listing index never sees a seat change
    { Put: { TableName: table(), Item: { ...classKey(item.classId), ...classListingKeys(item.classId, item.enrolmentClosesAt), ...details }, ConditionExpression: "attribute_not_exists(pk)" } },
    { Put: { TableName: table(), Item: { ...seatsKey(item.classId), ...seats }, ConditionExpression: "attribute_not_exists(pk)" } },
  ]);
  if (!committed) throw new Error(`class ${item.classId} exists already`);
}

/** The class and its seats: one Query, both sort keys begin with `CLASS`. */
export async function findClass(classId: string): Promise<ClassItem | undefined> {
  const items = await queryAll<Record<string, unknown> & { sk: string }>({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :class)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":class": CLASS_SORT_PREFIX },
    ConsistentRead: true,
  });
  const seats = items.find((item) => isSeatsSk(item.sk));
  const details = items.find((item) => !isSeatsSk(item.sk));
  if (!seats || !details) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...fields }: Record<string, unknown> = { ...details, ...pickSeats(seats) };
  return fields as unknown as ClassItem;
}

function pickSeats(item: Record<string, unknown>): Partial<SeatsItem> {
  return Object.fromEntries(seatFields.map((field) => [field, item[field]]));
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

/** Writes the organiser's changes to whichever items hold them; false when a guard no longer holds. */
export async function updateClass(classId: string, changes: Partial<ClassItem>, updatedAt: string, guard: ClassChangeGuard): Promise<boolean> {
  const entries = Object.entries(changes);
  const seatChanges = Object.fromEntries(entries.filter(([field]) => organiserSeatFields.has(field)));
  const detailChanges: Record<string, unknown> = { ...Object.fromEntries(entries.filter(([field]) => !organiserSeatFields.has(field))), updatedAt };
  if (changes.enrolmentClosesAt) Object.assign(detailChanges, classListingKeys(classId, changes.enrolmentClosesAt));

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
  const items: TransactItem[] = [{ Update: { TableName: table(), Key: classKey(classId), ...setFields(detailChanges, "attribute_exists(pk)") } }];
  if (Object.keys(seatChanges).length) items.push({ Update: { TableName: table(), Key: seatsKey(classId), ...setFields(seatChanges, conditions.join(" AND "), values) } });
  return transact(items);
}

/**
 * A page of classes by enrolment closing time: only those closing after `after` when given
 * (ascending), or every class, latest closing first. Seats for the page come from one batch read.
 */
export async function classesByClosing(limit: number, cursor: string | undefined, options: { after?: string; newestFirst: boolean }): Promise<Page<Omit<ClassDetails, "description">>> {
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "classesByClosing",
    KeyConditionExpression: options.after ? "gsi1pk = :pk AND gsi1sk > :after" : "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": CLASS_LISTING_PK, ...(options.after ? { ":after": options.after } : {}) },
    ScanIndexForward: !options.newestFirst,
    Limit: limit,
    ExclusiveStartKey: startAfter(decodeCursor(cursor, { gsi1pk: CLASS_LISTING_PK }, listingKeyAttributes, isClassListingKey), options.after),
  }));
  return { items: Items.map(({ pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, ...listing }) => listing as Omit<ClassDetails, "description">), nextCursor: encodeCursor(LastEvaluatedKey) };
}

/** Seats of many classes; unprocessed ids are handed back. */
export async function findSeats(classIds: readonly string[]): Promise<{ found: SeatsItem[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet(table(), classIds.map(seatsKey), { consistent: true });
  return { found: items.map((item) => ({ classId: item.classId as string, ...pickSeats(item) }) as SeatsItem), unprocessed: unprocessed.map((key) => classIdOfPk(String(key.pk))) };
}

const listingKeyAttributes = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;

/**
 * A page boundary whose class has closed since is behind "now" anyway: starting from now gives the
 * same next page, where DynamoDB would reject a start key outside the query's range.
 */
function startAfter(key: Record<string, string> | undefined, after: string | undefined) {
  return key && after && key.gsi1sk! <= after ? undefined : key;
}
