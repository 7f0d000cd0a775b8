import { routes } from "../../shared/api/routes.js";
import { reorderModules } from "../../shared/data/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.reorderModules, async ({ path, body }) => ok({ items: await reorderModules(path.classId, body.moduleIds) }));
