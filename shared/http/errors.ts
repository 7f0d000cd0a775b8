import { InvalidInput, type FieldIssue } from "../domain/errors.js";
import type { MessageKey, MessageParams } from "../i18n/messages.js";

/** Refusals that only HTTP knows of: sign-in, roles, unreadable bodies. Everything else is a domain error. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: MessageKey, readonly params: MessageParams = {}) {
    super(code);
  }
}

export const unauthorized = () => new HttpError(401, "unauthorized");
export const forbidden = () => new HttpError(403, "forbidden");
export const malformedJson = () => new HttpError(400, "malformed_json");
export const unsupportedMediaType = () => new HttpError(415, "unsupported_media_type");
export const tooLarge = (limit: number) => new HttpError(413, "body_too_large", { limit });
export const idempotencyKeyInvalid = () => new HttpError(400, "idempotency_key_invalid");

/** Request fields that failed the route's schema: the issue paths are relative to `where`. */
export class RequestInvalid extends InvalidInput {
  constructor(issues: readonly FieldIssue[], readonly where: "path" | "query" | "body") {
    super(issues);
  }
}
