import { Fragment } from "preact";
import { useState } from "preact/hooks";
import { localTime } from "../../../shared/domain/time.js";
import type { ScreenKey } from "../../../shared/i18n/screens.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { MorePages, Problem, Section, Shown, useLoad } from "../ui.js";
import { isZone } from "../zoned.js";
import { moduleChangesOf, ModuleFields, moduleValuesOf, type Module } from "./module-fields.js";
import { useMatrix } from "./organiser-progress.js";

/** One module as organisers run it: what it is, for a session the attendance, and a change to it. */
export function OrganiserModule({ api, classId, moduleId }: { api: Api; classId: string; moduleId: string }) {
  const { t, lang } = useText();
  const [modules, reload] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/modules", { params: { path: { classId } } }))), [api, classId]);
  return (
    <>
      <p><a href={hrefOf({ page: "class", classId })}>← {t("back")}</a></p>
      <Shown loaded={modules} retry={reload}>{({ items }) => {
        const module = items.find((m) => m.moduleId === moduleId);
        if (!module) return <p class="problem" role="alert">{t("org_module_missing")}</p>;
        // another module's page is the same screen: its forms start again (key) rather than keep this one's values
        return (
          <Fragment key={module.moduleId}>
            <Section title={module.title[lang]}>
              <p class="muted">{t(`org_kind_${module.kind}`)} · {t(module.required ? "org_tag_required" : "org_tag_optional")}</p>
              {module.kind === "session" && (
                <>
                  {isZone(module.timeZone) && <p>{t("session_when")}: {localTime(module.startsAt, module.timeZone)[lang]}</p>}
                  {module.place && <p>{t("session_where")}: {module.place}</p>}
                  {module.onlineUrl && <p><a href={module.onlineUrl} rel="noopener noreferrer" target="_blank">{t("session_join")}</a></p>}
                </>
              )}
            </Section>
            {module.kind === "session" && <Attendance api={api} classId={classId} moduleId={moduleId} />}
            <ModuleEdit api={api} module={module} others={items.filter((m) => m.moduleId !== moduleId)} saved={reload} />
          </Fragment>
        );
      }}</Shown>
    </>
  );
}

/** A change to the module, of any kind: only what changed is sent (its kind never changes). */
function ModuleEdit({ api, module, others, saved }: { api: Api; module: Module; others: Module[]; saved: () => void }) {
  const { t } = useText();
  const draft = `module.${module.classId}.${module.moduleId}`;
  const form = useForm(draft, moduleValuesOf(module));
  const [note, setNote] = useState<ScreenKey>();
  const submit = async (event: Event) => {
    event.preventDefault();
    setNote(undefined);
    const changes = moduleChangesOf(form.values, module);
    if (Object.keys(changes).length === 0) return setNote("org_no_changes");
    const path = { classId: module.classId, moduleId: module.moduleId };
    // any field of any kind; the API checks the merged module against its kind
    const updated = await form.run(() => answer(api.PATCH("/classes/{classId}/modules/{moduleId}", { params: { path }, body: changes })));
    if (updated) {
      dropDraft(draft);
      form.reset(moduleValuesOf(updated));
      setNote("org_module_saved");
      saved();
    }
  };
  return (
    <Section title={t("org_edit_module")}>
      {module.kind === "quiz" && module.hasProgress && <p class="muted">{t("org_has_progress")}</p>}
      <form onSubmit={submit} noValidate>
        <ModuleFields form={form} others={others} />
        <Problem problem={form.problem} />
        {note && <p class="done" role="status">{t(note)}</p>}
        <button type="submit" disabled={form.busy}>{t("org_save_module")}</button>
      </form>
    </Section>
  );
}

/**
 * A session's attendance on one screen: every seat holder with a tick, saved in one request. The matrix
 * shows an attended session as completed (unless a prerequisite is still open), which gives the first ticks.
 */
function Attendance({ api, classId, moduleId }: { api: Api; classId: string; moduleId: string }) {
  const { t } = useText();
  const matrix = useMatrix(api, classId);
  const draft = `attendance.${moduleId}`;
  const form = useForm(draft, { marks: {} as Record<string, boolean> });
  const [recorded, setRecorded] = useState<{ recorded: number; notEnrolled: string[] }>();
  const rows = matrix.pages.state === "ready" ? matrix.pages.data.flatMap((p) => p.rows) : [];
  const present = (row: (typeof rows)[number]) => form.values.marks[row.applicantId] ?? row.statuses[moduleId] === "completed";
  const mark = (ids: string[], attended: boolean) => form.set("marks", { ...form.values.marks, ...Object.fromEntries(ids.map((id) => [id, attended])) });
  const submit = async (event: Event) => {
    event.preventDefault();
    setRecorded(undefined);
    const attended = rows.filter(present).map((r) => r.applicantId);
    // only an untick marks someone absent: an attendance the matrix cannot show (prerequisite open) is kept
    const absent = rows.filter((r) => form.values.marks[r.applicantId] === false).map((r) => r.applicantId);
    const result = await form.run(() => answer(api.POST("/classes/{classId}/modules/{moduleId}/attendance", { params: { path: { classId, moduleId } }, body: { attended, absent } })));
    if (result) {
      dropDraft(draft);
      setRecorded(result);
      matrix.reload();
    }
  };
  return (
    <Section title={t("org_attendance")}>
      <Shown loaded={matrix.pages} retry={matrix.reload}>{() => (rows.length === 0 ? <p>{t("org_seated_none")}</p> : (
        <form onSubmit={submit} noValidate>
          <fieldset>
            <legend>{t("org_attendance_who")}</legend>
            {rows.map((row) => (
              <label class="option" key={row.applicantId}>
                <input type="checkbox" checked={present(row)} onChange={(e) => mark([row.applicantId], e.currentTarget.checked)} />
                {row.ownerName} · {row.businessName}
              </label>
            ))}
          </fieldset>
          <button type="button" class="secondary" onClick={() => mark(rows.map((r) => r.applicantId), true)}>{t("org_attendance_all")}</button>
          <MorePages more={matrix.more} problem={matrix.problem} busy={matrix.busy} />
          <Problem problem={form.problem} />
          {recorded && (
            <p class="done" role="status">
              {t("org_attendance_saved", { recorded: recorded.recorded })}
              {recorded.notEnrolled.length > 0 && ` ${t("org_attendance_not_enrolled", { count: recorded.notEnrolled.length })}`}
            </p>
          )}
          <button type="submit" disabled={form.busy}>{t("org_attendance_save")}</button>
        </form>
      ))}</Shown>
    </Section>
  );
}
