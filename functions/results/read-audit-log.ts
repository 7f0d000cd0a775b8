import { readAuditLog as route } from "../../shared/api/routes/results.js";
import { auditLog } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { auditPageView } from "../../shared/views/results.js";

export const handler = lambda(route, async ({ path, query }) => ok(auditPageView(await auditLog(path.competitionId, query.limit, query.cursor))));
