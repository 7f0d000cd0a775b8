import { getMyInvestorMeetings as route } from "../../shared/api/routes/meetings.js";
import { investorMeetings } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { investorMeetingsView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ auth, path, lang }) => ok(investorMeetingsView(await investorMeetings(path.competitionId, auth.userId), auth.userId, lang)));
