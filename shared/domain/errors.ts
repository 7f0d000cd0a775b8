import type { MessageKey, MessageParams } from "../i18n/messages.js";

/**
 * Every rule the core can refuse by, as a stable code. The HTTP layer gives each one its status
 * (`shared/http/statuses.ts`); nothing below it knows about statuses.
 */
export const errorCodes = [
  "validation_failed", "invalid_cursor", "service_busy", "not_found",
  "profile_not_found", "profile_exists", "profile_required",
  "class_not_found", "enrolment_closed", "class_full", "enrolment_not_found", "capacity_below_enrolled",
  "seat_required", "module_not_found", "prerequisite_incomplete", "prerequisite_unknown", "prerequisite_cycle",
  "module_limit", "module_order_mismatch", "module_has_progress", "wrong_module_kind", "session_not_started",
  "attempts_exhausted", "module_completed", "applicant_not_seated", "not_awaiting_review", "submission_not_found",
  "assignment_text_not_allowed", "assignment_file_not_allowed", "file_too_large", "file_type_not_allowed", "file_missing",
  "file_changed", "too_many_uploads", "certificate_not_found", "export_not_found",
  "competition_not_found", "class_not_completed", "submission_not_open", "submission_locked", "pitch_not_found",
  "rubric_frozen", "judge_not_found", "judging_not_open", "judging_closed", "review_submitted",
  "judging_not_closed", "ranking_rules_fixed", "results_published", "unbroken_tie", "not_ranked", "nothing_to_publish",
  "review_exists", "judge_withdrawn", "conflict_of_interest", "too_many_to_publish", "judge_at_max_load",
  "results_not_published", "demo_day_not_found", "meetings_not_planned", "meeting_cancelled", "meeting_declined", "meeting_moved", "meetings_rescheduling", "meetings_times_fixed",
] as const satisfies readonly MessageKey[];
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorOptions {
  /** What a client program needs to act on the refusal (the missing modules, the status that keeps you out). */
  details?: unknown;
  /** Values for the message's placeholders. */
  params?: MessageParams;
  /** A more specific message than the code's own, where the code alone cannot say why. */
  messageKey?: MessageKey;
  /** When asking again can succeed (a limit that frees up over time). */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly details: unknown;
  readonly params: MessageParams;
  readonly messageKey: MessageKey;
  readonly retryAfterSeconds: number | undefined;

  constructor(readonly code: ErrorCode, { details, params = {}, messageKey = code, retryAfterSeconds }: ErrorOptions = {}) {
    super(code);
    this.details = details;
    this.params = params;
    this.messageKey = messageKey;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * One problem with one input field: the same shape as a schema issue, so request validation and the
 * rules found later (a window that closes before it opens, a file that was never uploaded) are worded
 * alike. `path` is relative to the input the use case was given.
 */
export interface FieldIssue {
  path: PropertyKey[];
  code: string;
  /** A message key, or a schema library's own wording. */
  message: string;
  /** The modules a prerequisite problem is about. */
  moduleIds?: string[];
}

/** Input that breaks a rule, field by field. */
export class InvalidInput extends DomainError {
  constructor(readonly issues: readonly FieldIssue[], code: ErrorCode = "validation_failed", options: ErrorOptions = {}) {
    super(code, options);
  }
}

/** A single field breaking one rule, worded like a schema refinement (issue code `custom`). */
export const invalidField = (field: string, rule: MessageKey, code: ErrorCode = "validation_failed", options: ErrorOptions = {}) =>
  new InvalidInput([{ path: [field], code: "custom", message: rule }], code, options);

/** Seat holders only; the message says which status keeps the applicant out. */
export const seatRequired = (status: "waitlisted" | "withdrawn" | "not_enrolled") =>
  new DomainError("seat_required", { details: { status }, messageKey: `seat_required_${status}` });

export const busy = () => new DomainError("service_busy", { retryAfterSeconds: 1 });
