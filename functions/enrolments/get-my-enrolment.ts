import { routes } from "../../shared/api/routes.js";
import { getEnrolment } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getMyEnrolment, async ({ auth, path }) => ok(await getEnrolment(path.classId, auth.userId)));
