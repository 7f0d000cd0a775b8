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

/** Locally, the demo users and their tokens (the local issuer minted them); on AWS the user pool's page. */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useText();
  const [options, retry] = useLoad(async () => {
    const response = await fetch("/_local/sign-in").catch(() => { throw new Unreachable(); });
    const users = response.ok ? ((await response.json()) as { users: Option[] }).users : [];
    return { state: "ready" as const, data: users };
  }, []);
  return (
    <Section title={t("sign_in_title")}>
      {options.state === "loading" && <Loading />}
      {options.state === "unreachable" && <Offline retry={retry} />}
      {options.state === "ready" && (options.data.length === 0 ? <p>{t("sign_in_none")}</p> : (
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
      ))}
    </Section>
  );
}
