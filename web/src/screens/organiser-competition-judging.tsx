import { useState } from "preact/hooks";
import type { Sector } from "../../../shared/domain/reference.js";
import { localTime, type IndonesianZone } from "../../../shared/domain/time.js";
import { answer, type Api } from "../api.js";
import { useAction, useForm } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { MorePages, Problem, Section, Shown, useLoad, usePages, type Loaded } from "../ui.js";
import { Field } from "./fields.js";
import type { Competition } from "./organiser-competition.js";

type Ids = { competitionId: string };
type JudgeList = NonNullable<Awaited<ReturnType<typeof loadJudges>>["data"]>;
type SubmissionPage = NonNullable<Awaited<ReturnType<typeof loadSubmissions>>["data"]>;
type Reference = NonNullable<Awaited<ReturnType<typeof loadReference>>["data"]>;
type AssignmentRun = NonNullable<Awaited<ReturnType<typeof loadAssignment>>["data"]>;
type JudgingProgress = NonNullable<Awaited<ReturnType<typeof loadProgress>>["data"]>;

const loadJudges = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/judges", { params: { path: { competitionId } } }));
/** The conflict form offers the first 50 submissions: the largest page the API gives. */
const loadSubmissions = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/submissions", { params: { path: { competitionId }, query: { limit: 50 } } }));
const loadAssignment = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/assignment", { params: { path: { competitionId } } }));
const loadReference = (api: Api) => answer(api.GET("/reference"));
const loadProgress = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/judging", { params: { path: { competitionId } } }));
const useRecordedConflicts = (api: Api, competitionId: string) =>
  usePages((cursor) => answer(api.GET("/competitions/{competitionId}/conflicts", { params: { path: { competitionId }, query: { limit: 50, cursor } } })), [api, competitionId]);

/** Judging: the judges (invite, withdraw), conflicts, the assignment, progress and reminders. */
export function CompetitionJudging({ api, competition, zone }: { api: Api; competition: Competition; zone: IndonesianZone }) {
  const { t } = useText();
  const { competitionId } = competition;
  const [judges, reloadJudges] = useLoad(async () => loadedOf(await loadJudges(api, competitionId)), [api, competitionId]);
  const [submissions, reloadSubmissions] = useLoad(async () => loadedOf(await loadSubmissions(api, competitionId)), [api, competitionId]);
  const [assignment, reloadAssignment] = useLoad(async () => loadedOf(await loadAssignment(api, competitionId)), [api, competitionId]);
  const [progress, reloadProgress] = useLoad(async () => loadedOf(await loadProgress(api, competitionId)), [api, competitionId]);
  const [reference, reloadReference] = useLoad(async () => loadedOf(await loadReference(api)), [api]);
  const conflicts = useRecordedConflicts(api, competitionId);
  // a judge invited or withdrawn, or a conflict, moves the assignment and with it the progress
  const moved = () => { reloadJudges(); reloadAssignment(); reloadProgress(); };
  const conflictRecorded = () => { conflicts.reload(); moved(); };
  return (
    <>
      <Section title={t("comp_judges")}>
        <Shown loaded={judges} retry={reloadJudges}>{(data) => <Judges api={api} competitionId={competitionId} judges={data} reference={reference} changed={moved} />}</Shown>
      </Section>
      <InviteJudge api={api} competitionId={competitionId} reference={reference} retry={reloadReference} invited={moved} />
      <Section title={t("comp_conflicts")}>
        <RecordedConflicts conflicts={conflicts} zone={zone} />
        <Shown loaded={judges} retry={reloadJudges}>{(j) => (
          <Shown loaded={submissions} retry={reloadSubmissions}>{(s) => <NewConflict api={api} competitionId={competitionId} judges={j} submissions={s} recorded={conflictRecorded} />}</Shown>
        )}</Shown>
      </Section>
      <Assignment api={api} competitionId={competitionId} zone={zone} run={assignment} reload={() => { reloadAssignment(); reloadProgress(); }} judges={judges.state === "ready" ? judges.data : undefined} />
      <Progress api={api} competitionId={competitionId} zone={zone} progress={progress} reload={reloadProgress} />
    </>
  );
}

