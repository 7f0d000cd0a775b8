import { overridePlace as route } from "../../shared/api/routes/results.js";
import { setOverride } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { overrideListView } from "../../shared/views/results.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => ok(overrideListView(await setOverride(path.competitionId, path.submissionId, body, auth.userId, now))));
