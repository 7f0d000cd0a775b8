import { investorAfterPublication, publishedFinalist } from "../../app/relations.js";
import { route } from "../route.js";
import { CompetitionIdParams, InvestorIdParams, SubmissionIdParams } from "../schemas/competition-params.js";
import { FinalistForInvestor, FinalistList, InterestInput, Investor, InvestorInvite, InvestorList, MyInvestingCompetitions } from "../schemas/investors.js";

// Investors meet the finalists. Organisers invite them; an investor sees a competition only once its
// finalists are published, and only the finalists (404 otherwise: nothing about its state leaks).

export const inviteInvestor = /* @__PURE__ */ route({
  name: "inviteInvestor",
  summary: "Invite an investor (a user with the investor role) to meet a competition's finalists, or change the invitation (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/investors/{investorId}", handler: "functions/investing/invite-investor.ts",
  roles: ["admin"], objects: "any", params: InvestorIdParams, body: InvestorInvite, response: Investor, tables: { judging: "RW" },
});

export const listInvestors = /* @__PURE__ */ route({
  name: "listInvestors",
  summary: "The investors invited to a competition (organisers)",
  method: "GET", path: "/competitions/{competitionId}/investors", handler: "functions/investing/list-investors.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: InvestorList, tables: { judging: "R" },
});

export const listMyInvestingCompetitions = /* @__PURE__ */ route({
  name: "listMyInvestingCompetitions",
  summary: "The competitions whose finalists I was invited to meet, once they are published",
  method: "GET", path: "/investing/competitions", handler: "functions/investing/list-my-investing-competitions.ts",
  roles: ["investor"], objects: "own", response: MyInvestingCompetitions, tables: { judging: "R" },
});

export const listFinalists = /* @__PURE__ */ route({
  name: "listFinalists",
  summary: "A competition's published finalists in their places, with my interest and notes",
  method: "GET", path: "/investing/competitions/{competitionId}/finalists", handler: "functions/investing/list-finalists.ts",
  roles: ["investor"], objects: investorAfterPublication, params: CompetitionIdParams, response: FinalistList, tables: { judging: "R" },
});

export const getFinalist = /* @__PURE__ */ route({
  name: "getFinalist",
  summary: "One finalist's pitch, key figures and use of funds, with a deck link that lasts minutes; never the owner's contacts",
  method: "GET", path: "/investing/competitions/{competitionId}/finalists/{submissionId}", handler: "functions/investing/get-finalist.ts",
  roles: ["investor"], objects: publishedFinalist, params: SubmissionIdParams, response: FinalistForInvestor, tables: { judging: "R" }, files: "R",
});

export const markInterest = /* @__PURE__ */ route({
  name: "markInterest",
  summary: "Mark my interest in a finalist and keep a private note",
  method: "PUT", path: "/investing/competitions/{competitionId}/finalists/{submissionId}/interest", handler: "functions/investing/mark-interest.ts",
  roles: ["investor"], objects: publishedFinalist, params: SubmissionIdParams, body: InterestInput, response: FinalistForInvestor, tables: { judging: "RW" }, files: "R",
});
