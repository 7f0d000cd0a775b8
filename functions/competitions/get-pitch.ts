import { getPitch as route } from "../../shared/api/routes/competitions.js";
import { organiserPitch } from "../../shared/app/pitches.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { organiserPitchView } from "../../shared/views/pitches.js";

export const handler = lambda(route, async ({ path }) => ok(await organiserPitchView(await organiserPitch(path.competitionId, path.submissionId))));
