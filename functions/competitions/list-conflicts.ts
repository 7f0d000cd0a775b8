import { listConflicts as route } from "../../shared/api/routes/competitions.js";
import { listConflicts } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { conflictPageView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path, query }) => ok(conflictPageView(await listConflicts(path.competitionId, query.limit, query.cursor))));
