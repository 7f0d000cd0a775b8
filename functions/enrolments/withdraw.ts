import { routes } from "../../shared/api/routes.js";
import { withdraw } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.withdraw, async ({ auth, path, now }) => ok(await withdraw(path.classId, auth.userId, now)));
