import { getSubmission as route } from "../../shared/api/routes/progress.js";
import { getSubmission } from "../../shared/app/assessment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { submissionView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ path }) => ok(await submissionView(await getSubmission(path.classId, path.moduleId, path.applicantId))));
