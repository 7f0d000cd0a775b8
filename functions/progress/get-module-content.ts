import { getModuleContent as route } from "../../shared/api/routes/progress.js";
import { moduleContent } from "../../shared/app/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { moduleContentView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path }) => ok(moduleContentView(await moduleContent(path.classId, path.moduleId, auth.userId))));
