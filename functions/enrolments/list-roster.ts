import { routes } from "../../shared/api/routes.js";
import { getClassItem } from "../../shared/data/classes.js";
import { listRoster } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listRoster, async ({ path, query }) => {
  await getClassItem(path.classId);
  return ok(await listRoster(path.classId, query.limit, query.cursor, query.status));
});
