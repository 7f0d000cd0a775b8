import type { ErrorCode } from "../domain/errors.js";

/** The one table from a domain error's code to its HTTP status. */
export const statusOf = {
  validation_failed: 400,
  invalid_cursor: 400,
  prerequisite_unknown: 400,
  prerequisite_cycle: 400,
  module_order_mismatch: 400,
  assignment_text_not_allowed: 400,
  assignment_file_not_allowed: 400,
  file_too_large: 400,
  file_type_not_allowed: 400,
  file_missing: 400,

  profile_required: 403,
  seat_required: 403,

  not_found: 404,
  profile_not_found: 404,
  class_not_found: 404,
  enrolment_not_found: 404,
  module_not_found: 404,
  submission_not_found: 404,
  certificate_not_found: 404,
  export_not_found: 404,

  profile_exists: 409,
  enrolment_closed: 409,
  class_full: 409,
  capacity_below_enrolled: 409,
  prerequisite_incomplete: 409,
  module_limit: 409,
  module_has_progress: 409,
  wrong_module_kind: 409,
  session_not_started: 409,
  attempts_exhausted: 409,
  module_completed: 409,
  applicant_not_seated: 409,
  not_awaiting_review: 409,
  file_changed: 409,

  too_many_uploads: 429,

  service_busy: 503,
} as const satisfies Record<ErrorCode, number>;
