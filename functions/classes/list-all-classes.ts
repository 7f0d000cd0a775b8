import { listAllClasses as route } from "../../shared/api/routes/classes.js";
import { listAllClasses } from "../../shared/app/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { classPageView } from "../../shared/views/classes.js";

export const handler = lambda(route, async ({ query, now }) => ok(classPageView(await listAllClasses(query.limit, query.cursor), now)));
