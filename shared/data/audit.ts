import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { AuditAction } from "../domain/results.js";
import { db } from "./client.js";
import { auditKey, auditPk } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";


/** One line of a competition's audit log: who did what, when, to what, and why. Never changed once written. */
export interface AuditEntry {
  competitionId: string;
  entryId: string;
  at: string;
  actorId: string;
  action: AuditAction;
  /** What the action touched, as it was then (a submission and its place, a version and its finalists …). */
  what: Record<string, unknown>;
  /** The organiser's written reason, where the action needs one. */
  why?: string;
}

const table = () => tableName("audit");
// Only ever a new item: the table's grants and policy allow nothing else (data-model.md, "audit").
const put = (entry: AuditEntry) => ({
  TableName: table(),
  Item: { ...auditKey(entry.competitionId, entry.at, entry.entryId), ...entry },
  ConditionExpression: "attribute_not_exists(pk)",
});

/** The entry inside the transaction that does what it records: no action without its line, no line without the action. */
export const auditEntry = (entry: AuditEntry): TransactItem => ({ Put: put(entry) });

/** The entry of an action that writes nothing else (a preview, an export). */
export async function appendAudit(entry: AuditEntry): Promise<void> {
  await db().send(new PutCommand(put(entry)));
}

const keyAttributes = ["pk", "sk"] as const;
const SORT_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9a-f-]{36}$/;

/** A page of a competition's audit log, newest first. */
export async function auditPage(competitionId: string, limit: number, cursor?: string): Promise<Page<AuditEntry>> {
  const pk = auditPk(competitionId);
  const start = decodeCursor(cursor, { pk }, keyAttributes, (key) => SORT_KEY.test(key.sk!));
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": pk },
    ScanIndexForward: false,
    Limit: limit,
    ExclusiveStartKey: start,
  }));
  return { items: Items.map(({ pk: _pk, sk: _sk, ...entry }) => entry as AuditEntry), nextCursor: encodeCursor(LastEvaluatedKey) };
}
