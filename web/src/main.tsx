import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Lang } from "../../shared/i18n/messages.js";
import { screenText } from "../../shared/i18n/screens.js";
import { apiClient, type Api } from "./api.js";
import { resumeCognito, signOutOfCognito } from "./cognito.js";
import { apiUrlOf, loadConfig } from "./config.js";
import { LangContext } from "./i18n.js";
import { loadLang, loadSession, saveLang, saveSession, type Session } from "./session.js";
import { usePlace, type Place } from "./router.js";
import { ApplicantHome } from "./screens/applicant-home.js";
import { CertificatePage } from "./screens/certificate.js";
import { ClassProgress } from "./screens/class-progress.js";
import { CompetitionPage } from "./screens/finalist.js";
import { FinalistPage, InvestorCompetition, InvestorHome } from "./screens/investor.js";
import { JudgeCompetition, JudgeHome } from "./screens/judge.js";
import { ModulePage } from "./screens/module.js";
import { ReviewSheetPage } from "./screens/review-sheet.js";
import { OrganiserClass } from "./screens/organiser-class.js";
import { OrganiserCompetition } from "./screens/organiser-competition.js";
import { OrganiserHome } from "./screens/organiser-home.js";
import { OrganiserModule } from "./screens/organiser-module.js";
import { OrganiserProgress } from "./screens/organiser-progress.js";
import { SignIn } from "./screens/sign-in.js";
import { Shown, useLoad } from "./ui.js";
import "./app.css";

/** The applicant's pages: home, a class, a module. */
function Applicant({ api, place }: { api: Api; place: Place }) {
  if (place.page === "class") return <ClassProgress api={api} classId={place.classId} />;
  if (place.page === "module") return <ModulePage api={api} classId={place.classId} moduleId={place.moduleId} />;
  if (place.page === "competition") return <CompetitionPage api={api} competitionId={place.competitionId} />;
  return <ApplicantHome api={api} />;
}

/** The organiser's pages: every class; one class, its modules and its progress; one competition in parts. */
function Organiser({ api, place }: { api: Api; place: Place }) {
  if (place.page === "class") return <OrganiserClass key={place.classId} api={api} classId={place.classId} />;
  if (place.page === "module") return <OrganiserModule key={place.moduleId} api={api} classId={place.classId} moduleId={place.moduleId} />;
  if (place.page === "progress") return <OrganiserProgress api={api} classId={place.classId} />;
  if (place.page === "competition") return <OrganiserCompetition key={place.competitionId} api={api} competitionId={place.competitionId} part={place.part ?? "setup"} />;
  return <OrganiserHome api={api} />;
}

/** The judge's pages: their competitions, one competition, one review sheet. */
function Judge({ api, place }: { api: Api; place: Place }) {
  if (place.page === "judging") return <JudgeCompetition api={api} competitionId={place.competitionId} />;
  if (place.page === "review") return <ReviewSheetPage api={api} competitionId={place.competitionId} submissionId={place.submissionId} />;
  return <JudgeHome api={api} />;
}

/** The investor's pages: their competitions, one competition's finalists and meetings, one finalist. */
function Investor({ api, place }: { api: Api; place: Place }) {
  if (place.page === "investing") return <InvestorCompetition api={api} competitionId={place.competitionId} />;
  if (place.page === "finalist") return <FinalistPage api={api} competitionId={place.competitionId} submissionId={place.submissionId} />;
  return <InvestorHome api={api} />;
}

/** Each role's pages; someone with several roles gets the first of organiser, judge, investor, applicant. */
function Home({ api, place, groups, missing }: { api: Api; place: Place; groups: string[]; missing: string }) {
  if (groups.includes("admin")) return <Organiser api={api} place={place} />;
  if (groups.includes("judge")) return <Judge api={api} place={place} />;
  if (groups.includes("investor")) return <Investor api={api} place={place} />;
  if (groups.includes("applicant")) return <Applicant api={api} place={place} />;
  return <p>{missing}</p>;
}

function App() {
  const place = usePlace();
  const [config, retryConfig] = useLoad(async () => ({ state: "ready" as const, data: await loadConfig() }), []);
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [lang, setLang] = useState<Lang>(loadLang);
  const ready = config.state === "ready" ? config.data : undefined;
  const api = useMemo(() => apiClient(ready ? apiUrlOf(ready) : location.origin, session?.token, lang), [ready, session, lang]);
  const t = (key: Parameters<typeof screenText>[0]) => screenText(key, lang);
  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
  };
  useEffect(() => {
    if (ready?.signIn === "cognito") void resumeCognito(ready, signIn).then(signIn);
  }, [ready]);
  const signOut = () => {
    signIn(undefined);
    if (ready?.signIn === "cognito") void signOutOfCognito(ready);
  };
  const switchLang = () => {
    const next = lang === "id" ? "en" : "id";
    saveLang(next);
    document.documentElement.lang = next;
    setLang(next);
  };
  return (
    <LangContext.Provider value={lang}>
      <header>
        <h1>{t("app_name")}</h1>
        <nav>
          <button type="button" class="link" onClick={switchLang} lang={lang === "id" ? "en" : "id"}>{t("language_switch")}</button>
          {session && <button type="button" class="link" onClick={signOut}>{t("sign_out")}</button>}
        </nav>
      </header>
      <main>
        <Shown loaded={config} retry={retryConfig}>{(data) => (place.page === "certificate" ? <CertificatePage api={api} certificateId={place.certificateId} /> : (
          <>
            {!session && <SignIn config={data} onSignedIn={signIn} />}
            {session && <Home api={api} place={place} groups={session.groups} missing={t("role_missing")} />}
          </>
        ))}</Shown>
      </main>
    </LangContext.Provider>
  );
}

document.documentElement.lang = loadLang();
render(<App />, document.getElementById("app")!);
