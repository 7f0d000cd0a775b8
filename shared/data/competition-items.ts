import { queryAll } from "./client.js";
import { namesIn } from "./expressions.js";
import { competitionPk } from "./keys.js";
import { tableName } from "./tables.js";

/** An item of the `judging` table as the use cases see it: without its table and index keys. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, gsi2pk: _g3, gsi2sk: _g4, gsi3pk: _g5, gsi3sk: _g6, ...fields } = item;
  return fields as T;
}

export interface CollectionRead {
  /** Only these attributes (a projection). */
  fields?: readonly string[];
  /** Only the items where `#status = :status` (a filter: the rest are read and dropped). */
  status?: string;
}

/**
 * Every item of a competition's partition whose sort key begins with `prefix` (its judges, conflicts,
 * pitches, reviews or one judge's reviews), read consistently: a competition is one item collection.
 */
export async function competitionItems<T>(competitionId: string, prefix: string, { fields, status }: CollectionRead = {}): Promise<T[]> {
  const projection = fields?.map((field) => `#${field}`).join(", ");
  const filter = status === undefined ? undefined : "#status = :status";
  const items = await queryAll<Record<string, unknown>>({
    TableName: tableName("judging"),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": competitionPk(competitionId), ":prefix": prefix, ...(status === undefined ? {} : { ":status": status }) },
    ...(projection ? { ProjectionExpression: projection } : {}),
    ...(filter ? { FilterExpression: filter } : {}),
    ...(projection || filter ? { ExpressionAttributeNames: namesIn(projection, filter) } : {}),
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<T>(item));
}
