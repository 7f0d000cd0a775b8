import { useState } from "preact/hooks";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";
import { FreeSlots, MeetingCard } from "./meeting-card.js";
import { DemoDaySlots } from "./organiser-demo-day.js";

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

/** One competition: its finalists in their places, the demo-day programme, and the investor's wish and meetings with them. */
export function InvestorCompetition({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t, money } = useText();
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
                {f.capitalAskIdr !== undefined && <span>{t("judge_pitch_ask")}: {money(f.capitalAskIdr)}</span>}
                {f.interest?.interested && <span class="done">{t("inv_interest")}</span>}
              </li>
            ))}
          </ol>
        )}</Shown>
      </Section>
      <Programme api={api} competitionId={competitionId} />
      <Meetings api={api} competitionId={competitionId} />
    </>
  );
}

const loadInvestorMeetings = (api: Api, competitionId: string) => answer(api.GET("/investing/competitions/{competitionId}/meetings", { params: { path: { competitionId } } }));
type InvestorMeetings = NonNullable<Awaited<ReturnType<typeof loadInvestorMeetings>>["data"]>;

function Meetings({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const [meetings, reload] = useLoad(async () => loadedOf(await loadInvestorMeetings(api, competitionId)), [api, competitionId]);
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
          <Wish api={api} competitionId={competitionId} meetings={data} saved={reload} />
          <h3>{t("inv_schedule")}</h3>
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

/** Demo day's programme as the investor reads it: who pitches when, in the event's zone, and where. */
function Programme({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const [programme, reload] = useLoad(async () => loadedOf(await answer(api.GET("/investing/competitions/{competitionId}/demo-day", { params: { path: { competitionId } } }))), [api, competitionId]);
  return (
    <Section title={t("inv_programme")}>
      <Shown loaded={programme} retry={reload}>{(day) => <DemoDaySlots day={day} />}</Shown>
    </Section>
  );
}

/** Whom the investor wants to meet, the most wanted first (moved with buttons, no dragging on a phone), and when they are free. */
function Wish({ api, competitionId, meetings, saved }: { api: Api; competitionId: string; meetings: InvestorMeetings; saved: () => void }) {
  const { t } = useText();
  const draft = `meeting-wish.${competitionId}`;
  const form = useForm(draft, { ranked: meetings.wish?.ranked ?? [], available: meetings.wish?.available ?? meetings.slots.map((s) => s.slotId) });
  const { values, set } = form;
  const [done, setDone] = useState(false);
  const named = new Map(meetings.finalists.map((f) => [f.submissionId, f]));
  const ranked = values.ranked.filter((id) => named.has(id));
  const others = meetings.finalists.filter((f) => !ranked.includes(f.submissionId));
  const move = (from: number, to: number) => {
    const next = [...ranked];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    set("ranked", next);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (await form.run(() => answer(api.PUT("/investing/competitions/{competitionId}/meetings/wish", { params: { path: { competitionId } }, body: { ranked, available: values.available } })))) {
      dropDraft(draft);
      setDone(true);
      saved();
    }
  };
  const who = (submissionId: string) => {
    const finalist = named.get(submissionId)!;
    return <span id={`wish-${submissionId}`}><strong>{finalist.businessName}</strong>{finalist.title ? ` · ${finalist.title}` : ""}</span>;
  };
  return (
    <form onSubmit={submit}>
      <h3>{t("inv_wish")}</h3>
      <p class="muted">{t("inv_wish_intro")}</p>
      {ranked.length === 0 ? <p>{t("inv_wish_none")}</p> : (
        <ol class="cards">
          {ranked.map((id, i) => (
            <li key={id} class="card">
              {who(id)}
              <div class="actions">
                {i > 0 && <button type="button" class="secondary" aria-describedby={`wish-${id}`} onClick={() => move(i, i - 1)}>{t("inv_wish_up")}</button>}
                {i < ranked.length - 1 && <button type="button" class="secondary" aria-describedby={`wish-${id}`} onClick={() => move(i, i + 1)}>{t("inv_wish_down")}</button>}
                <button type="button" class="secondary" aria-describedby={`wish-${id}`} onClick={() => set("ranked", ranked.filter((r) => r !== id))}>{t("inv_wish_remove")}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <h3>{t("inv_wish_others")}</h3>
          <ul class="cards">
            {others.map((f) => (
              <li key={f.submissionId} class="card">
                {who(f.submissionId)}
                <button type="button" class="secondary" aria-describedby={`wish-${f.submissionId}`} onClick={() => set("ranked", [...ranked, f.submissionId])}>{t("inv_wish_add")}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FreeSlots legend={t("dd_free_times")} slots={meetings.slots} chosen={values.available} choose={(chosen) => set("available", chosen)} error={form.errorOf("available")} />
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("inv_wish_save")}</button>
      {done && <p class="done" role="status">{t("inv_saved")}</p>}
    </form>
  );
}

/** One finalist's pitch, the deck for a few minutes, and the investor's own interest and note. */
export function FinalistPage({ api, competitionId, submissionId }: { api: Api; competitionId: string; submissionId: string }) {
  const { t, money } = useText();
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
          <p>{t("judge_pitch_revenue")}: {f.revenueLast12MonthsIdr === undefined ? "—" : money(f.revenueLast12MonthsIdr)} · {t("judge_pitch_ask")}: {f.capitalAskIdr === undefined ? "—" : money(f.capitalAskIdr)}</p>
          {f.useOfFunds && <ul>{f.useOfFunds.map((u) => <li key={u.item}>{u.item}: {money(u.amountIdr)}</li>)}</ul>}
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
