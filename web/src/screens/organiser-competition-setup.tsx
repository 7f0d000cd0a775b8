import { useState } from "preact/hooks";
import { localTime, type IndonesianZone } from "../../../shared/domain/time.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { MorePages, Problem, Section, Shown, useLoad, usePages } from "../ui.js";
import type { Competition } from "./organiser-competition.js";
import { competitionChanges, CompetitionFields, valuesOf } from "./organiser-competition-form.js";

/** The competition's setup: where it stands, its fields to change (the API says what may no longer change), and the submissions. */
export function CompetitionSetup({ api, competition, zone, changed }: { api: Api; competition: Competition; zone: IndonesianZone; changed: () => void }) {
  const { t, lang } = useText();
  const { competitionId } = competition;
  const form = useForm(`competition.edit.${competitionId}`, valuesOf(competition, zone));
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const body = competitionChanges(form.values, competition, zone);
    const updated = await form.run(() => answer(api.PATCH("/competitions/{competitionId}", { params: { path: { competitionId } }, body: body as never })));
    if (updated) {
      form.reset(valuesOf(updated, zone));
      setSaved(true);
      changed();
    }
  };
  return (
    <>
      <Section title={t("comp_part_setup")}>
        <p><strong>{t(`comp_phase_${competition.phase}`)}</strong></p>
        <ul>
          <li>{t("comp_window_submissions", { from: localTime(competition.submissionOpensAt, zone)[lang], to: localTime(competition.submissionDeadline, zone)[lang] })}</li>
          <li>{t("comp_window_judging", { from: localTime(competition.judgingOpensAt, zone)[lang], to: localTime(competition.judgingClosesAt, zone)[lang] })}</li>
          <li>{t("comp_judging_rules", { k: competition.judgesPerSubmission, min: competition.minJudges })} · {t(competition.blindReview ? "comp_blind" : "comp_not_blind")}</li>
          {competition.publishedVersion !== undefined && competition.resultsPublishedAt && (
            <li>{t("comp_published_line", { version: competition.publishedVersion, when: localTime(competition.resultsPublishedAt, zone)[lang] })}</li>
          )}
        </ul>
        {competition.rubricFrozen && <p class="muted">{t("comp_rubric_frozen")}</p>}
      </Section>
      <Section title={t("comp_edit")}>
        <form onSubmit={submit} noValidate>
          <CompetitionFields form={form} zone={zone} prefix="edit-competition" />
          <Problem problem={form.problem} />
          {saved && <p class="done" role="status">{t("comp_saved")}</p>}
          <button type="submit" disabled={form.busy}>{t("comp_save")}</button>
        </form>
      </Section>
      <Submissions api={api} competitionId={competitionId} zone={zone} />
    </>
  );
}

/** The submissions a page at a time, drafts included; one opens with its business and its deck. */
function Submissions({ api, competitionId, zone }: { api: Api; competitionId: string; zone: IndonesianZone }) {
  const { t, lang } = useText();
  const [open, setOpen] = useState<string>();
  const submissions = usePages((cursor) => answer(api.GET("/competitions/{competitionId}/submissions", {
    params: { path: { competitionId }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
  })), [api, competitionId]);
  return (
    <Section title={t("comp_submissions")}>
      <Shown loaded={submissions.pages} retry={submissions.reload}>{(pages) => (
        <>
          {pages[0]!.items.length === 0 ? <p>{t("comp_submissions_none")}</p> : (
            <ul class="cards">
              {pages.flatMap((page) => page.items).map((s) => (
                <li key={s.submissionId} class="card">
                  <strong>{s.business.businessName}</strong>
                  <span>{s.title ?? "—"}</span>
                  <span class={`status ${s.status}`}>{t(`comp_submission_${s.status}`)}{s.submittedAt ? ` · ${localTime(s.submittedAt, zone)[lang]}` : ""}</span>
                  <button type="button" class="secondary" aria-expanded={open === s.submissionId} onClick={() => setOpen(open === s.submissionId ? undefined : s.submissionId)}>
                    {t(open === s.submissionId ? "comp_close" : "comp_open")}
                  </button>
                  {open === s.submissionId && <SubmissionDetail api={api} competitionId={competitionId} submissionId={s.submissionId} />}
                </li>
              ))}
            </ul>
          )}
          <MorePages more={submissions.more} problem={submissions.problem} busy={submissions.busy} />
        </>
      )}</Shown>
    </Section>
  );
}

function SubmissionDetail({ api, competitionId, submissionId }: { api: Api; competitionId: string; submissionId: string }) {
  const { t, lang, money } = useText();
  const [pitch, reload] = useLoad(async () => loadedOf(await answer(api.GET("/competitions/{competitionId}/submissions/{submissionId}", { params: { path: { competitionId, submissionId } } }))), [api, competitionId, submissionId]);
  return (
    <Shown loaded={pitch} retry={reload}>{(p) => (
      <div class="comp-detail">
        <dl>
          {(["ownerName", "nib", "phone", "email", "sector", "regencyCode"] as const).map((key) => (p.business[key] ? (
            <div key={key}><dt>{fieldName([key], lang)}</dt><dd>{p.business[key]}</dd></div>
          ) : null))}
          {p.capitalAskIdr !== undefined && <div><dt>{fieldName(["capitalAskIdr"], lang)}</dt><dd>{money(p.capitalAskIdr)}</dd></div>}
        </dl>
        {p.summary && <p>{p.summary}</p>}
        {p.pitchDeck ? <p><a href={p.pitchDeck.downloadUrl} rel="noopener noreferrer" target="_blank">{t("comp_deck")}</a></p> : <p class="muted">{t("comp_deck_none")}</p>}
      </div>
    )}</Shown>
  );
}
