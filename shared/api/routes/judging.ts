import { assignedJudge, invitedJudge } from "../../app/relations.js";
import { route } from "../route.js";
import { CompetitionIdParams, SubmissionIdParams } from "../schemas/competition-params.js";
import { MyCompetitions, MyJudging } from "../schemas/judging.js";
import { ReviewSheet, ScoreInput } from "../schemas/review-sheets.js";
import { TiesInput } from "../schemas/ties.js";

// Judges: a competition exists for a judge only if invited to it, a submission only while assigned to them (404 otherwise).

export const listMyJudgingCompetitions = /* @__PURE__ */ route({
  name: "listMyJudgingCompetitions",
  summary: "The competitions I was invited to judge",
  method: "GET", path: "/judging/competitions", handler: "functions/judging/list-my-judging-competitions.ts",
  roles: ["judge"], objects: "own", response: MyCompetitions, tables: { judging: "R" },
});

export const getMyJudging = /* @__PURE__ */ route({
  name: "getMyJudging",
  summary: "A competition I judge: its rubric and windows, my declared ties, and the submissions assigned to me",
  method: "GET", path: "/judging/competitions/{competitionId}", handler: "functions/judging/get-my-judging.ts",
  roles: ["judge"], objects: invitedJudge, params: CompetitionIdParams, response: MyJudging, tables: { judging: "R" },
});

export const declareTies = /* @__PURE__ */ route({
  name: "declareTies",
  summary: "Declare the businesses I am tied to (own, family, clients, shareholdings): I am never assigned to them",
  method: "PUT", path: "/judging/competitions/{competitionId}/ties", handler: "functions/judging/declare-ties.ts",
  roles: ["judge"], objects: invitedJudge, params: CompetitionIdParams, body: TiesInput, response: MyJudging, tables: { judging: "RW" },
});

export const getReviewSheet = /* @__PURE__ */ route({
  name: "getReviewSheet",
  summary: "A submission assigned to me, blind where the competition says so, with the rubric and my scores",
  method: "GET", path: "/judging/competitions/{competitionId}/submissions/{submissionId}", handler: "functions/judging/get-review-sheet.ts",
  roles: ["judge"], objects: assignedJudge, params: SubmissionIdParams, response: ReviewSheet, tables: { judging: "R" }, files: "R",
});

export const saveScores = /* @__PURE__ */ route({
  name: "saveScores",
  summary: "Score a submission assigned to me: a draft, or submitted (revisable until judging closes)",
  method: "PUT", path: "/judging/competitions/{competitionId}/submissions/{submissionId}/review", handler: "functions/judging/save-scores.ts",
  roles: ["judge"], objects: assignedJudge, params: SubmissionIdParams, body: ScoreInput, response: ReviewSheet, tables: { judging: "RW", classes: "R" }, files: "R",
});
