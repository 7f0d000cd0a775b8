import { zoneOfRegency } from "../../../shared/domain/time.js";
import { answer, type Api } from "../api.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { competitionParts, hrefOf, type CompetitionPart } from "../router.js";
import { Shown, useLoad } from "../ui.js";
import { CompetitionJudging } from "./organiser-competition-judging.js";
import { CompetitionRanking } from "./organiser-competition-ranking.js";
import { CompetitionSetup } from "./organiser-competition-setup.js";
import { OrganiserDemoDay, OrganiserMeetings } from "./organiser-demo-day.js";
import "./organiser-competition.css";

const loadCompetition = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}", { params: { path: { competitionId } } }));
export type Competition = NonNullable<Awaited<ReturnType<typeof loadCompetition>>["data"]>;

/** One competition as its organisers run it, one part at a time, under its title and the parts' navigation. */
export function OrganiserCompetition({ api, competitionId, part }: { api: Api; competitionId: string; part: CompetitionPart }) {
  const { t, lang } = useText();
  const [competition, reload] = useLoad(async () => loadedOf(await loadCompetition(api, competitionId)), [api, competitionId]);
  return (
    <Shown loaded={competition} retry={reload}>{(c) => (
      <>
        <p><a href={hrefOf({ page: "class", classId: c.classId })}>← {t("comp_back_to_class")}</a></p>
        <h2>{c.title[lang]}</h2>
        <nav aria-label={t("comp_parts")}>
          <ul class="comp-parts">
            {competitionParts.map((p) => (
              <li key={p}><a href={hrefOf({ page: "competition", competitionId, part: p })} aria-current={p === part ? "page" : undefined}>{t(`comp_part_${p}`)}</a></li>
            ))}
          </ul>
        </nav>
        {part === "demo-day" ? <OrganiserDemoDay api={api} competitionId={competitionId} />
          : part === "meetings" ? <OrganiserMeetings api={api} competitionId={competitionId} />
          : <ZonedPart api={api} competition={c} part={part} changed={reload} />}
      </>
    )}</Shown>
  );
}

/** The parts that show times need the event's zone, which the class's regency decides. */
function ZonedPart({ api, competition, part, changed }: { api: Api; competition: Competition; part: "setup" | "judging" | "ranking"; changed: () => void }) {
  const [cls, reload] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}", { params: { path: { classId: competition.classId } } }))), [api, competition.classId]);
  return (
    <Shown loaded={cls} retry={reload}>{(c) => {
      const zone = zoneOfRegency(c.regencyCode);
      if (part === "judging") return <CompetitionJudging api={api} competition={competition} zone={zone} />;
      if (part === "ranking") return <CompetitionRanking api={api} competition={competition} zone={zone} />;
      return <CompetitionSetup api={api} competition={competition} zone={zone} changed={changed} />;
    }}</Shown>
  );
}
