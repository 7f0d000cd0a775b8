import { getMyJudging as route } from "../../shared/api/routes/judging.js";
import { myJudging } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myJudgingView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(myJudgingView(await myJudging(path.competitionId, auth.userId), now)));
