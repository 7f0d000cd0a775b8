import { useState } from "preact/hooks";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction, useForm } from "../form.js";
import { rupiah, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";
import { MeetingCard } from "./meeting-card.js";

/** The investor's home: the competitions whose finalists they may meet (published ones only). */
export function InvestorHome({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [mine, reload] = useLoad(async () => loadedOf(await answer(api.GET("/investing/competitions"))), [api]);
  return (
    <Section title={t("inv_competitions")}>
      <Shown loaded={mine} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("inv_competitions_none")}</p> : (
        <ul class="cards">
          {data.items.map((c) => <li key={c.competitionId} class="card"><a href={hrefOf({ page: "investing", competitionId: c.competitionId })}><strong>{c.title[lang]}</strong></a></li>)}
        </ul>
      ))}</Shown>
    </Section>
  );
}

/** One competition: its finalists in their places, and the investor's meetings with them. */
export function InvestorCompetition({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const path = { params: { path: { competitionId } } };
  const [finalists, reload] = useLoad(async () => loadedOf(await answer(api.GET("/investing/competitions/{competitionId}/finalists", path))), [api, competitionId]);
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Section title={t("inv_finalists")}>
        <Shown loaded={finalists} retry={reload}>{(data) => (
          <ol class="cards">
            {data.items.map((f) => (
              <li key={f.submissionId} class="card">
                <a href={hrefOf({ page: "finalist", competitionId, submissionId: f.submissionId })}><strong>{t("inv_place", { place: f.place })}: {f.businessName}</strong></a>
                <span>{f.title}</span>
                {f.capitalAskIdr !== undefined && <span>{t("judge_pitch_ask")}: {rupiah(f.capitalAskIdr)}</span>}
                {f.interest?.interested && <span class="done">{t("inv_interest")}</span>}
              </li>
            ))}
          </ol>
        )}</Shown>
      </Section>
      <Meetings api={api} competitionId={competitionId} />
    </>
  );
}

function Meetings({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const [meetings, reload] = useLoad(async () => loadedOf(await answer(api.GET("/investing/competitions/{competitionId}/meetings", { params: { path: { competitionId } } }))), [api, competitionId]);
  const { problem, busy, run } = useAction();
  const reply = async (submissionId: string, slotId: string, choice: "accepted" | "declined") => {
    await run(() => answer(api.POST("/investing/competitions/{competitionId}/meetings/{submissionId}/answer", { params: { path: { competitionId, submissionId } }, body: { answer: choice, slotId } })));
    reload();
  };
  const download = async () => {
    const calendar = await run(() => answer(api.GET("/investing/competitions/{competitionId}/calendar", { params: { path: { competitionId } }, parseAs: "blob" })));
    if (calendar) saveFile(calendar as Blob, "demo-day.ics");
  };
  return (
    <Section title={t("inv_meetings")}>
      <Shown loaded={meetings} retry={reload}>{(data) => (
        <>
          {data.meetings.length === 0 ? <p>{t("inv_meetings_none")}</p> : (
            <ul class="cards">
              {data.meetings.map((m) => (
                <MeetingCard key={m.submissionId} who={m.businessName} meeting={m} busy={busy} reply={(choice) => void reply(m.submissionId, m.slotId, choice)}
                  contact={m.contact && [m.contact.ownerName, m.contact.phone, m.contact.email].filter(Boolean).join(", ")} />
              ))}
            </ul>
          )}
          <Problem problem={problem} />
          <button type="button" class="secondary" disabled={busy} onClick={() => void download()}>{t("calendar_download")}</button>
        </>
      )}</Shown>
    </Section>
  );
}

/** One finalist's pitch, the deck for a few minutes, and the investor's own interest and note. */
export function FinalistPage({ api, competitionId, submissionId }: { api: Api; competitionId: string; submissionId: string }) {
  const { t } = useText();
  const ids = { competitionId, submissionId };
  const [finalist, reload] = useLoad(async () => loadedOf(await answer(api.GET("/investing/competitions/{competitionId}/finalists/{submissionId}", { params: { path: ids } }))), [api, competitionId, submissionId]);
  return (
    <>
      <p><a href={hrefOf({ page: "investing", competitionId })}>← {t("back")}</a></p>
      <Shown loaded={finalist} retry={reload}>{(f) => (
        <Section title={`${t("inv_place", { place: f.place })}: ${f.businessName}`}>
          <h3>{f.title}</h3>
          {f.summary && <p>{f.summary}</p>}
          {f.problem && <><h3>{t("judge_pitch_problem")}</h3><p>{f.problem}</p></>}
          {f.traction && <><h3>{t("judge_pitch_traction")}</h3><p>{f.traction}</p></>}
          <p>{t("judge_pitch_revenue")}: {f.revenueLast12MonthsIdr === undefined ? "—" : rupiah(f.revenueLast12MonthsIdr)} · {t("judge_pitch_ask")}: {f.capitalAskIdr === undefined ? "—" : rupiah(f.capitalAskIdr)}</p>
          {f.useOfFunds && <ul>{f.useOfFunds.map((u) => <li key={u.item}>{u.item}: {rupiah(u.amountIdr)}</li>)}</ul>}
          {f.pitchDeck && <p><a href={f.pitchDeck.downloadUrl} rel="noopener noreferrer" target="_blank">{t("judge_pitch_deck")}</a></p>}
          <Interest api={api} ids={ids} interested={f.interest?.interested ?? false} note={f.interest?.note ?? ""} />
        </Section>
      )}</Shown>
    </>
  );
}

function Interest({ api, ids, interested, note }: { api: Api; ids: { competitionId: string; submissionId: string }; interested: boolean; note: string }) {
  const { t } = useText();
  const form = useForm(`interest.${ids.submissionId}`, { interested, note });
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = { interested: form.values.interested, ...(form.values.note.trim() ? { note: form.values.note } : {}) };
    setSaved(Boolean(await form.run(() => answer(api.PUT("/investing/competitions/{competitionId}/finalists/{submissionId}/interest", { params: { path: ids }, body })))));
  };
  return (
    <form onSubmit={submit}>
      <div class="field check">
        <input id="interest" type="checkbox" checked={form.values.interested} onChange={(e) => form.set("interested", e.currentTarget.checked)} />
        <label for="interest">{t("inv_interest")}</label>
      </div>
      <Field id="interest-note" label={t("inv_note")} error={form.errorOf("note")}><textarea rows={3} value={form.values.note} onInput={(e) => form.set("note", e.currentTarget.value)} /></Field>
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("inv_save")}</button>
      {saved && <p class="done" role="status">{t("inv_saved")}</p>}
    </form>
  );
}
