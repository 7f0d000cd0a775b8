import { routes } from "../../shared/api/routes.js";
import { reviewAssignment } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.reviewAssignment, async ({ auth, path, body, now }) =>
  ok(await reviewAssignment(path.classId, path.moduleId, path.applicantId, auth.userId, body, now)),
);
