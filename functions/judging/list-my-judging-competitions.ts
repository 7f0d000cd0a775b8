import { listMyJudgingCompetitions as route } from "../../shared/api/routes/judging.js";
import { myCompetitions } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myCompetitionsView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ auth }) => ok(myCompetitionsView(await myCompetitions(auth.userId))));
