import { exportScores as route } from "../../shared/api/routes/results.js";
import { exportScores } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(await exportScores(path.competitionId, auth.userId, now)));
