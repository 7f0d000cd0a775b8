import { fieldName } from "../../../shared/i18n/fields.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";

/** A wall-clock time typed in Kupang's zone (WITA, UTC+8) as the API's ISO time. */
const wita = (local: string) => (local ? `${local}:00+08:00` : "");

/** The organiser's home: every class, and a new one. */
export function OrganiserHome({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [classes, reload] = useLoad(async () => loadedOf(await answer(api.GET("/admin/classes", { params: { query: { limit: 50 } } }))), [api]);
  return (
    <>
      <Section title={t("org_classes_title")}>
        <Shown loaded={classes} retry={reload}>{(data) => (
          <ul class="cards">
            {data.items.map((c) => (
              <li key={c.classId} class="card">
                <a href={hrefOf({ page: "class", classId: c.classId })}><strong>{c.title[lang]}</strong></a>
                <span>{t("class_starts")}: {day(c.startsOn, lang)}</span>
                <span>{t("org_seats", { enrolled: c.enrolled, capacity: c.capacity, waiting: c.waiting })}</span>
              </li>
            ))}
          </ul>
        )}</Shown>
      </Section>
      <NewClass api={api} created={reload} />
    </>
  );
}

function NewClass({ api, created }: { api: Api; created: () => void }) {
  const { t, lang } = useText();
  const empty = { titleId: "", titleEn: "", descriptionId: "", descriptionEn: "", regencyCode: "53.71", capacity: "30", opens: "", closes: "", startsOn: "", waitlist: true };
  const form = useForm("new-class", empty);
  const { values, set } = form;
  const [reference] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      title: { id: values.titleId, en: values.titleEn }, description: { id: values.descriptionId, en: values.descriptionEn }, regencyCode: values.regencyCode,
      capacity: Number(values.capacity), enrolmentOpensAt: wita(values.opens), enrolmentClosesAt: wita(values.closes), startsOn: values.startsOn, waitlistEnabled: values.waitlist,
    };
    if (await form.run(() => answer(api.POST("/classes", { body: body as never })))) {
      dropDraft("new-class");
      form.reset(empty);
      created();
    }
  };
  return (
    <Section title={t("org_new_class")}>
      <form onSubmit={submit} noValidate>
        <Field id="class-title-id" label={t("org_title_id")} error={form.errorOf("title.id")}><input value={values.titleId} onInput={(e) => set("titleId", e.currentTarget.value)} /></Field>
        <Field id="class-title-en" label={t("org_title_en")} error={form.errorOf("title.en")}><input value={values.titleEn} onInput={(e) => set("titleEn", e.currentTarget.value)} /></Field>
        <Field id="class-description-id" label={t("org_description_id")} error={form.errorOf("description.id")}><textarea rows={3} value={values.descriptionId} onInput={(e) => set("descriptionId", e.currentTarget.value)} /></Field>
        <Field id="class-description-en" label={t("org_description_en")} error={form.errorOf("description.en")}><textarea rows={3} value={values.descriptionEn} onInput={(e) => set("descriptionEn", e.currentTarget.value)} /></Field>
        <Field id="class-regency" label={fieldName(["regencyCode"], lang)} error={form.errorOf("regencyCode")}>
          <select value={values.regencyCode} onChange={(e) => set("regencyCode", e.currentTarget.value)}>
            {reference.state === "ready" && reference.data.regencies.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
          </select>
        </Field>
        <Field id="class-capacity" label={t("org_capacity")} error={form.errorOf("capacity")}><input inputMode="numeric" value={values.capacity} onInput={(e) => set("capacity", e.currentTarget.value)} /></Field>
        <Field id="class-opens" label={t("org_opens")} error={form.errorOf("enrolmentOpensAt")}><input type="datetime-local" value={values.opens} onInput={(e) => set("opens", e.currentTarget.value)} /></Field>
        <Field id="class-closes" label={t("org_closes")} error={form.errorOf("enrolmentClosesAt")}><input type="datetime-local" value={values.closes} onInput={(e) => set("closes", e.currentTarget.value)} /></Field>
        <Field id="class-starts" label={t("org_starts")} error={form.errorOf("startsOn")}><input type="date" value={values.startsOn} onInput={(e) => set("startsOn", e.currentTarget.value)} /></Field>
        <div class="field check">
          <input id="class-waitlist" type="checkbox" checked={values.waitlist} onChange={(e) => set("waitlist", e.currentTarget.checked)} />
          <label for="class-waitlist">{t("org_waitlist")}</label>
        </div>
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("org_create_class")}</button>
      </form>
    </Section>
  );
}
