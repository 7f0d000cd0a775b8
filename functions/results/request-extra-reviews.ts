import { requestExtraReviews as route } from "../../shared/api/routes/results.js";
import { requestExtraReviews } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => created(await requestExtraReviews(path.competitionId, body, auth.userId, now)));
