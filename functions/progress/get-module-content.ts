import { routes } from "../../shared/api/routes.js";
import { moduleContent } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getModuleContent, async ({ auth, path }) => ok(await moduleContent(path.classId, path.moduleId, auth.userId)));
