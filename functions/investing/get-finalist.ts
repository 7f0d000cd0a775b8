import { getFinalist as route } from "../../shared/api/routes/investing.js";
import { finalistForInvestor } from "../../shared/app/investors.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { oneFinalistView } from "../../shared/views/investors.js";

export const handler = lambda(route, async ({ auth, path }) => ok(await oneFinalistView(await finalistForInvestor(path.competitionId, path.submissionId, auth.userId))));
