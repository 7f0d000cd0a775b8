import { updateClass as route } from "../../shared/api/routes/classes.js";
import { updateClass } from "../../shared/app/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { classView } from "../../shared/views/classes.js";

export const handler = lambda(route, async ({ path, body, now }) => ok(classView(await updateClass(path.classId, body, now), now)));
