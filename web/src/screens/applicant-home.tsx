import { useState } from "preact/hooks";
import { answer, type Api } from "../api.js";
import { useAction } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Loading, Offline, Problem, Refused, Section, Shown, useLoad } from "../ui.js";
import { dropDraft } from "../session.js";
import { editDraft, ProfileForm, ProfileStanding } from "./profile-form.js";

/**
 * The applicant's home: the profile first (with where the business stands, and a way to change it
 * later); then the open classes to enrol in, and their own classes.
 */
export function ApplicantHome({ api }: { api: Api }) {
  const { t } = useText();
  const [profile, reload] = useLoad(async () => loadedOf(await answer(api.GET("/me/profile"))), [api]);
  const [editing, setEditing] = useState(false);
  const [changed, setChanged] = useState(false);
  if (profile.state === "loading") return <Loading />;
  if (profile.state === "unreachable") return <Offline retry={reload} />;
  if (profile.state === "refused") return profile.status === 404 ? <ProfileForm api={api} onSaved={reload} /> : <Refused error={profile.error} />;
  const saved = () => {
    setEditing(false);
    setChanged(true);
    reload();
  };
  return (
    <>
      <p class="who">{t("profile_saved_as")} <strong>{profile.data.ownerName}</strong> — {profile.data.businessName}</p>
      <ProfileStanding profile={profile.data} />
      {changed && !editing && <p role="status">{t("profile_changes_saved")}</p>}
      <button type="button" class="secondary" aria-expanded={editing} onClick={() => { if (editing) dropDraft(editDraft); setEditing(!editing); setChanged(false); }}>{t(editing ? "profile_edit_cancel" : "profile_edit")}</button>
      {editing ? <ProfileForm api={api} saved={profile.data} onSaved={saved} /> : <Classes api={api} />}
    </>
  );
}

function Classes({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [classes, reloadClasses] = useLoad(async () => loadedOf(await answer(api.GET("/classes", { params: { query: { limit: 20 } } }))), [api]);
  const [mine, reloadMine] = useLoad(async () => loadedOf(await answer(api.GET("/me/enrolments", { params: { query: { limit: 20 } } }))), [api]);
  const { problem, run } = useAction();
  const enrol = async (classId: string) => {
    await run(() => answer(api.POST("/classes/{classId}/enrolments", { params: { path: { classId } } })));
    reloadMine();
    reloadClasses();
  };
  const enrolledIn = new Set(mine.state === "ready" ? mine.data.items.filter((e) => e.status !== "withdrawn").map((e) => e.classId) : []);
  return (
    <>
      <Section title={t("my_classes_title")}>
        <Shown loaded={mine} retry={reloadMine}>{(data) => (data.items.length === 0 ? <p>{t("my_classes_none")}</p> : (
          <ul class="cards">
            {data.items.map((e) => (
              <li key={e.classId} class="card">
                {e.status === "enrolled" ? <a href={hrefOf({ page: "class", classId: e.classId })}><strong>{e.classTitle[lang]}</strong></a> : <strong>{e.classTitle[lang]}</strong>}
                {e.status === "waitlisted" ? <WaitlistPlace api={api} classId={e.classId} /> : <span class={`status ${e.status}`}>{t(`status_${e.status}`)}</span>}
              </li>
            ))}
          </ul>
        ))}</Shown>
      </Section>
      <Section title={t("classes_title")}>
        <Problem problem={problem} />
        <Shown loaded={classes} retry={reloadClasses}>{(data) => (data.items.length === 0 ? <p>{t("classes_none")}</p> : (
          <ul class="cards">
            {data.items.map((c) => (
              <li key={c.classId} class="card">
                <strong>{c.title[lang]}</strong>
                <span>{t("class_starts")}: {day(c.startsOn, lang)}</span>
                <span>{t("class_seats_left")}: {c.seatsLeft}{c.waiting ? ` · ${t("class_waiting")}: ${c.waiting}` : ""}</span>
                {!enrolledIn.has(c.classId) && (c.enrolmentOpen
                  ? <button type="button" onClick={() => void enrol(c.classId)}>{t("class_enrol")}</button>
                  : <span class="muted">{t("class_enrolment_closed")}</span>)}
              </li>
            ))}
          </ul>
        ))}</Shown>
      </Section>
    </>
  );
}

/** A waitlisted class's place in line: the list of one's classes leaves it out (each would cost a count of the queue). */
function WaitlistPlace({ api, classId }: { api: Api; classId: string }) {
  const { t } = useText();
  const [mine] = useLoad(async () => loadedOf(await answer(api.GET("/classes/{classId}/enrolments/me", { params: { path: { classId } } }))), [api, classId]);
  const position = mine.state === "ready" ? mine.data.position : undefined;
  return <span class="status waitlisted">{position ? t("status_waitlisted", { position }) : t("class_waiting")}</span>;
}
