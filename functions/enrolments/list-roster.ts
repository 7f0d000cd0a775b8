import { routes } from "../../shared/api/routes.js";
import { classRoster } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listRoster, async ({ path, query }) =>
  ok(await classRoster(path.classId, query.limit, query.cursor, query.status)),
);
