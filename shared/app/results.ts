import { randomUUID } from "node:crypto";
import type { ExtraReviewsInput, OverrideInput } from "../api/schemas/result-input.js";
import { checkWindows, tiedSubmissions, weightedTotal } from "../domain/competitions.js";
import { DomainError } from "../domain/errors.js";
import { DEFAULT_BOOTSTRAP, rankSubmissions, suggestExtraReviews, type ExtraReviewSuggestion, type JudgeScore, type RankingMethod, type RankingResult } from "../domain/ranking.js";
import { applyOverrides, assertJudgingClosed, defaultTieBreak, FINALISTS, outcomeAt, RESERVES, tieBreakValues, unresolvedTies, withdrawnFrom, type AuditAction } from "../domain/results.js";
import { appendAudit, auditEntry, auditPage, type AuditEntry } from "../data/audit.js";
import type { CompetitionItem } from "../data/competitions.js";
import { conflictsOf, judgesOf, stillInvited, type ConflictItem, type JudgeItem } from "../data/judges.js";
import { requestScheduling } from "../data/meetings.js";
import type { Page } from "../data/pagination.js";
import { entrantsOf, type Entrant } from "../data/pitches.js";
import { afterJudging, beforePublication, deleteOverride, findPublication, overridesOf, publicationsOf, putOverride, putPublication, type OverrideItem, type PublicationItem, type PublishedPlace } from "../data/results.js";
import { assignPair, reviewsOf, type ReviewItem } from "../data/reviews.js";
import { transact } from "../data/transactions.js";
import { getCompetition } from "./competitions.js";
import { inEventZone } from "./event-time.js";
import { settle } from "./retry.js";

// ---- the scores, anonymised, and the ranking over them ---------------------------------------------

/**
 * What the ranking reads, and all it reads: one weighted total per judge and submission, under aliases
 * (j1, j2 … in judge id order), with the settings and tie-break values. Organisers export exactly this,
 * and `npm run rank` over it reproduces the ranking the platform computed.
 */
export interface ScoresExport {
  competitionId: string;
  method: RankingMethod;
  minJudges: number;
  finalists: number;
  reserves: number;
  bootstrap: { rounds: number; seed: number };
  /** The tie-break keys in order: rubric criterion ids, then `submittedAt` (earlier wins). */
  tieBreakOrder: string[];
  /** Per submission, the value of each tie-break key, higher first. */
  tieBreak: Record<string, number[]>;
  /** Every submitted pitch, scored or not. */
  submissions: string[];
  scores: JudgeScore[];
}

export interface Ranking {
  competition: CompetitionItem;
  entrants: Entrant[];
  judges: JudgeItem[];
  /** Judge id of each alias in the export and the result. */
  judgeOf: Record<string, string>;
  input: ScoresExport;
  result: RankingResult;
  overrides: OverrideItem[];
  /** The final order of ranked submissions, after the organisers' overrides; withdrawn ones left out. */
  order: string[];
  /** Ties that still straddle the finalist or reserve cut in that order. */
  unresolved: { cut: "finalists" | "reserves"; submissions: string[] }[];
  extraReviews: ExtraReviewSuggestion[];
}

/** A review counts once it is submitted and its pair still assigned. */
const counts = (review: ReviewItem) => review.active && review.status === "submitted";
const scoreFields = ["judgeId", "submissionId", "active", "status", "scores", "extra"] as const;

/** Everything the ranking and the extra reviews decide on: the competition's partition, read once. */
interface ScoresRead {
  competition: CompetitionItem;
  entrants: Entrant[];
  judges: JudgeItem[];
  reviews: ReviewItem[];
  overrides: OverrideItem[];
  conflicts: ConflictItem[];
}

async function readScores(competitionId: string): Promise<ScoresRead> {
  const [competition, entrants, judges, reviews, overrides, conflicts] = await Promise.all([
    getCompetition(competitionId), entrantsOf(competitionId), judgesOf(competitionId), reviewsOf(competitionId, scoreFields), overridesOf(competitionId), conflictsOf(competitionId),
  ]);
  return { competition, entrants, judges, reviews, overrides, conflicts };
}

