import { listFinalists as route } from "../../shared/api/routes/investing.js";
import { finalistsForInvestor } from "../../shared/app/investors.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { finalistListView } from "../../shared/views/investors.js";

export const handler = lambda(route, async ({ auth, path }) => ok(await finalistListView(await finalistsForInvestor(path.competitionId, auth.userId))));