function Judges({ api, competitionId, judges, reference, changed }: Ids & { api: Api; judges: JudgeList; reference: Loaded<Reference>; changed: () => void }) {
  const { t, lang } = useText();
  const { problem, busy, run } = useAction();
  const sectorName = (code: string) => (reference.state === "ready" ? reference.data.sectors.find((s) => s.code === code)?.[lang] : undefined) ?? code;
  const withdraw = async (judgeId: string) => {
    if (await run(() => answer(api.DELETE("/competitions/{competitionId}/judges/{judgeId}", { params: { path: { competitionId, judgeId } } })))) changed();
  };
  const clearCertification = async (judgeId: string) => {
    if (await run(() => answer(api.DELETE("/competitions/{competitionId}/judges/{judgeId}/certification", { params: { path: { competitionId, judgeId } } })))) changed();
  };
  // as the assignment counts it: through its last day, as a UTC date
  const today = new Date().toISOString().slice(0, 10);
  const certificationLine = ({ scheme, number, scope, validUntil }: NonNullable<JudgeList["items"][number]["certification"]>) => [
    t(`comp_certification_${scheme}`), number, scope.map(sectorName).join(", "),
    ...(validUntil ? [t(validUntil < today ? "comp_certification_lapsed" : "comp_certification_until", { date: day(validUntil, lang) })] : []),
  ].join(" · ");
  if (judges.items.length === 0) return <p>{t("comp_judges_none")}</p>;
  return (
    <>
      <ul class="cards">
        {judges.items.map((j) => (
          <li key={j.judgeId} class="card">
            <strong>{j.name}</strong>
            <span>{j.organisation} · {j.email}</span>
            <span class="muted">{j.sectors.map(sectorName).join(", ")}</span>
            {j.certification && <span>{certificationLine(j.certification)}</span>}
            <span class={`status ${j.status}`}>{t(`comp_judge_${j.status}`)}{j.ties.length > 0 ? ` · ${t("comp_judge_ties", { count: j.ties.length })}` : ""}</span>
            {j.status === "invited" && <button type="button" class="secondary" disabled={busy} onClick={() => void withdraw(j.judgeId)}>{t("comp_judge_withdraw", { name: j.name })}</button>}
            {j.certification && <button type="button" class="secondary" disabled={busy} onClick={() => void clearCertification(j.judgeId)}>{t("comp_certification_clear", { name: j.name })}</button>}
          </li>
        ))}
      </ul>
      <Problem problem={problem} />
    </>
  );
}

const blankInvite = {
  judgeId: "", name: "", organisation: "", sectors: [] as string[], email: "", language: "id", maxLoad: "",
  certificationScheme: "bnsp_product_curator", certificationNumber: "", certificationScope: [] as string[], certificationValidUntil: "",
};
type Invite = typeof blankInvite;

/** The certificate block is optional: left empty, the invitation carries none (and one recorded before stays). */
function certificationOf(v: Invite) {
  if (!v.certificationNumber.trim() && v.certificationScope.length === 0) return {};
  const certification = { scheme: v.certificationScheme as "bnsp_product_curator", number: v.certificationNumber, scope: v.certificationScope as Sector[] };
  return { certification: v.certificationValidUntil ? { ...certification, validUntil: v.certificationValidUntil } : certification };
}

/** One checkbox per cluster, for a list of sector codes. */
function SectorChoice({ reference, chosen, choose }: { reference: Reference; chosen: string[]; choose: (codes: string[]) => void }) {
  const { lang } = useText();
  return (
    <>{reference.sectors.map((s) => (
      <label class="option" key={s.code}>
        <input type="checkbox" checked={chosen.includes(s.code)} onChange={(e) => choose(e.currentTarget.checked ? [...chosen, s.code] : chosen.filter((c) => c !== s.code))} />
        {s[lang]}
      </label>
    ))}</>
  );
}

