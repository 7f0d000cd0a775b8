import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Profile, ProfileChanges, ProfileInput } from "../api/schemas.js";
import { sizeClassBySales } from "../domain/profile.js";
import { Conflict, NotFound } from "../http/errors.js";
import { db } from "./client.js";
import { setFields } from "./expressions.js";
import { profileKey } from "./keys.js";
import { tableName } from "./tables.js";

function toProfile(item: Record<string, unknown>): Profile {
  const { pk: _pk, sk: _sk, ...profile } = item;
  return profile as Profile;
}

export async function createProfile(applicantId: string, input: ProfileInput, now: Date): Promise<Profile> {
  const at = now.toISOString();
  const { consent: _consent, ...fields } = input;
  const profile: Profile = {
    applicantId,
    ...fields,
    sizeClass: sizeClassBySales(fields.annualRevenueIdr),
    consentAt: at,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await db().send(new PutCommand({
      TableName: tableName("profiles"),
      Item: { ...profileKey(applicantId), ...profile },
      ConditionExpression: "attribute_not_exists(pk)",
    }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new Conflict("profile_exists");
    throw error;
  }
  return profile;
}

export async function findProfile(applicantId: string): Promise<Profile | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName("profiles"), Key: profileKey(applicantId) }));
  return Item ? toProfile(Item) : undefined;
}

export async function getProfile(applicantId: string): Promise<Profile> {
  const profile = await findProfile(applicantId);
  if (!profile) throw new NotFound("profile_not_found");
  return profile;
}

export async function updateProfile(applicantId: string, changes: ProfileChanges, now: Date): Promise<Profile> {
  const fields: Record<string, unknown> = { ...changes, updatedAt: now.toISOString() };
  if (changes.annualRevenueIdr !== undefined) fields.sizeClass = sizeClassBySales(changes.annualRevenueIdr);
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: tableName("profiles"),
      Key: profileKey(applicantId),
      ...setFields(fields, "attribute_exists(pk)"),
      ReturnValues: "ALL_NEW",
    }));
    return toProfile(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new NotFound("profile_not_found");
    throw error;
  }
}
