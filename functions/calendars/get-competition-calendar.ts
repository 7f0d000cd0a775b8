import { getCompetitionCalendar as route } from "../../shared/api/routes/calendars.js";
import { organiserCalendar } from "../../shared/app/calendars.js";
import { lambda } from "../../shared/http/lambda.js";
import { download } from "../../shared/http/responses.js";
import { calendarView } from "../../shared/views/calendars.js";

export const handler = lambda(route, async ({ path, lang }) => download(calendarView(await organiserCalendar(path.competitionId), "organiser", lang), "demo-day.ics"));