function InviteJudge({ api, competitionId, reference, retry, invited }: Ids & { api: Api; reference: Loaded<Reference>; retry: () => void; invited: () => void }) {
  const { t } = useText();
  const draft = `judge.invite.${competitionId}`;
  const form = useForm(draft, blankInvite);
  const { values: v, set, errorOf } = form;
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      name: v.name, organisation: v.organisation, sectors: v.sectors as Sector[], email: v.email, language: v.language as "id" | "en",
      ...(v.maxLoad.trim() ? { maxLoad: Number(v.maxLoad) } : {}), ...certificationOf(v),
    };
    if (await form.run(() => answer(api.PUT("/competitions/{competitionId}/judges/{judgeId}", { params: { path: { competitionId, judgeId: v.judgeId.trim() } }, body })))) {
      dropDraft(draft);
      form.reset(blankInvite);
      invited();
    }
  };
  return (
    <Section title={t("comp_invite")}>
      <form onSubmit={submit} noValidate>
        <Field id="judge-id" label={t("comp_judge_user_id")} error={errorOf("judgeId")}><input value={v.judgeId} onInput={(e) => set("judgeId", e.currentTarget.value)} /></Field>
        <Field id="judge-name" label={t("comp_judge_name")} error={errorOf("name")}><input value={v.name} onInput={(e) => set("name", e.currentTarget.value)} /></Field>
        <Field id="judge-organisation" label={t("comp_judge_organisation")} error={errorOf("organisation")}><input value={v.organisation} onInput={(e) => set("organisation", e.currentTarget.value)} /></Field>
        <fieldset>
          <legend>{t("comp_judge_sectors")}</legend>
          <Shown loaded={reference} retry={retry}>{(data) => <SectorChoice reference={data} chosen={v.sectors} choose={(codes) => set("sectors", codes)} />}</Shown>
          {errorOf("sectors") && <p class="field-error">{errorOf("sectors")}</p>}
        </fieldset>
        <Field id="judge-email" label={t("comp_judge_email")} error={errorOf("email")}><input type="email" value={v.email} onInput={(e) => set("email", e.currentTarget.value)} /></Field>
        <Field id="judge-language" label={t("comp_judge_language")} error={errorOf("language")}>
          <select value={v.language} onChange={(e) => set("language", e.currentTarget.value)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </Field>
        <Field id="judge-max-load" label={t("comp_judge_max_load")} error={errorOf("maxLoad")}><input inputMode="numeric" value={v.maxLoad} onInput={(e) => set("maxLoad", e.currentTarget.value)} /></Field>
        <fieldset>
          <legend>{t("comp_certification")}</legend>
          <Field id="certification-scheme" label={t("comp_certification_scheme")} error={errorOf("certification.scheme")}>
            <select value={v.certificationScheme} onChange={(e) => set("certificationScheme", e.currentTarget.value)}>
              <option value="bnsp_product_curator">{t("comp_certification_bnsp_product_curator")}</option>
            </select>
          </Field>
          <Field id="certification-number" label={t("comp_certification_number")} error={errorOf("certification.number")}><input value={v.certificationNumber} onInput={(e) => set("certificationNumber", e.currentTarget.value)} /></Field>
          <fieldset>
            <legend>{t("comp_certification_scope")}</legend>
            <Shown loaded={reference} retry={retry}>{(data) => <SectorChoice reference={data} chosen={v.certificationScope} choose={(codes) => set("certificationScope", codes)} />}</Shown>
            {errorOf("certification.scope") && <p class="field-error">{errorOf("certification.scope")}</p>}
          </fieldset>
          <Field id="certification-valid-until" label={t("comp_certification_valid_until")} error={errorOf("certification.validUntil")}><input type="date" value={v.certificationValidUntil} onInput={(e) => set("certificationValidUntil", e.currentTarget.value)} /></Field>
        </fieldset>
        <Problem problem={form.problem} />
        {/* without a user id the path would name the judges' list itself */}
        <button type="submit" disabled={form.busy || !v.judgeId.trim()}>{t("comp_invite_send")}</button>
      </form>
    </Section>
  );
}

/** The conflicts recorded so far, by judge, each with the pitch as organisers know it (business and title) and the reason. */
function RecordedConflicts({ conflicts, zone }: { conflicts: ReturnType<typeof useRecordedConflicts>; zone: IndonesianZone }) {
  const { t, lang } = useText();
  return (
    <>
      <h3>{t("comp_conflicts_recorded")}</h3>
      <Shown loaded={conflicts.pages} retry={conflicts.reload}>{(pages) => {
        const recorded = pages.flatMap((page) => page.items);
        return recorded.length === 0 ? <p>{t("comp_conflicts_none")}</p> : (
          <ul class="cards">
            {recorded.map((c) => (
              <li key={`${c.judgeId}#${c.submissionId}`} class="card">
                <strong>{t("comp_conflict_pair", { judge: c.judgeName ?? c.judgeId, business: c.businessName ?? c.submissionId })}</strong>
                {c.title && <span>{c.title}</span>}
                <span>{c.reason}</span>
                <span class="muted">{t("comp_conflict_recorded_at", { when: localTime(c.recordedAt, zone)[lang] })}</span>
              </li>
            ))}
          </ul>
        );
      }}</Shown>
      <MorePages more={conflicts.more} problem={conflicts.problem} busy={conflicts.busy} />
    </>
  );
}

