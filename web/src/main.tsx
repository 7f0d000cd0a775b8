import { render } from "preact";
import { useMemo, useState } from "preact/hooks";
import type { Lang } from "../../shared/i18n/messages.js";
import { screenText } from "../../shared/i18n/screens.js";
import { apiClient } from "./api.js";
import { LangContext } from "./i18n.js";
import { loadLang, loadSession, saveLang, saveSession, type Session } from "./session.js";
import { ApplicantHome } from "./screens/applicant-home.js";
import { SignIn } from "./screens/sign-in.js";
import "./app.css";

function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  const [lang, setLang] = useState<Lang>(loadLang);
  const api = useMemo(() => apiClient(session?.token, lang), [session, lang]);
  const t = (key: Parameters<typeof screenText>[0]) => screenText(key, lang);
  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
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
          {session && <button type="button" class="link" onClick={() => signIn(undefined)}>{t("sign_out")}</button>}
        </nav>
      </header>
      <main>
        {!session && <SignIn onSignedIn={signIn} />}
        {session?.groups.includes("applicant") && <ApplicantHome api={api} />}
        {session && !session.groups.includes("applicant") && <p>{t("role_missing")}</p>}
      </main>
    </LangContext.Provider>
  );
}

document.documentElement.lang = loadLang();
render(<App />, document.getElementById("app")!);