/** The anonymised export of what was read, and which judge each alias stands for. */
function exportOf({ competition, entrants, reviews }: ScoresRead): { input: ScoresExport; judgeOf: Record<string, string> } {
  const submitted = new Set(entrants.map((entrant) => entrant.submissionId));
  const counted = reviews.filter((review) => counts(review) && submitted.has(review.submissionId));
  const judgeIds = [...new Set(counted.map((review) => review.judgeId))].sort();
  const aliasOf = new Map(judgeIds.map((judgeId, i) => [judgeId, `j${i + 1}`]));
  const tieBreakOrder = competition.tieBreak ?? defaultTieBreak(competition.rubric);
  const sheets = new Map<string, Record<string, number>[]>();
  for (const review of counted) sheets.set(review.submissionId, [...(sheets.get(review.submissionId) ?? []), review.scores]);
  const input: ScoresExport = {
    competitionId: competition.competitionId,
    method: competition.rankingMethod ?? "additive",
    minJudges: minJudgesOf(competition),
    finalists: FINALISTS,
    reserves: RESERVES,
    bootstrap: DEFAULT_BOOTSTRAP,
    tieBreakOrder,
    tieBreak: Object.fromEntries(entrants.map((entrant) => [entrant.submissionId, tieBreakValues(tieBreakOrder, competition.rubric, sheets.get(entrant.submissionId) ?? [], entrant.submittedAt)])),
    submissions: [...submitted].sort(),
    scores: counted
      .map((review) => ({ judge: aliasOf.get(review.judgeId)!, submission: review.submissionId, score: weightedTotalOf(competition, review) }))
      .sort((a, b) => (a.submission < b.submission ? -1 : a.submission > b.submission ? 1 : a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0)),
  };
  return { input, judgeOf: Object.fromEntries([...aliasOf].map(([judgeId, alias]) => [alias, judgeId])) };
}

/** Competitions made before minJudges was stored fall back to k. */
const minJudgesOf = (competition: CompetitionItem) => competition.minJudges ?? competition.judgesPerSubmission;

type Refusal = "judge_not_found" | "judge_withdrawn" | "not_found" | "conflict_of_interest" | "review_exists" | "judge_at_max_load";

/**
 * Whether a judge may take one more review of a submission, and if not why: the one rule behind the
 * suggestions and the organisers' requests. Invited, the pitch submitted, no conflict recorded or tie
 * declared, not already on it, below their maximum load.
 */
function reviewRule({ entrants, judges, reviews, conflicts }: ScoresRead): (judgeId: string, submissionId: string) => Refusal | undefined {
  const entrantsById = new Map(entrants.map((entrant) => [entrant.submissionId, entrant]));
  const judgesById = new Map(judges.map((judge) => [judge.judgeId, judge]));
  const recorded = new Set(conflicts.map((conflict) => `${conflict.judgeId}#${conflict.submissionId}`));
  const active = reviews.filter((review) => review.active);
  const onIt = new Set(active.map((review) => `${review.judgeId}#${review.submissionId}`));
  const loads = new Map<string, number>();
  for (const review of active) loads.set(review.judgeId, (loads.get(review.judgeId) ?? 0) + 1);
  return (judgeId, submissionId) => {
    const judge = judgesById.get(judgeId);
    const entrant = entrantsById.get(submissionId);
    if (!judge) return "judge_not_found";
    if (!entrant) return "not_found";
    if (judge.status !== "invited") return "judge_withdrawn";
    const tied = tiedSubmissions(judge.ties, [{ submissionId, nib: entrant.business.nib, phone: entrant.business.phone }]).length > 0;
    if (tied || recorded.has(`${judgeId}#${submissionId}`)) return "conflict_of_interest";
    if (onIt.has(`${judgeId}#${submissionId}`)) return "review_exists";
    if (judge.maxLoad !== undefined && (loads.get(judgeId) ?? 0) >= judge.maxLoad) return "judge_at_max_load";
    return undefined;
  };
}

