/**
 * `namesIn("SET #status = :s", "#capacity > :n")` → `{ "#status": "status", "#capacity": "capacity" }`.
 * Our domain words are DynamoDB reserved words, so every attribute in an expression is written as
 * `#attribute`; DynamoDB rejects unused placeholders, so the map is derived from the expressions themselves.
 */
export function namesIn(...expressions: (string | undefined)[]): Record<string, string> {
  const found = expressions.join(" ").match(/#\w+/g) ?? [];
  return Object.fromEntries(found.map((placeholder) => [placeholder, placeholder.slice(1)]));
}

/**
 * `SET` for a set of field changes (and `REMOVE` for cleared ones), with a condition that may use its
 * own `#names` and `:values`: `setFields({ capacity: 30 }, "#enrolled <= :capacity", { ":capacity": 30 })`.
 */
export function setFields(fields: Record<string, unknown>, condition: string, conditionValues: Record<string, unknown> = {}, remove: string[] = []) {
  const entries = Object.entries(fields);
  const removal = remove.length ? ` REMOVE ${remove.map((_, i) => `#r${i}`).join(", ")}` : "";
  return {
    UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(", ")}${removal}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: {
      ...Object.fromEntries(entries.map(([name], i) => [`#f${i}`, name])),
      ...Object.fromEntries(remove.map((name, i) => [`#r${i}`, name])),
      ...namesIn(condition),
    },
    ExpressionAttributeValues: { ...Object.fromEntries(entries.map(([, value], i) => [`:f${i}`, value])), ...conditionValues },
  };
}
