import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { blankClass, classBodyOf, ClassFields } from "./organiser-class-fields.js";

/** The organiser's home: the way to the cluster map, every class, and a new one. */
export function OrganiserHome({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [classes, reload] = useLoad(async () => loadedOf(await answer(api.GET("/admin/classes", { params: { query: { limit: 50 } } }))), [api]);
  return (
    <>
      <p class="card">
        <a href={hrefOf({ page: "clusterMap" })}><strong>{t("map_home_link")}</strong></a>
        <span class="muted">{t("map_home_hint")}</span>
      </p>
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
  const { t } = useText();
  const form = useForm("new-class", blankClass);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/classes", { body: classBodyOf(form.values) })))) {
      dropDraft("new-class");
      form.reset(blankClass);
      created();
    }
  };
  return (
    <Section title={t("org_new_class")}>
      <form onSubmit={submit} noValidate>
        <ClassFields api={api} form={form} />
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("org_create_class")}</button>
      </form>
    </Section>
  );
}
