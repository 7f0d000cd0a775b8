import type { ClusterMapBusinessesQuery, ClusterMapQuery } from "../api/schemas/cluster-map.js";
import { clusterMap, matches, type ClusterMap, type MapBusiness, type MapFilters } from "../domain/cluster-map.js";
import type { ItemChange } from "../data/changes.js";
import { addCompletedClass, addCountedCompletions, businessOfRow, completedClassesOf, cursorAfter, deleteMapRow, mapRowPage, writeMapRow, type MapProfilePart } from "../data/cluster-map.js";
import { cellPrefix, isProfileKey } from "../data/keys.js";
import type { ProfileItem } from "../data/profiles.js";
import { certificatesIssued } from "../data/progress.js";
import { enrolmentsOfApplicant } from "../data/enrolments.js";
import { inBatches, readAll } from "./retry.js";

// ---- the jobs that keep the map's rows -------------------------------------------------------------

/**
 * What the map copies of a profile. A profile from before the cluster map has no cluster yet: it gets its
 * row when the migration derives its fields (a change the stream brings back here).
 */
export function mapRowOfProfile(profile: ProfileItem): MapProfilePart | undefined {
  if (profile.cluster === undefined) return undefined;
  const { applicantId, businessName, ownerName, regencyCode, cluster, kbli, sizeClass, permits, market, updatedAt } = profile;
  return { applicantId, businessName, ownerName, regencyCode, cluster, kbli, sizeClass, permits, market, profileUpdatedAt: updatedAt };
}

/** The classes an applicant completed, from the completions of every class they ever enrolled in. */
async function completedClassIds(applicantId: string): Promise<string[]> {
  const classIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await enrolmentsOfApplicant(applicantId, 100, cursor);
    classIds.push(...page.items.map((enrolment) => enrolment.classId));
    cursor = page.nextCursor;
  } while (cursor);
  return readAll(classIds, (ids) => completedClassesOf(applicantId, ids));
}

/**
 * Writes a business's row; the first time also the classes it completed before it had one (certificates
 * issued before the cluster map existed). Not written: the row already holds a later version of the profile.
 */
export async function placeMapRow(row: MapProfilePart, { newProfile = false } = {}): Promise<boolean> {
  const { written, completionsCounted } = await writeMapRow(row, { newProfile });
  if (written && !completionsCounted) await addCountedCompletions(row.applicantId, await completedClassIds(row.applicantId));
  return written;
}

/** The profiles' stream: each change of a profile rewrites its row, a deleted profile takes its row along. */
export async function keepMapRows(changes: readonly ItemChange[]): Promise<void> {
  await inBatches(changes.filter((change) => isProfileKey(change.keys)), async (change) => {
    if (change.kind === "remove") return deleteMapRow(String(change.before!.applicantId));
    const row = mapRowOfProfile(change.after as unknown as ProfileItem);
    if (row) await placeMapRow(row, { newProfile: change.kind === "insert" });
  });
}

/** The learning stream: each certificate issued marks its class completed on the business's row. */
export async function recordClassCompletions(changes: readonly ItemChange[]): Promise<void> {
  await inBatches(certificatesIssued(changes), (certificate) => addCompletedClass(certificate.applicantId, certificate.classId));
}

// ---- reading the map -------------------------------------------------------------------------------

/** Rows per Query: a row is a few hundred bytes, so a page stays well under DynamoDB's 1 MB. */
const ROWS_PER_READ = 1000;

export function mapFilters(query: ClusterMapQuery): MapFilters {
  const { completed, ...lists } = query;
  return { ...lists, ...(completed === undefined ? {} : { completed: completed === "yes" }) };
}

/** A cell, a cluster's row or a regency's column: the index's prefix, and what it cannot narrow by key. */
interface Cell {
  cluster?: string | undefined;
  regencyCode?: string | undefined;
}
const inCell = (cell: Cell) => (business: MapBusiness) => cell.regencyCode === undefined || business.regencyCode === cell.regencyCode;
const prefixOf = (cell: Cell) => cellPrefix(cell.cluster, cell.cluster === undefined ? undefined : cell.regencyCode);

/** Every row of a cell, or of the whole map: the index, Query page after Query page. */
async function rowsOf(cell: Cell): Promise<MapBusiness[]> {
  const businesses: MapBusiness[] = [];
  let cursor: string | undefined;
  do {
    const page = await mapRowPage(prefixOf(cell), ROWS_PER_READ, cursor);
    businesses.push(...page.rows.map(businessOfRow).filter(inCell(cell)));
    cursor = page.cursor;
  } while (cursor);
  return businesses;
}

export async function getClusterMap(query: ClusterMapQuery, now: Date): Promise<ClusterMap> {
  return clusterMap(await rowsOf({}), mapFilters(query), now);
}

/**
 * A page of a cell's businesses that pass the filters. The filters are applied to the rows read, so a page may
 * take several Queries; the cursor then names the last business returned, not where the Query stopped.
 */
export async function listMapBusinesses(query: ClusterMapBusinessesQuery, now: Date): Promise<{ items: MapBusiness[]; nextCursor?: string }> {
  const { limit, cursor: from, cluster, regencyCode, ...filterQuery } = query;
  const cell = { cluster, regencyCode };
  const wanted = (business: MapBusiness) => inCell(cell)(business) && matches(business, mapFilters(filterQuery), now);
  const items: MapBusiness[] = [];
  let cursor = from;
  do {
    const page = await mapRowPage(prefixOf(cell), ROWS_PER_READ, cursor);
    for (const [index, row] of page.rows.entries()) {
      const business = businessOfRow(row);
      if (!wanted(business)) continue;
      items.push(business);
      if (items.length === limit) {
        const next = index < page.rows.length - 1 ? cursorAfter(row) : page.cursor;
        return next ? { items, nextCursor: next } : { items };
      }
    }
    cursor = page.cursor;
  } while (cursor);
  return { items };
}

/** The map and every business behind it, for the exports: a cell of it when one is named. */
export async function exportClusterMap(query: ClusterMapQuery & Cell, now: Date): Promise<{ map: ClusterMap; businesses: MapBusiness[] }> {
  const { cluster, regencyCode, ...filterQuery } = query;
  const filters = mapFilters(filterQuery);
  const businesses = await rowsOf({ cluster, regencyCode });
  return { map: clusterMap(businesses, filters, now), businesses: businesses.filter((business) => matches(business, filters, now)) };
}
