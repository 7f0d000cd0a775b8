import type { ProfileChanges, ProfileInput } from "../api/schemas/profiles.js";
import { DomainError } from "../domain/errors.js";
import { sizeClassBySales } from "../domain/profile.js";
import { findProfile, insertProfile, updateProfileFields, type ProfileItem } from "../data/profiles.js";

export async function createProfile(applicantId: string, input: ProfileInput, now: Date): Promise<ProfileItem> {
  const at = now.toISOString();
  const { consent: _consent, ...fields } = input;
  const profile: ProfileItem = { applicantId, ...fields, sizeClass: sizeClassBySales(fields.annualRevenueIdr), consentAt: at, createdAt: at, updatedAt: at };
  if (!(await insertProfile(profile))) throw new DomainError("profile_exists");
  return profile;
}

export async function getProfile(applicantId: string): Promise<ProfileItem> {
  const profile = await findProfile(applicantId);
  if (!profile) throw new DomainError("profile_not_found");
  return profile;
}

export async function updateProfile(applicantId: string, changes: ProfileChanges, now: Date): Promise<ProfileItem> {
  const fields: Partial<ProfileItem> = { ...changes, updatedAt: now.toISOString() };
  if (changes.annualRevenueIdr !== undefined) fields.sizeClass = sizeClassBySales(changes.annualRevenueIdr);
  const updated = await updateProfileFields(applicantId, fields);
  if (!updated) throw new DomainError("profile_not_found");
  return updated;
}
