import { getProfile as route } from "../../shared/api/routes/profiles.js";
import { getProfile } from "../../shared/app/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { profileView } from "../../shared/views/profiles.js";

export const handler = lambda(route, async ({ auth, now }) => ok(profileView(await getProfile(auth.userId, now))));
