import { withdraw as route } from "../../shared/api/routes/enrolments.js";
import { withdraw } from "../../shared/app/enrolment.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { enrolmentView } from "../../shared/views/enrolments.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(enrolmentView(await withdraw(path.classId, auth.userId, now))));
