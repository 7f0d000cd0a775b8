import { requestAssignment as route } from "../../shared/api/routes/competitions.js";
import { requestAssignment } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { accepted } from "../../shared/http/responses.js";
import { assignmentRunView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path, body, lang, now }) => accepted(assignmentRunView(await requestAssignment(path.competitionId, now, body), lang)));
