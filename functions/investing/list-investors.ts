import { listInvestors as route } from "../../shared/api/routes/investing.js";
import { listInvestors } from "../../shared/app/investors.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { investorListView } from "../../shared/views/investors.js";

export const handler = lambda(route, async ({ path }) => ok(investorListView(await listInvestors(path.competitionId))));
