import { listMyEnrolments as route } from "../../shared/api/routes/enrolments.js";
import { listMyEnrolments } from "../../shared/app/enrolment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { enrolmentPageView } from "../../shared/views/enrolments.js";

export const handler = lambda(route, async ({ auth, query }) => ok(enrolmentPageView(await listMyEnrolments(auth.userId, query.limit, query.cursor))));
