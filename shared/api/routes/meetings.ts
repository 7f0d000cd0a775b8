import { investorAfterPublication, publishedFinalist } from "../../app/relations.js";
import { route } from "../route.js";
import { CompetitionIdParams, InvestorIdParams, SubmissionIdParams } from "../schemas/competition-params.js";
import { FinalistMeetings, InvestorMeetings, MeetingsOverview, SchedulingRun } from "../schemas/meetings.js";
import { FinalistTimesInput, MeetingAnswerInput, MeetingsPlanInput, MeetingWishInput } from "../schemas/meetings-input.js";

// One-on-one meetings of investors and finalists: organisers plan the slots and rooms, investors rank the
// finalists, both give their free slots, a job schedules (exactly, HiGHS), and each side accepts or declines.

export const planMeetings = /* @__PURE__ */ route({
  name: "planMeetings",
  summary: "Plan the investor meetings once the finalists are published: day, zone, slot length, rooms or links, caps and floor (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/meetings", handler: "functions/meetings/plan-meetings.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: MeetingsPlanInput, response: MeetingsOverview, tables: { judging: "RW" },
});

export const getMeetings = /* @__PURE__ */ route({
  name: "getMeetings",
  summary: "Every meeting with both answers, who has said what, and why each unmet request was not met (organisers)",
  method: "GET", path: "/competitions/{competitionId}/meetings", handler: "functions/meetings/get-meetings.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: MeetingsOverview, tables: { judging: "R" },
});

export const requestMeetingSchedule = /* @__PURE__ */ route({
  name: "requestMeetingSchedule",
  summary: "Schedule the meetings (again): a job solves it exactly and keeps the meetings someone already accepted (organisers)",
  method: "POST", path: "/competitions/{competitionId}/meetings/runs", handler: "functions/meetings/request-meeting-schedule.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: SchedulingRun, tables: { judging: "RW" },
});

export const getMyInvestorMeetings = /* @__PURE__ */ route({
  name: "getMyInvestorMeetings",
  summary: "My meetings with the finalists, my ranking and free slots, and why a wished-for meeting did not happen",
  method: "GET", path: "/investing/competitions/{competitionId}/meetings", handler: "functions/meetings/get-my-investor-meetings.ts",
  roles: ["investor"], objects: investorAfterPublication, params: CompetitionIdParams, response: InvestorMeetings, tables: { judging: "R" },
});

export const setMeetingWish = /* @__PURE__ */ route({
  name: "setMeetingWish",
  summary: "Rank the finalists I want to meet, the most wanted first, and give my free slots",
  method: "PUT", path: "/investing/competitions/{competitionId}/meetings/wish", handler: "functions/meetings/set-meeting-wish.ts",
  roles: ["investor"], objects: investorAfterPublication, params: CompetitionIdParams, body: MeetingWishInput, response: InvestorMeetings, tables: { judging: "RW" },
});

export const answerMeetingAsInvestor = /* @__PURE__ */ route({
  name: "answerMeetingAsInvestor",
  summary: "Accept or decline my meeting with a finalist; a decline frees the slot for the next request",
  method: "POST", path: "/investing/competitions/{competitionId}/meetings/{submissionId}/answer", handler: "functions/meetings/answer-meeting-as-investor.ts",
  roles: ["investor"], objects: publishedFinalist, params: SubmissionIdParams, body: MeetingAnswerInput, response: InvestorMeetings, tables: { judging: "RW" },
});

export const getMyFinalistMeetings = /* @__PURE__ */ route({
  name: "getMyFinalistMeetings",
  summary: "My meetings with investors as a finalist, and my free slots",
  method: "GET", path: "/competitions/{competitionId}/meetings/me", handler: "functions/meetings/get-my-finalist-meetings.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, response: FinalistMeetings, tables: { judging: "R" },
});

export const setFinalistTimes = /* @__PURE__ */ route({
  name: "setFinalistTimes",
  summary: "Give my free slots for investor meetings (without them every slot counts as free)",
  method: "PUT", path: "/competitions/{competitionId}/meetings/me/times", handler: "functions/meetings/set-finalist-times.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, body: FinalistTimesInput, response: FinalistMeetings, tables: { judging: "RW" },
});

export const answerMeetingAsFinalist = /* @__PURE__ */ route({
  name: "answerMeetingAsFinalist",
  summary: "Accept or decline my meeting with an investor; a decline frees the slot for the next request",
  method: "POST", path: "/competitions/{competitionId}/meetings/me/{investorId}/answer", handler: "functions/meetings/answer-meeting-as-finalist.ts",
  roles: ["applicant"], objects: "own", params: InvestorIdParams, body: MeetingAnswerInput, response: FinalistMeetings, tables: { judging: "RW" },
});
