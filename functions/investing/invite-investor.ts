import { inviteInvestor as route } from "../../shared/api/routes/investing.js";
import { inviteInvestor } from "../../shared/app/investors.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { investorView } from "../../shared/views/investors.js";

export const handler = lambda(route, async ({ path, body, now }) => ok(investorView(await inviteInvestor(path.competitionId, path.investorId, body, now))));
