import type { RankingMethod } from "../domain/ranking.js";
import type { Outcome, Override } from "../domain/results.js";
import { competitionItems } from "./competition-items.js";
import { namesIn } from "./expressions.js";
import { competitionKey, OVERRIDE_PREFIX, overrideKey, PUBLICATION_PREFIX, publicationKey } from "./keys.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

const table = () => tableName("judging");

export type OverrideItem = Override & { competitionId: string };

export const overridesOf = (competitionId: string): Promise<OverrideItem[]> => competitionItems<OverrideItem>(competitionId, OVERRIDE_PREFIX);

export const putOverride = (override: OverrideItem): TransactItem => ({
  Put: { TableName: table(), Item: { ...overrideKey(override.competitionId, override.submissionId), ...override } },
});

export const deleteOverride = (competitionId: string, submissionId: string): TransactItem => ({
  Delete: { TableName: table(), Key: overrideKey(competitionId, submissionId), ConditionExpression: "attribute_exists(pk)" },
});

/** A submission's line in a published version: where it ended and what the ranking said of it then. */
export interface PublishedPlace {
  submissionId: string;
  /** 1-based, in the final order (after the organisers' overrides). */
  place: number;
  /** The computed rank (tied submissions share one). */
  rank: number;
  quality: number;
  raw: number;
  top5Probability: number;
  outcome: Outcome;
  override?: { place: number; reason: string };
}

export interface PublicationItem {
  competitionId: string;
  version: number;
  publishedAt: string;
  publishedBy: string;
  reason: string;
  /** The Idempotency-Key of the request that published it, so its retry finds it. */
  requestKey?: string;
  method: RankingMethod;
  places: PublishedPlace[];
  withdrawn: string[];
  unranked: { submissionId: string; judges: number; needed: number }[];
}

export const publicationsOf = (competitionId: string): Promise<PublicationItem[]> => competitionItems<PublicationItem>(competitionId, PUBLICATION_PREFIX);

export async function findPublication(competitionId: string, version: number): Promise<PublicationItem | undefined> {
  const [item] = await competitionItems<PublicationItem>(competitionId, publicationKey(competitionId, version).sk);
  return item;
}

/**
 * A new version, written once: it holds only over the competition as read (`updatedAt` and the latest
 * version), so two organisers publishing at once make one version, and only after judging closed.
 */
export function putPublication(publication: PublicationItem, readUpdatedAt: string, readVersion: number | undefined): TransactItem[] {
  const latest = readVersion === undefined ? "attribute_not_exists(#publishedVersion)" : "#publishedVersion = :readVersion";
  const condition = `#judgingClosesAt <= :at AND #updatedAt = :readAt AND ${latest}`;
  // updatedAt moves too: a change to the competition read before the publication cannot land after it
  const update = "SET #publishedVersion = :version, #resultsPublishedAt = if_not_exists(#resultsPublishedAt, :at), #updatedAt = :at";
  return [
    { Put: { TableName: table(), Item: { ...publicationKey(publication.competitionId, publication.version), ...publication }, ConditionExpression: "attribute_not_exists(pk)" } },
    {
      Update: {
        TableName: table(),
        Key: competitionKey(publication.competitionId),
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeNames: namesIn(update, condition),
        ExpressionAttributeValues: { ":version": publication.version, ":at": publication.publishedAt, ":readAt": readUpdatedAt, ...(readVersion === undefined ? {} : { ":readVersion": readVersion }) },
      },
    },
  ];
}

/**
 * An override holds only after judging closed, over the competition as read, and moves its `updatedAt`:
 * a publication that read the overrides before this one then starts again instead of leaving it out.
 */
export function afterJudging(competitionId: string, readUpdatedAt: string, at: string): TransactItem {
  const condition = "#judgingClosesAt <= :at AND #updatedAt = :readAt";
  const update = "SET #updatedAt = :at";
  return { Update: { TableName: table(), Key: competitionKey(competitionId), UpdateExpression: update, ConditionExpression: condition, ExpressionAttributeNames: namesIn(update, condition), ExpressionAttributeValues: { ":at": at, ":readAt": readUpdatedAt } } };
}

/**
 * Extra reviews hold only while nothing is published and the competition is as read; when judging had
 * closed, the same write opens it again until `reopenUntil`, for the extra reviews to be scored.
 */
export function beforePublication(competitionId: string, readUpdatedAt: string, at: string, reopenUntil?: string): TransactItem {
  const condition = "attribute_not_exists(#resultsPublishedAt) AND #updatedAt = :readAt";
  const key = { TableName: table(), Key: competitionKey(competitionId) };
  if (!reopenUntil) return { ConditionCheck: { ...key, ConditionExpression: condition, ExpressionAttributeNames: namesIn(condition), ExpressionAttributeValues: { ":readAt": readUpdatedAt } } };
  const update = "SET #judgingClosesAt = :until, #updatedAt = :at";
  return { Update: { ...key, UpdateExpression: update, ConditionExpression: condition, ExpressionAttributeNames: namesIn(update, condition), ExpressionAttributeValues: { ":readAt": readUpdatedAt, ":until": reopenUntil, ":at": at } } };
}
