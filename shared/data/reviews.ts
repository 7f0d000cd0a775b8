import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ReviewStatus } from "../domain/competitions.js";
import type { ItemChange } from "./changes.js";
import { db, queryAll } from "./client.js";
import { competitionItems, withoutKeys } from "./competition-items.js";
import { namesIn, setFields } from "./expressions.js";
import { conflictKey, REVIEW_PREFIX, reviewKey, reviewOfSubmissionKeys, reviewsOfJudgePrefix, reviewsOfSubmissionPk } from "./keys.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

/** One judge on one submission: assigned by the job, scored by the judge. */
export interface ReviewItem {
  competitionId: string;
  judgeId: string;
  submissionId: string;
  /** False once the assignment moved the pair away (a withdrawal, a conflict); the scores stay for the record. */
  active: boolean;
  status: ReviewStatus;
  scores: Record<string, number>;
  /** For the applicant, shown once results are published; never with the judge's name. */
  comment?: string;
  /** For the organisers only. */
  privateNote?: string;
  assignedAt: string;
  unassignedAt?: string;
  savedAt?: string;
  submittedAt?: string;
  /** Raised by every write of the judge, so two tabs saving at once cannot lose one another's scores unnoticed. */
  revision: number;
  /** When the judge was told of the pair (the notice after a run). */
  noticeSentAt?: string;
  /** Asked for by the organisers beyond the k judges, for a close call: the assignment job keeps it out of its own pairs and never moves it. */
  extra?: boolean;
}

const table = () => tableName("judging");

export async function findReview(competitionId: string, judgeId: string, submissionId: string): Promise<ReviewItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: reviewKey(competitionId, judgeId, submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<ReviewItem>(Item) : undefined;
}

/** A judge's reviews in a competition, active or not: one Query on their slice of the partition. */
export const reviewsOfJudge = (competitionId: string, judgeId: string): Promise<ReviewItem[]> => competitionItems<ReviewItem>(competitionId, reviewsOfJudgePrefix(judgeId));

/** Every review of a competition, for the assignment and the organisers' progress. */
export const reviewsOf = (competitionId: string, fields?: readonly (keyof ReviewItem)[]): Promise<ReviewItem[]> => competitionItems<ReviewItem>(competitionId, REVIEW_PREFIX, { fields });

/** The comments judges submitted on one submission, for its applicant once results are out: never who wrote them or their scores. */
export async function submittedComments(competitionId: string, submissionId: string): Promise<string[]> {
  const items = await queryAll<Pick<ReviewItem, "active" | "status" | "comment">>({
    TableName: table(),
    IndexName: "reviewsOfSubmission",
    KeyConditionExpression: "gsi3pk = :pk",
    ExpressionAttributeValues: { ":pk": reviewsOfSubmissionPk(competitionId, submissionId) },
  });
  return items.filter((review) => review.active && review.status === "submitted" && review.comment).map((review) => review.comment!);
}

/** The judge's scores, written only over the revision they read and while the pair is still assigned. */
export function writeScores(review: ReviewItem, changes: Pick<ReviewItem, "status" | "scores" | "comment" | "privateNote" | "savedAt" | "submittedAt">): TransactItem {
  const fields = Object.fromEntries(Object.entries({ ...changes, revision: review.revision + 1 }).filter(([, value]) => value !== undefined));
  const cleared = (["comment", "privateNote"] as const).filter((field) => changes[field] === undefined);
  return {
    Update: {
      TableName: table(),
      Key: reviewKey(review.competitionId, review.judgeId, review.submissionId),
      ...setFields(fields, "#active = :true AND #revision = :read", { ":true": true, ":read": review.revision }, [...cleared]),
    },
  };
}

/**
 * Assigns a pair: a new review, or one moved away earlier coming back with its scores — unless a
 * conflict was recorded for it since the run read the competition (the conflict's own re-run follows).
 * False when the world moved (retry); idempotent, so a job that runs twice writes the same.
 */
