import { routes } from "../../shared/api/routes.js";
import { getClassItem } from "../../shared/data/classes.js";
import { listModuleItems, toModule } from "../../shared/data/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.listModules, async ({ path }) => {
  await getClassItem(path.classId);
  const modules = await listModuleItems(path.classId);
  return ok({ items: modules.map((module) => toModule(module, modules)) });
});
