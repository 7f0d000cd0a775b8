import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CompetitionWindows, Criterion } from "../domain/competitions.js";
import type { UnassignedSubmission } from "../domain/judge-assignment.js";
import type { RankingMethod } from "../domain/ranking.js";
import { db, queryAll } from "./client.js";
import { withoutKeys } from "./competition-items.js";
import { namesIn, setFields } from "./expressions.js";
import type { ItemChange } from "./changes.js";
import { assignmentRunKey, competitionKey, isAssignmentRunSk, competitionOfClassKeys, competitionsOfClassPk } from "./keys.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

type Text = { id: string; en: string };

export interface CompetitionItem extends CompetitionWindows {
  competitionId: string;
  classId: string;
  title: Text;
  /** Judges per submission. */
  judgesPerSubmission: number;
  blindReview: boolean;
  rubric: Criterion[];
  /** Set by the first submitted score, in the same transaction; the rubric never changes after it. */
  rubricFrozenAt?: string;
  /** How scores become a ranking, fixed once judging opens; the additive model when absent. */
  rankingMethod?: RankingMethod;
  /** Judges a submission needs before it can be ranked; k when absent. */
  minJudges?: number;
  /** The tie-break order, fixed once judging opens; the heaviest criterion, then the earlier submission, when absent. */
  tieBreak?: string[];
  /** When the organisers first published the results; applicants see their result and comments from then on. */
  resultsPublishedAt?: string;
  /** The latest published version of the results (a correction is a new one). */
  publishedVersion?: number;
  createdAt: string;
  updatedAt: string;
}

const table = () => tableName("judging");
const strip = <T>(item: Record<string, unknown> | undefined): T | undefined => (item ? withoutKeys<T>(item) : undefined);

export async function insertCompetition(item: CompetitionItem): Promise<void> {
  await db().send(new PutCommand({
    TableName: table(),
    Item: { ...competitionKey(item.competitionId), ...competitionOfClassKeys(item.classId, item.competitionId, item.createdAt), ...item },
    ConditionExpression: "attribute_not_exists(pk)",
  }));
}

export async function findCompetition(competitionId: string): Promise<CompetitionItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: competitionKey(competitionId), ConsistentRead: true }));
  return strip<CompetitionItem>(Item);
}

/** A class's competitions, oldest first; a class holds a handful. */
export async function competitionsOfClass(classId: string): Promise<CompetitionItem[]> {
  const items = await queryAll<Record<string, unknown>>({
    TableName: table(),
    IndexName: "competitionsOfClass",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": competitionsOfClassPk(classId) },
  });
  return items.map((item) => strip<CompetitionItem>(item)!);
}

/**
 * Writes the organiser's changes if the competition is still as read (`updatedAt`), and — when the
 * rubric changes — only while no score was submitted: the first submitted score freezes it in the same
 * transaction, so the two can never cross. False when the world moved.
 */