const blankConflict = { judgeId: "", submissionId: "", reason: "" };

/** The form says what it recorded; the list above and the assignment show the effect. */
function NewConflict({ api, competitionId, judges, submissions, recorded }: Ids & { api: Api; judges: JudgeList; submissions: SubmissionPage; recorded: () => void }) {
  const { t } = useText();
  const draft = `conflict.${competitionId}`;
  const form = useForm(draft, blankConflict);
  const { values: v, set, errorOf } = form;
  const [last, setLast] = useState<string>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const conflict = await form.run(() => answer(api.POST("/competitions/{competitionId}/conflicts", { params: { path: { competitionId } }, body: v })));
    if (conflict) {
      const judge = judges.items.find((j) => j.judgeId === conflict.judgeId)?.name ?? conflict.judgeId;
      const business = submissions.items.find((s) => s.submissionId === conflict.submissionId)?.business.businessName ?? conflict.submissionId;
      setLast(t("comp_conflict_recorded", { judge, business }));
      dropDraft(draft);
      form.reset(blankConflict);
      recorded();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field id="conflict-judge" label={t("comp_conflict_judge")} error={errorOf("judgeId")}>
        <select value={v.judgeId} onChange={(e) => set("judgeId", e.currentTarget.value)}>
          <option value="">{t("choose")}</option>
          {judges.items.filter((j) => j.status === "invited").map((j) => <option key={j.judgeId} value={j.judgeId}>{j.name}</option>)}
        </select>
      </Field>
      <Field id="conflict-submission" label={t("comp_conflict_submission")} error={errorOf("submissionId")}>
        <select value={v.submissionId} onChange={(e) => set("submissionId", e.currentTarget.value)}>
          <option value="">{t("choose")}</option>
          {submissions.items.map((s) => <option key={s.submissionId} value={s.submissionId}>{s.business.businessName}{s.title ? ` — ${s.title}` : ""}</option>)}
        </select>
      </Field>
      <Field id="conflict-reason" label={t("comp_conflict_reason")} error={errorOf("reason")}><textarea rows={2} value={v.reason} onInput={(e) => set("reason", e.currentTarget.value)} /></Field>
      <Problem problem={form.problem} />
      {last && <p class="done" role="status">{last}</p>}
      <button type="submit" disabled={form.busy}>{t("comp_conflict_record")}</button>
    </form>
  );
}

/** Why the assignment last ran, in the organisers' words. */
const reasonKeys = {
  requested: "comp_reason_requested", judge_invited: "comp_reason_judge_invited", judge_withdrawn: "comp_reason_judge_withdrawn",
  conflict_added: "comp_reason_conflict_added", ties_declared: "comp_reason_ties_declared", pitch_submitted: "comp_reason_pitch_submitted",
} as const;

