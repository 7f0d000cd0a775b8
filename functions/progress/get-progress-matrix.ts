import { getProgressMatrix as route } from "../../shared/api/routes/progress.js";
import { progressMatrix } from "../../shared/app/progress-report.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { progressMatrixView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ path, query }) => ok(progressMatrixView(await progressMatrix(path.classId, query.limit, query.cursor))));
