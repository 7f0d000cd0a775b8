import { listMyInvestingCompetitions as route } from "../../shared/api/routes/investing.js";
import { myInvestingCompetitions } from "../../shared/app/investors.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { myInvestingCompetitionsView } from "../../shared/views/investors.js";

export const handler = lambda(route, async ({ auth }) => ok(myInvestingCompetitionsView(await myInvestingCompetitions(auth.userId))));
