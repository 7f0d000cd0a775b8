import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Tie } from "../domain/competitions.js";
import type { Certification } from "../domain/judge-assignment.js";
import { batchGet, db } from "./client.js";
import { competitionItems, withoutKeys } from "./competition-items.js";
import { setFields } from "./expressions.js";
import { competitionOfJudgeKeys, competitionPk, competitionsOfJudgePk, CONFLICT_PREFIX, conflictKey, isConflictKey, JUDGE_PREFIX, judgeKey } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

type Text = { id: string; en: string };

export interface JudgeItem {
  competitionId: string;
  /** The judge's user id (the token's `sub`). */
  judgeId: string;
  name: string;
  organisation: string;
  sectors: string[];
  email: string;
  language: "id" | "en";
  maxLoad?: number;
  /** Their curator certificate, as the organisers checked it. */
  certification?: Certification;
  status: "invited" | "withdrawn";
  /** Businesses the judge declared ties to (their own, family, clients, shareholdings). */
  ties: Tie[];
  /** The competition's title, for the judge's list of competitions and their notifications. */
  competitionTitle: Text;
  invitedAt: string;
  updatedAt: string;
  withdrawnAt?: string;
}

export interface ConflictItem {
  competitionId: string;
  judgeId: string;
  submissionId: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

const table = () => tableName("judging");

export async function findJudge(competitionId: string, judgeId: string): Promise<JudgeItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: judgeKey(competitionId, judgeId), ConsistentRead: true }));
  return Item ? withoutKeys<JudgeItem>(Item) : undefined;
}

export const judgesOf = (competitionId: string): Promise<JudgeItem[]> => competitionItems<JudgeItem>(competitionId, JUDGE_PREFIX);

/** Many judges' names by id; unprocessed ids are handed back. */
export async function findJudgeNames(competitionId: string, judgeIds: readonly string[]): Promise<{ found: Pick<JudgeItem, "judgeId" | "name">[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<Pick<JudgeItem, "judgeId" | "name">>(table(), judgeIds.map((id) => judgeKey(competitionId, id)), { projection: "#judgeId, #name" });
  return { found: items, unprocessed: unprocessed.map((key) => (key.sk as string).slice(JUDGE_PREFIX.length)) };
}

/** The competitions a judge was invited to, in no useful order (ids are random); a judge sits on a handful. */
export async function competitionsOfJudge(judgeId: string): Promise<JudgeItem[]> {
  const { Items = [] } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "competitionsOfJudge",
    KeyConditionExpression: "gsi2pk = :pk",
    ExpressionAttributeValues: { ":pk": competitionsOfJudgePk(judgeId) },
    Limit: 100,
  }));
  return Items.map((item) => withoutKeys<JudgeItem>(item));
}

/**
 * Invites a judge, or updates an invitation (name, sectors, load): a judge who withdrew is invited
 * again. The ties stay as the judge declared them, and a certificate the invitation leaves out stays too.
 */
export async function saveJudge(judge: Omit<JudgeItem, "ties" | "invitedAt" | "withdrawnAt">, at: string): Promise<JudgeItem> {
  const fields = Object.entries({ ...competitionOfJudgeKeys(judge.judgeId, judge.competitionId), ...judge, updatedAt: at });
  const { Attributes } = await db().send(new UpdateCommand({
    TableName: table(),
    Key: judgeKey(judge.competitionId, judge.judgeId),
    UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :f${i}`).join(", ")}, #ties = if_not_exists(#ties, :noTies), #invitedAt = if_not_exists(#invitedAt, :at) REMOVE #withdrawnAt`,
    ExpressionAttributeNames: { ...Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])), "#ties": "ties", "#invitedAt": "invitedAt", "#withdrawnAt": "withdrawnAt" },
    ExpressionAttributeValues: { ...Object.fromEntries(fields.map(([, value], i) => [`:f${i}`, value])), ":noTies": [], ":at": at },
    ReturnValues: "ALL_NEW",
  }));
  return withoutKeys<JudgeItem>(Attributes!);
}

/**
 * Records or replaces a judge's certificate, or clears it (`undefined`), whether or not they withdrew:
 * it is a fact about the person. Undefined when the judge was never invited to the competition.
 */
export async function saveCertification(competitionId: string, judgeId: string, certification: Certification | undefined, at: string): Promise<JudgeItem | undefined> {
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(),
      Key: judgeKey(competitionId, judgeId),
      ...setFields({ ...(certification ? { certification } : {}), updatedAt: at }, "attribute_exists(pk)", {}, certification ? [] : ["certification"]),
      ReturnValues: "ALL_NEW",
    }));
    return withoutKeys<JudgeItem>(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Changes a judge who is still on the competition; the condition restates it. */
export function updateActiveJudge(competitionId: string, judgeId: string, fields: Partial<JudgeItem>): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: judgeKey(competitionId, judgeId),
      ...setFields(fields, "#status = :invited", { ":invited": "invited" }),
    },
  };
}

export function putConflict(conflict: ConflictItem): TransactItem {
  return { Put: { TableName: table(), Item: { ...conflictKey(conflict.competitionId, conflict.judgeId, conflict.submissionId), ...conflict } } };
}

export async function findConflict(competitionId: string, judgeId: string, submissionId: string): Promise<ConflictItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: conflictKey(competitionId, judgeId, submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<ConflictItem>(Item) : undefined;
}

export const conflictsOf = (competitionId: string): Promise<ConflictItem[]> => competitionItems<ConflictItem>(competitionId, CONFLICT_PREFIX);

/** A page of the recorded conflicts, in key order: by judge (ids, not names), then submission (organisers). */
export async function conflictsPage(competitionId: string, limit: number, cursor?: string): Promise<Page<ConflictItem>> {
  const pk = competitionPk(competitionId);
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": pk, ":prefix": CONFLICT_PREFIX },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { pk }, ["pk", "sk"], isConflictKey),
    ConsistentRead: true,
  }));
  return { items: Items.map((item) => withoutKeys<ConflictItem>(item)), nextCursor: encodeCursor(LastEvaluatedKey) };
}

/** An extra review holds only while its judge is still invited (a withdrawal in between cancels it). */
export function stillInvited(competitionId: string, judgeId: string): TransactItem {
  return { ConditionCheck: { TableName: table(), Key: judgeKey(competitionId, judgeId), ConditionExpression: "#status = :invited", ExpressionAttributeNames: { "#status": "status" }, ExpressionAttributeValues: { ":invited": "invited" } } };
}
