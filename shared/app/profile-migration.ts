import { isDeepStrictEqual } from "node:util";
import { derivedProfileFields } from "../domain/profile.js";
import { scanProfiles, writeDerivedFields } from "../data/profile-migration.js";
import { inBatches, settle } from "./retry.js";

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
}

/** As stored: DynamoDB drops undefined values (an absent upper limit of the size rule), so compare like for like; key order does not count. */
const asStored = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * Fills in the derived fields of existing profiles (issue 13), page after page while `hasTime()`: only
 * for a profile whose stored fields differ from what the domain derives today — missing, or left by an
 * older rule, or a certificate that expired since — so a second run writes nothing. Starts after `from`.
 */
export async function migrateProfiles(from: string | undefined, { now, hasTime }: { now: Date; hasTime: () => boolean }): Promise<ProfileMigration> {
  const done: ProfileMigration = { cursor: from, read: 0, written: 0, changedMeanwhile: 0 };
  do {
    const page = await settle(() => scanProfiles(done.cursor, PAGE));
    const stale = page.profiles.flatMap((profile) => {
      const derived = derivedProfileFields(profile, now);
      const stored: Partial<Record<string, unknown>> = { ...profile };
      const current = Object.entries(derived).every(([name, value]) => isDeepStrictEqual(asStored(stored[name]), asStored(value)));
      return current ? [] : [{ profile, derived }];
    });
    await inBatches(stale, async ({ profile, derived }) => {
      const written = await settle(() => writeDerivedFields(profile.applicantId, profile.updatedAt, derived));
      if (written) done.written++;
      else done.changedMeanwhile++;
    });
    done.read += page.profiles.length;
    done.cursor = page.cursor;
  } while (done.cursor !== undefined && hasTime());
  return done;
}
