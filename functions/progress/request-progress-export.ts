import { requestProgressExport as route } from "../../shared/api/routes/progress.js";
import { requestProgressExport } from "../../shared/app/progress-report.js";
import { lambda } from "../../shared/http/lambda.js";
import { accepted } from "../../shared/http/responses.js";
import { exportStateView } from "../../shared/views/progress.js";

/** The export is written by the progress-export job; the answer says where to look for it. */
export const handler = lambda(route, async ({ auth, path, lang, now }) =>
  accepted(exportStateView(await requestProgressExport(path.classId, auth.userId, lang, now))),
);
