import { route } from "../route.js";
import { CompetitionIdParams, SubmissionIdParams } from "../schemas/competition-params.js";
import { PageQuery } from "../schemas/pages.js";
import { ExtraReviewsInput, OverrideInput, PublishInput } from "../schemas/result-input.js";
import { AuditPage, ExtraReviews, OverrideList, PublicationList, Publication, RankingPreview, ScoresExport } from "../schemas/results.js";

// Organisers: the fair top five, from preview to publication; every step in an audit log nobody can change.

export const previewRanking = /* @__PURE__ */ route({
  name: "previewRanking",
  summary: "The ranking once judging has closed: corrected for harsh and lenient judges, explained, with top-five chances and close calls (organisers)",
  method: "GET", path: "/competitions/{competitionId}/ranking", handler: "functions/results/preview-ranking.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: RankingPreview, tables: { judging: "R", audit: "append", classes: "R" },
});

export const exportScores = /* @__PURE__ */ route({
  name: "exportScores",
  summary: "The anonymised scores, for anyone to reproduce the ranking with `npm run rank` (organisers)",
  method: "GET", path: "/competitions/{competitionId}/ranking/scores", handler: "functions/results/export-scores.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: ScoresExport, tables: { judging: "R", audit: "append", classes: "R" },
});

export const overridePlace = /* @__PURE__ */ route({
  name: "overridePlace",
  summary: "Give a ranked submission a place, withdraw it (reserves move up), or take the override back — with a written reason (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/ranking/overrides/{submissionId}", handler: "functions/results/override-place.ts",
  roles: ["admin"], objects: "any", params: SubmissionIdParams, body: OverrideInput, response: OverrideList, tables: { judging: "RW", audit: "append", classes: "R" },
});

export const requestExtraReviews = /* @__PURE__ */ route({
  name: "requestExtraReviews",
  summary: "Add judges to close calls without moving any other pair, reopening judging for them if it had closed (organisers)",
  method: "POST", path: "/competitions/{competitionId}/ranking/extra-reviews", handler: "functions/results/request-extra-reviews.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: ExtraReviewsInput, response: ExtraReviews, tables: { judging: "RW", audit: "append", classes: "R" },
});

export const publishResults = /* @__PURE__ */ route({
  name: "publishResults",
  summary: "Publish the finalists and reserves as a new version, final; a correction is another version with its reason (organisers)",
  method: "POST", path: "/competitions/{competitionId}/publications", handler: "functions/results/publish-results.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: PublishInput, response: Publication, tables: { judging: "RW", audit: "append", classes: "R" },
});

export const listPublications = /* @__PURE__ */ route({
  name: "listPublications",
  summary: "Every published version of the results, newest first (organisers)",
  method: "GET", path: "/competitions/{competitionId}/publications", handler: "functions/results/list-publications.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: PublicationList, tables: { judging: "R" },
});

export const readAuditLog = /* @__PURE__ */ route({
  name: "readAuditLog",
  summary: "Who previewed, overrode, exported and published, when, and why — newest first (organisers)",
  method: "GET", path: "/competitions/{competitionId}/audit", handler: "functions/results/read-audit-log.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, query: PageQuery, response: AuditPage, tables: { judging: "R", audit: "R" },
});
