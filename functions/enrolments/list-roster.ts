import { listRoster as route } from "../../shared/api/routes/enrolments.js";
import { classRoster } from "../../shared/app/enrolment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { enrolmentPageView } from "../../shared/views/enrolments.js";

export const handler = lambda(route, async ({ path, query }) => ok(enrolmentPageView(await classRoster(path.classId, query.limit, query.cursor, query.status))));
