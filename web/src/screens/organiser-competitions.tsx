import { localTime, zoneOfRegency, type IndonesianZone } from "../../../shared/domain/time.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { blankCompetition, bodyOf, CompetitionFields } from "./organiser-competition-form.js";
import "./organiser-competition.css";

/** A class's pitch competitions, each opening its own page, and a new one; times in the zone of the class's regency. */
export function ClassCompetitions({ api, classId }: { api: Api; classId: string }) {
  const { t, lang } = useText();
  const path = { params: { path: { classId } } };
  const [cls, reloadClass] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}", path))), [api, classId]);
  const [competitions, reload] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/competitions", path))), [api, classId]);
  return (
    <Shown loaded={cls} retry={reloadClass}>{(c) => {
      const zone = zoneOfRegency(c.regencyCode);
      return (
        <>
          <Section title={t("comp_list")}>
            <Shown loaded={competitions} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("comp_list_none")}</p> : (
              <ul class="cards">
                {data.items.map((competition) => (
                  <li key={competition.competitionId} class="card">
                    <a href={hrefOf({ page: "competition", competitionId: competition.competitionId })}><strong>{competition.title[lang]}</strong></a>
                    <span>{t(`comp_phase_${competition.phase}`)}</span>
                    <span class="muted">{t("comp_deadline_line", { when: localTime(competition.submissionDeadline, zone)[lang] })}</span>
                  </li>
                ))}
              </ul>
            ))}</Shown>
          </Section>
          <NewCompetition api={api} classId={classId} zone={zone} created={reload} />
        </>
      );
    }}</Shown>
  );
}

function NewCompetition({ api, classId, zone, created }: { api: Api; classId: string; zone: IndonesianZone; created: () => void }) {
  const { t } = useText();
  const draft = `competition.new.${classId}`;
  const form = useForm(draft, blankCompetition);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/classes/{classId}/competitions", { params: { path: { classId } }, body: bodyOf(form.values, zone) })))) {
      dropDraft(draft);
      form.reset(blankCompetition);
      created();
    }
  };
  return (
    <Section title={t("comp_new")}>
      <form onSubmit={submit} noValidate>
        <CompetitionFields form={form} zone={zone} prefix="new-competition" />
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("comp_create")}</button>
      </form>
    </Section>
  );
}
