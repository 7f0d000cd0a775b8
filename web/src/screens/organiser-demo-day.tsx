import { useEffect, useState } from "preact/hooks";
import { investorKinds } from "../../../shared/domain/investors.js";
import { localTime, zoneNames, type IndonesianZone } from "../../../shared/domain/time.js";
import { languages } from "../../../shared/i18n/messages.js";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { Loading, Offline, Problem, Refused, Section, Shown, useLoad, type Loaded } from "../ui.js";
import { zones } from "../zoned.js";
import { Field } from "./fields.js";
import { amountOf, MoneyField } from "./pitch.js";

// The organisers' demo day and investor meetings: each a plan they send whole, what the API made of it
// (the slots, the schedule), and who has said what. Times are typed and read in the event's zone.

/** A plan not made yet is no refusal here: the page offers to make it. */
const unplanned = <T,>(loaded: Loaded<T>, code: string) => loaded.state === "refused" && loaded.error.code === code;

const loadDemoDay = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/demo-day", { params: { path: { competitionId } } }));
type DemoDay = NonNullable<Awaited<ReturnType<typeof loadDemoDay>>["data"]>;

/** Demo day: its plan, the finalists' slots with their confirmations, swapping two slots, and the organisers' calendar. */
export function OrganiserDemoDay({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const [day, reload] = useLoad(async () => loadedOf(await loadDemoDay(api, competitionId)), [api, competitionId]);
  const planned = day.state === "ready" ? day.data : undefined;
  return (
    <>
      <Section title={t("dd_plan")}>
        {day.state === "loading" && <Loading />}
        {day.state === "unreachable" && <Offline retry={reload} />}
        {day.state === "refused" && !unplanned(day, "demo_day_not_found") && <Refused error={day.error} />}
        {(planned || unplanned(day, "demo_day_not_found")) && <DemoDayPlan api={api} competitionId={competitionId} day={planned} planned={reload} />}
      </Section>
      {planned && (
        <Section title={t("dd_slots")}>
          <DemoDaySlots day={planned} statuses />
          <Swap api={api} competitionId={competitionId} day={planned} swapped={reload} />
          <CompetitionCalendar api={api} competitionId={competitionId} />
        </Section>
      )}
    </>
  );
}

/** Demo day's slots in order: who pitches when (in the event's zone) and where; for organisers, who confirmed and who asked to swap. */
export function DemoDaySlots({ day, statuses = false }: { day: DemoDay; statuses?: boolean }) {
  const { t, lang } = useText();
  return (
    <>
      <p>
        {day.place && <>{t("dd_where", { place: day.place })} </>}
        {day.onlineUrl && <a href={day.onlineUrl} rel="noopener noreferrer" target="_blank">{t("dd_online_open")}</a>}
      </p>
      <p class="muted">{t("dd_slot_length", { pitch: day.pitchMinutes, qa: day.qaMinutes })}</p>
      <ol class="cards">
        {day.slots.map((slot) => {
          // a break after the last slot changes nothing, so it is not shown
          const pause = slot.slot < day.slots.length ? day.breaks.find((b) => b.afterSlot === slot.slot) : undefined;
          return (
            <li key={slot.submissionId} class="card">
              <strong>{t("dd_slot_line", { slot: slot.slot, business: slot.businessName })}</strong>
              <span>{slot.local[lang]}</span>
              {slot.title && <span>{slot.title}</span>}
              {statuses && <span class={`status ${slot.status}`}>{t(`dd_slot_status_${slot.status}`)}</span>}
              {statuses && slot.swapReason && <span class="muted">{t("dd_swap_reason_given", { reason: slot.swapReason })}</span>}
              {pause && <span class="muted">{t("dd_break_line", { minutes: pause.minutes })}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

type Break = { afterSlot: string; minutes: string };

/** The plan as it was saved fills the form, breaks too, so planning again keeps what was set before. */
function DemoDayPlan({ api, competitionId, day, planned }: { api: Api; competitionId: string; day: DemoDay | undefined; planned: () => void }) {
  const { t } = useText();
  const draft = `demo-day.${competitionId}`;
  const form = useForm(draft, {
    date: day?.date ?? "", startTime: day?.startTime ?? "09:00", timeZone: day?.timeZone ?? "Asia/Makassar",
    place: day?.place ?? "", onlineUrl: day?.onlineUrl ?? "", pitchMinutes: String(day?.pitchMinutes ?? 7), qaMinutes: String(day?.qaMinutes ?? 5),
    bufferMinutes: String(day?.bufferMinutes ?? 5), breaks: day?.breaks.map((b) => ({ afterSlot: String(b.afterSlot), minutes: String(b.minutes) })) ?? [] as Break[],
    order: day?.order ?? "rank", seed: day?.seed === undefined ? "" : String(day.seed),
  });
  const { values, set, errorOf } = form;
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const body = {
      date: values.date, startTime: values.startTime, timeZone: values.timeZone as IndonesianZone, order: values.order as "rank" | "random",
      pitchMinutes: Number(values.pitchMinutes), qaMinutes: Number(values.qaMinutes), bufferMinutes: Number(values.bufferMinutes),
      breaks: values.breaks.map((b) => ({ afterSlot: Number(b.afterSlot), minutes: Number(b.minutes) })),
      ...(values.place.trim() ? { place: values.place.trim() } : {}), ...(values.onlineUrl.trim() ? { onlineUrl: values.onlineUrl.trim() } : {}),
      ...(values.order === "random" && values.seed.trim() ? { seed: Number(values.seed) } : {}),
    };
    if (await form.run(() => answer(api.PUT("/competitions/{competitionId}/demo-day", { params: { path: { competitionId } }, body })))) {
      dropDraft(draft);
      setSaved(true);
      planned();
    }
  };
  const minutes = (name: "pitchMinutes" | "qaMinutes" | "bufferMinutes", key: "dd_pitch_minutes" | "dd_qa_minutes" | "dd_buffer_minutes") => (
    <Field id={`dd-${name}`} label={t(key)} error={errorOf(name)}><input type="number" inputMode="numeric" min={0} value={values[name]} onInput={(e) => set(name, e.currentTarget.value)} /></Field>
  );
  const setBreak = (i: number, change: Partial<Break>) => set("breaks", values.breaks.map((b, j) => (j === i ? { ...b, ...change } : b)));
  return (
    <form onSubmit={submit} noValidate>
      {!day && <p>{t("dd_plan_none")}</p>}
      <WhenFields prefix="dd" startLabel="dd_start" values={values} set={set} errorOf={errorOf} />
      <Field id="dd-place" label={t("dd_place")} error={errorOf("place")}><input type="text" value={values.place} onInput={(e) => set("place", e.currentTarget.value)} /></Field>
      <Field id="dd-online" label={t("dd_online")} error={errorOf("onlineUrl")}><input type="url" value={values.onlineUrl} onInput={(e) => set("onlineUrl", e.currentTarget.value)} /></Field>
      {minutes("pitchMinutes", "dd_pitch_minutes")}
      {minutes("qaMinutes", "dd_qa_minutes")}
      {minutes("bufferMinutes", "dd_buffer_minutes")}
      <fieldset>
        <legend>{t("dd_breaks")}</legend>
        {values.breaks.map((b, i) => (
          <div key={i} class="card">
            <Field id={`dd-break-after-${i}`} label={t("dd_break_after", { n: i + 1 })} error={errorOf(`breaks.${i}.afterSlot`)}>
              <input type="number" inputMode="numeric" min={1} value={b.afterSlot} onInput={(e) => setBreak(i, { afterSlot: e.currentTarget.value })} />
            </Field>
            <Field id={`dd-break-minutes-${i}`} label={t("dd_break_minutes", { n: i + 1 })} error={errorOf(`breaks.${i}.minutes`)}>
              <input type="number" inputMode="numeric" min={5} value={b.minutes} onInput={(e) => setBreak(i, { minutes: e.currentTarget.value })} />
            </Field>
            <button type="button" class="secondary" onClick={() => set("breaks", values.breaks.filter((_, j) => j !== i))}>{t("dd_break_remove", { n: i + 1 })}</button>
          </div>
        ))}
        {errorOf("breaks") && !values.breaks.some((_, i) => errorOf(`breaks.${i}`)) && <p class="field-error">{errorOf("breaks")}</p>}
        <button type="button" class="secondary" onClick={() => set("breaks", [...values.breaks, { afterSlot: "", minutes: "15" }])}>{t("dd_break_add")}</button>
      </fieldset>
      <Field id="dd-order" label={t("dd_order")} error={errorOf("order")}>
        <select value={values.order} onChange={(e) => set("order", e.currentTarget.value as "rank" | "random")}>
          <option value="rank">{t("dd_order_rank")}</option>
          <option value="random">{t("dd_order_random")}</option>
        </select>
      </Field>
      {values.order === "random" && <Field id="dd-seed" label={t("dd_seed")} error={errorOf("seed")}><input type="number" inputMode="numeric" min={0} value={values.seed} onInput={(e) => set("seed", e.currentTarget.value)} /></Field>}
      {day && <p class="muted">{t("dd_plan_again")}</p>}
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("dd_plan_save")}</button>
      {saved && <p class="done" role="status">{t("dd_saved")}</p>}
    </form>
  );
}

type When = { date: string; timeZone: string; startTime: string };

/** When a plan starts: the day, the event's zone, and the first time in that zone (demo day and meetings alike). */
function WhenFields({ prefix, startLabel, values, set, errorOf }: {
  prefix: string;
  startLabel: "dd_start" | "dd_meetings_start";
  values: When;
  set: (field: keyof When, value: string) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useText();
  return (
    <>
      <Field id={`${prefix}-date`} label={t("dd_date")} error={errorOf("date")}><input type="date" value={values.date} onInput={(e) => set("date", e.currentTarget.value)} /></Field>
      <Field id={`${prefix}-zone`} label={t("dd_zone")} error={errorOf("timeZone")}>
        <select value={values.timeZone} onChange={(e) => set("timeZone", e.currentTarget.value)}>
          {zones.map((zone) => <option key={zone} value={zone}>{zoneNames[zone]} ({zone})</option>)}
        </select>
      </Field>
      <Field id={`${prefix}-start`} label={t(startLabel, { zone: zoneNames[values.timeZone as IndonesianZone] ?? "" })} error={errorOf("startTime")}>
        <input type="time" value={values.startTime} onInput={(e) => set("startTime", e.currentTarget.value)} />
      </Field>
    </>
  );
}

/** Two finalists trade places; both confirm again, so the reason is theirs to read. */
function Swap({ api, competitionId, day, swapped }: { api: Api; competitionId: string; day: DemoDay; swapped: () => void }) {
  const { t } = useText();
  const draft = `demo-day-swap.${competitionId}`;
  const form = useForm(draft, { first: "", second: "", reason: "" });
  const { values, set, errorOf } = form;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/competitions/{competitionId}/demo-day/swaps", { params: { path: { competitionId } }, body: { submissionIds: [values.first, values.second], reason: values.reason } })))) {
      form.reset({ first: "", second: "", reason: "" });
      dropDraft(draft);
      swapped();
    }
  };
  const choice = (name: "first" | "second", label: string) => (
    <Field id={`swap-${name}`} label={label} error={errorOf("submissionIds")}>
      <select value={values[name]} onChange={(e) => set(name, e.currentTarget.value)}>
        <option value="">{t("choose")}</option>
        {day.slots.map((slot) => <option key={slot.submissionId} value={slot.submissionId}>{t("dd_slot_line", { slot: slot.slot, business: slot.businessName })}</option>)}
      </select>
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate>
      <h3>{t("dd_swap")}</h3>
      {choice("first", t("dd_swap_first"))}
      {choice("second", t("dd_swap_second"))}
      <Field id="swap-why" label={t("dd_swap_reason")} error={errorOf("reason")}><textarea rows={2} value={values.reason} onInput={(e) => set("reason", e.currentTarget.value)} /></Field>
      <Problem problem={form.problem} />
      <button type="submit" class="secondary" disabled={form.busy}>{t("dd_swap_do")}</button>
    </form>
  );
}

/** The organisers' calendar file: every pitch slot and every meeting. */
function CompetitionCalendar({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const { problem, busy, run } = useAction();
  const download = async () => {
    const calendar = await run(() => answer(api.GET("/competitions/{competitionId}/calendar", { params: { path: { competitionId } }, parseAs: "blob" })));
    if (calendar) saveFile(calendar as Blob, "kompetisi.ics");
  };
  return (
    <>
      <Problem problem={problem} />
      <button type="button" class="secondary" disabled={busy} onClick={() => void download()}>{t("calendar_download")}</button>
    </>
  );
}

// ---- meetings ----------------------------------------------------------------------------------------

const loadMeetings = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/meetings", { params: { path: { competitionId } } }));
type Meetings = NonNullable<Awaited<ReturnType<typeof loadMeetings>>["data"]>;

/** How often the page asks again while a scheduling run is under way. */
const RUN_POLL_MS = 2000;

/** The investor meetings: the invited investors, the plan, and the schedule a run computes, refreshed while it runs. */
export function OrganiserMeetings({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t } = useText();
  const [meetings, reload] = useLoad(async () => loadedOf(await loadMeetings(api, competitionId)), [api, competitionId]);
  const planned = meetings.state === "ready" ? meetings.data : undefined;
  useEffect(() => {
    if (planned?.run.status !== "pending") return undefined;
    const timer = setTimeout(reload, RUN_POLL_MS);
    return () => clearTimeout(timer);
  }, [planned, reload]);
  return (
    <>
      <Investors api={api} competitionId={competitionId} />
      <Section title={t("dd_meetings_plan")}>
        {meetings.state === "loading" && <Loading />}
        {meetings.state === "unreachable" && <Offline retry={reload} />}
        {meetings.state === "refused" && !unplanned(meetings, "meetings_not_planned") && <Refused error={meetings.error} />}
        {(planned || unplanned(meetings, "meetings_not_planned")) && <MeetingsPlan api={api} competitionId={competitionId} meetings={planned} planned={reload} />}
      </Section>
      {planned && <Schedule api={api} competitionId={competitionId} meetings={planned} requested={reload} />}
    </>
  );
}

type Investor = NonNullable<Awaited<ReturnType<typeof loadInvestors>>["data"]>["items"][number];
const loadInvestors = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/investors", { params: { path: { competitionId } } }));

const noInvestor = { investorId: "", name: "", organisation: "", kind: "angel", ticketMin: "", ticketMax: "", sectors: [] as string[], regions: [] as string[], email: "", language: "id" };

const inviteOf = (investor: Investor): typeof noInvestor => ({
  investorId: investor.investorId, name: investor.name, organisation: investor.organisation, kind: investor.kind, ticketMin: String(investor.ticket.minIdr),
  ticketMax: String(investor.ticket.maxIdr), sectors: investor.sectors, regions: investor.regions, email: investor.email, language: investor.language,
});

/** The investors invited to meet the finalists, and the invitation (new, or changed from a card). */
function Investors({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t, lang, money } = useText();
  const [investors, reload] = useLoad(async () => loadedOf(await loadInvestors(api, competitionId)), [api, competitionId]);
  const [reference, retryReference] = useLoad(async () => loadedOf(await answer(api.GET("/reference"))), [api]);
  const draft = `investor-invite.${competitionId}`;
  const form = useForm(draft, noInvestor);
  const { values, set, errorOf } = form;
  const [invited, setInvited] = useState<string | undefined>();
  const submit = async (event: Event) => {
    event.preventDefault();
    setInvited(undefined);
    const body = {
      name: values.name, organisation: values.organisation, kind: values.kind as Investor["kind"], email: values.email.trim(), language: values.language as "id" | "en",
      ticket: { minIdr: amountOf(values.ticketMin) ?? 0, maxIdr: amountOf(values.ticketMax) ?? 0 }, sectors: values.sectors as never, regions: values.regions as never,
    };
    const investor = await form.run(() => answer(api.PUT("/competitions/{competitionId}/investors/{investorId}", { params: { path: { competitionId, investorId: values.investorId.trim() } }, body })));
    if (investor) {
      form.reset(noInvestor);
      dropDraft(draft);
      setInvited(investor.name);
      reload();
    }
  };
  const toggleSector = (code: string, on: boolean) => set("sectors", on ? [...values.sectors, code] : values.sectors.filter((s) => s !== code));
  return (
    <Section title={t("dd_investors")}>
      <Shown loaded={investors} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("dd_investors_none")}</p> : (
        <ul class="cards">
          {data.items.map((investor) => (
            <li key={investor.investorId} class="card">
              <strong id={`investor-${investor.investorId}`}>{investor.name} ({investor.organisation})</strong>
              <span>{t(`dd_kind_${investor.kind}`)} · {money(investor.ticket.minIdr)} – {money(investor.ticket.maxIdr)}</span>
              <span class="muted">{investor.email}</span>
              <button type="button" class="secondary" aria-describedby={`investor-${investor.investorId}`} onClick={() => form.reset(inviteOf(investor))}>{t("dd_investor_change")}</button>
            </li>
          ))}
        </ul>
      ))}</Shown>
      <h3>{t("dd_invite")}</h3>
      {reference.state === "unreachable" && <Offline retry={retryReference} />}
      {reference.state === "refused" && <Refused error={reference.error} />}
      {reference.state === "loading" && <Loading />}
      {reference.state === "ready" && (
        // no noValidate: the investor's user id is part of the address, so the browser asks for it before sending
        <form onSubmit={submit}>
          <Field id="investor-id" label={t("dd_investor_id")}><input type="text" required autoComplete="off" value={values.investorId} onInput={(e) => set("investorId", e.currentTarget.value)} /></Field>
          <Field id="investor-name" label={t("dd_investor_name")} error={errorOf("name")}><input type="text" value={values.name} onInput={(e) => set("name", e.currentTarget.value)} /></Field>
          <Field id="investor-organisation" label={t("dd_investor_organisation")} error={errorOf("organisation")}><input type="text" value={values.organisation} onInput={(e) => set("organisation", e.currentTarget.value)} /></Field>
          <Field id="investor-kind" label={t("dd_investor_kind")} error={errorOf("kind")}>
            <select value={values.kind} onChange={(e) => set("kind", e.currentTarget.value)}>
              {investorKinds.map((kind) => <option key={kind} value={kind}>{t(`dd_kind_${kind}`)}</option>)}
            </select>
          </Field>
          <MoneyField id="investor-ticket-min" label={t("dd_ticket_min")} value={values.ticketMin} change={(value) => set("ticketMin", value)} error={errorOf("ticket.minIdr") ?? errorOf("ticket")} />
          <MoneyField id="investor-ticket-max" label={t("dd_ticket_max")} value={values.ticketMax} change={(value) => set("ticketMax", value)} error={errorOf("ticket.maxIdr")} />
          <fieldset>
            <legend>{t("dd_investor_sectors")}</legend>
            {reference.data.sectors.map((sector) => (
              <label class="option" key={sector.code}>
                <input type="checkbox" checked={values.sectors.includes(sector.code)} onChange={(e) => toggleSector(sector.code, e.currentTarget.checked)} />
                {sector[lang]}
              </label>
            ))}
            {errorOf("sectors") && <p class="field-error">{errorOf("sectors")}</p>}
          </fieldset>
          <Field id="investor-regions" label={t("dd_investor_regions")} error={errorOf("regions")}>
            <select multiple size={5} onChange={(e) => set("regions", Array.from(e.currentTarget.selectedOptions, (option) => option.value))}>
              {reference.data.regencies.map((regency) => <option key={regency.code} value={regency.code} selected={values.regions.includes(regency.code)}>{regency.name}</option>)}
            </select>
          </Field>
          <Field id="investor-email" label={t("dd_investor_email")} error={errorOf("email")}><input type="email" autoComplete="off" value={values.email} onInput={(e) => set("email", e.currentTarget.value)} /></Field>
          <Field id="investor-language" label={t("dd_investor_language")} error={errorOf("language")}>
            <select value={values.language} onChange={(e) => set("language", e.currentTarget.value)}>
              {languages.map((language) => <option key={language} value={language}>{t(`dd_language_${language}`)}</option>)}
            </select>
          </Field>
          <Problem problem={form.problem} />
          <button type="submit" disabled={form.busy}>{t("dd_invite_send")}</button>
          {invited && <p class="done" role="status">{t("dd_invited", { name: invited })}</p>}
        </form>
      )}
    </Section>
  );
}

type Room = { name: string; onlineUrl: string };

/** The meetings plan as it was saved fills the form, so planning again keeps what was set before. */
function MeetingsPlan({ api, competitionId, meetings, planned }: { api: Api; competitionId: string; meetings: Meetings | undefined; planned: () => void }) {
  const { t } = useText();
  const draft = `meetings-plan.${competitionId}`;
  const form = useForm(draft, {
    date: meetings?.date ?? "", startTime: meetings?.startTime ?? "13:00", timeZone: meetings?.timeZone ?? "Asia/Makassar",
    slotMinutes: String(meetings?.slotMinutes ?? 20), gapMinutes: String(meetings?.gapMinutes ?? 5), slotCount: String(meetings?.slotCount ?? 6),
    rooms: meetings?.rooms.map((room) => ({ name: room.name, onlineUrl: room.onlineUrl ?? "" })) ?? [{ name: "", onlineUrl: "" }] as Room[],
    investorCap: String(meetings?.investorCap ?? 4), finalistCap: String(meetings?.finalistCap ?? 4), finalistFloor: meetings?.finalistFloor === undefined ? "" : String(meetings.finalistFloor),
  });
  const { values, set, errorOf } = form;
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const body = {
      date: values.date, startTime: values.startTime, timeZone: values.timeZone as IndonesianZone,
      slotMinutes: Number(values.slotMinutes), gapMinutes: Number(values.gapMinutes), slotCount: Number(values.slotCount),
      rooms: values.rooms.map((room) => ({ name: room.name.trim(), ...(room.onlineUrl.trim() ? { onlineUrl: room.onlineUrl.trim() } : {}) })),
      investorCap: Number(values.investorCap), finalistCap: Number(values.finalistCap), ...(values.finalistFloor.trim() ? { finalistFloor: Number(values.finalistFloor) } : {}),
    };
    if (await form.run(() => answer(api.PUT("/competitions/{competitionId}/meetings", { params: { path: { competitionId } }, body })))) {
      dropDraft(draft);
      setSaved(true);
      planned();
    }
  };
  const count = (name: "slotMinutes" | "gapMinutes" | "slotCount" | "investorCap" | "finalistCap" | "finalistFloor", label: string) => (
    <Field id={`meetings-${name}`} label={label} error={errorOf(name)}><input type="number" inputMode="numeric" min={0} value={values[name]} onInput={(e) => set(name, e.currentTarget.value)} /></Field>
  );
  const setRoom = (i: number, change: Partial<Room>) => set("rooms", values.rooms.map((room, j) => (j === i ? { ...room, ...change } : room)));
  return (
    <form onSubmit={submit} noValidate>
      {!meetings && <p>{t("dd_meetings_none")}</p>}
      <WhenFields prefix="meetings" startLabel="dd_meetings_start" values={values} set={set} errorOf={errorOf} />
      {count("slotMinutes", t("dd_slot_minutes"))}
      {count("gapMinutes", t("dd_gap_minutes"))}
      {count("slotCount", t("dd_slot_count"))}
      <fieldset>
        <legend>{t("dd_rooms")}</legend>
        {values.rooms.map((room, i) => (
          <div key={i} class="card">
            <Field id={`room-name-${i}`} label={t("dd_room_name", { n: i + 1 })} error={errorOf(`rooms.${i}.name`)}><input type="text" value={room.name} onInput={(e) => setRoom(i, { name: e.currentTarget.value })} /></Field>
            <Field id={`room-url-${i}`} label={t("dd_room_url", { n: i + 1 })} error={errorOf(`rooms.${i}.onlineUrl`)}><input type="url" value={room.onlineUrl} onInput={(e) => setRoom(i, { onlineUrl: e.currentTarget.value })} /></Field>
            {values.rooms.length > 1 && <button type="button" class="secondary" onClick={() => set("rooms", values.rooms.filter((_, j) => j !== i))}>{t("dd_room_remove", { n: i + 1 })}</button>}
          </div>
        ))}
        {errorOf("rooms") && <p class="field-error">{errorOf("rooms")}</p>}
        <button type="button" class="secondary" onClick={() => set("rooms", [...values.rooms, { name: "", onlineUrl: "" }])}>{t("dd_room_add")}</button>
      </fieldset>
      {count("investorCap", t("dd_investor_cap"))}
      {count("finalistCap", t("dd_finalist_cap"))}
      {count("finalistFloor", t("dd_finalist_floor"))}
      <Problem problem={form.problem} />
      <button type="submit" disabled={form.busy}>{t("dd_meetings_save")}</button>
      {saved && <p class="done" role="status">{t("dd_saved")}</p>}
    </form>
  );
}

/** The schedule: asking for a run, where the run stands, every meeting with both answers, and why some wishes were not met. */
function Schedule({ api, competitionId, meetings, requested }: { api: Api; competitionId: string; meetings: Meetings; requested: () => void }) {
  const { t, lang } = useText();
  const { problem, busy, run } = useAction();
  const { run: state } = meetings;
  const request = async () => {
    if (await run(() => answer(api.POST("/competitions/{competitionId}/meetings/runs", { params: { path: { competitionId } } })))) requested();
  };
  const answerOf = (given: "accepted" | "declined" | undefined) => t(given ? `dd_answer_${given}` : "dd_answer_none");
  return (
    <Section title={t("dd_schedule")}>
      <p role="status">
        {state.status === "done" && state.computedAt
          ? t("dd_run_done", { when: localTime(state.computedAt, meetings.timeZone as IndonesianZone)[lang], total: state.total ?? 0 })
          : t(`dd_run_${state.status}`)}
      </p>
      <Problem problem={problem} />
      <button type="button" disabled={busy || state.status === "pending"} onClick={() => void request()}>{t(state.status === "unscheduled" ? "dd_run_request" : "dd_run_again")}</button>
      <h3>{t("dd_meetings_list")}</h3>
      {meetings.meetings.length === 0 ? <p>{t("dd_meetings_list_none")}</p> : (
        <ul class="cards">
          {meetings.meetings.map((m) => (
            <li key={`${m.investorId}.${m.submissionId}`} class="card">
              <strong>{m.investorName} ({m.organisation}) — {m.businessName}</strong>
              <span>{m.local[lang]} · {m.room}</span>
              <span class={`status ${m.status}`}>{t(`meeting_status_${m.status}`)}</span>
              <span class="muted">{t("dd_answers", { investor: answerOf(m.investorAnswer), finalist: answerOf(m.finalistAnswer) })}</span>
              {m.cancelled && <span class="muted">{m.cancelled.reason}</span>}
            </li>
          ))}
        </ul>
      )}
      {meetings.unmet.length > 0 && (
        <>
          <h3>{t("dd_unmet")}</h3>
          <ul>{meetings.unmet.map((u) => <li key={`${u.investorId}.${u.submissionId}`}>{u.investorName} — {u.businessName}: {u.reason}</li>)}</ul>
        </>
      )}
      {meetings.belowFloor.length > 0 && (
        <>
          <h3>{t("dd_below_floor")}</h3>
          <ul>{meetings.belowFloor.map((b) => <li key={b.submissionId}>{t("dd_below_floor_line", { business: b.businessName, meetings: b.meetings, floor: b.floor })}</li>)}</ul>
        </>
      )}
      <h3>{t("dd_said")}</h3>
      <ul>
        {meetings.investors.map((i) => <li key={i.investorId}>{t("dd_said_investor", { name: i.name, ranked: i.ranked, available: i.available, meetings: i.meetings })}</li>)}
        {meetings.finalists.map((f) => (
          <li key={f.submissionId}>{f.available === null ? t("dd_said_finalist_any", { business: f.businessName, meetings: f.meetings }) : t("dd_said_finalist", { business: f.businessName, available: f.available, meetings: f.meetings })}</li>
        ))}
      </ul>
      <CompetitionCalendar api={api} competitionId={competitionId} />
    </Section>
  );
}
