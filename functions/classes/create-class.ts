import { createClass as route } from "../../shared/api/routes/classes.js";
import { createClass } from "../../shared/app/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { classView } from "../../shared/views/classes.js";

export const handler = lambda(route, async ({ body, now }) => created(classView(await createClass(body, now), now)));
