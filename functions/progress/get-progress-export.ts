import { getProgressExport as route } from "../../shared/api/routes/progress.js";
import { getProgressExport } from "../../shared/app/progress-report.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { progressExportView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ path }) => ok(await progressExportView(await getProgressExport(path.classId, path.exportId))));
