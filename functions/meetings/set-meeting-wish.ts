import { setMeetingWish as route } from "../../shared/api/routes/meetings.js";
import { setMeetingWish } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { investorMeetingsView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ auth, path, body, lang, now }) => ok(investorMeetingsView(await setMeetingWish(path.competitionId, auth.userId, body, now), auth.userId, lang)));
