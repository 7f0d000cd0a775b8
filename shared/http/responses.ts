/** What a handler returns; the builder turns it into an API Gateway response. */
export interface Reply {
  status: number;
  body?: unknown;
  /** Non-JSON payloads (CSV) go here with their own content type. */
  text?: { contentType: string; content: string; filename?: string };
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