export function assignPair(competitionId: string, judgeId: string, submissionId: string, at: string, extra = false): TransactItem[] {
  const update = "SET #competitionId = :competitionId, #judgeId = :judgeId, #submissionId = :submissionId, #active = :true, #assignedAt = :at, #gsi3pk = :gsi3pk, #gsi3sk = :gsi3sk, #extra = :extra, "
    + "#status = if_not_exists(#status, :assigned), #scores = if_not_exists(#scores, :none), #revision = if_not_exists(#revision, :zero) REMOVE #unassignedAt";
  return [
    { ConditionCheck: { TableName: table(), Key: conflictKey(competitionId, judgeId, submissionId), ConditionExpression: "attribute_not_exists(pk)" } },
    {
      Update: {
        TableName: table(),
        Key: reviewKey(competitionId, judgeId, submissionId),
        UpdateExpression: update,
        ConditionExpression: "attribute_not_exists(#active) OR #active = :false",
        ExpressionAttributeNames: namesIn(update, "#active"),
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(reviewOfSubmissionKeys(competitionId, judgeId, submissionId)).map(([name, value]) => [`:${name}`, value])),
          ":competitionId": competitionId, ":judgeId": judgeId, ":submissionId": submissionId, ":true": true, ":false": false, ":at": at, ":assigned": "assigned", ":none": {}, ":zero": 0, ":extra": extra,
        },
      },
    },
  ];
}

/** A pair read as not assigned is still not assigned: a conflict recorded meanwhile then takes it away in the same write. */
export function stillUnassigned(competitionId: string, judgeId: string, submissionId: string): TransactItem {
  return {
    ConditionCheck: {
      TableName: table(), Key: reviewKey(competitionId, judgeId, submissionId),
      ConditionExpression: "attribute_not_exists(pk) OR #active = :false", ExpressionAttributeNames: { "#active": "active" }, ExpressionAttributeValues: { ":false": false },
    },
  };
}

const unassignment = (competitionId: string, judgeId: string, submissionId: string, at: string) => ({
  TableName: table(),
  Key: reviewKey(competitionId, judgeId, submissionId),
  ...setFields({ active: false, unassignedAt: at }, "#active = :true", { ":true": true }),
});

/** Moves a pair away; its scores stay on the item for the record, out of every count. */
export async function unassign(competitionId: string, judgeId: string, submissionId: string, at: string): Promise<void> {
  await db().send(new UpdateCommand(unassignment(competitionId, judgeId, submissionId, at))).catch(ignoreAlreadyDone);
}

/** The same inside the transaction that records a conflict, so the judge loses access at once; only for a pair read as active. */
export const unassignActive = (competitionId: string, judgeId: string, submissionId: string, at: string): TransactItem => ({ Update: unassignment(competitionId, judgeId, submissionId, at) });

const ignoreAlreadyDone = (error: unknown) => {
  if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
};

/** Competitions where organisers just added extra reviews: pairs that became active with `extra` set. */
export function extraReviewsAdded(changes: readonly ItemChange[]): string[] {
  return changes
    .filter((change) => change.keys.sk.startsWith(REVIEW_PREFIX) && change.after?.extra === true && change.after.active === true && change.before?.active !== true)
    .map((change) => change.after!.competitionId as string);
}

/** Assigned pairs whose judge has not been told yet, for the notice after a run. */
export async function unnoticedReviews(competitionId: string): Promise<Pick<ReviewItem, "judgeId" | "submissionId">[]> {
  const reviews = await reviewsOf(competitionId, ["judgeId", "submissionId", "active", "noticeSentAt"]);
  return reviews.filter((review) => review.active && !review.noticeSentAt).map(({ judgeId, submissionId }) => ({ judgeId, submissionId }));
}

/** The judge was told of this pair: a later notice counts only pairs that are new to them. */
export async function markNoticed(competitionId: string, judgeId: string, submissionId: string, at: string): Promise<void> {
  await db().send(new UpdateCommand({ TableName: table(), Key: reviewKey(competitionId, judgeId, submissionId), ...setFields({ noticeSentAt: at }, "attribute_exists(pk)") })).catch(ignoreAlreadyDone);
}
