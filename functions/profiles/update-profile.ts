import { routes } from "../../shared/api/routes.js";
import { updateProfile } from "../../shared/data/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.updateProfile, async ({ auth, body, now }) =>
  ok(await updateProfile(auth.userId, body, now)),
);
