import { createCompetition as route } from "../../shared/api/routes/competitions.js";
import { createCompetition } from "../../shared/app/competitions.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { competitionView } from "../../shared/views/competitions.js";

export const handler = lambda(route, async ({ path, body, now }) => created(competitionView(await createCompetition(path.classId, body, now), now)));
