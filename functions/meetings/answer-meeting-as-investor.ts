import { answerMeetingAsInvestor as route } from "../../shared/api/routes/meetings.js";
import { answerAsInvestor } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { investorMeetingsView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ auth, path, body, lang, now }) =>
  ok(investorMeetingsView(await answerAsInvestor(path.competitionId, auth.userId, path.submissionId, body, now), auth.userId, lang)));
