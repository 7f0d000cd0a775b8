import { planDemoDay as route } from "../../shared/api/routes/demo-day.js";
import { planDemoDay } from "../../shared/app/demo-day.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { demoDayView } from "../../shared/views/demo-day.js";

export const handler = lambda(route, async ({ path, body, now }) => ok(demoDayView(await planDemoDay(path.competitionId, body, now))));
