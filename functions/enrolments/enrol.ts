import { routes } from "../../shared/api/routes.js";
import { enrol } from "../../shared/data/enrolments.js";
import { findProfile } from "../../shared/data/profiles.js";
import { Forbidden } from "../../shared/http/errors.js";
import { lambda } from "../../shared/http/lambda.js";
import { created, ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.enrol, async ({ auth, path, now }) => {
  const profile = await findProfile(auth.userId);
  if (!profile) throw new Forbidden("profile_required");
  const result = await enrol(path.classId, profile, now);
  return result.created ? created(result.enrolment) : ok(result.enrolment);
});
