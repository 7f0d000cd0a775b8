import { createProfile as route } from "../../shared/api/routes/profiles.js";
import { createProfile } from "../../shared/app/profiles.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { profileView } from "../../shared/views/profiles.js";

export const handler = lambda(route, async ({ auth, body, now }) => created(profileView(await createProfile(auth.userId, body, now))));
