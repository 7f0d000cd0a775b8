import { updateProfile as route } from "../../shared/api/routes/profiles.js";
import { updateProfile } from "../../shared/app/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { profileView } from "../../shared/views/profiles.js";

export const handler = lambda(route, async ({ auth, body, now }) => ok(profileView(await updateProfile(auth.userId, body, now))));