/** The ranking of what was read, with the organisers' overrides applied and the close calls' best extra reviews. */
function rankingOf(read: ScoresRead, exported = exportOf(read)): Ranking {
  const { input, judgeOf } = exported;
  const result = rankOver(input);
  const order = applyOverrides(result.ranking.map((entry) => entry.submission), read.overrides);
  const refusal = reviewRule(read);
  const extraReviews = suggestExtraReviews(result, { canReview: (alias, submissionId) => refusal(judgeOf[alias]!, submissionId) === undefined });
  return { competition: read.competition, entrants: read.entrants, judges: read.judges, judgeOf, input, result, overrides: read.overrides, order, unresolved: unresolvedTies(order, result.ties, read.overrides), extraReviews };
}

// a submitted review scores every criterion of the rubric it was frozen with, so the total exists
const weightedTotalOf = (competition: CompetitionItem, review: ReviewItem) => weightedTotal(competition.rubric, review.scores)!;

/** The ranking of an export: `npm run rank` hands the same fields of the same JSON to the same function. */
const rankOver = (input: Omit<ScoresExport, "competitionId" | "tieBreakOrder">): RankingResult => rankSubmissions(input.scores, {
  method: input.method, minJudges: input.minJudges, finalists: input.finalists, reserves: input.reserves, submissions: input.submissions, tieBreak: input.tieBreak, bootstrap: input.bootstrap,
});

const audit = (competitionId: string, actorId: string, at: string, action: AuditAction, what: Record<string, unknown>, why?: string): AuditEntry =>
  ({ competitionId, entryId: randomUUID(), at, actorId, action, what, ...(why === undefined ? {} : { why }) });

// ---- organisers: preview, export, overrides, extra reviews ------------------------------------------

/** The ranking as it would be published now, once judging has closed; every preview is in the audit log. */
export async function previewRanking(competitionId: string, actorId: string, now: Date): Promise<Ranking> {
  const read = await readScores(competitionId);
  const at = now.toISOString();
  await inEventZone(read.competition, () => assertJudgingClosed(read.competition, at));
  const ranking = rankingOf(read);
  await appendAudit(audit(competitionId, actorId, at, "ranking_previewed", {
    method: ranking.input.method, ranked: ranking.result.ranking.length, unranked: ranking.result.unranked.length, finalists: ranking.order.slice(0, FINALISTS),
  }));
  return ranking;
}

/** The anonymised scores, for anyone to reproduce the ranking with `npm run rank`. */
export async function exportScores(competitionId: string, actorId: string, now: Date): Promise<ScoresExport> {
  const read = await readScores(competitionId);
  const at = now.toISOString();
  await inEventZone(read.competition, () => assertJudgingClosed(read.competition, at));
  const { input } = exportOf(read);
  await appendAudit(audit(competitionId, actorId, at, "scores_exported", { scores: input.scores.length, submissions: input.submissions.length }));
  return input;
}

/**
 * An organiser places a ranked submission, withdraws one (a finalist who drops out: the reserves move
 * up in order), or takes their override back — always with a written reason, in the audit log with it.
 */
export async function setOverride(competitionId: string, submissionId: string, input: OverrideInput, actorId: string, now: Date): Promise<OverrideItem[]> {
  const at = now.toISOString();
  await settle(async () => {
    const read = await readScores(competitionId);
    const { competition, entrants, overrides } = read;
    await inEventZone(competition, () => assertJudgingClosed(competition, at));
    if (!entrants.some((entrant) => entrant.submissionId === submissionId)) throw new DomainError("not_found");
    if (typeof input.place === "number") {
      const scored = exportOf(read).input.scores.filter((score) => score.submission === submissionId).length;
      if (scored < minJudgesOf(competition)) throw new DomainError("not_ranked", { details: { judges: scored, needed: minJudgesOf(competition) } });
    }
    const current = overrides.find((override) => override.submissionId === submissionId);
    if (input.place === null && !current) return true;
    // the write moves the competition's updatedAt: a publication that read the overrides before it starts again
    const marked = afterJudging(competitionId, competition.updatedAt, at);
    if (input.place === null) {
      return transact([deleteOverride(competitionId, submissionId), marked, auditEntry(audit(competitionId, actorId, at, "override_cleared", { submissionId, was: current!.place }, input.reason))]);
    }
    const override: OverrideItem = { competitionId, submissionId, place: input.place, reason: input.reason, by: actorId, at };
    return transact([putOverride(override), marked, auditEntry(audit(competitionId, actorId, at, "place_overridden", { submissionId, place: input.place, was: current?.place ?? null }, input.reason))]);
  });
  return overridesOf(competitionId);
}

