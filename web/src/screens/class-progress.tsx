import { answer, type Api } from "../api.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Section, Shown, useLoad } from "../ui.js";

/** A seat holder's class: the modules in order with where each stands, the next step, and the certificate. */
export function ClassProgress({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const [progress, reload] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/progress/me", { params: { path: { classId } } }))), [api, classId]);
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Section title={t("progress_title")}>
        <Shown loaded={progress} retry={reload}>{(data) => (
          <>
            <p>
              <progress max={100} value={data.percent} aria-label={t("progress_title")} />{" "}
              {t("progress_percent", { done: data.requiredCompleted, total: data.requiredTotal, percent: data.percent })}
            </p>
            {data.certificate && (
              <p class="done">
                {t("certificate_earned")} <a href={hrefOf({ page: "certificate", certificateId: data.certificate.certificateId })}>{data.certificate.certificateId}</a>
              </p>
            )}
            <ol class="cards">
              {data.modules.map((m) => (
                <li key={m.moduleId} class={`card ${m.moduleId === data.next?.moduleId ? "next" : ""}`}>
                  {m.status === "locked"
                    ? <strong>{m.title[lang]}</strong>
                    : <a href={hrefOf({ page: "module", classId, moduleId: m.moduleId })}><strong>{m.title[lang]}</strong></a>}
                  <span>
                    {t(`module_status_${m.status}`)} · {t("module_minutes", { minutes: m.durationMinutes })}{m.required ? "" : ` · ${t("module_optional")}`}
                    {m.moduleId === data.next?.moduleId ? ` · ${t("progress_next")}` : ""}
                  </span>
                  {m.missingPrerequisites.length > 0 && <span class="muted">{t("module_locked", { modules: m.missingPrerequisites.map((p) => p.title[lang]).join(", ") })}</span>}
                </li>
              ))}
            </ol>
          </>
        )}</Shown>
      </Section>
      <Competitions api={api} classId={classId} />
    </>
  );
}

/** The class's pitch competitions, each to the applicant's own page of it. */
function Competitions({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const [competitions, reload] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/competitions", { params: { path: { classId } } }))), [api, classId]);
  return (
    <Section title={t("competitions_title")}>
      <Shown loaded={competitions} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("competitions_none")}</p> : (
        <ul class="cards">
          {data.items.map((c) => <li key={c.competitionId} class="card"><a href={hrefOf({ page: "competition", competitionId: c.competitionId })}><strong>{c.title[lang]}</strong></a></li>)}
        </ul>
      ))}</Shown>
    </Section>
  );
}
