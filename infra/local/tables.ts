import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, UpdateTableCommand, type CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { db } from "../../shared/data/client.js";
import { tableEnvVar, tableNames, tables, type TableDefinition, type TableName } from "../../shared/data/tables.js";

const streamSpecification = { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" } as const;

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
          Projection: index.projection ? { ProjectionType: "INCLUDE", NonKeyAttributes: [...index.projection] } : { ProjectionType: "ALL" },
        }))
      : undefined,
    StreamSpecification: definition.stream ? streamSpecification : undefined,
  };
}

/** A table kept from an earlier run (`.data/`) may predate its stream: turn the stream on rather than ask for `--fresh`. */
async function enableStream(physicalName: string): Promise<void> {
  const { Table } = await db().send(new DescribeTableCommand({ TableName: physicalName }));
  if (Table?.StreamSpecification?.StreamEnabled) return;
  await db().send(new UpdateTableCommand({ TableName: physicalName, StreamSpecification: streamSpecification }));
}

/** Creates every table under `prefix` (existing ones are kept) and points this process's env at them. */
export async function createTables(prefix: string): Promise<void> {
  await Promise.all(
    tableNames.map(async (table: TableName) => {
      const physicalName = `${prefix}${table}`;
      const definition: TableDefinition = tables[table];
      process.env[tableEnvVar(table)] = physicalName;
      try {
        await db().send(new CreateTableCommand(createTableInput(physicalName, definition)));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
        if (definition.stream) await enableStream(physicalName);
      }
    }),
  );
}
