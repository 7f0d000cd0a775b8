import { listPitches as route } from "../../shared/api/routes/competitions.js";
import { listPitches } from "../../shared/app/pitches.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { pitchPageView } from "../../shared/views/pitches.js";

export const handler = lambda(route, async ({ path, query }) => ok(await pitchPageView(await listPitches(path.competitionId, query.limit, query.cursor))));
