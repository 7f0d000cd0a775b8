import { routes } from "../../shared/api/routes.js";
import { requestUpload } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";

export const handler = lambda(routes.requestUpload, async ({ auth, path, body, now }) =>
  created(await requestUpload(path.classId, path.moduleId, auth.userId, body, now)),
);
