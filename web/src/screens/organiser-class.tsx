import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Loading, Offline, Problem, Refused, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";
import { ModuleEditor } from "./module-editor.js";

/** One class as its organisers run it: seats and waitlist, the modules (and a new one), the hand-ins to review. */
export function OrganiserClass({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const path = { params: { path: { classId } } };
  const [details, reloadDetails] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}", path))), [api, classId]);
  const [roster, reloadRoster] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/enrolments", { params: { path: { classId }, query: { limit: 50 } } }))), [api, classId]);
  const [modules, reloadModules] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/modules", path))), [api, classId]);
  const [matrix, reloadMatrix] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/progress", { params: { path: { classId }, query: { limit: 50 } } }))), [api, classId]);
  const awaiting = matrix.state === "ready"
    ? matrix.data.rows.flatMap((row) => matrix.data.modules.filter((m) => row.statuses[m.moduleId] === "submitted").map((m) => ({ row, module: m })))
    : [];
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Shown loaded={details} retry={reloadDetails}>{(data) => (
        <Section title={data.title[lang]}>
          <p>{t("org_seats", { enrolled: data.enrolled, capacity: data.capacity, waiting: data.waiting })}</p>
        </Section>
      )}</Shown>
      <Section title={t("org_roster")}>
        <Shown loaded={roster} retry={reloadRoster}>{(data) => (data.items.length === 0 ? <p>{t("org_roster_none")}</p> : (
          <ul class="cards">
            {data.items.map((e) => (
              <li key={e.applicantId} class="card">
                <strong>{e.ownerName}</strong> <span>{e.businessName}</span>
                <span class={`status ${e.status}`}>{e.status === "waitlisted" ? t("status_waitlisted", { position: e.position ?? "?" }) : t(`status_${e.status}`)}</span>
              </li>
            ))}
          </ul>
        ))}</Shown>
      </Section>
      <Section title={t("org_handins")}>
        <Shown loaded={matrix} retry={reloadMatrix}>{() => (awaiting.length === 0 ? <p>{t("org_handins_none")}</p> : (
          <ul class="cards">
            {awaiting.map(({ row, module }) => (
              <li key={`${row.applicantId}:${module.moduleId}`} class="card">
                <strong>{row.ownerName} — {module.title[lang]}</strong>
                <HandInReview api={api} ids={{ classId, moduleId: module.moduleId, applicantId: row.applicantId }} reviewed={reloadMatrix} />
              </li>
            ))}
          </ul>
        ))}</Shown>
      </Section>
      <Section title={t("org_modules")}>
        <Shown loaded={modules} retry={reloadModules}>{(data) => (data.items.length === 0 ? <p>{t("org_modules_none")}</p> : (
          <ol class="cards">
            {data.items.map((m) => <li key={m.moduleId} class="card"><strong>{m.title[lang]}</strong><span class="muted">{t(`org_kind_${m.kind}`)}</span></li>)}
          </ol>
        ))}</Shown>
      </Section>
      <ModuleEditor api={api} classId={classId} saved={reloadModules} />
    </>
  );
}

/** One hand-in: its text and file, and the verdict (feedback required when it needs revision). */
function HandInReview({ api, ids, reviewed }: { api: Api; ids: { classId: string; moduleId: string; applicantId: string }; reviewed: () => void }) {
  const { t } = useText();
  const [submission, retry] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/modules/{moduleId}/submissions/{applicantId}", { params: { path: ids } }))), [api, ids.applicantId, ids.moduleId]);
  const form = useForm(`review.${ids.moduleId}.${ids.applicantId}`, { outcome: "passed", feedback: "" });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = { outcome: form.values.outcome as "passed" | "needs_revision", ...(form.values.feedback.trim() ? { feedback: form.values.feedback } : {}) };
    if (await form.run(() => answer(api.POST("/classes/{classId}/modules/{moduleId}/submissions/{applicantId}/review", { params: { path: ids }, body })))) reviewed();
  };
  if (submission.state === "loading") return <Loading />;
  if (submission.state === "unreachable") return <Offline retry={retry} />;
  if (submission.state === "refused") return <Refused error={submission.error} />;
  const key = `${ids.moduleId}-${ids.applicantId}`;
  return (
    <form onSubmit={submit}>
      {submission.data.text && <blockquote>{submission.data.text}</blockquote>}
      {submission.data.file && <p><a href={submission.data.file.downloadUrl}>{t("org_download")}: {submission.data.file.fileName}</a></p>}
      <fieldset>
        <legend>{t("org_review")}</legend>
        {(["passed", "needs_revision"] as const).map((outcome) => (
          <label class="option" key={outcome}>
            <input type="radio" name={`outcome-${key}`} checked={form.values.outcome === outcome} onChange={() => form.set("outcome", outcome)} />
            {t(outcome === "passed" ? "org_review_passed" : "org_review_revision")}
          </label>
        ))}
      </fieldset>
      <Field id={`feedback-${key}`} label={t("org_feedback")} error={form.errorOf("feedback")}>
        <textarea rows={3} value={form.values.feedback} onInput={(e) => form.set("feedback", e.currentTarget.value)} />
      </Field>
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("org_send_review")}</button>
    </form>
  );
}
