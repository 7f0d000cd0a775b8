import { listJudges as route } from "../../shared/api/routes/competitions.js";
import { listJudges } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { judgeListView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path }) => ok(judgeListView(await listJudges(path.competitionId))));
