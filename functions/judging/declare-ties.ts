import { declareTies as route } from "../../shared/api/routes/judging.js";
import { declareTies } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myJudgingView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => ok(myJudgingView(await declareTies(path.competitionId, auth.userId, body, now), now)));
