import { route } from "../route.js";
import { ClassIdParams } from "../schemas/common.js";
import { CompetitionChanges, CompetitionInput } from "../schemas/competition-input.js";
import { CompetitionIdParams, JudgeIdParams, SubmissionIdParams } from "../schemas/competition-params.js";
import { Competition, CompetitionList } from "../schemas/competitions.js";
import { AssignmentRequest } from "../schemas/judge-assignment.js";
import { Certification, Conflict, ConflictInput, ConflictPage, Judge, JudgeInvite, JudgeList } from "../schemas/judges.js";
import { AssignmentRun, JudgingProgress, ReminderResult } from "../schemas/judging-progress.js";
import { PageQuery } from "../schemas/pages.js";
import { PitchForOrganiser, PitchPage } from "../schemas/pitches.js";

// ---- everyone signed in ----

export const listCompetitions = /* @__PURE__ */ route({
  name: "listCompetitions",
  summary: "A class's pitch competitions: windows, judges per submission, blind review and rubric",
  method: "GET", path: "/classes/{classId}/competitions", handler: "functions/competitions/list-competitions.ts",
  roles: ["applicant", "judge", "investor", "admin"], objects: "any", params: ClassIdParams, response: CompetitionList, tables: { classes: "R", judging: "R" },
});

export const getCompetition = /* @__PURE__ */ route({
  name: "getCompetition",
  summary: "A pitch competition and where it stands now",
  method: "GET", path: "/competitions/{competitionId}", handler: "functions/competitions/get-competition.ts",
  roles: ["applicant", "judge", "investor", "admin"], objects: "any", params: CompetitionIdParams, response: Competition, tables: { judging: "R" },
});

// ---- organisers ----

export const createCompetition = /* @__PURE__ */ route({
  name: "createCompetition",
  summary: "Open a pitch competition for a class: windows, judges per submission, blind review, rubric (organisers)",
  method: "POST", path: "/classes/{classId}/competitions", handler: "functions/competitions/create-competition.ts",
  roles: ["admin"], objects: "any", params: ClassIdParams, body: CompetitionInput, response: Competition, tables: { classes: "R", judging: "RW" },
});

export const updateCompetition = /* @__PURE__ */ route({
  name: "updateCompetition",
  summary: "Change a competition; the rubric is frozen once the first score is submitted (organisers)",
  method: "PATCH", path: "/competitions/{competitionId}", handler: "functions/competitions/update-competition.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: CompetitionChanges, response: Competition, tables: { judging: "RW", classes: "R" },
});

export const listPitches = /* @__PURE__ */ route({
  name: "listPitches",
  summary: "The competition's submissions, drafts included, with the business behind each (organisers)",
  method: "GET", path: "/competitions/{competitionId}/submissions", handler: "functions/competitions/list-pitches.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, query: PageQuery, response: PitchPage, tables: { judging: "R" }, files: "R",
});

export const getPitch = /* @__PURE__ */ route({
  name: "getPitch",
  summary: "One submission with the business behind it and a link to its deck (organisers)",
  method: "GET", path: "/competitions/{competitionId}/submissions/{submissionId}", handler: "functions/competitions/get-pitch.ts",
  roles: ["admin"], objects: "any", params: SubmissionIdParams, response: PitchForOrganiser, tables: { judging: "R" }, files: "R",
});

export const inviteJudge = /* @__PURE__ */ route({
  name: "inviteJudge",
  summary: "Invite a judge (a user with the judge role) or change the invitation; they are told by e-mail (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/judges/{judgeId}", handler: "functions/competitions/invite-judge.ts",
  roles: ["admin"], objects: "any", params: JudgeIdParams, body: JudgeInvite, response: Judge, tables: { judging: "RW" },
});

export const listJudges = /* @__PURE__ */ route({
  name: "listJudges",
  summary: "The competition's judges with their sectors and declared ties (organisers)",
  method: "GET", path: "/competitions/{competitionId}/judges", handler: "functions/competitions/list-judges.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: JudgeList, tables: { judging: "R" },
});

export const withdrawJudge = /* @__PURE__ */ route({
  name: "withdrawJudge",
  summary: "A judge withdraws: only their submissions move to other judges (organisers)",
  method: "DELETE", path: "/competitions/{competitionId}/judges/{judgeId}", handler: "functions/competitions/withdraw-judge.ts",
  roles: ["admin"], objects: "any", params: JudgeIdParams, response: Judge, tables: { judging: "RW" },
});

export const setJudgeCertification = /* @__PURE__ */ route({
  name: "setJudgeCertification",
  summary: "Record or replace a judge's curator certificate (e.g. BNSP): number, clusters covered, valid until (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/judges/{judgeId}/certification", handler: "functions/competitions/set-judge-certification.ts",
  roles: ["admin"], objects: "any", params: JudgeIdParams, body: Certification, response: Judge, tables: { judging: "RW" },
});

export const clearJudgeCertification = /* @__PURE__ */ route({
  name: "clearJudgeCertification",
  summary: "Clear a judge's curator certificate (organisers)",
  method: "DELETE", path: "/competitions/{competitionId}/judges/{judgeId}/certification", handler: "functions/competitions/clear-judge-certification.ts",
  roles: ["admin"], objects: "any", params: JudgeIdParams, response: Judge, tables: { judging: "RW" },
});

export const addConflict = /* @__PURE__ */ route({
  name: "addConflict",
  summary: "Record a judge's conflict with a submission: the judge loses it at once and is replaced (organisers)",
  method: "POST", path: "/competitions/{competitionId}/conflicts", handler: "functions/competitions/add-conflict.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: ConflictInput, response: Conflict, tables: { judging: "RW" },
});

export const listConflicts = /* @__PURE__ */ route({
  name: "listConflicts",
  summary: "The conflicts organisers recorded, by judge, with the judge's name and the pitch's title and business (organisers)",
  method: "GET", path: "/competitions/{competitionId}/conflicts", handler: "functions/competitions/list-conflicts.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, query: PageQuery, response: ConflictPage, tables: { judging: "R" },
});

export const requestAssignment = /* @__PURE__ */ route({
  name: "requestAssignment",
  summary: "Assign judges to the submitted pitches, certified curators of a pitch's cluster first if asked; a job computes it, exactly and deterministically (organisers)",
  method: "POST", path: "/competitions/{competitionId}/assignment", handler: "functions/competitions/request-assignment.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: AssignmentRequest, response: AssignmentRun, tables: { judging: "RW" },
});

export const getAssignment = /* @__PURE__ */ route({
  name: "getAssignment",
  summary: "The assignment: pending or done, judges' loads, and which submissions lack judges and why (organisers)",
  method: "GET", path: "/competitions/{competitionId}/assignment", handler: "functions/competitions/get-assignment.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: AssignmentRun, tables: { judging: "R" },
});

export const getJudgingProgress = /* @__PURE__ */ route({
  name: "getJudgingProgress",
  summary: "Judging progress per judge and per submission (organisers)",
  method: "GET", path: "/competitions/{competitionId}/judging", handler: "functions/competitions/get-judging-progress.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: JudgingProgress, tables: { judging: "R" },
});

export const sendJudgingReminders = /* @__PURE__ */ route({
  name: "sendJudgingReminders",
  summary: "Remind every judge with reviews not yet submitted (organisers)",
  method: "POST", path: "/competitions/{competitionId}/reminders", handler: "functions/competitions/send-judging-reminders.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: ReminderResult, tables: { classes: "R", judging: "R" }, notifies: true,
});
