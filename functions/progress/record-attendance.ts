import { recordAttendance as route } from "../../shared/api/routes/progress.js";
import { recordAttendance } from "../../shared/app/assessment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(route, async ({ path, body, now }) => ok(await recordAttendance(path.classId, path.moduleId, body, now)));
