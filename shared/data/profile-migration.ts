import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { DerivedProfileFields } from "../domain/profile.js";
import { db } from "./client.js";
import { namesIn, setFields } from "./expressions.js";
import { applicantPk, profileKey } from "./keys.js";
import { decodeCursor, encodeCursor } from "./pagination.js";
import type { ProfileItem } from "./profiles.js";
import { tableName } from "./tables.js";

const table = () => tableName("profiles");

/**
 * One page of every profile, in the table's own order: the house's only Scan. It is read by the
 * deploy-time migration (functions/jobs/migrate-profiles.ts) alone, a one-off maintenance pass over the
 * whole table that runs after a deploy, never on a request path: requests read a profile by its key
 * (docs/data-model.md, "Scans"). `cursor` is where the previous page stopped; none after the last page.
 */
export async function scanProfiles(cursor: string | undefined, limit: number): Promise<{ profiles: ProfileItem[]; cursor?: string }> {
  const filter = "#sk = :profile";
  const { Items, LastEvaluatedKey } = await db().send(new ScanCommand({
    TableName: table(),
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, {}, ["pk", "sk"], (key) => key.pk!.startsWith(applicantPk(""))),
    // the table holds only profiles today; the filter keeps the migration to them if other items join
    FilterExpression: filter,
    ExpressionAttributeNames: namesIn(filter),
    ExpressionAttributeValues: { ":profile": profileKey("").sk },
  }));
  const profiles = (Items ?? []).map(({ pk: _pk, sk: _sk, ...profile }) => profile as ProfileItem);
  return { profiles, cursor: encodeCursor(LastEvaluatedKey) };
}

/**
 * Sets a profile's derived fields if the profile is still as read: its `updatedAt` unchanged. A profile
 * changed meanwhile got its derived fields from that change, so it is left alone (false). The migration is
 * not an edit by the applicant: `updatedAt` stays as it was.
 */
export async function writeDerivedFields(applicantId: string, readUpdatedAt: string, derived: DerivedProfileFields): Promise<boolean> {
  try {
    await db().send(new UpdateCommand({
      TableName: table(),
      Key: profileKey(applicantId),
      ...setFields(derived, "#updatedAt = :read", { ":read": readUpdatedAt }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
