import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { db } from "../../shared/data/client.js";
import { tableName, tableNames } from "../../shared/data/tables.js";

/** Every item of this test file's tables, for "nothing was written" checks (tests may Scan; request paths never do). */
export async function snapshotTables(): Promise<string> {
  const contents = await Promise.all(
    tableNames.map(async (table) => {
      const { Items = [] } = await db().send(new ScanCommand({ TableName: tableName(table), ConsistentRead: true }));
      return [table, Items.map((item) => JSON.stringify(item)).sort()] as const;
    }),
  );
  return JSON.stringify(contents);
}
