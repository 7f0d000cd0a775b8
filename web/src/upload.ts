import { Unreachable } from "./api.js";

/**
 * Sends a file straight to the file store with an upload ticket's URL and headers (the API never carries
 * the bytes), answering in the shape `useAction().run` takes; no connection throws `Unreachable`.
 */
export async function putFile(ticket: { uploadUrl: string; headers: Record<string, string> }, file: Blob) {
  const response = await fetch(ticket.uploadUrl, { method: "PUT", headers: ticket.headers, body: file }).catch(() => { throw new Unreachable(); });
  return response.ok ? { data: true as const } : { error: { code: "upload_failed", message: String(response.status) }, status: response.status };
}
