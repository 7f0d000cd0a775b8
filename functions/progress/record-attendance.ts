import { routes } from "../../shared/api/routes.js";
import { recordAttendance } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.recordAttendance, async ({ path, body, now }) => ok(await recordAttendance(path.classId, path.moduleId, body, now)));
