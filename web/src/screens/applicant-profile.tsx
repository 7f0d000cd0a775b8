import { useState } from "preact/hooks";
import { regencies, sectors, type RegencyCode, type Sector } from "../../../shared/domain/reference.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import { answer, type Api } from "../api.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { Shown, useLoad } from "../ui.js";

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
  return (
    <Shown loaded={profile} retry={retry}>{(p) => {
      const rows: [string, string][] = [
        [fieldName(["nib"], lang), p.nib],
        [fieldName(["sector"], lang), sectors[p.sector as Sector][lang]],
        [fieldName(["regencyCode"], lang), regencies[p.regencyCode as RegencyCode]],
        [fieldName(["products"], lang), p.products.join(", ")],
        [fieldName(["foundedYear"], lang), String(p.foundedYear)],
        [fieldName(["employees"], lang), String(p.employees)],
        [fieldName(["annualRevenueIdr"], lang), money(p.annualRevenueIdr)],
        [fieldName(["capitalNeedIdr"], lang), money(p.capitalNeedIdr)],
        [t("org_size_class"), t(`org_size_${p.sizeClass}`)],
        [fieldName(["phone"], lang), p.phone],
        ...(p.email ? [[fieldName(["email"], lang), p.email] as [string, string]] : []),
      ];
      return <dl class="profile">{rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}</dl>;
    }}</Shown>
  );
}
