import { getMyPitch as route } from "../../shared/api/routes/pitches.js";
import { myPitch } from "../../shared/app/pitches.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myPitchView } from "../../shared/views/pitches.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(await myPitchView(await myPitch(path.competitionId, auth.userId), now)));
