import { getClass as route } from "../../shared/api/routes/classes.js";
import { getClass } from "../../shared/app/lookups.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { classView } from "../../shared/views/classes.js";

export const handler = lambda(route, async ({ path, now }) => ok(classView(await getClass(path.classId), now)));
