import { routes } from "../../shared/api/routes.js";
import { handInAssignment } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.handInAssignment, async ({ auth, path, body, now }) =>
  ok(await handInAssignment(path.classId, path.moduleId, auth.userId, body, now)),
);
