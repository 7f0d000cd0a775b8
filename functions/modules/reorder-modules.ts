import { reorderModules as route } from "../../shared/api/routes/modules.js";
import { reorderModules } from "../../shared/app/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { organiserModuleList } from "../../shared/views/modules.js";

export const handler = lambda(route, async ({ path, body }) => ok(organiserModuleList(await reorderModules(path.classId, body.moduleIds))));
