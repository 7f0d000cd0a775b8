import { routes } from "../../shared/api/routes.js";
import { getProfile } from "../../shared/data/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getProfile, async ({ auth }) => ok(await getProfile(auth.userId)));
