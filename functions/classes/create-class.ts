import { routes } from "../../shared/api/routes.js";
import { createClass } from "../../shared/data/classes.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";

export const handler = lambda(routes.createClass, async ({ body, now }) => created(await createClass(body, now)));
