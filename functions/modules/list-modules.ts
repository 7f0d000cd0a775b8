import { listModules as route } from "../../shared/api/routes/modules.js";
import { listModules } from "../../shared/app/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { organiserModuleList } from "../../shared/views/modules.js";

export const handler = lambda(route, async ({ path }) => ok(organiserModuleList(await listModules(path.classId))));
