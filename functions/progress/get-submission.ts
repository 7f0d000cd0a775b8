import { routes } from "../../shared/api/routes.js";
import { getSubmission } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getSubmission, async ({ path }) => ok(await getSubmission(path.classId, path.moduleId, path.applicantId)));
