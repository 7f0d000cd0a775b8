import type { ComponentChildren } from "preact";
import { useText } from "../i18n.js";

type Slot = { slotId: string; local: { id: string; en: string } };

/** The meeting slots someone is free in, each as the event's zone reads it; what is chosen stays in the day's order. */
export function FreeSlots({ legend, slots, chosen, choose, error }: { legend: string; slots: Slot[]; chosen: string[]; choose: (chosen: string[]) => void; error?: string | undefined }) {
  const { lang } = useText();
  const toggle = (slotId: string, on: boolean) => choose(slots.map((s) => s.slotId).filter((id) => (id === slotId ? on : chosen.includes(id))));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {slots.map((s) => (
        <label class="option" key={s.slotId}>
          <input type="checkbox" checked={chosen.includes(s.slotId)} onChange={(e) => toggle(s.slotId, e.currentTarget.checked)} />
          {s.local[lang]}
        </label>
      ))}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}

type Status = "proposed" | "confirmed" | "declined" | "cancelled";

/** One meeting as either side sees it: who, when, where, where it stands, the other's contact once both accepted, and the answer buttons. */
export function MeetingCard({ who, meeting, contact, busy, reply }: {
  who: ComponentChildren;
  meeting: { local: { id: string; en: string }; room: string; status: Status; myAnswer?: "accepted" | "declined" | undefined };
  contact: string | undefined;
  busy: boolean;
  reply: (choice: "accepted" | "declined") => void;
}) {
  const { t, lang } = useText();
  const open = meeting.status === "proposed" || meeting.status === "confirmed";
  return (
    <li class="card">
      <strong>{who}</strong>
      <span>{meeting.local[lang]} · {meeting.room}</span>
      <span class={`status ${meeting.status}`}>{t(`meeting_status_${meeting.status}`)}</span>
      {contact && <span>{t("meeting_contact")}: {contact}</span>}
      {meeting.status === "proposed" && meeting.myAnswer === "accepted" && <span class="muted">{t("meeting_you_accepted")}</span>}
      {open && (
        <div class="actions">
          {meeting.myAnswer !== "accepted" && <button type="button" disabled={busy} onClick={() => reply("accepted")}>{t("meeting_accept")}</button>}
          <button type="button" class="secondary" disabled={busy} onClick={() => reply("declined")}>{t("meeting_decline")}</button>
        </div>
      )}
    </li>
  );
}
