import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ExportStatus } from "../domain/exports.js";
import type { Lang } from "../i18n/messages.js";
import { db } from "./client.js";
import { setFields } from "./expressions.js";
import type { ItemChange } from "./changes.js";
import { exportKey, isExportSk } from "./keys.js";
import { tableName } from "./tables.js";

/** A progress export an organiser asked for; the export job fills in the file. */
export interface ExportItem {
  classId: string;
  exportId: string;
  requestedBy: string;
  lang: Lang;
  status: ExportStatus;
  requestedAt: string;
  fileKey?: string;
  rows?: number;
  finishedAt?: string;
}

const table = () => tableName("learning");

export async function insertExport(item: ExportItem): Promise<void> {
  await db().send(new PutCommand({ TableName: table(), Item: { ...exportKey(item.classId, item.exportId), ...item }, ConditionExpression: "attribute_not_exists(pk)" }));
}

export async function findExport(classId: string, exportId: string): Promise<ExportItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: exportKey(classId, exportId), ConsistentRead: true }));
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, ...item } = Item;
  return item as ExportItem;
}

/** Marks the export ready, once: a redelivered job finds it ready already and leaves it be. */
export async function finishExport(classId: string, exportId: string, file: { fileKey: string; rows: number; finishedAt: string }): Promise<void> {
  try {
    await db().send(new UpdateCommand({
      TableName: table(),
      Key: exportKey(classId, exportId),
      ...setFields({ ...file, status: "ready" }, "#status = :pending", { ":pending": "pending" }),
    }));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Exports that were just asked for. */
export function exportsRequested(changes: readonly ItemChange[]): { classId: string; exportId: string }[] {
  return changes
    .filter((change) => change.kind === "insert" && isExportSk(change.keys.sk))
    .map((change) => ({ classId: change.after!.classId as string, exportId: change.after!.exportId as string }));
}
