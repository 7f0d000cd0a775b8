import { DomainError } from "../domain/errors.js";

type Key = Record<string, string>;

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export function encodeCursor(lastEvaluatedKey: Record<string, unknown> | undefined): string | undefined {
  return lastEvaluatedKey ? Buffer.from(JSON.stringify(lastEvaluatedKey)).toString("base64url") : undefined;
}

/**
 * A cursor is only accepted for the collection it came from: `partition` names the key attributes that
 * must match (e.g. `{ pk: "CLASS#…" }`), so a crafted cursor cannot open someone else's collection, and
 * `isKey` says whether it is a key this query could have returned — every attribute in the shape
 * `keys.ts` builds, inside the query's range — since DynamoDB rejects anything else (empty or
 * oversized values, a start key outside the range) with an error that is not the caller's to see.
 */
export function decodeCursor(cursor: string | undefined, partition: Key, keyAttributes: readonly string[], isKey: (key: Key) => boolean): Key | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new DomainError("invalid_cursor");
  }
  const valid =
    typeof key === "object" && key !== null && !Array.isArray(key) &&
    Object.keys(key).length === keyAttributes.length &&
    keyAttributes.every((name) => typeof (key as Key)[name] === "string") &&
    Object.entries(partition).every(([name, value]) => (key as Key)[name] === value) &&
    isKey(key as Key);
  if (!valid) throw new DomainError("invalid_cursor");
  return key as Key;
}