export async function updateCompetition(competitionId: string, changes: Partial<CompetitionItem>, readAt: string, at: string): Promise<boolean> {
  const rubricGuard = changes.rubric ? " AND attribute_not_exists(#rubricFrozenAt)" : "";
  try {
    await db().send(new UpdateCommand({
      TableName: table(),
      Key: competitionKey(competitionId),
      ...setFields({ ...changes, updatedAt: at }, `#updatedAt = :readAt${rubricGuard}`, { ":readAt": readAt }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** A pitch write holds only while the deadline, as stored at the moment of writing, has not passed. */
export function beforeDeadline(competitionId: string, at: string): TransactItem {
  return {
    ConditionCheck: {
      TableName: table(),
      Key: competitionKey(competitionId),
      ConditionExpression: "#submissionOpensAt <= :at AND #submissionDeadline > :at",
      ExpressionAttributeNames: namesIn("#submissionOpensAt #submissionDeadline"),
      ExpressionAttributeValues: { ":at": at },
    },
  };
}

/** The rubric a score write was checked against: frozen for good, or as read (`updatedAt`) and whether this write freezes it. */
export type RubricAsRead = "frozen" | { readAt: string; freeze: boolean };

/**
 * A score write holds only while judging is open. While the rubric can still change, it holds only
 * over the competition as read, so scores checked against one rubric never land under another an
 * organiser saved meanwhile; the first submitted score also freezes the rubric (one item, so one
 * operation does both).
 */
export function whileJudgingOpen(competitionId: string, at: string, rubric: RubricAsRead): TransactItem {
  const open = "#judgingOpensAt <= :at AND #judgingClosesAt > :at";
  const key = { TableName: table(), Key: competitionKey(competitionId) };
  if (rubric === "frozen") return { ConditionCheck: { ...key, ConditionExpression: open, ExpressionAttributeNames: namesIn(open), ExpressionAttributeValues: { ":at": at } } };
  const condition = `${open} AND #updatedAt = :readAt`;
  const values = { ":at": at, ":readAt": rubric.readAt };
  if (!rubric.freeze) return { ConditionCheck: { ...key, ConditionExpression: condition, ExpressionAttributeNames: namesIn(condition), ExpressionAttributeValues: values } };
  const update = "SET #rubricFrozenAt = if_not_exists(#rubricFrozenAt, :at)";
  return { Update: { ...key, UpdateExpression: update, ConditionExpression: condition, ExpressionAttributeNames: namesIn(update, condition), ExpressionAttributeValues: values } };
}

// ---- the assignment run --------------------------------------------------------------------------

export const assignmentReasons = ["requested", "judge_invited", "judge_withdrawn", "conflict_added", "ties_declared", "pitch_submitted"] as const;
export type AssignmentReason = (typeof assignmentReasons)[number];

export interface AssignmentRunItem {
  competitionId: string;
  /** Raised by every request; the job writes its outcome only for the revision it computed. */
  revision: number;
  status: "pending" | "done";
  reason: AssignmentReason;
  requestedAt: string;
  computedAt?: string;
  submissions?: number;
  judges?: number;
  /** k when the run was computed. */
  judgesPerSubmission?: number;
  unassigned?: UnassignedSubmission[];
  loads?: Record<string, number>;
  /** What the last run changed against the assignment before it. */
  changes?: { kept: number; added: number; removed: number };
  /** The organiser's last request asked for judges certified for a pitch's cluster first; re-runs keep it. */
  preferCertifiedCurators?: boolean;
}

export async function findAssignmentRun(competitionId: string): Promise<AssignmentRunItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: assignmentRunKey(competitionId), ConsistentRead: true }));
  return strip<AssignmentRunItem>(Item);
}

/**
 * Asks the assignment job to run (again): a new revision, pending. With `onlyIfAssigned`, only when an
 * assignment was asked for before — a withdrawal before any assignment has nothing to move. The
 * organiser's choices are written when given, else those of the last request stay. Returns the run as
 * written, or undefined when there was none to repeat.
 */
export async function requestAssignmentRun(
  competitionId: string, reason: AssignmentReason, at: string,
  { onlyIfAssigned = false, preferCertifiedCurators }: { onlyIfAssigned?: boolean; preferCertifiedCurators?: boolean } = {},
): Promise<AssignmentRunItem | undefined> {
  const chosen = preferCertifiedCurators === undefined ? "" : ", #preferCertifiedCurators = :preferCertifiedCurators";
  const update = `SET #competitionId = :competitionId, #revision = if_not_exists(#revision, :zero) + :one, #status = :pending, #reason = :reason, #requestedAt = :at${chosen}`;
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(),
      Key: assignmentRunKey(competitionId),
      UpdateExpression: update,
      ...(onlyIfAssigned ? { ConditionExpression: "attribute_exists(pk)" } : {}),
      ExpressionAttributeNames: namesIn(update),
      ExpressionAttributeValues: {
        ":competitionId": competitionId, ":zero": 0, ":one": 1, ":pending": "pending", ":reason": reason, ":at": at,
        ...(preferCertifiedCurators === undefined ? {} : { ":preferCertifiedCurators": preferCertifiedCurators }),
      },
      ReturnValues: "ALL_NEW",
    }));
    return strip<AssignmentRunItem>(Attributes);
  } catch (error) {
    if (onlyIfAssigned && error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** The same request inside another write's transaction, where an assignment was asked for before (read as `run`). */
export function rerunWith(run: AssignmentRunItem, reason: AssignmentReason, at: string): TransactItem {
  const update = "SET #revision = #revision + :one, #status = :pending, #reason = :reason, #requestedAt = :at";
  return {
    Update: {
      TableName: table(), Key: assignmentRunKey(run.competitionId), UpdateExpression: update, ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeNames: namesIn(update), ExpressionAttributeValues: { ":one": 1, ":pending": "pending", ":reason": reason, ":at": at },
    },
  };
}

/** Records the outcome of `revision`; false when a newer request came in meanwhile (its own run follows). */
export async function completeAssignmentRun(competitionId: string, revision: number, outcome: Required<Pick<AssignmentRunItem, "computedAt" | "submissions" | "judges" | "judgesPerSubmission" | "unassigned" | "loads" | "changes">>): Promise<boolean> {
  try {
    await db().send(new UpdateCommand({
      TableName: table(),
      Key: assignmentRunKey(competitionId),
      ...setFields({ ...outcome, status: "done" }, "#revision = :revision", { ":revision": revision }),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Assignment runs whose outcome was just written: their judges are told what is new to them. */
export function assignmentRunsCompleted(changes: readonly ItemChange[]): AssignmentRunItem[] {
  return changes
    .filter((change) => isAssignmentRunSk(change.keys.sk) && change.after?.status === "done" && change.after.computedAt !== change.before?.computedAt)
    .map((change) => strip<AssignmentRunItem>(change.after)!);
}

/** Assignment runs that were just asked for. */
export function assignmentRunsRequested(changes: readonly ItemChange[]): AssignmentRunItem[] {
  return changes
    .filter((change) => isAssignmentRunSk(change.keys.sk) && change.after?.status === "pending" && change.after.revision !== change.before?.revision)
    .map((change) => strip<AssignmentRunItem>(change.after)!);
}
