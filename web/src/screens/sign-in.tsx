import { useState } from "preact/hooks";
import { signInWithCognito } from "../cognito.js";
import type { WebConfig } from "../config.js";
import { useText } from "../i18n.js";
import type { Session } from "../session.js";
import { Loading, Offline, Section, useLoad } from "../ui.js";
import { Unreachable } from "../api.js";

interface Option {
  label: string;
  username: string;
  groups: string[];
  token: string;
}

/** On AWS the user pool's own pages (sign-in and sign-up); locally the demo users, whose tokens the local issuer minted. */
export function SignIn({ config, onSignedIn }: { config: WebConfig; onSignedIn: (session: Session) => void }) {
  const { t } = useText();
  return (
    <Section title={t("sign_in_title")}>
      {config.signIn === "cognito" ? <CognitoSignIn config={config} /> : <DemoUsers onSignedIn={onSignedIn} />}
    </Section>
  );
}

function CognitoSignIn({ config }: { config: Extract<WebConfig, { signIn: "cognito" }> }) {
  const { t } = useText();
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const go = () => {
    setLeaving(true);
    setFailed(false);
    // the library loads and the pool's address is looked up first: on a dropped connection, say so
    signInWithCognito(config).catch(() => {
      setLeaving(false);
      setFailed(true);
    });
  };
  return (
    <>
      <p>{t("sign_in_account")}</p>
      {failed && <Offline retry={go} />}
      <button type="button" onClick={go} disabled={leaving}>{t("sign_in_button")}</button>
    </>
  );
}

function DemoUsers({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useText();
  const [options, retry] = useLoad(async () => {
    const response = await fetch("/_local/sign-in").catch(() => { throw new Unreachable(); });
    const users = response.ok ? ((await response.json()) as { users: Option[] }).users : [];
    return { state: "ready" as const, data: users };
  }, []);
  if (options.state === "loading") return <Loading />;
  if (options.state === "unreachable") return <Offline retry={retry} />;
  if (options.state !== "ready" || options.data.length === 0) return <p>{t("sign_in_none")}</p>;
  return (
    <>
      <p>{t("sign_in_demo")}</p>
      <ul class="choices">
        {options.data.map((user) => (
          <li key={user.username}>
            <button type="button" onClick={() => onSignedIn({ token: user.token, username: user.username, groups: user.groups })}>{user.label}</button>
          </li>
        ))}
      </ul>
    </>
  );
}
