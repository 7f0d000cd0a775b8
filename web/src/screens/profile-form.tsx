import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { loadedOf } from "../loaded.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import { useText } from "../i18n.js";
import { dropDraft } from "../session.js";
import { Loading, Offline, Problem, Refused, Section, useLoad } from "../ui.js";
import { Field } from "./fields.js";

type Values = Record<string, string | boolean>;

const fields = [
  ["ownerName", "text"], ["businessName", "text"], ["nib", "numeric"], ["products", "text"], ["foundedYear", "numeric"],
  ["employees", "numeric"], ["annualRevenueIdr", "numeric"], ["capitalNeedIdr", "numeric"], ["phone", "tel"], ["email", "email"],
] as const;

const number = (value: string | boolean | undefined) => Number(String(value ?? "").replace(/\D/g, ""));

function bodyOf(values: Values) {
  const text = (name: string) => String(values[name] ?? "").trim();
  return {
    ownerName: text("ownerName"), businessName: text("businessName"), nib: text("nib"), sector: text("sector"), regencyCode: text("regencyCode"),
    products: text("products").split(",").map((p) => p.trim()).filter(Boolean), foundedYear: number(values.foundedYear), employees: number(values.employees),
    annualRevenueIdr: number(values.annualRevenueIdr), capitalNeedIdr: number(values.capitalNeedIdr), phone: text("phone"),
    ...(text("email") ? { email: text("email") } : {}), consent: values.consent === true,
  };
}

/** The first visit: the business profile, with the regencies and clusters the API knows; a draft survives a reload. */
export function ProfileForm({ api, onSaved }: { api: Api; onSaved: () => void }) {
  const { t, lang } = useText();
  const { values, set, run, problem, busy, errorOf } = useForm<Values>("profile", {});
  const [reference, retry] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await run(() => answer(api.POST("/me/profile", { body: bodyOf(values) as never })))) {
      dropDraft("profile");
      onSaved();
    }
  };
  if (reference.state === "loading") return <Loading />;
  if (reference.state === "unreachable") return <Offline retry={retry} />;
  if (reference.state === "refused") return <Refused error={reference.error} />;
  const { regencies, sectors } = reference.data;
  const field = (name: string, input: preact.JSX.Element) => <Field key={name} id={name} label={fieldName([name], lang)} error={errorOf(name)}>{input}</Field>;
  const described = (name: string) => (errorOf(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <Section title={t("profile_title")}>
      <p>{t("profile_intro")}</p>
      <form onSubmit={submit} noValidate>
        {field("sector", (
          <select value={String(values.sector ?? "")} onChange={(e) => set("sector", e.currentTarget.value)}>
            <option value="">{t("choose")}</option>
            {sectors.map((s) => <option value={s.code} key={s.code}>{s[lang]}</option>)}
          </select>
        ))}
        {field("regencyCode", (
          <select value={String(values.regencyCode ?? "")} onChange={(e) => set("regencyCode", e.currentTarget.value)}>
            <option value="">{t("choose")}</option>
            {regencies.map((r) => <option value={r.code} key={r.code}>{r.name}</option>)}
          </select>
        ))}
        {fields.map(([name, kind]) => field(name, (
          <input type={kind === "numeric" ? "text" : kind} inputMode={kind === "numeric" ? "numeric" : undefined} autoComplete={name === "phone" ? "tel" : name === "email" ? "email" : "off"}
            value={String(values[name] ?? "")} onInput={(e) => set(name, e.currentTarget.value)} placeholder={name === "products" ? t("profile_products_hint") : undefined} />
        )))}
        <div class="field check">
          <input id="consent" type="checkbox" checked={values.consent === true} onChange={(e) => set("consent", e.currentTarget.checked)} {...described("consent")} />
          <label for="consent">{t("profile_consent")}</label>
          {errorOf("consent") && <p class="field-error" id="consent-error">{errorOf("consent")}</p>}
        </div>
        <Problem problem={problem} />
        <button type="submit" disabled={busy}>{t("profile_save")}</button>
      </form>
    </Section>
  );
}
