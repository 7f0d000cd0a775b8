import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";

type Sheet = NonNullable<Awaited<ReturnType<typeof loadSheet>>["data"]>;
type Ids = { competitionId: string; submissionId: string };

const loadSheet = (api: Api, ids: Ids) => answer(api.GET("/judging/competitions/{competitionId}/submissions/{submissionId}", { params: { path: ids } }));

/** A judge reads one pitch (blind where the competition says so) and scores it on the rubric, as a draft or for good. */
export function ReviewSheetPage({ api, competitionId, submissionId }: { api: Api } & Ids) {
  const { t } = useText();
  const ids = { competitionId, submissionId };
  const [sheet, reload] = useLoad(async () => loadedOf(await loadSheet(api, ids)), [api, competitionId, submissionId]);
  return (
    <>
      <p><a href={hrefOf({ page: "judging", competitionId })}>← {t("back")}</a></p>
      <Shown loaded={sheet} retry={reload}>{(data) => <Sheet api={api} ids={ids} sheet={data} saved={reload} />}</Shown>
    </>
  );
}

function Sheet({ api, ids, sheet, saved }: { api: Api; ids: Ids; sheet: Sheet; saved: () => void }) {
  const { t, lang, money } = useText();
  const { pitch, rubric, review } = sheet;
  const form = useForm(`review.${ids.competitionId}.${ids.submissionId}`, {
    scores: Object.fromEntries(Object.entries(review.scores).map(([id, score]) => [id, String(score)])) as Record<string, string>,
    comment: review.comment ?? "", privateNote: review.privateNote ?? "",
  });
  const { values, set } = form;
  const send = async (submit: boolean) => {
    const scores = Object.fromEntries(Object.entries(values.scores).filter(([, v]) => v.trim() !== "").map(([id, v]) => [id, Number(v)]));
    const body = { scores, submit, ...(values.comment.trim() ? { comment: values.comment } : {}), ...(values.privateNote.trim() ? { privateNote: values.privateNote } : {}) };
    if (await form.run(() => answer(api.PUT("/judging/competitions/{competitionId}/submissions/{submissionId}/review", { params: { path: ids }, body })))) saved();
  };
  const part = (label: string, text: string | undefined) => (text ? <><h3>{label}</h3><p>{text}</p></> : null);
  return (
    <>
      <Section title={pitch.title ?? ""}>
        {sheet.blindReview ? <p class="muted">{t("judge_blind")}</p> : pitch.business && <p class="who">{pitch.business.businessName} — {pitch.business.ownerName}</p>}
        {pitch.summary && <p>{pitch.summary}</p>}
        {part(t("judge_pitch_problem"), pitch.problem)}
        {part(t("judge_pitch_product"), pitch.product)}
        {part(t("judge_pitch_market"), pitch.targetMarket)}
        {part(t("judge_pitch_traction"), pitch.traction)}
        {part(t("judge_pitch_team"), pitch.team)}
        <p>{t("judge_pitch_revenue")}: {pitch.revenueLast12MonthsIdr === undefined ? "—" : money(pitch.revenueLast12MonthsIdr)} · {t("judge_pitch_ask")}: {pitch.capitalAskIdr === undefined ? "—" : money(pitch.capitalAskIdr)}</p>
        {pitch.useOfFunds && pitch.useOfFunds.length > 0 && (
          <><h3>{t("judge_pitch_funds")}</h3><ul>{pitch.useOfFunds.map((f) => <li key={f.item}>{f.item}: {money(f.amountIdr)}</li>)}</ul></>
        )}
        {pitch.pitchDeck && <p><a href={pitch.pitchDeck.downloadUrl} rel="noopener noreferrer" target="_blank">{t("judge_pitch_deck")}</a></p>}
      </Section>
      <Section title={t("judge_rubric")}>
        <form onSubmit={(e) => { e.preventDefault(); void send(true); }} noValidate>
          {rubric.map((c) => (
            <div key={c.criterionId}>
              <Field id={`score-${c.criterionId}`} label={t("judge_score", { criterion: c.name[lang], min: c.scale.min, max: c.scale.max, weight: c.weight })} error={form.errorOf(`scores.${c.criterionId}`) ?? form.errorOf("scores")}>
                <input type="number" inputMode="numeric" min={c.scale.min} max={c.scale.max} step={1} disabled={!review.editable} value={values.scores[c.criterionId] ?? ""} onInput={(e) => set("scores", { ...values.scores, [c.criterionId]: e.currentTarget.value })} aria-describedby={`guidance-${c.criterionId}`} />
              </Field>
              <p class="muted" id={`guidance-${c.criterionId}`}>{c.guidance[lang]}</p>
            </div>
          ))}
          <Field id="judge-comment" label={t("judge_comment")} error={form.errorOf("comment")}><textarea rows={4} disabled={!review.editable} value={values.comment} onInput={(e) => set("comment", e.currentTarget.value)} /></Field>
          <Field id="judge-private" label={t("judge_private")} error={form.errorOf("privateNote")}><textarea rows={3} disabled={!review.editable} value={values.privateNote} onInput={(e) => set("privateNote", e.currentTarget.value)} /></Field>
          {review.status !== "assigned" && <p class="done" role="status">{t(`review_status_${review.status}`)}{review.total === undefined ? "" : ` · ${t("judge_saved", { total: review.total.toFixed(1) })}`}</p>}
          <Problem problem={form.problem} />
          {review.editable ? (
            <div class="actions">
              <button type="button" class="secondary" disabled={form.busy} onClick={() => void send(false)}>{t("judge_save_draft")}</button>
              <button type="submit" disabled={form.busy}>{t("judge_submit")}</button>
            </div>
          ) : <p class="muted">{t("judge_closed")}</p>}
        </form>
      </Section>
    </>
  );
}
