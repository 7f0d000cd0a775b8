import { routes } from "../../shared/api/routes.js";
import { listModules } from "../../shared/data/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listModules, async ({ path }) => ok({ items: await listModules(path.classId) }));
