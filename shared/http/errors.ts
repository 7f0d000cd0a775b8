import type * as z from "zod";
import type { MessageKey, MessageParams } from "../i18n/messages.js";

/**
 * Every error a handler may end with. Domain code throws these with a stable `code`;
 * only the error mapper in `lambda.ts` turns them into HTTP responses.
 */
export class AppError extends Error {
  /** The message shown; usually the code's own, a more specific one where the code alone cannot say why. */
  messageKey: MessageKey;

  constructor(
    readonly status: number,
    readonly code: MessageKey,
    readonly details?: unknown,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.messageKey = code;
  }
}

type Args = [details?: unknown, params?: MessageParams];

export class BadRequest extends AppError {
  constructor(code: MessageKey = "validation_failed", ...args: Args) { super(400, code, ...args); }
}
export class Unauthorized extends AppError {
  constructor() { super(401, "unauthorized"); }
}
export class Forbidden extends AppError {
  constructor(code: MessageKey = "forbidden", ...args: Args) { super(403, code, ...args); }
}
export class NotFound extends AppError {
  constructor(code: MessageKey = "not_found", ...args: Args) { super(404, code, ...args); }
}
export class Conflict extends AppError {
  constructor(code: MessageKey, ...args: Args) { super(409, code, ...args); }
}
export class TooLarge extends AppError {
  constructor(limit: number) { super(413, "body_too_large", undefined, { limit }); }
}
export class UnsupportedMediaType extends AppError {
  constructor() { super(415, "unsupported_media_type"); }
}
export class Unavailable extends AppError {
  constructor() { super(503, "service_busy"); }
}

/** Class content is for seat holders only; the message says which status keeps the applicant out. */
export class SeatRequired extends AppError {
  constructor(status: "waitlisted" | "withdrawn" | "not_enrolled") {
    super(403, "seat_required", { status });
    this.messageKey = `seat_required_${status}`;
  }
}

/**
 * Fields that failed a schema, wherever that was checked (a request, or a merged module). The error
 * mapper words each issue in the caller's language, so no other layer needs to know it.
 */
export class InvalidFields extends AppError {
  constructor(readonly issues: readonly z.core.$ZodIssue[], readonly where: "path" | "query" | "body") {
    super(400, "validation_failed");
  }
}
