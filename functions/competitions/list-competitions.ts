import { listCompetitions as route } from "../../shared/api/routes/competitions.js";
import { listCompetitions } from "../../shared/app/competitions.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { competitionListView } from "../../shared/views/competitions.js";

export const handler = lambda(route, async ({ path, now }) => ok(competitionListView(await listCompetitions(path.classId), now)));
