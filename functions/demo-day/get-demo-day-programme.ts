import { getDemoDayProgramme as route } from "../../shared/api/routes/demo-day.js";
import { demoDay } from "../../shared/app/demo-day.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { programmeView } from "../../shared/views/demo-day.js";

export const handler = lambda(route, async ({ path }) => ok(programmeView(await demoDay(path.competitionId))));
