import { localTime, zoneNames, type IndonesianZone } from "../../../shared/domain/time.js";
import { translate } from "../../../shared/i18n/messages.js";
import { decimal, percent } from "../../../shared/i18n/numbers.js";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { MorePages, Problem, Section, Shown, useLoad, usePages } from "../ui.js";
import { utcOf } from "../zoned.js";
import { Field } from "./fields.js";
import type { Competition } from "./organiser-competition.js";

type Ids = { competitionId: string };
type Ranking = NonNullable<Awaited<ReturnType<typeof loadRanking>>["data"]>;
type PublicationList = NonNullable<Awaited<ReturnType<typeof loadPublications>>["data"]>;

const loadRanking = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/ranking", { params: { path: { competitionId } } }));
const loadPublications = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/publications", { params: { path: { competitionId } } }));


/** Every submission the ranking names, by its business, for the lists that give only ids. */
const businessOf = (ranking: Ranking) => {
  const names = new Map([...ranking.places, ...ranking.withdrawn, ...ranking.unranked].map((s) => [s.submissionId, s.businessName]));
  return (submissionId: string) => names.get(submissionId) ?? submissionId;
};

/** The ranking from preview to publication: explained places, overrides, extra reviews, publishing, the export and the audit log. */
export function CompetitionRanking({ api, competition, zone }: { api: Api; competition: Competition; zone: IndonesianZone }) {
  const { t, lang } = useText();
  const { competitionId } = competition;
  const [ranking, reloadRanking] = useLoad(async () => loadedOf(await loadRanking(api, competitionId)), [api, competitionId]);
  const [publications, reloadPublications] = useLoad(async () => loadedOf(await loadPublications(api, competitionId)), [api, competitionId]);
  const audit = usePages((cursor) => answer(api.GET("/competitions/{competitionId}/audit", {
    params: { path: { competitionId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
  })), [api, competitionId]);
  const reloadAudit = audit.reload;
  // every step lands in the audit log; a change to the ranking shows in its preview
  const changed = () => { reloadRanking(); reloadAudit(); };
  const published = () => { changed(); reloadPublications(); };
  return (
    <>
      <Section title={t("comp_ranking")}>
        <Shown loaded={ranking} retry={reloadRanking}>{(data) => <RankingPreview ranking={data} zone={zone} />}</Shown>
        <ScoresExport api={api} competitionId={competitionId} exported={reloadAudit} />
      </Section>
      {ranking.state === "ready" && (
        <>
          <Override api={api} competitionId={competitionId} ranking={ranking.data} overridden={changed} />
          <ExtraReviews api={api} competitionId={competitionId} ranking={ranking.data} zone={zone} requested={changed} />
          <Publish api={api} competitionId={competitionId} correcting={ranking.data.published?.version} published={published} />
        </>
      )}
      <Section title={t("comp_publications")}>
        <Shown loaded={publications} retry={reloadPublications}>{(data) => <Publications publications={data} zone={zone} />}</Shown>
      </Section>
      <Section title={t("comp_audit")}>
        <Shown loaded={audit.pages} retry={reloadAudit}>{(pages) => (
          <>
            {pages[0]!.items.length === 0 ? <p>{t("comp_audit_none")}</p> : (
              <ul class="cards">
                {pages.flatMap((page) => page.items).map((entry) => (
                  <li key={entry.entryId} class="card">
                    <strong>{t(`comp_audit_${entry.action}`)}</strong>
                    <span class="muted">{localTime(entry.at, zone)[lang]} · {entry.actorId}</span>
                    {entry.why && <span>{entry.why}</span>}
                  </li>
                ))}
              </ul>
            )}
            <MorePages more={audit.more} problem={audit.problem} busy={audit.busy} />
          </>
        )}</Shown>
      </Section>
    </>
  );
}

function RankingPreview({ ranking, zone }: { ranking: Ranking; zone: IndonesianZone }) {
  const { t, lang } = useText();
  const business = businessOf(ranking);
  const names = (ids: string[]) => ids.map(business).join(", ");
  return (
    <>
      {ranking.published && <p class="done">{t("comp_published_line", { version: ranking.published.version, when: localTime(ranking.published.publishedAt, zone)[lang] })}</p>}
      <ul>{ranking.notes.map((note) => <li key={note}>{note}</li>)}</ul>
      {ranking.unresolvedTies.map((tie) => (
        <p key={tie.cut} class="problem">{t("comp_unresolved_tie", { cut: translate(tie.cut === "finalists" ? "outcome_finalist" : "outcome_reserve", lang), names: names(tie.submissions) })}</p>
      ))}
      <ol class="cards comp-places">
        {ranking.places.map((p) => (
          <li key={p.submissionId} class="card">
            <strong>{t("comp_place", { place: p.place, business: p.businessName })}</strong>
            {p.title && <span>{p.title}</span>}
            <span class={`status ${p.outcome}`}>{translate(`outcome_${p.outcome}`, lang)}</span>
            <span>{t("comp_place_totals", { quality: decimal(lang, p.quality), raw: decimal(lang, p.raw), chance: percent(lang, p.top5Probability) })}</span>
            <span class="comp-flags">
              {p.closeCall && <span class="comp-flag">{t("comp_flag_close_call")}</span>}
              {p.decidedBy.startsWith("tieBreak:") && <span class="comp-flag">{t("comp_flag_tie_break")}</span>}
              {p.decidedBy === "unbroken" && <span class="comp-flag warning">{t("comp_flag_unbroken")}</span>}
              {p.override && <span class="comp-flag">{t("comp_flag_override")}</span>}
            </span>
            <p class="comp-explanation">{p.explanation}</p>
          </li>
        ))}
      </ol>
      {ranking.ties.length > 0 && (
        <>
          <h3>{t("comp_ties")}</h3>
          <ul>{ranking.ties.map((tie) => <li key={tie.rank}>{t("comp_tie", { rank: tie.rank, names: names(tie.submissions) })}</li>)}</ul>
        </>
      )}
      {ranking.unranked.length > 0 && (
        <>
          <h3>{t("comp_unranked")}</h3>
          <ul>{ranking.unranked.map((u) => <li key={u.submissionId}>{u.businessName}: {u.explanation}</li>)}</ul>
        </>
      )}
      {ranking.withdrawn.length > 0 && (
        <>
          <h3>{t("comp_withdrawn")}</h3>
          <ul>{ranking.withdrawn.map((w) => <li key={w.submissionId}>{w.businessName}: {w.reason}</li>)}</ul>
        </>
      )}
      <h3>{t("comp_judges_leaning")}</h3>
      <ul>{ranking.judges.map((j) => <li key={j.judgeId}>{j.explanation}</li>)}</ul>
    </>
  );
}

function ScoresExport({ api, competitionId, exported }: Ids & { api: Api; exported: () => void }) {
  const { t } = useText();
  const { problem, busy, run } = useAction();
  const download = async () => {
    const scores = await run(() => answer(api.GET("/competitions/{competitionId}/ranking/scores", { params: { path: { competitionId } } })));
    if (scores) {
      saveFile(new Blob([JSON.stringify(scores, null, 2)], { type: "application/json" }), `scores-${competitionId}.json`);
      exported();
    }
  };
  return (
    <>
      <Problem problem={problem} />
      <button type="button" class="secondary" disabled={busy} onClick={() => void download()}>{t("comp_export")}</button>
    </>
  );
}

const blankOverride = { submissionId: "", kind: "place", place: "", reason: "" };

function Override({ api, competitionId, ranking, overridden }: Ids & { api: Api; ranking: Ranking; overridden: () => void }) {
  const { t, lang } = useText();
  const draft = `override.${competitionId}`;
  const form = useForm(draft, blankOverride);
  const { values: v, set, errorOf } = form;
  const submit = async (event: Event) => {
    event.preventDefault();
    const place = v.kind === "place" ? Number(v.place) : v.kind === "withdrawn" ? "withdrawn" as const : null;
    const path = { competitionId, submissionId: v.submissionId };
    if (await form.run(() => answer(api.PUT("/competitions/{competitionId}/ranking/overrides/{submissionId}", { params: { path }, body: { place, reason: v.reason } })))) {
      dropDraft(draft);
      form.reset(blankOverride);
      overridden();
    }
  };
  return (
    <Section title={t("comp_override")}>
      <form onSubmit={submit} noValidate>
        <Field id="override-submission" label={t("comp_override_submission")} error={errorOf("submissionId")}>
          <select value={v.submissionId} onChange={(e) => set("submissionId", e.currentTarget.value)}>
            <option value="">{t("choose")}</option>
            {ranking.places.map((p) => <option key={p.submissionId} value={p.submissionId}>{t("comp_place", { place: p.place, business: p.businessName })}</option>)}
            {ranking.withdrawn.map((w) => <option key={w.submissionId} value={w.submissionId}>{w.businessName} ({translate("outcome_withdrawn", lang)})</option>)}
          </select>
        </Field>
        <fieldset>
          <legend>{t("comp_override_kind")}</legend>
          {(["place", "withdrawn", "clear"] as const).map((kind) => (
            <label class="option" key={kind}>
              <input type="radio" name="override-kind" checked={v.kind === kind} onChange={() => set("kind", kind)} />
              {t(`comp_override_${kind}`)}
            </label>
          ))}
        </fieldset>
        {v.kind === "place" && (
          <Field id="override-place" label={t("comp_override_new_place")} error={errorOf("place")}><input inputMode="numeric" value={v.place} onInput={(e) => set("place", e.currentTarget.value)} /></Field>
        )}
        <Field id="override-reason" label={t("comp_reason")} error={errorOf("reason")}><textarea rows={3} value={v.reason} onInput={(e) => set("reason", e.currentTarget.value)} /></Field>
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy || !v.submissionId}>{t("comp_override_save")}</button>
      </form>
    </Section>
  );
}

const blankExtra = { pairs: [] as string[], closesAt: "", reason: "" };

/** Extra reviews for the close calls, from the judges the ranking suggests for each. */
function ExtraReviews({ api, competitionId, ranking, zone, requested }: Ids & { api: Api; ranking: Ranking; zone: IndonesianZone; requested: () => void }) {
  const { t, lang } = useText();
  const draft = `extra-reviews.${competitionId}`;
  const form = useForm(draft, blankExtra);
  const { values: v, set, errorOf } = form;
  const business = businessOf(ranking);
  const submit = async (event: Event) => {
    event.preventDefault();
    const reviews = v.pairs.map((pair) => {
      const [judgeId = "", submissionId = ""] = pair.split("#");
      return { judgeId, submissionId };
    });
    const body = { reviews, reason: v.reason, ...(v.closesAt ? { judgingClosesAt: utcOf(v.closesAt, zone) } : {}) };
    if (await form.run(() => answer(api.POST("/competitions/{competitionId}/ranking/extra-reviews", { params: { path: { competitionId } }, body })))) {
      dropDraft(draft);
      form.reset(blankExtra);
      requested();
    }
  };
  return (
    <Section title={t("comp_extra_reviews")}>
      {ranking.closeCalls.length === 0 ? <p>{t("comp_close_calls_none")}</p> : (
        <form onSubmit={submit} noValidate>
          {ranking.closeCalls.map((call) => (
            <fieldset key={call.submissionId}>
              <legend>{t("comp_close_call", { business: business(call.submissionId), chance: percent(lang, call.top5Probability) })}</legend>
              {call.suggestions.map((s) => {
                const pair = `${s.judgeId}#${call.submissionId}`;
                return (
                  <label class="option" key={pair}>
                    <input type="checkbox" checked={v.pairs.includes(pair)} onChange={(e) => set("pairs", e.currentTarget.checked ? [...v.pairs, pair] : v.pairs.filter((p) => p !== pair))} />
                    {t("comp_extra_review_judge", { judge: s.name, sd: decimal(lang, s.qualitySdAfter) })}
                  </label>
                );
              })}
            </fieldset>
          ))}
          {errorOf("reviews") && <p class="field-error">{errorOf("reviews")}</p>}
          <Field id="extra-closes" label={t("comp_extra_closes", { zone: zoneNames[zone] })} error={errorOf("judgingClosesAt")}>
            <input type="datetime-local" value={v.closesAt} onInput={(e) => set("closesAt", e.currentTarget.value)} />
          </Field>
          <Field id="extra-reason" label={t("comp_reason")} error={errorOf("reason")}><textarea rows={2} value={v.reason} onInput={(e) => set("reason", e.currentTarget.value)} /></Field>
          <Problem problem={form.problem} />
          <button type="submit" disabled={form.busy}>{t("comp_extra_request")}</button>
        </form>
      )}
    </Section>
  );
}

/** Publishing names the version it corrects (none the first time): a second press, or another organiser's, makes nothing. */
function Publish({ api, competitionId, correcting, published }: Ids & { api: Api; correcting: number | undefined; published: () => void }) {
  const { t } = useText();
  const draft = `publish.${competitionId}`;
  const form = useForm(draft, { reason: "" });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/competitions/{competitionId}/publications", { params: { path: { competitionId } }, body: { reason: form.values.reason, ...(correcting ? { correcting } : {}) } })))) {
      dropDraft(draft);
      form.reset({ reason: "" });
      published();
    }
  };
  return (
    <Section title={t("comp_publish")}>
      <form onSubmit={submit} noValidate>
        <p class="muted">{t("comp_publish_hint")}</p>
        <Field id="publish-reason" label={t("comp_reason")} error={form.errorOf("reason")}><textarea rows={2} value={form.values.reason} onInput={(e) => form.set("reason", e.currentTarget.value)} /></Field>
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("comp_publish_send")}</button>
      </form>
    </Section>
  );
}

function Publications({ publications, zone }: { publications: PublicationList; zone: IndonesianZone }) {
  const { t, lang } = useText();
  if (publications.items.length === 0) return <p>{t("comp_publications_none")}</p>;
  return (
    <ul class="cards">
      {publications.items.map((p) => (
        <li key={p.version} class="card">
          <strong>{t("comp_published_line", { version: p.version, when: localTime(p.publishedAt, zone)[lang] })}</strong>
          <span>{p.reason}</span>
          <ul>
            {p.places.filter((place) => place.outcome === "finalist" || place.outcome === "reserve").map((place) => (
              <li key={place.submissionId}>{t("comp_place", { place: place.place, business: place.businessName ?? place.submissionId })} — {translate(`outcome_${place.outcome}`, lang)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
