import type * as z from "zod/mini";
import type { AuditPage, OverrideList, Publication, PublicationList, RankingPreview } from "../api/schemas/results.js";
import type { Publications, Ranking } from "../app/results.js";
import type { AuditEntry } from "../data/audit.js";
import type { Page } from "../data/pagination.js";
import type { Criterion } from "../domain/competitions.js";
import { DEFAULT_CLOSE_CALL } from "../domain/ranking.js";
import { EARLIER_SUBMISSION, outcomeAt, withdrawnFrom } from "../domain/results.js";
import type { Entrant } from "../data/pitches.js";
import type { OverrideItem, PublicationItem } from "../data/results.js";
import { translate, type Lang, type MessageKey } from "../i18n/messages.js";
import { decimal, percent } from "../i18n/numbers.js";

// The results as organisers read them: every number with a sentence that says what it means.

/** Below this a judge's leaning is rounding, not a leaning (on the 0–100 scale). */
const NEUTRAL = 0.05;

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

const leaning = (bias: number, harsh: MessageKey, lenient: MessageKey, neutral: MessageKey) => (bias < -NEUTRAL ? harsh : bias > NEUTRAL ? lenient : neutral);

function tieBreakLabel(key: string, rubric: readonly Criterion[], lang: Lang): string {
  if (key === EARLIER_SUBMISSION) return translate("tie_break_earlier_submission", lang);
  const criterion = rubric.find((c) => c.criterionId === key);
  return translate("tie_break_criterion", lang, { criterion: criterion ? criterion.name[lang] : key });
}

const overrideOut = (override: OverrideItem) => ({ submissionId: override.submissionId, place: override.place, reason: override.reason, by: override.by, at: override.at });

export function overrideListView(overrides: readonly OverrideItem[]): z.output<typeof OverrideList> {
  return { items: overrides.map(overrideOut) };
}

