import { handInAssignment as route } from "../../shared/api/routes/progress.js";
import { handInAssignment } from "../../shared/app/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { submissionView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, body, now, idempotencyKey }) =>
  ok(await submissionView(await handInAssignment(path.classId, path.moduleId, auth.userId, body, now, idempotencyKey))),
);
