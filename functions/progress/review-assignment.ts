import { reviewAssignment as route } from "../../shared/api/routes/progress.js";
import { reviewAssignment } from "../../shared/app/assessment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { submissionView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, body, now, idempotencyKey }) =>
  ok(await submissionView(await reviewAssignment(path.classId, path.moduleId, path.applicantId, auth.userId, body, now, idempotencyKey))),
);
