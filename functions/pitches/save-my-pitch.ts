import { saveMyPitch as route } from "../../shared/api/routes/pitches.js";
import { savePitch } from "../../shared/app/pitches.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myPitchView } from "../../shared/views/pitches.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => ok(await myPitchView(await savePitch(path.competitionId, auth.userId, body), now)));
