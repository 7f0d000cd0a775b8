import { getInvestorCalendar as route } from "../../shared/api/routes/calendars.js";
import { investorCalendar } from "../../shared/app/calendars.js";
import { lambda } from "../../shared/http/lambda.js";
import { download } from "../../shared/http/responses.js";
import { calendarView } from "../../shared/views/calendars.js";

export const handler = lambda(route, async ({ auth, path, lang }) =>
  download(calendarView(await investorCalendar(path.competitionId, auth.userId), "investor", lang), "demo-day.ics"));
