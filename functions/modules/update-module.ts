import { updateModule as route } from "../../shared/api/routes/modules.js";
import { updateModule } from "../../shared/app/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { organiserModuleView } from "../../shared/views/modules.js";

export const handler = lambda(route, async ({ path, body, now }) => {
  const { module, modules } = await updateModule(path.classId, path.moduleId, body, now);
  return ok(organiserModuleView(module, modules));
});