/**
 * The organisers ask for more reviews of close calls: each pair is added as it is, nothing else moves
 * (the assignment job keeps extra pairs out of its own). When judging had closed, the same write opens
 * it again until `judgingClosesAt`, so the judges can score them. At most 20 pairs (the schema): each
 * takes three of a transaction's 100 items.
 */
export async function requestExtraReviews(competitionId: string, input: ExtraReviewsInput, actorId: string, now: Date): Promise<{ reviews: { submissionId: string; judgeId: string }[]; judgingClosesAt: string }> {
  const at = now.toISOString();
  return settle(async () => {
    const read = await readScores(competitionId);
    const { competition } = read;
    if (competition.resultsPublishedAt) throw new DomainError("results_published", { details: { version: competition.publishedVersion } });
    // a new close time reopens (or moves) judging and must lie ahead; without one, judging must still be open
    const until = input.judgingClosesAt ?? competition.judgingClosesAt;
    await inEventZone(competition, () => {
      if (until <= at) throw new DomainError("judging_closed", { params: { at: until }, details: { closedAt: until, reopenWith: "judgingClosesAt" } });
    });
    const reopenUntil = input.judgingClosesAt !== undefined && input.judgingClosesAt !== competition.judgingClosesAt ? input.judgingClosesAt : undefined;
    if (reopenUntil) checkWindows({ ...competition, judgingClosesAt: reopenUntil });
    const refusal = reviewRule(read);
    for (const { submissionId, judgeId } of input.reviews) {
      const refused = refusal(judgeId, submissionId);
      if (refused) throw new DomainError(refused, { details: { judgeId, submissionId } });
    }
    const what = { reviews: input.reviews, ...(reopenUntil ? { judgingClosesAt: { was: competition.judgingClosesAt, now: reopenUntil } } : {}) };
    const written = await transact([
      beforePublication(competitionId, competition.updatedAt, at, reopenUntil),
      ...input.reviews.flatMap(({ submissionId, judgeId }) => [stillInvited(competitionId, judgeId), ...assignPair(competitionId, judgeId, submissionId, at, true)]),
      auditEntry(audit(competitionId, actorId, at, "extra_reviews_requested", what, input.reason)),
    ]);
    return written ? { reviews: input.reviews, judgingClosesAt: reopenUntil ?? competition.judgingClosesAt } : undefined;
  });
}

// ---- publishing ------------------------------------------------------------------------------------

/**
 * Publishes the final order as a new version: the first five are finalists, the next three reserves.
 * Final: a correction is another version with its own reason; every version stays readable.
 */
