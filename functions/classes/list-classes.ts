import { routes } from "../../shared/api/routes.js";
import { listUpcomingClasses } from "../../shared/data/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listClasses, async ({ query, now }) =>
  ok(await listUpcomingClasses(now, query.limit, query.cursor)),
);
