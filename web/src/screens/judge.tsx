import { answer, type Api } from "../api.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Section, Shown, useLoad } from "../ui.js";

/** The judge's home: the competitions they were invited to. */
export function JudgeHome({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [mine, reload] = useLoad(async () => loadedOf(await answer(api.GET("/judging/competitions"))), [api]);
  return (
    <Section title={t("judge_competitions")}>
      <Shown loaded={mine} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("judge_competitions_none")}</p> : (
        <ul class="cards">
          {data.items.map((c) => (
            <li key={c.competitionId} class="card">
              {c.status === "invited"
                ? <a href={hrefOf({ page: "judging", competitionId: c.competitionId })}><strong>{c.title[lang]}</strong></a>
                : <span><strong>{c.title[lang]}</strong> · {t("judge_withdrawn")}</span>}
            </li>
          ))}
        </ul>
      ))}</Shown>
    </Section>
  );
}

/** One competition: the pitches assigned to the judge, and how far each review is. */
export function JudgeCompetition({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t, lang } = useText();
  const [judging, reload] = useLoad(async () => loadedOf(await answer(api.GET("/judging/competitions/{competitionId}", { params: { path: { competitionId } } }))), [api, competitionId]);
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Shown loaded={judging} retry={reload}>{(data) => (
        <Section title={data.competition.title[lang]}>
          <h3>{t("judge_assignments")}</h3>
          {data.assignments.length === 0 ? <p>{t("judge_assignments_none")}</p> : (
            <ul class="cards">
              {data.assignments.map((a) => (
                <li key={a.submissionId} class="card">
                  <a href={hrefOf({ page: "review", competitionId, submissionId: a.submissionId })}><strong>{a.title ?? a.submissionId.slice(0, 8)}</strong></a>
                  <span>{t(`review_status_${a.status}`)}{a.total === undefined ? "" : ` · ${a.total.toFixed(1)}`}</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}</Shown>
    </>
  );
}
