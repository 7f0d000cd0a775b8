import { routes } from "../../shared/api/routes.js";
import { createModule } from "../../shared/data/modules.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";

export const handler = lambda(routes.createModule, async ({ path, body, now }) => created(await createModule(path.classId, body, now)));
