import { findProfileNames, type ProfileNames } from "../data/profiles.js";
import { readAll } from "./retry.js";

/** Rosters and exports show the names applicants use today, not the ones they enrolled under. */
export async function currentNames(applicantIds: readonly string[]): Promise<Map<string, Omit<ProfileNames, "applicantId">>> {
  const found = await readAll([...new Set(applicantIds)], findProfileNames);
  return new Map(found.map(({ applicantId, ownerName, businessName }) => [applicantId, { ownerName, businessName }]));
}
