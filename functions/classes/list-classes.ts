import { listClasses as route } from "../../shared/api/routes/classes.js";
import { listUpcomingClasses } from "../../shared/app/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { classPageView } from "../../shared/views/classes.js";

export const handler = lambda(route, async ({ query, now }) => ok(classPageView(await listUpcomingClasses(now, query.limit, query.cursor), now)));
