import { answer, type Api } from "../api.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Section, Shown, useLoad } from "../ui.js";

/** The public verification page of a certificate: anyone with the link (a bank, a buyer) can check it. */
export function CertificatePage({ api, certificateId }: { api: Api; certificateId: string }) {
  const { t, lang } = useText();
  const [certificate, reload] = useLoad(async () => loadedOf(await answer(api.GET("/certificates/{certificateId}", { params: { path: { certificateId } } }))), [api, certificateId]);
  const link = `${location.origin}/${hrefOf({ page: "certificate", certificateId })}`;
  return (
    <Section title={t("certificate_title")}>
      <Shown loaded={certificate} retry={reload}>{(data) => (
        <>
          <p class="done">{t("certificate_valid", { name: data.participantName, business: data.businessName, class: data.classTitle[lang], date: day(data.completedOn, lang) })}</p>
          <p><label for="certificate-link">{t("certificate_share")}</label></p>
          <input id="certificate-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </>
      )}</Shown>
    </Section>
  );
}
