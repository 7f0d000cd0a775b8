/** What a handler returns; the builder turns it into an API Gateway response. */
export interface Reply {
  status: number;
  body?: unknown;
  /** A file to download: the body is its text, of the media type the route `produces`, or a value saved as JSON. */
  file?: { name: string };
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
/** Taken on: a job finishes the work, the body says where to look. */
export const accepted = (body: unknown): Reply => ({ status: 202, body });
/** A file the caller saves (a calendar, a CSV export): its text, and the name it is saved under. */
export const download = (text: string, name: string): Reply => ({ status: 200, body: text, file: { name } });
/** A JSON file the caller saves, rather than an answer to show: the same value, with a name to save it under. */
export const downloadJson = (value: unknown, name: string): Reply => ({ status: 200, body: value, file: { name } });
