import { routes } from "../../shared/api/routes.js";
import { myProgress } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getMyProgress, async ({ auth, path, now }) => ok(await myProgress(path.classId, auth.userId, now)));
