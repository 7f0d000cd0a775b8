import { clearJudgeCertification as route } from "../../shared/api/routes/competitions.js";
import { certifyJudge } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { judgeView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path, now }) => ok(judgeView(await certifyJudge(path.competitionId, path.judgeId, undefined, now))));
