import { getMyFinalistMeetings as route } from "../../shared/api/routes/meetings.js";
import { finalistMeetings } from "../../shared/app/meetings.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { finalistMeetingsView } from "../../shared/views/meetings.js";

export const handler = lambda(route, async ({ auth, path, lang }) => ok(finalistMeetingsView(await finalistMeetings(path.competitionId, auth.userId), lang)));
