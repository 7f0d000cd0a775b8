import { enrol as route } from "../../shared/api/routes/enrolments.js";
import { enrol } from "../../shared/app/enrolment.js";
import { lambda } from "../../shared/http/lambda.js";
import { created, ok } from "../../shared/http/responses.js";
import { enrolmentView } from "../../shared/views/enrolments.js";

/** 201 for a new seat or waitlist place, 200 when the applicant already had one. */
export const handler = lambda(route, async ({ auth, path, now }) => {
  const result = await enrol(path.classId, auth.userId, now);
  return (result.created ? created : ok)(enrolmentView(result.enrolment));
});
