import { attemptQuiz as route } from "../../shared/api/routes/progress.js";
import { attemptQuiz } from "../../shared/app/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { quizAttemptView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, body, now, idempotencyKey }) =>
  ok(quizAttemptView(await attemptQuiz(path.classId, path.moduleId, auth.userId, body.answers, now, idempotencyKey))),
);
