import { routes } from "../../shared/api/routes.js";
import { getClass } from "../../shared/data/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getClass, async ({ path, now }) => ok(await getClass(path.classId, now)));
