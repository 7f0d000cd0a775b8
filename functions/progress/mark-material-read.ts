import { routes } from "../../shared/api/routes.js";
import { markMaterialRead } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.markMaterialRead, async ({ auth, path, now }) =>
  ok(await markMaterialRead(path.classId, path.moduleId, auth.userId, now)),
);
