import { routes } from "../../shared/api/routes.js";
import { updateModule } from "../../shared/data/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.updateModule, async ({ path, body, now }) => ok(await updateModule(path.classId, path.moduleId, body, now)));
