import { getDemoDay as route } from "../../shared/api/routes/demo-day.js";
import { demoDay } from "../../shared/app/demo-day.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { demoDayView } from "../../shared/views/demo-day.js";

export const handler = lambda(route, async ({ path }) => ok(demoDayView(await demoDay(path.competitionId))));
