import { routes } from "../../shared/api/routes.js";
import { toClass, updateClass } from "../../shared/data/classes.js";
import { fillFreeSeats } from "../../shared/data/enrolments.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.updateClass, async ({ path, body, now }) => {
  await updateClass(path.classId, body, now);
  return ok(toClass(await fillFreeSeats(path.classId, now), now));
});
