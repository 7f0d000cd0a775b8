import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CurationReadiness, Permits } from "../domain/curation.js";
import type { Market, SizeClass, SizeRule } from "../domain/profile.js";
import type { Sector } from "../domain/reference.js";
import type { Lang } from "../i18n/messages.js";
import { batchGet, db } from "./client.js";
import { setFields } from "./expressions.js";
import { applicantIdOfPk, profileKey } from "./keys.js";
import { tableName } from "./tables.js";

export interface ProfileItem {
  applicantId: string;
  ownerName: string;
  businessName: string;
  nib: string;
  sector: string;
  regencyCode: string;
  products: string[];
  foundedYear: number;
  employees: number;
  annualRevenueIdr: number;
  capitalNeedIdr: number;
  /** E.164 */
  phone: string;
  email?: string;
  /** Absent on profiles made before languages were asked: those read Bahasa Indonesia. */
  language?: Lang;
  /** KBLI 2020, from the shipped list. */
  kbli?: string;
  businessCapitalIdr?: number;
  permits?: Permits;
  market?: Market;
  // Derived (domain `derivedProfileFields`), written with every change. Profiles made before the cluster
  // map lack cluster, sizeRule and curation until the migration job fills them.
  cluster?: Sector;
  sizeClass: SizeClass;
  sizeRule?: SizeRule;
  curation?: CurationReadiness;
  consentAt: string;
  createdAt: string;
  updatedAt: string;
}

const table = () => tableName("profiles");

function withoutKeys(item: Record<string, unknown>): ProfileItem {
  const { pk: _pk, sk: _sk, ...profile } = item;
  return profile as unknown as ProfileItem;
}

/** Creates the profile once; false when the applicant already has one. */
export async function insertProfile(profile: ProfileItem): Promise<boolean> {
  try {
    await db().send(new PutCommand({ TableName: table(), Item: { ...profileKey(profile.applicantId), ...profile }, ConditionExpression: "attribute_not_exists(pk)" }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function findProfile(applicantId: string): Promise<ProfileItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: profileKey(applicantId) }));
  return Item ? withoutKeys(Item) : undefined;
}

export type ProfileNames = Pick<ProfileItem, "applicantId" | "ownerName" | "businessName">;

/** Today's names of many applicants; unprocessed ids are handed back. */
export async function findProfileNames(applicantIds: readonly string[]): Promise<{ found: ProfileNames[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<ProfileNames>(table(), applicantIds.map(profileKey), { projection: "#applicantId, #ownerName, #businessName" });
  return { found: items, unprocessed: unprocessed.map((key) => applicantIdOfPk(String(key.pk))) };
}

/**
 * Sets the given fields and removes the cleared ones, if the profile is still the one read (its
 * `updatedAt`), so fields derived from it cannot be written over a change made meanwhile. Undefined when
 * the profile changed or is gone: read it again.
 */
export async function updateProfileFields(applicantId: string, readAt: string, fields: Partial<ProfileItem>, cleared: string[] = []): Promise<ProfileItem | undefined> {
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(),
      Key: profileKey(applicantId),
      ...setFields(fields, "#updatedAt = :readAt", { ":readAt": readAt }, cleared),
      ReturnValues: "ALL_NEW",
    }));
    return withoutKeys(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}
