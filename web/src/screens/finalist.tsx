import { useState } from "preact/hooks";
import { translate } from "../../../shared/i18n/messages.js";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { Problem, Section, useLoad } from "../ui.js";
import { Field } from "./fields.js";
import { FreeSlots, MeetingCard } from "./meeting-card.js";
import { loadMyPitch, PitchPart } from "./pitch.js";

/**
 * An applicant's page of a competition: the pitch (written, with its deck, and submitted before the
 * deadline), then the published result with the judges' comments; for a finalist, the demo-day slot
 * (confirm or ask to swap), the free times and meetings with investors (accept or decline), and the
 * calendar file. A part not planned yet is simply not shown.
 */
export function CompetitionPage({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t, lang } = useText();
  const path = { params: { path: { competitionId } } };
  const [pitch, reloadPitch] = useLoad(async () => loadedOf(await loadMyPitch(api, competitionId)), [api, competitionId]);
  const [slot, reloadSlot] = useLoad(async () => loadedOf(await answer(api.GET("/competitions/{competitionId}/demo-day/me", path))), [api, competitionId]);
  const [meetings, reloadMeetings] = useLoad(async () => loadedOf(await answer(api.GET("/competitions/{competitionId}/meetings/me", path))), [api, competitionId]);
  const action = useAction();
  const download = async () => {
    const calendar = await action.run(() => answer(api.GET("/competitions/{competitionId}/calendar/me", { ...path, parseAs: "blob" })));
    if (calendar) saveFile(calendar as Blob, "demo-day.ics");
  };
  const reply = async (investorId: string, slotId: string, choice: "accepted" | "declined") => {
    await action.run(() => answer(api.POST("/competitions/{competitionId}/meetings/me/{investorId}/answer", { params: { path: { competitionId, investorId } }, body: { answer: choice, slotId } })));
    reloadMeetings();
  };
  return (
    <>
      <PitchPart api={api} competitionId={competitionId} pitch={pitch} retry={reloadPitch} />
      {pitch.state === "ready" && (
        <Section title={t("result_title")}>
          <p>{pitch.data.result ? t("result_line", { outcome: translate(`outcome_${pitch.data.result.outcome}`, lang), place: pitch.data.result.place ?? "—" }) : t("result_pending")}</p>
          {pitch.data.comments && pitch.data.comments.length > 0 && <><h3>{t("result_comments")}</h3><ul>{pitch.data.comments.map((c, i) => <li key={i}>{c}</li>)}</ul></>}
        </Section>
      )}
      {slot.state === "ready" && <Slot api={api} competitionId={competitionId} mine={slot.data.mine} place={slot.data.place ?? slot.data.onlineUrl} changed={reloadSlot} />}
      {meetings.state === "ready" && (
        <Section title={t("finalist_meetings")}>
          <FreeTimes api={api} competitionId={competitionId} slots={meetings.data.slots} available={meetings.data.available} changed={reloadMeetings} />
          {meetings.data.meetings.length === 0 ? <p>{t("inv_meetings_none")}</p> : (
            <ul class="cards">
              {meetings.data.meetings.map((m) => (
                <MeetingCard key={m.investorId} who={`${m.investorName} (${m.organisation})`} meeting={m} busy={action.busy} reply={(choice) => void reply(m.investorId, m.slotId, choice)}
                  contact={m.contact && `${m.contact.name}, ${m.contact.email}`} />
              ))}
            </ul>
          )}
        </Section>
      )}
      <Problem problem={action.problem} />
      {(slot.state === "ready" || meetings.state === "ready") && <button type="button" class="secondary" disabled={action.busy} onClick={() => void download()}>{t("calendar_download")}</button>}
    </>
  );
}

type MySlot = { slot: number; local: { id: string; en: string }; status: "assigned" | "confirmed" | "swap_requested"; swapReason?: string | undefined };

function Slot({ api, competitionId, mine, place, changed }: { api: Api; competitionId: string; mine: MySlot; place: string | undefined; changed: () => void }) {
  const { t, lang } = useText();
  const form = useForm(`swap.${competitionId}`, { reason: "" });
  const path = { params: { path: { competitionId } } };
  const confirm = async () => { if (await form.run(() => answer(api.POST("/competitions/{competitionId}/demo-day/me/confirm", path)))) changed(); };
  const swap = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/competitions/{competitionId}/demo-day/me/swap-request", { ...path, body: { reason: form.values.reason } })))) changed();
  };
  return (
    <Section title={t("slot_title")}>
      <p>{t("slot_line", { slot: mine.slot, when: mine.local[lang] })}{place ? ` · ${place}` : ""}</p>
      <p class={`status ${mine.status}`}>{t(`slot_status_${mine.status}`)}</p>
      {mine.status !== "confirmed" && <button type="button" disabled={form.busy} onClick={() => void confirm()}>{t("slot_confirm")}</button>}
      {mine.status === "assigned" && (
        <form onSubmit={swap}>
          <Field id="swap-reason" label={t("slot_swap_reason")} error={form.errorOf("reason")}><textarea rows={2} value={form.values.reason} onInput={(e) => form.set("reason", e.currentTarget.value)} /></Field>
          <button type="submit" class="secondary" disabled={form.busy}>{t("slot_swap")}</button>
        </form>
      )}
      <Problem problem={form.problem} />
    </Section>
  );
}

/** The slots a finalist is free for investor meetings; until they say, every slot counts as free. */
function FreeTimes({ api, competitionId, slots, available, changed }: { api: Api; competitionId: string; slots: { slotId: string; local: { id: string; en: string } }[]; available: string[] | null; changed: () => void }) {
  const { t } = useText();
  const draft = `meeting-times.${competitionId}`;
  const form = useForm(draft, { available: available ?? slots.map((s) => s.slotId) });
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    if (await form.run(() => answer(api.PUT("/competitions/{competitionId}/meetings/me/times", { params: { path: { competitionId } }, body: form.values })))) {
      dropDraft(draft);
      setSaved(true);
      changed();
    }
  };
  return (
    <form onSubmit={submit}>
      <FreeSlots legend={t("dd_free_times")} slots={slots} chosen={form.values.available} choose={(chosen) => form.set("available", chosen)} error={form.errorOf("available")} />
      {available === null && <p class="muted">{t("dd_free_times_unsaid")}</p>}
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("dd_free_times_save")}</button>
      {saved && <p class="done" role="status">{t("dd_saved")}</p>}
    </form>
  );
}
