import { isDeepStrictEqual } from "node:util";
import { derivedProfileFields } from "../domain/profile.js";
import { scanProfiles, writeDerivedFields } from "../data/profile-migration.js";
import { findMapRows, type MapProfilePart, type MapRowItem } from "../data/cluster-map.js";
import { mapRowOfProfile, placeMapRow } from "./cluster-map.js";
import { inBatches, readAll, settle } from "./retry.js";

/**
 * Profiles read per Scan page: a page's writes (25 at a time) take well under a second, so the
 * migration stops soon after its time runs short, and a page is far under the Scan's 1 MB.
 */
const PAGE = 100;

/** What one run of the migration did, and where it stopped (`cursor`) when its time ran short. */
export interface ProfileMigration {
  cursor?: string;
  read: number;
  written: number;
  /** Changed between the read and the write: their own update wrote their derived fields. */
  changedMeanwhile: number;
  /** Rows of the cluster map written: missing (profiles from before the map) or out of step with their profile. */
  mapRowsWritten: number;
}

/** As stored: DynamoDB drops undefined values (an absent upper limit of the size rule), so compare like for like; key order does not count. */
const asStored = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const sameAsStored = (fields: object, stored: object) =>
  Object.entries(fields).every(([name, value]) => isDeepStrictEqual(asStored((stored as Record<string, unknown>)[name]), asStored(value)));

/** A row as the profile makes it, every optional part the same (present or absent), completions counted. */
const rowInStep = (row: MapProfilePart, stored: MapRowItem | undefined) =>
  stored !== undefined && stored.completionsCounted === true && sameAsStored({ kbli: undefined, permits: undefined, market: undefined, ...row }, stored);

/**
 * Fills in the derived fields of existing profiles (issue 13), page after page while `hasTime()`: only
 * for a profile whose stored fields differ from what the domain derives today — missing, or left by an
 * older rule, or a certificate that expired since — so a second run writes nothing. Starts after `from`.
 */
export async function migrateProfiles(from: string | undefined, { now, hasTime }: { now: Date; hasTime: () => boolean }): Promise<ProfileMigration> {
  const done: ProfileMigration = { cursor: from, read: 0, written: 0, changedMeanwhile: 0, mapRowsWritten: 0 };
  do {
    const page = await settle(() => scanProfiles(done.cursor, PAGE));
    const derivedNow = page.profiles.map((profile) => ({ profile, derived: derivedProfileFields(profile, now) }));
    const stale = derivedNow.filter(({ profile, derived }) => !sameAsStored(derived, profile));
    const changedMeanwhile = new Set<string>();
    await inBatches(stale, async ({ profile, derived }) => {
      const written = await settle(() => writeDerivedFields(profile.applicantId, profile.updatedAt, derived));
      if (written) done.written++;
      else changedMeanwhile.add(profile.applicantId);
    });
    done.changedMeanwhile += changedMeanwhile.size;
    // the profiles' stream places the rows of profiles written from now on; these are the ones from before
    const rows = new Map((await readAll(page.profiles.map((p) => p.applicantId), findMapRows)).map((row) => [row.applicantId, row]));
    const outOfStep = derivedNow.flatMap(({ profile, derived }) => {
      const row = changedMeanwhile.has(profile.applicantId) ? undefined : mapRowOfProfile({ ...profile, ...derived });
      return row && !rowInStep(row, rows.get(profile.applicantId)) ? [row] : [];
    });
    await inBatches(outOfStep, async (row) => {
      if (await placeMapRow(row)) done.mapRowsWritten++;
    });
    done.read += page.profiles.length;
    done.cursor = page.cursor;
  } while (done.cursor !== undefined && hasTime());
  return done;
}
