import { getMeetings as route } from "../../shared/api/routes/meetings.js";
import { meetingsOverview } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { meetingsOverviewView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ path, lang }) => ok(meetingsOverviewView(await meetingsOverview(path.competitionId), lang)));
