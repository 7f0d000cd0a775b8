import { createModule as route } from "../../shared/api/routes/modules.js";
import { createModule } from "../../shared/app/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { organiserModuleView } from "../../shared/views/modules.js";

export const handler = lambda(route, async ({ path, body, now }) => {
  const { module, modules } = await createModule(path.classId, body, now);
  return created(organiserModuleView(module, modules));
});
