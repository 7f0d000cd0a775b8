import { routes } from "../../shared/api/routes.js";
import { listApplicantEnrolments } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listMyEnrolments, async ({ auth, query }) =>
  ok(await listApplicantEnrolments(auth.userId, query.limit, query.cursor)),
);
