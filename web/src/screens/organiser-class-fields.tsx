import { fieldName } from "../../../shared/i18n/fields.js";
import { zoneNames, zoneOfRegency } from "../../../shared/domain/time.js";
import type { operations } from "../api-types.js";
import { answer, type Api } from "../api.js";
import type { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { useLoad } from "../ui.js";
import { utcOf, wallClockOf } from "../zoned.js";
import { Field } from "./fields.js";

// A class's fields as organisers type them: the same for a new class (organiser-home) and a change (organiser-class).

export type Class = operations["getClass"]["responses"]["2XX"]["content"]["application/json"];
type RegencyCode = operations["createClass"]["requestBody"]["content"]["application/json"]["regencyCode"];

export const blankClass = {
  titleId: "", titleEn: "", descriptionId: "", descriptionEn: "", regencyCode: "53.71", capacity: "30", opens: "", closes: "", startsOn: "", waitlist: true,
};
export type ClassValues = typeof blankClass;

/** The form of a stored class; enrolment times as the wall clock of the class's zone. */
export function classValuesOf(c: Class): ClassValues {
  const zone = zoneOfRegency(c.regencyCode);
  return {
    titleId: c.title.id, titleEn: c.title.en, descriptionId: c.description.id, descriptionEn: c.description.en, regencyCode: c.regencyCode,
    capacity: String(c.capacity), opens: wallClockOf(c.enrolmentOpensAt, zone), closes: wallClockOf(c.enrolmentClosesAt, zone), startsOn: c.startsOn, waitlist: c.waitlistEnabled,
  };
}

/** What the API takes for a class (POST /classes, and each field of PATCH). */
export function classBodyOf(v: ClassValues) {
  const zone = zoneOfRegency(v.regencyCode);
  return {
    title: { id: v.titleId, en: v.titleEn }, description: { id: v.descriptionId, en: v.descriptionEn },
    // a code from /reference's list; the API names it if not
    regencyCode: v.regencyCode as RegencyCode,
    capacity: Number(v.capacity), enrolmentOpensAt: utcOf(v.opens, zone), enrolmentClosesAt: utcOf(v.closes, zone), startsOn: v.startsOn, waitlistEnabled: v.waitlist,
  };
}

type ClassForm = ReturnType<typeof useForm<ClassValues>>;

/** The inputs of a class form; enrolment opens and closes in the zone of the class's regency. */
export function ClassFields({ api, form }: { api: Api; form: ClassForm }) {
  const { t, lang } = useText();
  const { values, set } = form;
  const { errorOf } = form;
  const [reference] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const zone = zoneNames[zoneOfRegency(values.regencyCode)];
  return (
    <>
      <Field id="class-title-id" label={t("org_title_id")} error={errorOf("title.id")}><input value={values.titleId} onInput={(e) => set("titleId", e.currentTarget.value)} /></Field>
      <Field id="class-title-en" label={t("org_title_en")} error={errorOf("title.en")}><input value={values.titleEn} onInput={(e) => set("titleEn", e.currentTarget.value)} /></Field>
      <Field id="class-description-id" label={t("org_description_id")} error={errorOf("description.id")}><textarea rows={3} value={values.descriptionId} onInput={(e) => set("descriptionId", e.currentTarget.value)} /></Field>
      <Field id="class-description-en" label={t("org_description_en")} error={errorOf("description.en")}><textarea rows={3} value={values.descriptionEn} onInput={(e) => set("descriptionEn", e.currentTarget.value)} /></Field>
      <Field id="class-regency" label={fieldName(["regencyCode"], lang)} error={errorOf("regencyCode")}>
        <select value={values.regencyCode} onChange={(e) => set("regencyCode", e.currentTarget.value)}>
          {reference.state === "ready" && reference.data.regencies.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
        </select>
      </Field>
      <Field id="class-capacity" label={t("org_capacity")} error={errorOf("capacity")}><input inputMode="numeric" value={values.capacity} onInput={(e) => set("capacity", e.currentTarget.value)} /></Field>
      <Field id="class-opens" label={t("org_opens", { zone })} error={errorOf("enrolmentOpensAt")}><input type="datetime-local" value={values.opens} onInput={(e) => set("opens", e.currentTarget.value)} /></Field>
      <Field id="class-closes" label={t("org_closes", { zone })} error={errorOf("enrolmentClosesAt")}><input type="datetime-local" value={values.closes} onInput={(e) => set("closes", e.currentTarget.value)} /></Field>
      <Field id="class-starts" label={t("org_starts")} error={errorOf("startsOn")}><input type="date" value={values.startsOn} onInput={(e) => set("startsOn", e.currentTarget.value)} /></Field>
      <div class="field check">
        <input id="class-waitlist" type="checkbox" checked={values.waitlist} onChange={(e) => set("waitlist", e.currentTarget.checked)} />
        <label for="class-waitlist">{t("org_waitlist")}</label>
      </div>
    </>
  );
}
