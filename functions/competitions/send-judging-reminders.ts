import { sendJudgingReminders as route } from "../../shared/api/routes/competitions.js";
import { sendReminders } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(route, async ({ path }) => ok({ reminded: await sendReminders(path.competitionId) }));
