import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { MapBusiness } from "../domain/cluster-map.js";
import { batchGet, db } from "./client.js";
import { namesIn, setFields } from "./expressions.js";
import { applicantIdOfPk, classIdOfProgressPk, CLUSTER_MAP_PK, completionKey, isMapRowKey, mapRowIndexKeys, mapRowKey } from "./keys.js";
import { decodeCursor, encodeCursor } from "./pagination.js";
import { tableName } from "./tables.js";

/** A business's row of the cluster map as stored: the profile's part, and the classes it completed (a string set). */
export type MapRowItem = Omit<MapBusiness, "completedClasses"> & { profileUpdatedAt: string; completedClasses?: Set<string>; completionsCounted?: true };
export type MapProfilePart = Omit<MapRowItem, "completedClasses" | "completionsCounted">;

const table = () => tableName("profiles");
/** The profile's optional parts: a row drops what the profile dropped. */
const optional = ["kbli", "permits", "market"] as const;

export const businessOfRow = ({ profileUpdatedAt: _u, completionsCounted: _c, completedClasses, ...row }: MapRowItem): MapBusiness => ({ ...row, completedClasses: completedClasses?.size ?? 0 });

const rowOf = (item: Record<string, unknown>): MapRowItem => {
  const { pk: _pk, sk: _sk, gsi1pk: _gpk, gsi1sk: _gsk, ...row } = item;
  return row as MapRowItem;
};

/**
 * Writes the profile's part of a row, never its completions (the other job's), unless the row already holds a
 * later version of the profile: a replayed stream batch or the migration cannot put an older profile back.
 * Says whether it wrote, and whether the row's completions were counted from the applicant's enrolments yet.
 */
export async function writeMapRow(row: MapProfilePart, { newProfile = false } = {}): Promise<{ written: boolean; completionsCounted: boolean }> {
  const cleared = optional.filter((field) => row[field] === undefined);
  // a profile just made has completed no class yet (enrolling needs the profile): nothing to count
  const fields = { ...Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)), ...(newProfile ? { completionsCounted: true } : {}) };
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(),
      Key: mapRowKey(row.applicantId),
      ...setFields({ ...fields, ...mapRowIndexKeys(row) }, "attribute_not_exists(#profileUpdatedAt) OR #profileUpdatedAt <= :updatedAt", { ":updatedAt": row.profileUpdatedAt }, cleared),
      ReturnValues: "ALL_OLD",
    }));
    return { written: true, completionsCounted: newProfile || Attributes?.completionsCounted === true };
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return { written: false, completionsCounted: true };
    throw error;
  }
}

/**
 * The classes an applicant completed before their row existed (certificates issued before the cluster map),
 * added once; later ones come from the certificates' stream. A set: counting twice adds nothing.
 */
export async function addCountedCompletions(applicantId: string, classIds: readonly string[]): Promise<void> {
  const update = classIds.length ? "SET #completionsCounted = :yes ADD #completedClasses :classes" : "SET #completionsCounted = :yes";
  await db().send(new UpdateCommand({
    TableName: table(),
    Key: mapRowKey(applicantId),
    UpdateExpression: update,
    ExpressionAttributeNames: namesIn(update),
    ExpressionAttributeValues: { ":yes": true, ...(classIds.length ? { ":classes": new Set(classIds) } : {}) },
  }));
}

export async function deleteMapRow(applicantId: string): Promise<void> {
  await db().send(new DeleteCommand({ TableName: table(), Key: mapRowKey(applicantId) }));
}

/**
 * Adds a completed class to the business's row. A set, so a certificate seen twice counts once; it may make
 * the row before the profile's part arrives: without index keys it stays out of the map until then.
 */
export async function addCompletedClass(applicantId: string, classId: string): Promise<void> {
  const update = "ADD #completedClasses :classes";
  await db().send(new UpdateCommand({
    TableName: table(),
    Key: mapRowKey(applicantId),
    UpdateExpression: update,
    ExpressionAttributeNames: namesIn(update),
    ExpressionAttributeValues: { ":classes": new Set([classId]) },
  }));
}

/** Many businesses' rows by id (the migration compares them with their profiles); unprocessed ids are handed back. */
export async function findMapRows(applicantIds: readonly string[]): Promise<{ found: MapRowItem[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<Record<string, unknown>>(table(), applicantIds.map(mapRowKey), { consistent: true });
  return { found: items.map(rowOf), unprocessed: unprocessed.map((key) => applicantIdOfPk(String(key.pk))) };
}

/** Which of these classes the applicant completed, from their completions (the learning table). */
export async function completedClassesOf(applicantId: string, classIds: readonly string[]): Promise<{ found: string[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<{ classId: string }>(tableName("learning"), classIds.map((classId) => completionKey(classId, applicantId)), { projection: "#classId" });
  return { found: items.map((item) => item.classId), unprocessed: unprocessed.map((key) => classIdOfProgressPk(String(key.pk))) };
}

/**
 * One page of rows in the cluster map's index, in cell order and then by business name; `prefix` narrows it to
 * a cluster or a cell (`cellPrefix`). `cursor` is where the previous page stopped.
 */
export async function mapRowPage(prefix: string, limit: number, cursor?: string): Promise<{ rows: MapRowItem[]; cursor?: string }> {
  const condition = prefix ? "gsi1pk = :pk AND begins_with(gsi1sk, :prefix)" : "gsi1pk = :pk";
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "clusterMap",
    KeyConditionExpression: condition,
    ExpressionAttributeValues: { ":pk": CLUSTER_MAP_PK, ...(prefix ? { ":prefix": prefix } : {}) },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { gsi1pk: CLUSTER_MAP_PK }, ["pk", "sk", "gsi1pk", "gsi1sk"], (key) => isMapRowKey(key, prefix)),
  }));
  return { rows: Items.map(rowOf), cursor: encodeCursor(LastEvaluatedKey) };
}

/** The cursor that resumes a listing right after this row (a page the caller cut short of the Query's own). */
export const cursorAfter = (row: MapRowItem): string => encodeCursor({ ...mapRowKey(row.applicantId), ...mapRowIndexKeys(row) })!;
