/** What a handler returns; the builder turns it into an API Gateway response. */
export interface Reply {
  status: number;
  body?: unknown;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
/** Taken on: a job finishes the work, the body says where to look. */
export const accepted = (body: unknown): Reply => ({ status: 202, body });
