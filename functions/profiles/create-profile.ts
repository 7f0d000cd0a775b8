import { routes } from "../../shared/api/routes.js";
import { createProfile } from "../../shared/data/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";

export const handler = lambda(routes.createProfile, async ({ auth, body, now }) =>
  created(await createProfile(auth.userId, body, now)),
);
