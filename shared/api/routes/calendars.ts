import { investorAfterPublication } from "../../app/relations.js";
import { route } from "../route.js";
import { ICalendar } from "../schemas/calendars.js";
import { CompetitionIdParams } from "../schemas/competition-params.js";

// Everyone's own calendar file (RFC 5545) of demo day and the meetings, times in the event's zone.

const produces = "text/calendar; charset=utf-8";

export const getMyCalendar = /* @__PURE__ */ route({
  name: "getMyCalendar",
  summary: "My calendar file as a finalist: my pitch slot and my investor meetings (.ics)",
  method: "GET", path: "/competitions/{competitionId}/calendar/me", handler: "functions/calendars/get-my-calendar.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, response: ICalendar, produces, tables: { judging: "R" },
});

export const getInvestorCalendar = /* @__PURE__ */ route({
  name: "getInvestorCalendar",
  summary: "My calendar file as an investor: demo day's programme and my meetings (.ics)",
  method: "GET", path: "/investing/competitions/{competitionId}/calendar", handler: "functions/calendars/get-investor-calendar.ts",
  roles: ["investor"], objects: investorAfterPublication, params: CompetitionIdParams, response: ICalendar, produces, tables: { judging: "R" },
});

export const getCompetitionCalendar = /* @__PURE__ */ route({
  name: "getCompetitionCalendar",
  summary: "The organisers' calendar file: every pitch slot and every meeting (.ics)",
  method: "GET", path: "/competitions/{competitionId}/calendar", handler: "functions/calendars/get-competition-calendar.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: ICalendar, produces, tables: { judging: "R" },
});