function Assignment({ api, competitionId, zone, run, reload, judges }: Ids & { api: Api; zone: IndonesianZone; run: Loaded<AssignmentRun>; reload: () => void; judges: JudgeList | undefined }) {
  const { t, lang } = useText();
  const action = useAction();
  // as the last request chose until the organiser changes it: re-runs keep that choice too
  const [chosen, choose] = useState<boolean>();
  const preferCertifiedCurators = chosen ?? (run.state === "ready" && run.data.preferCertifiedCurators);
  const request = async () => {
    if (await action.run(() => answer(api.POST("/competitions/{competitionId}/assignment", { params: { path: { competitionId } }, body: { preferCertifiedCurators } })))) reload();
  };
  const nameOf = (judgeId: string) => judges?.items.find((j) => j.judgeId === judgeId)?.name ?? judgeId;
  return (
    <Section title={t("comp_assignment")}>
      {run.state === "refused" && run.status === 404 ? <p>{t("comp_assignment_none")}</p> : (
        <Shown loaded={run} retry={reload}>{(a) => (
          <>
            <p>
              <strong>{t(`comp_assignment_${a.status}`)}</strong>{a.reason in reasonKeys ? ` · ${t(reasonKeys[a.reason as keyof typeof reasonKeys])}` : ""}
              {a.preferCertifiedCurators ? ` · ${t("comp_assignment_prefers_certified")}` : ""}
            </p>
            <p class="muted">{t("comp_assignment_requested", { when: localTime(a.requestedAt, zone)[lang] })}{a.computedAt ? ` · ${t("comp_assignment_computed", { when: localTime(a.computedAt, zone)[lang] })}` : ""}</p>
            {a.status === "done" && (
              <>
                <p>{t("comp_assignment_counts", { submissions: a.submissions ?? 0, judges: a.judges ?? 0 })}{a.changes ? ` · ${t("comp_assignment_changes", a.changes)}` : ""}</p>
                <h3>{t("comp_assignment_loads")}</h3>
                <ul>{Object.entries(a.loads).map(([judgeId, load]) => <li key={judgeId}>{nameOf(judgeId)}: {t("comp_assignment_load", { count: load })}</li>)}</ul>
                {a.unassigned.length > 0 && (
                  <>
                    <h3>{t("comp_assignment_unassigned")}</h3>
                    <ul>{a.unassigned.map((u) => <li key={u.submissionId} class="problem">{u.reason}</li>)}</ul>
                  </>
                )}
              </>
            )}
            {a.status === "pending" && <button type="button" class="secondary" onClick={reload}>{t("comp_refresh")}</button>}
          </>
        )}</Shown>
      )}
      <div class="field check">
        <input id="prefer-certified" type="checkbox" checked={preferCertifiedCurators} onChange={(e) => choose(e.currentTarget.checked)} />
        <label for="prefer-certified">{t("comp_assignment_prefer_certified")}</label>
      </div>
      <Problem problem={action.problem} />
      <button type="button" disabled={action.busy} onClick={() => void request()}>{t("comp_assignment_request")}</button>
    </Section>
  );
}

function Progress({ api, competitionId, zone, progress, reload }: Ids & { api: Api; zone: IndonesianZone; progress: Loaded<JudgingProgress>; reload: () => void }) {
  const { t, lang } = useText();
  const action = useAction();
  const [reminded, setReminded] = useState<string>();
  const remind = async () => {
    const result = await action.run(() => answer(api.POST("/competitions/{competitionId}/reminders", { params: { path: { competitionId } } })));
    if (result) setReminded(t("comp_reminded", { count: result.reminded.length }));
  };
  return (
    <Section title={t("comp_progress")}>
      <Shown loaded={progress} retry={reload}>{(p) => (
        <>
          <label for="judging-progress">{t("comp_progress_totals", { submitted: p.totals.submitted, reviews: p.totals.reviews, percent: p.totals.percent })}</label>
          <progress id="judging-progress" max={100} value={p.totals.percent} />
          <h3>{t("comp_progress_judges")}</h3>
          <ul class="cards">
            {p.judges.map((j) => (
              <li key={j.judgeId} class="card">
                <strong>{j.name}</strong>
                <span>{t("comp_progress_judge", { submitted: j.submitted, assigned: j.assigned, drafts: j.drafts, notStarted: j.notStarted })}</span>
                {j.lastSavedAt && <span class="muted">{t("comp_progress_last_saved", { when: localTime(j.lastSavedAt, zone)[lang] })}</span>}
              </li>
            ))}
          </ul>
          <h3>{t("comp_progress_submissions")}</h3>
          <ul class="cards">
            {p.submissions.map((s) => (
              <li key={s.submissionId} class="card">
                <strong>{s.businessName}</strong>
                {s.title && <span>{s.title}</span>}
                <span>{t("comp_progress_submission", { submitted: s.submitted, judges: s.judges })}{s.averageTotal === undefined ? "" : ` · ${t("comp_progress_average", { total: s.averageTotal.toFixed(1) })}`}</span>
                {s.missingJudges > 0 && <span class="problem">{t("comp_progress_missing", { count: s.missingJudges })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}</Shown>
      <Problem problem={action.problem} />
      {reminded && <p class="done" role="status">{reminded}</p>}
      <button type="button" class="secondary" disabled={action.busy} onClick={() => void remind()}>{t("comp_remind")}</button>
    </Section>
  );
}
