import { answerMeetingAsFinalist as route } from "../../shared/api/routes/meetings.js";
import { answerAsFinalist } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { finalistMeetingsView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ auth, path, body, lang, now }) =>
  ok(finalistMeetingsView(await answerAsFinalist(path.competitionId, auth.userId, path.investorId, body, now), lang)));
