import { useEffect, useState } from "preact/hooks";
import type { operations } from "../api-types.js";
import { answer, type Api } from "../api.js";
import { useAction } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { MorePages, Problem, Section, Shown, useLoad, usePages } from "../ui.js";
import "./organiser-class.css";

type ProgressExport = operations["getProgressExport"]["responses"]["2XX"]["content"]["application/json"];

/** The progress matrix, a page of seat holders at a time (what the attendance screen reads too). */
export function useMatrix(api: Api, classId: string) {
  return usePages((cursor) => answer(api.GET("/classes/{classId}/progress", { params: { path: { classId }, query: { limit: 50, cursor } } })), [api, classId]);
}

/** The class's progress: one card per participant with every module's status, and the CSV export. */
export function OrganiserProgress({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const [details] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}", { params: { path: { classId } } }))), [api, classId]);
  const matrix = useMatrix(api, classId);
  return (
    <>
      <p><a href={hrefOf({ page: "class", classId })}>← {t("back")}</a></p>
      <Section title={t("org_progress_title")}>
        {details.state === "ready" && <p class="muted">{details.data.title[lang]}</p>}
        <Shown loaded={matrix.pages} retry={matrix.reload}>{(pages) => {
          const modules = pages[0]?.modules ?? [];
          const rows = pages.flatMap((p) => p.rows);
          return rows.length === 0 ? <p>{t("org_seated_none")}</p> : (
            <ul class="cards">
              {rows.map((row) => (
                <li key={row.applicantId} class="card">
                  <h3>{row.ownerName}</h3>
                  <span class="muted">{row.businessName}</span>
                  <span class={row.complete ? "done" : ""}>{t(row.complete ? "org_progress_complete" : "org_progress_percent", { percent: row.percent })}</span>
                  <ol class="matrix">
                    {modules.map((m) => {
                      const status = row.statuses[m.moduleId];
                      return (
                        <li key={m.moduleId}>
                          <span>{m.title[lang]}</span>
                          <span class={`state ${status ?? ""}`}>{status ? t(`module_status_${status}`) : "–"}</span>
                        </li>
                      );
                    })}
                  </ol>
                </li>
              ))}
            </ul>
          );
        }}</Shown>
        <MorePages more={matrix.more} problem={matrix.problem} busy={matrix.busy} />
      </Section>
      <Export api={api} classId={classId} />
    </>
  );
}

/** Ask for the CSV, then look again until the job has written it, and offer the file. */
function Export({ api, classId }: { api: Api; classId: string }) {
  const { t } = useText();
  const action = useAction();
  const [exported, setExported] = useState<ProgressExport>();
  const request = async () => {
    const made = await action.run(() => answer(api.POST("/classes/{classId}/progress/exports", { params: { path: { classId } } })));
    if (made) setExported(made);
  };
  const check = async (exportId: string) => {
    const seen = await action.run(() => answer(api.GET("/classes/{classId}/progress/exports/{exportId}", { params: { path: { classId, exportId } } })));
    if (seen) setExported(seen);
  };
  // every answer is a new object, so a pending export is looked at again a moment after the last look;
  // a failed look stops here and offers to look again
  useEffect(() => {
    if (exported?.status !== "pending") return;
    const timer = setTimeout(() => void check(exported.exportId), 1500);
    return () => clearTimeout(timer);
  }, [exported]);
  return (
    <Section title={t("org_export_title")}>
      <p class="muted">{t("org_export_hint")}</p>
      {exported?.status === "pending" && <p role="status">{t("org_export_pending")}</p>}
      {exported?.status === "ready" && exported.downloadUrl && (
        <p><a href={exported.downloadUrl} download={`progress-${classId}.csv`}>{t("org_export_download", { rows: exported.rows ?? 0 })}</a></p>
      )}
      <Problem problem={action.problem} />
      <div class="actions">
        <button type="button" disabled={action.busy} onClick={request}>{t("org_export_request")}</button>
        {exported?.status === "pending" && action.problem && <button type="button" class="secondary" onClick={() => check(exported.exportId)}>{t("org_export_check")}</button>}
      </div>
    </Section>
  );
}
