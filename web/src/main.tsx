import { render, type JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Lang } from "../../shared/i18n/messages.js";
import { screenText } from "../../shared/i18n/screens.js";
import { apiClient, Unreachable, type Api } from "./api.js";
import { resumeCognito, signOutOfCognito } from "./cognito.js";
import { apiUrlOf, loadConfig } from "./config.js";
import { LangContext } from "./i18n.js";
import { loadLang, loadSession, saveLang, saveSession, type Session } from "./session.js";
import { usePlace, type Place } from "./router.js";
import { CertificatePage } from "./screens/certificate.js";
import { SignIn } from "./screens/sign-in.js";
import { Shown, useLoad } from "./ui.js";
import "./app.css";

type RolePages = (props: { api: Api; place: Place }) => JSX.Element;

/** Each role's screens, loaded when someone with the role signs in; in this order, the first role a person has wins. */
const rolePages: [group: string, load: () => Promise<{ Pages: RolePages }>][] = [
  ["admin", () => import("./roles/organiser.js")],
  ["judge", () => import("./roles/judge.js")],
  ["investor", () => import("./roles/investor.js")],
  ["applicant", () => import("./roles/applicant.js")],
];

function Home({ api, place, groups, missing }: { api: Api; place: Place; groups: string[]; missing: string }) {
  const role = rolePages.find(([group]) => groups.includes(group));
  const [pages, retry] = useLoad(async () => {
    if (!role) return { state: "ready" as const, data: undefined };
    // a chunk that does not arrive is a dropped connection like any other: say so, offer to try again
    const { Pages } = await role[1]().catch(() => { throw new Unreachable(); });
    return { state: "ready" as const, data: Pages };
  }, [role?.[0]]);
  return <Shown loaded={pages} retry={retry}>{(Pages) => (Pages ? <Pages api={api} place={place} /> : <p>{missing}</p>)}</Shown>;
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
