import { routes } from "../../shared/api/routes.js";
import { attemptQuiz } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.attemptQuiz, async ({ auth, path, body, now }) =>
  ok(await attemptQuiz(path.classId, path.moduleId, auth.userId, body.answers, now)),
);
