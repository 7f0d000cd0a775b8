import { getAssignment as route } from "../../shared/api/routes/competitions.js";
import { assignmentRun } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { assignmentRunView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path, lang }) => ok(assignmentRunView(await assignmentRun(path.competitionId), lang)));
