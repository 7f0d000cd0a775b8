import { CreateTableCommand, ResourceInUseException, type CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { db } from "../../shared/data/client.js";
import { tableEnvVar, tableNames, tables, type TableDefinition, type TableName } from "../../shared/data/tables.js";

function createTableInput(physicalName: string, definition: TableDefinition): CreateTableCommandInput {
  const keyAttributes = new Set(["pk", "sk", ...definition.indexes.flatMap((index) => [index.partitionKey, index.sortKey])]);
  return {
    TableName: physicalName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: definition.indexes.length
      ? definition.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        }))
      : undefined,
  };
}

/** Creates every table under `prefix` (existing ones are kept) and points this process's env at them. */
export async function createTables(prefix: string): Promise<void> {
  await Promise.all(
    tableNames.map(async (table: TableName) => {
      const physicalName = `${prefix}${table}`;
      process.env[tableEnvVar(table)] = physicalName;
      try {
        await db().send(new CreateTableCommand(createTableInput(physicalName, tables[table])));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
    }),
  );
}
