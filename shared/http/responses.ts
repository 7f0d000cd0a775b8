/** What a handler returns; the builder turns it into an API Gateway response. */
export interface Reply {
  status: number;
  body?: unknown;
  /** A file to download instead of JSON: the body is its text, of the media type the route `produces`. */
  file?: { name: string };
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
/** Taken on: a job finishes the work, the body says where to look. */
export const accepted = (body: unknown): Reply => ({ status: 202, body });
/** A file the caller saves (a calendar): its text, and the name it is saved under. */
export const download = (text: string, name: string): Reply => ({ status: 200, body: text, file: { name } });
