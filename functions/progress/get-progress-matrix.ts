import { routes } from "../../shared/api/routes.js";
import { progressMatrix } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getProgressMatrix, async ({ path, query }) => ok(await progressMatrix(path.classId, query.limit, query.cursor)));
