import { useState } from "preact/hooks";
import { localTime, zoneOfRegency } from "../../../shared/domain/time.js";
import type { ScreenKey } from "../../../shared/i18n/screens.js";
import { answer, type Api } from "../api.js";
import { changesOf, useAction, useForm } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Loading, MorePages, Offline, Problem, Refused, Section, Shown, useLoad, usePages, type Loaded } from "../ui.js";
import { isZone } from "../zoned.js";
import { ApplicantProfile } from "./applicant-profile.js";
import { Field } from "./fields.js";
import { ModuleEditor } from "./module-editor.js";
import type { Module } from "./module-fields.js";
import { ClassCompetitions } from "./organiser-competitions.js";
import { classBodyOf, ClassFields, classValuesOf, type Class } from "./organiser-class-fields.js";
import "./organiser-class.css";

/**
 * One class as its organisers run it: the class (and a change to it), seats and the waitlist in order,
 * the hand-ins to review, the modules in order (moved up or down, and a new one), the way to the progress matrix.
 */
export function OrganiserClass({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const path = { params: { path: { classId } } };
  const [details, reloadDetails] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}", path))), [api, classId]);
  const [modules, reloadModules] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/modules", path))), [api, classId]);
  const [matrix, reloadMatrix] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/progress", { params: { path: { classId }, query: { limit: 50 } } }))), [api, classId]);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<ScreenKey>();
  const [rosterVersion, setRosterVersion] = useState(0);
  const awaiting = matrix.state === "ready"
    ? matrix.data.rows.flatMap((row) => matrix.data.modules.filter((m) => row.statuses[m.moduleId] === "submitted").map((m) => ({ row, module: m })))
    : [];
  const classChanged = (said: ScreenKey) => {
    setEditing(false);
    setNote(said);
    reloadDetails();
    // added seats go to the first in the waitlist at once: read the roster again
    setRosterVersion((v) => v + 1);
  };
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Shown loaded={details} retry={reloadDetails}>{(data) => {
        const zone = zoneOfRegency(data.regencyCode);
        return (
          <Section title={data.title[lang]}>
            <p>{t("org_seats", { enrolled: data.enrolled, capacity: data.capacity, waiting: data.waiting })}</p>
            <p>{t("org_window", { opens: localTime(data.enrolmentOpensAt, zone)[lang], closes: localTime(data.enrolmentClosesAt, zone)[lang] })}</p>
            <p>{t("class_starts")}: {day(data.startsOn, lang)}</p>
            <p><a href={hrefOf({ page: "progress", classId })}>{t("org_progress_link")}</a></p>
            {note && <p class="done" role="status">{t(note)}</p>}
            <button type="button" class="secondary" aria-expanded={editing} onClick={() => { setEditing(!editing); setNote(undefined); }}>{t("org_edit_class")}</button>
            {editing && <ClassEdit key={classId} api={api} current={data} done={classChanged} />}
          </Section>
        );
      }}</Shown>
      <Roster key={rosterVersion} api={api} classId={classId} />
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
      <ModuleOrder api={api} classId={classId} modules={modules} retry={reloadModules} />
      {details.state === "ready" && (
        <ModuleEditor key={classId} api={api} classId={classId} modules={modules.state === "ready" ? modules.data.items : []} zone={zoneOfRegency(details.data.regencyCode)} saved={reloadModules} />
      )}
      <ClassCompetitions api={api} classId={classId} />
    </>
  );
}

/** A change to the class: only the fields that changed are sent, so two organisers editing apart do not undo each other. */
function ClassEdit({ api, current, done }: { api: Api; current: Class; done: (said: ScreenKey) => void }) {
  const { t } = useText();
  const draft = `class.${current.classId}`;
  const form = useForm(draft, classValuesOf(current));
  const submit = async (event: Event) => {
    event.preventDefault();
    const changes = changesOf(classBodyOf(classValuesOf(current)), classBodyOf(form.values));
    if (Object.keys(changes).length === 0) return done("org_no_changes");
    if (await form.run(() => answer(api.PATCH("/classes/{classId}", { params: { path: { classId: current.classId } }, body: changes })))) {
      dropDraft(draft);
      done("org_class_saved");
    }
  };
  return (
    <form aria-label={t("org_edit_class")} onSubmit={submit} noValidate>
      <ClassFields api={api} form={form} />
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("org_save_class")}</button>
    </form>
  );
}

