import { requestMeetingSchedule as route } from "../../shared/api/routes/meetings.js";
import { requestMeetingSchedule } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { accepted } from "../../shared/http/responses.js";
import { schedulingRunView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ path, now }) => accepted(schedulingRunView(await requestMeetingSchedule(path.competitionId, now))));
