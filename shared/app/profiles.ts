import type { ProfileChanges, ProfileInput } from "../api/schemas/profiles.js";
import { DomainError } from "../domain/errors.js";
import { derivedProfileFields } from "../domain/profile.js";
import { findProfile, insertProfile, updateProfileFields, type ProfileItem } from "../data/profiles.js";
import { settle } from "./retry.js";

export async function createProfile(applicantId: string, input: ProfileInput, now: Date): Promise<ProfileItem> {
  const at = now.toISOString();
  const { consent: _consent, ...fields } = input;
  const profile: ProfileItem = { applicantId, ...fields, ...derivedProfileFields(fields, now), consentAt: at, createdAt: at, updatedAt: at };
  if (!(await insertProfile(profile))) throw new DomainError("profile_exists");
  return profile;
}

async function storedProfile(applicantId: string): Promise<ProfileItem> {
  const profile = await findProfile(applicantId);
  if (!profile) throw new DomainError("profile_not_found");
  return profile;
}

/**
 * The profile as of `now`: its derived fields derived again, so a permit that lapsed since the last write is
 * missing today (the stored ones catch up at the next change or deploy), and a profile from before the
 * derived fields has them before the migration reaches it.
 */
export async function getProfile(applicantId: string, now: Date): Promise<ProfileItem> {
  const profile = await storedProfile(applicantId);
  return { ...profile, ...derivedProfileFields(profile, now) };
}

/**
 * Applies a change and derives the cluster, size class and curation readiness again from the whole
 * profile as it will be: read, derive, write if nobody changed it meanwhile (else read again).
 */
export async function updateProfile(applicantId: string, changes: ProfileChanges, now: Date): Promise<ProfileItem> {
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null)) as Partial<ProfileItem>;
  const cleared = Object.keys(changes).filter((field) => changes[field as keyof ProfileChanges] === null);
  return settle(async () => {
    const current = await storedProfile(applicantId);
    const next = { ...current, ...set };
    for (const field of cleared) delete next[field as keyof ProfileItem];
    const fields: Partial<ProfileItem> = { ...set, ...derivedProfileFields(next, now), updatedAt: now.toISOString() };
    return updateProfileFields(applicantId, current.updatedAt, fields, cleared);
  });
}