/** Who has a seat, and the waitlist in its order (position 1 first), each a page at a time. */
function Roster({ api, classId }: { api: Api; classId: string }) {
  const { t } = useText();
  const rosterPage = (status: "enrolled" | "waitlisted", cursor: string | undefined) =>
    answer(api.GET("/classes/{classId}/enrolments", { params: { path: { classId }, query: { limit: 50, status, cursor } } }));
  const seated = usePages((cursor) => rosterPage("enrolled", cursor), [api, classId]);
  const waitlist = usePages((cursor) => rosterPage("waitlisted", cursor), [api, classId]);
  return (
    <Section title={t("org_roster")}>
      <h3>{t("org_seated")}</h3>
      <Shown loaded={seated.pages} retry={seated.reload}>{(pages) => {
        const people = pages.flatMap((p) => p.items);
        return people.length === 0 ? <p>{t("org_roster_none")}</p> : (
          <ul class="cards">
            {people.map((e) => (
              <li key={e.applicantId} class="card">
                <strong>{e.ownerName}</strong> <span>{e.businessName}</span>
                <ApplicantProfile api={api} applicantId={e.applicantId} />
              </li>
            ))}
          </ul>
        );
      }}</Shown>
      <MorePages more={seated.more} problem={seated.problem} busy={seated.busy} />
      <h3>{t("org_waitlist_order")}</h3>
      <Shown loaded={waitlist.pages} retry={waitlist.reload}>{(pages) => {
        const waiting = pages.flatMap((p) => p.items);
        return waiting.length === 0 ? <p>{t("org_waitlist_none")}</p> : (
          <ol class="cards">
            {waiting.map((e) => (
              <li key={e.applicantId} class="card">
                <strong>{e.ownerName}</strong> <span>{e.businessName}</span>
                <span class="status waitlisted">{t("status_waitlisted", { position: e.position ?? "?" })}</span>
                <ApplicantProfile api={api} applicantId={e.applicantId} />
              </li>
            ))}
          </ol>
        );
      }}</Shown>
      <MorePages more={waitlist.more} problem={waitlist.problem} busy={waitlist.busy} />
    </Section>
  );
}

/** The modules in class order, each a link to its page, moved up or down one place at a time. */
function ModuleOrder({ api, classId, modules, retry }: { api: Api; classId: string; modules: Loaded<{ items: Module[] }>; retry: () => void }) {
  const { t, lang } = useText();
  const action = useAction();
  const move = async (list: Module[], from: number, to: number) => {
    const moduleIds = list.map((m) => m.moduleId);
    const [moved] = moduleIds.splice(from, 1);
    moduleIds.splice(to, 0, moved!);
    if (await action.run(() => answer(api.PUT("/classes/{classId}/modules/order", { params: { path: { classId } }, body: { moduleIds } })))) retry();
  };
  return (
    <Section title={t("org_modules")}>
      <Shown loaded={modules} retry={retry}>{({ items }) => {
        const titleOf = new Map(items.map((m) => [m.moduleId, m.title[lang]]));
        return items.length === 0 ? <p>{t("org_modules_none")}</p> : (
          <ol class="cards">
            {items.map((m, i) => (
              <li key={m.moduleId} class="card">
                <a href={hrefOf({ page: "module", classId, moduleId: m.moduleId })}><strong>{m.title[lang]}</strong></a>
                <span class="muted">{t(`org_kind_${m.kind}`)} · {t(m.required ? "org_tag_required" : "org_tag_optional")}</span>
                {m.kind === "session" && isZone(m.timeZone) && <span>{localTime(m.startsAt, m.timeZone)[lang]}</span>}
                <span class="muted">{m.effectivePrerequisites.length === 0 ? t("org_after_nothing") : t("org_after", { modules: m.effectivePrerequisites.map((id) => titleOf.get(id) ?? "?").join(", ") })}</span>
                <div class="actions">
                  {i > 0 && <button type="button" class="secondary" disabled={action.busy} onClick={() => move(items, i, i - 1)}>↑ {t("org_move_up")}</button>}
                  {i < items.length - 1 && <button type="button" class="secondary" disabled={action.busy} onClick={() => move(items, i, i + 1)}>↓ {t("org_move_down")}</button>}
                </div>
              </li>
            ))}
          </ol>
        );
      }}</Shown>
      <Problem problem={action.problem} />
    </Section>
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
