import { getMyProgress as route } from "../../shared/api/routes/progress.js";
import { myProgress } from "../../shared/app/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { progressView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(progressView(await myProgress(path.classId, auth.userId, now))));
