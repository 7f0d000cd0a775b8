/** One item changed in a table, as a job sees it: old and new images as plain objects. */
export interface ItemChange {
  kind: "insert" | "modify" | "remove";
  keys: { pk: string; sk: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}
