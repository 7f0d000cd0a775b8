import { updateCompetition as route } from "../../shared/api/routes/competitions.js";
import { updateCompetition } from "../../shared/app/competitions.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { competitionView } from "../../shared/views/competitions.js";

export const handler = lambda(route, async ({ path, body, now }) => ok(competitionView(await updateCompetition(path.competitionId, body, now), now)));