export function rankingView(ranking: Ranking, lang: Lang): z.output<typeof RankingPreview> {
  const { competition, entrants, judges, judgeOf, input, result, overrides, order, unresolved, extraReviews } = ranking;
  const entrantOf = new Map(entrants.map((entrant) => [entrant.submissionId, entrant]));
  const nameOf = (alias: string) => judges.find((judge) => judge.judgeId === judgeOf[alias])?.name ?? alias;
  const judgeRef = (alias: string) => ({ judgeId: judgeOf[alias] ?? alias, name: nameOf(alias) });
  const entryOf = new Map(result.ranking.map((entry) => [entry.submission, entry]));
  const overrideOf = new Map(overrides.map((override) => [override.submissionId, override]));
  const business = (submissionId: string) => ({ title: entrantOf.get(submissionId)?.title, businessName: entrantOf.get(submissionId)?.business.businessName ?? "" });

  const places = order.map((submissionId, i) => {
    const entry = entryOf.get(submissionId)!;
    const override = overrideOf.get(submissionId);
    const sentences = [
      translate("explain_place", lang, { place: i + 1, rank: entry.rank, raw: decimal(lang, entry.raw), quality: decimal(lang, entry.quality), probability: percent(lang, entry.top5Probability) }),
      ...entry.contributions.map((c) => translate(leaning(c.bias, "explain_judge_harsh", "explain_judge_lenient", "explain_judge_neutral"), lang, {
        judge: nameOf(c.judge), score: decimal(lang, c.score), amount: decimal(lang, Math.abs(c.bias)), adjusted: decimal(lang, c.adjusted),
      })),
      ...(entry.decidedBy.startsWith("tieBreak:") ? [translate("explain_tie_break", lang, { key: tieBreakLabel(input.tieBreakOrder[Number(entry.decidedBy.slice("tieBreak:".length))] ?? "", competition.rubric, lang) })] : []),
      ...(entry.decidedBy === "unbroken" ? [translate("explain_unbroken_tie", lang)] : []),
      ...(entry.closeCall ? [translate("explain_close_call", lang, { low: percent(lang, DEFAULT_CLOSE_CALL[0]), high: percent(lang, DEFAULT_CLOSE_CALL[1]) })] : []),
      ...(override ? [translate("explain_override", lang, { reason: override.reason })] : []),
    ];
    return {
      place: i + 1, submissionId, ...business(submissionId), outcome: outcomeAt(i),
      rank: entry.rank, quality: round(entry.quality), raw: round(entry.raw), top5Probability: round(entry.top5Probability), qualitySd: round(entry.qualitySd),
      closeCall: entry.closeCall, decidedBy: entry.decidedBy, part: entry.part,
      ...(override ? { override: overrideOut(override) } : {}),
      judges: entry.contributions.map((c) => ({ ...judgeRef(c.judge), score: c.score, bias: round(c.bias), adjusted: round(c.adjusted) })),
      explanation: sentences.join(" "),
    };
  });
  const notes = [
    translate(result.method === "additive" ? "note_method_additive" : "note_method_standardised", lang),
    ...(result.components > 1 ? [translate("note_split_panel", lang, { parts: result.components })] : []),
    ...unresolved.map((tie) => translate("note_unresolved_tie", lang, { cut: translate(tie.cut === "finalists" ? "outcome_finalist" : "outcome_reserve", lang) })),
  ];
  return {
    competitionId: competition.competitionId,
    method: result.method,
    minJudges: input.minJudges,
    judgingClosedAt: competition.judgingClosesAt,
    ...(competition.publishedVersion && competition.resultsPublishedAt ? { published: { version: competition.publishedVersion, publishedAt: competition.resultsPublishedAt } } : {}),
    tieBreakOrder: input.tieBreakOrder,
    components: result.components,
    parts: result.parts.map((part) => ({ judges: part.judges.map(judgeRef), submissions: part.submissions })),
    notes,
    noiseSd: round(result.noiseSd),
    bootstrapRounds: result.bootstrap.rounds,
    places,
    withdrawn: withdrawnFrom(overrides, entryOf).map((submissionId) => ({ submissionId, ...business(submissionId), reason: overrideOf.get(submissionId)!.reason })),
    unranked: result.unranked.map((u) => ({ submissionId: u.submission, ...business(u.submission), judges: u.judges, needed: u.needed, explanation: translate("explain_unranked", lang, { judges: u.judges, needed: u.needed }) })),
    ties: result.ties,
    unresolvedTies: unresolved,
    closeCalls: extraReviews.map((call) => ({
      submissionId: call.submission, top5Probability: round(call.top5Probability), qualitySd: round(call.qualitySd),
      suggestions: call.suggestions.map((s) => ({ ...judgeRef(s.judge), qualitySdAfter: round(s.qualitySdAfter) })),
    })),
    judges: Object.keys(result.bias).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).map((alias) => {
      const bias = result.bias[alias]!;
      return {
        ...judgeRef(alias), reviews: result.judgeLoads[alias] ?? 0, bias: round(bias), biasSd: round(result.biasSd[alias] ?? 0),
        ...(result.scale ? { scale: round(result.scale[alias] ?? 0) } : {}),
        explanation: translate(leaning(bias, "explain_judge_bias_harsh", "explain_judge_bias_lenient", "explain_judge_bias_neutral"), lang, { judge: nameOf(alias), amount: decimal(lang, Math.abs(bias)), reviews: result.judgeLoads[alias] ?? 0 }),
      };
    }),
  };
}

function publicationView(publication: PublicationItem, entrants: readonly Entrant[]): z.output<typeof Publication> {
  const entrantOf = new Map(entrants.map((entrant) => [entrant.submissionId, entrant]));
  const { competitionId, version, publishedAt, publishedBy, reason, method, withdrawn, unranked } = publication;
  return {
    competitionId, version, publishedAt, publishedBy, reason, method, withdrawn, unranked,
    places: publication.places.map((p) => ({ ...p, title: entrantOf.get(p.submissionId)?.title, businessName: entrantOf.get(p.submissionId)?.business.businessName })),
  };
}

export function publicationListView({ publications, entrants }: Publications): z.output<typeof PublicationList> {
  return { items: publications.map((publication) => publicationView(publication, entrants)) };
}

/** The version just published. */
export const publishedView = ({ publications, entrants }: Publications): z.output<typeof Publication> => publicationView(publications[0]!, entrants);

export function auditPageView(page: Page<AuditEntry>): z.output<typeof AuditPage> {
  return { items: page.items.map(({ entryId, at, actorId, action, what, why }) => ({ entryId, at, actorId, action, what, ...(why === undefined ? {} : { why }) })), nextCursor: page.nextCursor };
}