export async function publishResults(
  competitionId: string, { reason, correcting }: { reason: string; correcting?: number | undefined }, actorId: string, now: Date, requestKey?: string,
): Promise<Publications> {
  const at = now.toISOString();
  let ranked: { key: string; ranking: Ranking } | undefined;
  // a retry re-reads, but ranks again only when what it reads changed (the bootstrap takes a while)
  const rank = (read: Awaited<ReturnType<typeof readScores>>): Ranking => {
    const exported = exportOf(read);
    const key = JSON.stringify([exported.input, read.overrides]);
    if (ranked?.key !== key) ranked = { key, ranking: rankingOf(read, exported) };
    return ranked.ranking;
  };
  const published = await settle(async (): Promise<Publications | undefined> => {
    const read = await readScores(competitionId);
    const { competition } = read;
    await inEventZone(competition, () => assertJudgingClosed(competition, at));
    // a publication names the version it corrects: one published meanwhile (by another organiser, or by the
    // same press sent twice) is not corrected by a request that never saw it — unless this very request
    // published it and its answer was lost (a retry with its key): that version is the answer
    if (competition.publishedVersion !== correcting) {
      const latest = requestKey === undefined || competition.publishedVersion === undefined ? undefined : await findPublication(competitionId, competition.publishedVersion);
      if (latest && latest.requestKey === requestKey) return { publications: [latest], entrants: rank(read).entrants };
      throw new DomainError("results_published", { messageKey: "publication_outdated", params: { version: competition.publishedVersion ?? "—" }, details: { version: competition.publishedVersion ?? null } });
    }
    const ranking = rank(read);
    const { result, order, overrides } = ranking;
    if (!order.length) throw new DomainError("nothing_to_publish");
    if (order.length > MAX_PUBLISHED) throw new DomainError("too_many_to_publish", { params: { limit: MAX_PUBLISHED }, details: { ranked: order.length, limit: MAX_PUBLISHED } });
    if (ranking.unresolved.length) throw new DomainError("unbroken_tie", { details: { ties: ranking.unresolved } });
    const entry = new Map(result.ranking.map((r) => [r.submission, r]));
    const overrideOf = new Map(overrides.map((override) => [override.submissionId, override]));
    const places = order.map((submissionId, i): PublishedPlace => {
      const ranked = entry.get(submissionId)!;
      const override = overrideOf.get(submissionId);
      return {
        submissionId, place: i + 1, rank: ranked.rank, quality: ranked.quality, raw: ranked.raw, top5Probability: ranked.top5Probability, outcome: outcomeAt(i),
        ...(override && typeof override.place === "number" ? { override: { place: override.place, reason: override.reason } } : {}),
      };
    });
    const version = (competition.publishedVersion ?? 0) + 1;
    const publication: PublicationItem = {
      competitionId, version, publishedAt: at, publishedBy: actorId, reason, method: result.method, places,
      withdrawn: withdrawnFrom(overrides, entry),
      unranked: result.unranked.map(({ submission, judges, needed }) => ({ submissionId: submission, judges, needed })),
      ...(requestKey === undefined ? {} : { requestKey }),
    };
    const what = { version, finalists: places.filter((p) => p.outcome === "finalist").map((p) => p.submissionId), reserves: places.filter((p) => p.outcome === "reserve").map((p) => p.submissionId), overrides: overrides.length };
    const written = await transact([...putPublication(publication, competition.updatedAt, competition.publishedVersion), auditEntry(audit(competitionId, actorId, at, "results_published", what, reason))]);
    return written ? { publications: [publication], entrants: ranking.entrants } : undefined;
  });
  // a correction may take a finalist away: the next scheduling run cancels their meetings and fills the slots
  if (published.publications[0]!.version > 1) await requestScheduling(competitionId, "results_corrected", at, true);
  return published;
}

/**
 * A version is one item (≤ 400 KB): at ~140 bytes a place, 2,000 ranked pitches fit with room to spare.
 * A competition is one class's graduates, far fewer; a bigger one is refused rather than half written.
 */
export const MAX_PUBLISHED = 2_000;

/** Published versions, newest first, with the pitches they name. */
export interface Publications {
  publications: PublicationItem[];
  entrants: Entrant[];
}

export async function listPublications(competitionId: string): Promise<Publications> {
  await getCompetition(competitionId);
  const [publications, entrants] = await Promise.all([publicationsOf(competitionId), entrantsOf(competitionId)]);
  return { publications: publications.reverse(), entrants };
}

export async function auditLog(competitionId: string, limit: number, cursor?: string): Promise<Page<AuditEntry>> {
  await getCompetition(competitionId);
  return auditPage(competitionId, limit, cursor);
}
