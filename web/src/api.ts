import createClient from "openapi-fetch";
import type { Lang } from "../../shared/i18n/messages.js";
import type { paths } from "./api-types.js";

// The API (on the app's own origin locally, API Gateway's on AWS), typed from the route table's OpenAPI description (api-types.ts).

export interface ApiError {
  code: string;
  message: string;
  /** A list of field issues for a refused input; a rule's refusal carries its own facts here (e.g. `{ enrolled }`). */
  details?: unknown;
}

/** A request that never got an answer (no connection, server gone): the screen offers to try again. */
export class Unreachable extends Error {}

export function apiClient(baseUrl: string, token: string | undefined, lang: Lang) {
  const client = createClient<paths>({ baseUrl });
  client.use({
    onRequest({ request }) {
      if (token) request.headers.set("authorization", `Bearer ${token}`);
      request.headers.set("accept-language", lang);
      // every change a person makes is one request: a replay of it (a proxy's, a browser's) is answered, not run again
      if (request.method !== "GET") request.headers.set("idempotency-key", crypto.randomUUID());
      return request;
    },
  });
  return client;
}

export type Api = ReturnType<typeof apiClient>;

/** The data of an answer, or its error in the API's shape; a network failure throws `Unreachable`. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<{ data: T; error?: undefined } | { data?: undefined; error: ApiError; status: number }> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new Unreachable();
  }
  if (result.error !== undefined || result.data === undefined) {
    const body = result.error as { error?: ApiError } | undefined;
    if (result.response.status >= 500 && !body?.error) throw new Unreachable();
    return { error: body?.error ?? { code: "unknown", message: String(result.response.status) }, status: result.response.status };
  }
  return { data: result.data };
}
