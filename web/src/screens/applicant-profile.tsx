import { useState } from "preact/hooks";
import { productPermits } from "../../../shared/domain/curation.js";
import { regencies, sectors, type RegencyCode, type Sector } from "../../../shared/domain/reference.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import { answer, type Api } from "../api.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { Shown, useLoad } from "../ui.js";
import { ProfileStanding } from "./profile-form.js";

/** A roster card's business profile, opened on demand: the organisers call, visit and vouch for these people. */
export function ApplicantProfile({ api, applicantId }: { api: Api; applicantId: string }) {
  const { t } = useText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>{t(open ? "org_profile_close" : "org_profile_open")}</button>
      {open && <ProfileDetails api={api} applicantId={applicantId} />}
    </>
  );
}

function ProfileDetails({ api, applicantId }: { api: Api; applicantId: string }) {
  const { t, lang, money } = useText();
  const [profile, retry] = useLoad(async () => loadedOf(await answer(api.GET("/applicants/{applicantId}/profile", { params: { path: { applicantId } } }))), [api, applicantId]);
  // the KBLI names come with the reference lists; without them the code alone still says it
  const [reference] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const kbliName = (code: string) => (reference.state === "ready" ? reference.data.kbli.find((k) => k.code === code)?.[lang] : undefined);
  const yes = (value: boolean | undefined) => t(value ? "org_yes" : "org_no");
  return (
    <Shown loaded={profile} retry={retry}>{(p) => {
      const permits = productPermits.flatMap((permit) => {
        const held = p.permits?.[permit];
        return held ? [[fieldName([permit], lang), held.expiresOn ? `${held.number} · ${fieldName(["expiresOn"], lang)} ${day(held.expiresOn, lang)}` : held.number] as [string, string]] : [];
      });
      const market = p.market;
      const rows: [string, string][] = [
        [fieldName(["nib"], lang), p.nib],
        ...(p.permits?.nibRisk ? [[fieldName(["nibRisk"], lang), t(`profile_risk_${p.permits.nibRisk}`)] as [string, string]] : []),
        [fieldName(["sector"], lang), sectors[p.sector as Sector][lang]],
        ...(p.cluster && p.cluster !== p.sector ? [[t("profile_cluster_label"), sectors[p.cluster][lang]] as [string, string]] : []),
        ...(p.kbli ? [[fieldName(["kbli"], lang), [p.kbli, kbliName(p.kbli)].filter(Boolean).join(" — ")] as [string, string]] : []),
        [fieldName(["regencyCode"], lang), regencies[p.regencyCode as RegencyCode]],
        [fieldName(["products"], lang), p.products.join(", ")],
        [fieldName(["foundedYear"], lang), String(p.foundedYear)],
        [fieldName(["employees"], lang), String(p.employees)],
        [fieldName(["annualRevenueIdr"], lang), money(p.annualRevenueIdr)],
        ...(p.businessCapitalIdr !== undefined ? [[fieldName(["businessCapitalIdr"], lang), money(p.businessCapitalIdr)] as [string, string]] : []),
        [fieldName(["capitalNeedIdr"], lang), money(p.capitalNeedIdr)],
        ...(permits.length ? permits : [[t("profile_permits"), t("org_profile_permits_none")] as [string, string]]),
        ...(market ? [
          [fieldName(["reach"], lang), market.reach.map((r) => t(`profile_reach_${r}`)).join(", ")] as [string, string],
          ...(market.exportCountries ? [[fieldName(["exportCountries"], lang), market.exportCountries.map((code) => countryName(code, lang)).join(", ")] as [string, string]] : []),
          [fieldName(["eKatalog"], lang), t(market.eKatalog ? `profile_ekatalog_${market.eKatalog}` : "profile_ekatalog_none")] as [string, string],
          [fieldName(["marketplace"], lang), yes(market.marketplace)] as [string, string],
          [fieldName(["chamberShowcase"], lang), yes(market.chamberShowcase)] as [string, string],
        ] : []),
        [fieldName(["phone"], lang), p.phone],
        ...(p.email ? [[fieldName(["email"], lang), p.email] as [string, string]] : []),
      ];
      return (
        <>
          <ProfileStanding profile={p} />
          <dl class="profile">{rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}</dl>
        </>
      );
    }}</Shown>
  );
}

/** A country's name in the reader's language, from the browser's own list (the code when it has none). */
const countryName = (code: string, lang: string) => new Intl.DisplayNames([lang === "id" ? "id-ID" : "en-GB"], { type: "region" }).of(code) ?? code;
