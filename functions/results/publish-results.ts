import { publishResults as route } from "../../shared/api/routes/results.js";
import { publishResults } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { publishedView } from "../../shared/views/results.js";

export const handler = lambda(route, async ({ auth, path, body, now, idempotencyKey }) => created(publishedView(await publishResults(path.competitionId, body, auth.userId, now, idempotencyKey))));
