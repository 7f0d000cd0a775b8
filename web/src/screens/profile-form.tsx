import { useState } from "preact/hooks";
import { nibRiskLevels, productPermits, type CurationReadiness } from "../../../shared/domain/curation.js";
import { eKatalogs, marketReaches, type SizeClass, type SizeRule } from "../../../shared/domain/profile.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import type { operations } from "../api-types.js";
import { answer, type Api } from "../api.js";
import { changesOf, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { Loading, Offline, Problem, Refused, Section, useLoad } from "../ui.js";
import { Field } from "./fields.js";

type Values = Record<string, string | boolean>;
/** The profile as the API answers it. */
export type Profile = operations["getProfile"]["responses"]["2XX"]["content"]["application/json"];

const fields = [
  ["ownerName", "text"], ["businessName", "text"], ["nib", "numeric"], ["products", "text"], ["foundedYear", "numeric"],
  ["employees", "numeric"], ["annualRevenueIdr", "numeric"], ["capitalNeedIdr", "numeric"], ["phone", "tel"], ["email", "email"],
] as const;

const number = (value: string | boolean | undefined) => Number(String(value ?? "").replace(/\D/g, ""));

/** The permits and market part: every field optional, so it is left out of the body when left empty. */
function extendedBodyOf(values: Values) {
  const text = (name: string) => String(values[name] ?? "").trim();
  const permits = Object.fromEntries(productPermits.filter((p) => text(`${p}Number`)).map((p) => [p, { number: text(`${p}Number`), ...(text(`${p}ExpiresOn`) ? { expiresOn: text(`${p}ExpiresOn`) } : {}) }]));
  if (text("nibRisk")) Object.assign(permits, { nibRisk: text("nibRisk") });
  if (values.nonHalal === true) Object.assign(permits, { nonHalal: true });
  const reach = marketReaches.filter((r) => values[`reach_${r}`] === true);
  const exportCountries = text("exportCountries").toUpperCase().split(/[\s,]+/).filter(Boolean);
  const market = { reach, ...(exportCountries.length ? { exportCountries } : {}), ...(text("eKatalog") ? { eKatalog: text("eKatalog") } : {}), marketplace: values.marketplace === true, chamberShowcase: values.chamberShowcase === true };
  const anyMarket = reach.length > 0 || exportCountries.length > 0 || market.eKatalog || market.marketplace || market.chamberShowcase;
  return {
    ...(text("kbli") ? { kbli: text("kbli") } : {}),
    ...(text("businessCapitalIdr") ? { businessCapitalIdr: number(values.businessCapitalIdr) } : {}),
    ...(Object.keys(permits).length ? { permits } : {}),
    ...(anyMarket ? { market } : {}),
  };
}

function bodyOf(values: Values) {
  const text = (name: string) => String(values[name] ?? "").trim();
  return {
    ownerName: text("ownerName"), businessName: text("businessName"), nib: text("nib"), sector: text("sector"), regencyCode: text("regencyCode"),
    products: text("products").split(",").map((p) => p.trim()).filter(Boolean), foundedYear: number(values.foundedYear), employees: number(values.employees),
    annualRevenueIdr: number(values.annualRevenueIdr), capitalNeedIdr: number(values.capitalNeedIdr), phone: text("phone"),
    ...(text("email") ? { email: text("email") } : {}), ...extendedBodyOf(values),
  };
}

/** A saved profile as the form's values, so editing starts from what is stored. */
function valuesOf(p: Profile): Values {
  const permits = p.permits ?? {};
  return {
    ownerName: p.ownerName, businessName: p.businessName, nib: p.nib, sector: p.sector, regencyCode: p.regencyCode, products: p.products.join(", "),
    foundedYear: String(p.foundedYear), employees: String(p.employees), annualRevenueIdr: String(p.annualRevenueIdr), capitalNeedIdr: String(p.capitalNeedIdr),
    phone: p.phone, email: p.email ?? "", kbli: p.kbli ?? "", businessCapitalIdr: p.businessCapitalIdr === undefined ? "" : String(p.businessCapitalIdr),
    nibRisk: permits.nibRisk ?? "", nonHalal: permits.nonHalal ?? false,
    ...Object.fromEntries(productPermits.flatMap((permit) => [[`${permit}Number`, permits[permit]?.number ?? ""], [`${permit}ExpiresOn`, permits[permit]?.expiresOn ?? ""]])),
    ...Object.fromEntries(marketReaches.map((r) => [`reach_${r}`, p.market?.reach.includes(r) ?? false])),
    exportCountries: p.market?.exportCountries?.join(", ") ?? "", eKatalog: p.market?.eKatalog ?? "",
    marketplace: p.market?.marketplace ?? false, chamberShowcase: p.market?.chamberShowcase ?? false, consent: true,
  };
}

/** The draft of a change to a saved profile: dropped when the change is saved or given up. */
export const editDraft = "profile-edit";

/**
 * The business profile: on the first visit (POST), or to change it later (PATCH of what changed only),
 * with the regencies, clusters and KBLI codes the API knows. Permits and market sit in a second part
 * that starts folded, so the first form stays short on a cheap phone; a draft survives a reload.
 */
export function ProfileForm({ api, saved, onSaved }: { api: Api; saved?: Profile; onSaved: () => void }) {
  const { t, lang } = useText();
  const draft = saved ? editDraft : "profile";
  const { values, set, run, problem, busy, errorOf } = useForm<Values>(draft, saved ? valuesOf(saved) : {});
  const [unchanged, setUnchanged] = useState(false);
  const [reference, retry] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const submit = async (event: Event) => {
    event.preventDefault();
    setUnchanged(false);
    if (saved) {
      const changes = changesOf(bodyOf(valuesOf(saved)), bodyOf(values));
      if (Object.keys(changes).length === 0) return setUnchanged(true);
      if (await run(() => answer(api.PATCH("/me/profile", { body: changes as never })))) {
        dropDraft(draft);
        onSaved();
      }
      return;
    }
    if (await run(() => answer(api.POST("/me/profile", { body: { ...bodyOf(values), consent: values.consent === true } as never })))) {
      dropDraft(draft);
      onSaved();
    }
  };
  if (reference.state === "loading") return <Loading />;
  if (reference.state === "unreachable") return <Offline retry={retry} />;
  if (reference.state === "refused") return <Refused error={reference.error} />;
  const { regencies, sectors, kbli } = reference.data;
  const field = (name: string, input: preact.JSX.Element, label = fieldName([name], lang), error = errorOf(name)) => <Field key={name} id={name} label={label} error={error}>{input}</Field>;
  const described = (name: string) => (errorOf(name) ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  const check = (name: string, label: string) => (
    <div class="field check" key={name}>
      <input id={name} type="checkbox" checked={values[name] === true} onChange={(e) => set(name, e.currentTarget.checked)} />
      <label for={name}>{label}</label>
    </div>
  );
  const textInput = (name: string, { numeric = false, placeholder }: { numeric?: boolean; placeholder?: string } = {}) => (
    <input type="text" inputMode={numeric ? "numeric" : undefined} autoComplete="off" placeholder={placeholder} value={String(values[name] ?? "")} onInput={(e) => set(name, e.currentTarget.value)} />
  );
  const cluster = String(values.sector ?? "");
  const kbliChoices = kbli.filter((k) => !cluster || k.cluster === cluster || k.code === values.kbli);
  const permitError = (permit: string, part: string) => errorOf(`permits.${permit}.${part}`);
  return (
    <Section title={saved ? t("profile_edit") : t("profile_title")}>
      {!saved && <p>{t("profile_intro")}</p>}
      <form onSubmit={submit} noValidate>
        {field("sector", (
          <select value={cluster} onChange={(e) => set("sector", e.currentTarget.value)}>
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
        <details class="profile-more" open={saved !== undefined}>
          <summary>{t("profile_more")}</summary>
          <p class="muted" id="kbli-hint">{t("profile_kbli_hint")}</p>
          {field("kbli", (
            <select value={String(values.kbli ?? "")} onChange={(e) => set("kbli", e.currentTarget.value)} aria-describedby="kbli-hint">
              <option value="">{t("profile_kbli_none")}</option>
              {sectors.filter((s) => kbliChoices.some((k) => k.cluster === s.code)).map((s) => (
                <optgroup label={s[lang]} key={s.code}>
                  {kbliChoices.filter((k) => k.cluster === s.code).map((k) => <option value={k.code} key={k.code}>{k.code} — {k[lang]}</option>)}
                </optgroup>
              ))}
            </select>
          ))}
          {field("businessCapitalIdr", textInput("businessCapitalIdr", { numeric: true, placeholder: t("profile_capital_hint") }))}
          <fieldset>
            <legend>{t("profile_permits")}</legend>
            {field("nibRisk", (
              <select value={String(values.nibRisk ?? "")} onChange={(e) => set("nibRisk", e.currentTarget.value)}>
                <option value="">{t("choose")}</option>
                {nibRiskLevels.map((level) => <option value={level} key={level}>{t(`profile_risk_${level}`)}</option>)}
              </select>
            ), fieldName(["nibRisk"], lang), errorOf("permits.nibRisk"))}
            {check("nonHalal", t("profile_non_halal"))}
            {productPermits.map((permit) => {
              const name = fieldName([permit], lang);
              return (
                <div key={permit}>
                  {field(`${permit}Number`, textInput(`${permit}Number`), t("profile_permit_number", { permit: name }), permitError(permit, "number"))}
                  {field(`${permit}ExpiresOn`, <input type="date" value={String(values[`${permit}ExpiresOn`] ?? "")} onInput={(e) => set(`${permit}ExpiresOn`, e.currentTarget.value)} />,
                    t("profile_permit_expires", { permit: name }), permitError(permit, "expiresOn"))}
                </div>
              );
            })}
          </fieldset>
          <fieldset>
            <legend>{t("profile_market")}</legend>
            <p class="muted">{t("profile_reach")}</p>
            {marketReaches.map((r) => check(`reach_${r}`, t(`profile_reach_${r}`)))}
            {errorOf("market.reach") && <p class="field-error" role="alert">{errorOf("market.reach")}</p>}
            {(values.reach_export === true || String(values.exportCountries ?? "") !== "") && field("exportCountries",
              textInput("exportCountries", { placeholder: t("profile_countries_hint") }), fieldName(["exportCountries"], lang), errorOf("market.exportCountries"))}
            {field("eKatalog", (
              <select value={String(values.eKatalog ?? "")} onChange={(e) => set("eKatalog", e.currentTarget.value)}>
                <option value="">{t("profile_ekatalog_none")}</option>
                {eKatalogs.map((k) => <option value={k} key={k}>{t(`profile_ekatalog_${k}`)}</option>)}
              </select>
            ))}
            {check("marketplace", fieldName(["marketplace"], lang))}
            {check("chamberShowcase", fieldName(["chamberShowcase"], lang))}
          </fieldset>
        </details>
        {!saved && (
          <div class="field check">
            <input id="consent" type="checkbox" checked={values.consent === true} onChange={(e) => set("consent", e.currentTarget.checked)} {...described("consent")} />
            <label for="consent">{t("profile_consent")}</label>
            {errorOf("consent") && <p class="field-error" id="consent-error">{errorOf("consent")}</p>}
          </div>
        )}
        <Problem problem={problem} />
        {unchanged && <p role="status">{t("profile_no_changes")}</p>}
        <button type="submit" disabled={busy}>{saved ? t("profile_save_changes") : t("profile_save")}</button>
      </form>
    </Section>
  );
}

/** Where the business stands: its size class with the rule that placed it, and what a curator still needs. */
export function ProfileStanding({ profile }: { profile: Pick<Profile, "sizeClass" | "sizeRule" | "curation"> }) {
  const { t } = useText();
  return (
    <dl class="profile">
      <div><dt>{t("profile_size_label")}</dt><dd>{profile.sizeRule ? <SizeRuleLine sizeClass={profile.sizeClass} rule={profile.sizeRule} /> : t(`profile_size_${profile.sizeClass}`)}</dd></div>
      {profile.curation && <div><dt>{t("profile_curation_label")}</dt><dd><CurationLine curation={profile.curation} /></dd></div>}
    </dl>
  );
}

function SizeRuleLine({ sizeClass, rule }: { sizeClass: SizeClass; rule: SizeRule }) {
  const { t, money } = useText();
  const params = { class: t(`profile_size_${sizeClass}`), criterion: t(`profile_criterion_${rule.criterion}`), amount: money(rule.amountIdr), above: money(rule.aboveIdr), paragraph: rule.paragraph };
  if (rule.upToIdr === undefined) return <>{t("profile_size_above", params)}</>;
  return <>{t(rule.aboveIdr === 0 ? "profile_size_up_to" : "profile_size_between", { ...params, limit: money(rule.upToIdr) })}</>;
}

function CurationLine({ curation }: { curation: CurationReadiness }) {
  const { t } = useText();
  if (curation.ready) return <>{t("profile_curation_ready")}</>;
  return <>{t("profile_curation_missing", { missing: curation.missing.map((need) => t(`profile_need_${need}`)).join(", ") })}</>;
}
