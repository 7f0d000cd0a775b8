import { getMyEnrolment as route } from "../../shared/api/routes/enrolments.js";
import { getMyEnrolment } from "../../shared/app/enrolment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { enrolmentView } from "../../shared/views/enrolments.js";

export const handler = lambda(route, async ({ auth, path }) => ok(enrolmentView(await getMyEnrolment(path.classId, auth.userId))));
