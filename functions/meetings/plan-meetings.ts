import { planMeetings as route } from "../../shared/api/routes/meetings.js";
import { planMeetings } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { meetingsOverviewView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ path, body, lang, now }) => ok(meetingsOverviewView(await planMeetings(path.competitionId, body, now), lang)));
