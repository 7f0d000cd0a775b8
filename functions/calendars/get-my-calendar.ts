import { getMyCalendar as route } from "../../shared/api/routes/calendars.js";
import { finalistCalendar } from "../../shared/app/calendars.js";
import { lambda } from "../../shared/http/lambda.js";
import { download } from "../../shared/http/responses.js";
import { calendarView } from "../../shared/views/calendars.js";

export const handler = lambda(route, async ({ auth, path, lang }) =>
  download(calendarView(await finalistCalendar(path.competitionId, auth.userId), "finalist", lang), "demo-day.ics"));
