/**
 * The tables, defined once: the CDK stack and the local bootstrap both build from this.
 * Every table is an item collection keyed `pk`/`sk`; see docs/data-model.md for what lives where.
 */
export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
  /** Attributes copied into the index besides the keys; all of them when absent. */
  projection?: readonly string[];
}

export interface TableDefinition {
  indexes: readonly IndexDefinition[];
  /** Attribute holding an epoch-seconds expiry, for items that should disappear by themselves. */
  ttlAttribute?: string;
  /**
   * Written only by adding items: functions are granted PutItem and nothing else that writes, and on AWS
   * the table's own policy refuses every update and delete, whoever asks (the audit log).
   */
  appendOnly?: true;
  /**
   * Jobs react to this table's changes: a stream with old and new images (NEW_AND_OLD_IMAGES), read by
   * a Lambda event source mapping on AWS and by infra/local/streams.ts locally.
   */
  stream?: true;
}

export const tables = {
  profiles: {
    // the cluster map's jobs follow the profiles
    stream: true,
    indexes: [{ name: "clusterMap", partitionKey: "gsi1pk", sortKey: "gsi1sk" }],
  },
  classes: {
    stream: true,
    indexes: [
      // only what the listing shows: the 8 KB description stays out of every listing read
      { name: "classesByClosing", partitionKey: "gsi1pk", sortKey: "gsi1sk", projection: ["classId", "title", "regencyCode", "startsOn", "createdAt", "updatedAt"] },
      { name: "enrolmentsByApplicant", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
      { name: "rosterByStatus", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    ],
  },
  learning: { indexes: [], stream: true },
  judging: {
    stream: true,
    indexes: [
      { name: "competitionsOfClass", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
      { name: "competitionsOfJudge", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
      // only what an applicant may read of their reviews, once results are out: never the judge's private note
      { name: "reviewsOfSubmission", partitionKey: "gsi3pk", sortKey: "gsi3sk", projection: ["submissionId", "active", "status", "comment"] },
    ],
  },
  // what a write request with an Idempotency-Key answered, so a retry gets the same answer (Powertools' idempotency
  // utility: shared/http/idempotency.ts); kept a day
  idempotency: { indexes: [], ttlAttribute: "expiration" },
  // who previewed, overrode and published a competition's results, and why: read by organisers, never changed
  audit: { indexes: [], appendOnly: true },
} as const satisfies Record<string, TableDefinition>;

export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];

/** `classes` → `TABLE_CLASSES`: how a function learns the physical name of a table it was granted. */
export function tableEnvVar(table: TableName): string {
  return `TABLE_${table.toUpperCase()}`;
}

export function tableName(table: TableName): string {
  const name = process.env[tableEnvVar(table)];
  if (!name) throw new Error(`${tableEnvVar(table)} is not set: this function was not granted the ${table} table`);
  return name;
}
