import { routes } from "../../shared/api/routes.js";
import { listAllClasses } from "../../shared/data/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listAllClasses, async ({ query, now }) =>
  ok(await listAllClasses(now, query.limit, query.cursor)),
);
