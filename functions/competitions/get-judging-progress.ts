import { getJudgingProgress as route } from "../../shared/api/routes/competitions.js";
import { judgingState } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { judgingProgressView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ path }) => ok(judgingProgressView(await judgingState(path.competitionId))));
