/**
 * `namesIn("SET #status = :s", "#capacity > :n")` → `{ "#status": "status", "#capacity": "capacity" }`.
 * Our domain words are DynamoDB reserved words, so every attribute in an expression is written as
 * `#attribute`; DynamoDB rejects unused placeholders, so the map is derived from the expressions themselves.
 */
export function namesIn(...expressions: (string | undefined)[]): Record<string, string> {
  const found = expressions.join(" ").match(/#\w+/g) ?? [];
  return Object.fromEntries(found.map((placeholder) => [placeholder, placeholder.slice(1)]));
}
