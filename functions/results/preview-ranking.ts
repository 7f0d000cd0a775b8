import { previewRanking as route } from "../../shared/api/routes/results.js";
import { previewRanking } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { rankingView } from "../../shared/views/results.js";

export const handler = lambda(route, async ({ auth, path, lang, now }) => ok(rankingView(await previewRanking(path.competitionId, auth.userId, now), lang)));
