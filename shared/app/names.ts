import { findProfileNames, type ProfileNames } from "../data/profiles.js";
import { settle } from "./retry.js";

/** Rosters and exports show the names applicants use today, not the ones they enrolled under. */
export async function currentNames(applicantIds: readonly string[]): Promise<Map<string, Omit<ProfileNames, "applicantId">>> {
  const names = new Map<string, Omit<ProfileNames, "applicantId">>();
  let pending = [...new Set(applicantIds)];
  if (pending.length === 0) return names;
  return settle(async () => {
    const { found, unprocessed } = await findProfileNames(pending);
    for (const { applicantId, ownerName, businessName } of found) names.set(applicantId, { ownerName, businessName });
    pending = unprocessed;
    return pending.length ? undefined : names;
  });
}
