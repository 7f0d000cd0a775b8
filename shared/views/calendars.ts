import type { CalendarOf } from "../app/calendars.js";
import type { MeetingItem } from "../data/meetings.js";
import { meetingSlots, meetingStatus } from "../domain/meetings.js";
import { zoneNames } from "../domain/time.js";
import { translate, type Lang } from "../i18n/messages.js";
import { calendarFile, type CalendarEvent } from "./calendar.js";

// Each person's calendar file: a finalist's own pitch and meetings, an investor's demo day and meetings,
// the organisers' every pitch and meeting. Only meetings still on (proposed or confirmed) are in it; the
// uids stay the same between downloads, so a calendar app updates an event instead of adding another.

export type CalendarAudience = "finalist" | "investor" | "organiser";

const uid = (...parts: string[]) => `${parts.join("-")}@lab-wirausaha`;

function demoDayEvents({ demoDay, slot }: CalendarOf, audience: CalendarAudience, lang: Lang): CalendarEvent[] {
  if (!demoDay) return [];
  const { competition, demoDay: day, pitches } = demoDay;
  const title = competition.title[lang];
  const where = { ...(day.place ?? day.onlineUrl ? { location: day.place ?? day.onlineUrl } : {}), ...(day.onlineUrl ? { url: day.onlineUrl } : {}) };
  const business = (submissionId: string) => pitches.find((p) => p.submissionId === submissionId)?.business.businessName ?? submissionId;
  const clock = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { timeZone: day.plan.timeZone, timeStyle: "short" });
  if (audience === "finalist" && slot) {
    return [{
      uid: uid("pitch", competition.competitionId, slot.submissionId), startsAt: slot.startsAt, endsAt: slot.endsAt, sequence: day.revision, ...where,
      summary: translate("calendar_my_pitch", lang, { competition: title }),
      description: translate("calendar_my_pitch_details", lang, { slot: day.slots.indexOf(slot) + 1, pitch: day.plan.pitchMinutes, qa: day.plan.qaMinutes }),
    }];
  }
  if (audience === "organiser") {
    return day.slots.map((s, i) => ({
      uid: uid("pitch", competition.competitionId, s.submissionId), startsAt: s.startsAt, endsAt: s.endsAt, sequence: day.revision, ...where,
      summary: translate("calendar_pitch_slot", lang, { slot: i + 1, business: business(s.submissionId) }),
    }));
  }
  if (!day.slots.length) return [];
  const programme = day.slots.map((s) => `${clock.format(new Date(s.startsAt))} ${zoneNames[day.plan.timeZone]} — ${business(s.submissionId)}`).join("\n");
  return [{
    uid: uid("demo-day", competition.competitionId), startsAt: day.slots[0]!.startsAt, endsAt: day.slots.at(-1)!.endsAt, sequence: day.revision, ...where,
    summary: translate("calendar_demo_day", lang, { competition: title }), description: programme,
  }];
}

function meetingEvents({ meetings }: CalendarOf, lang: Lang): CalendarEvent[] {
  if (!meetings) return [];
  const { plan } = meetings.meetings;
  const slots = new Map(meetingSlots(plan).map((slot) => [slot.slotId, slot]));
  const investor = (m: MeetingItem) => meetings.investors.find((i) => i.investorId === m.investorId);
  const business = (m: MeetingItem) => meetings.pitches.find((p) => p.submissionId === m.submissionId)?.business.businessName ?? "";
  return meetings.proposals.flatMap((m) => {
    const slot = slots.get(m.slotId);
    const status = meetingStatus(m);
    if (!slot || (status !== "proposed" && status !== "confirmed")) return [];
    const who = investor(m);
    const onlineUrl = plan.rooms.find((room) => room.name === m.room)?.onlineUrl;
    return [{
      uid: uid("meeting", meetings.competition.competitionId, m.investorId, m.submissionId), startsAt: slot.startsAt, endsAt: slot.endsAt, timeZone: plan.timeZone,
      // seconds of its last change: a moved or re-proposed meeting always carries a higher number
      sequence: Math.floor(Date.parse(m.updatedAt) / 1000),
      summary: translate("calendar_meeting", lang, { investor: who ? `${who.name} (${who.organisation})` : m.investorId, business: business(m) }),
      description: translate(status === "confirmed" ? "calendar_meeting_confirmed" : "calendar_meeting_proposed", lang),
      location: m.room, ...(onlineUrl ? { url: onlineUrl } : {}),
    }];
  });
}

export function calendarView(calendar: CalendarOf, audience: CalendarAudience, lang: Lang): string {
  const competition = calendar.demoDay?.competition ?? calendar.meetings!.competition;
  const timeZone = calendar.demoDay?.demoDay.plan.timeZone ?? calendar.meetings!.meetings.plan.timeZone;
  return calendarFile({
    name: translate("calendar_name", lang, { competition: competition.title[lang] }),
    timeZone,
    events: [...demoDayEvents(calendar, audience, lang), ...meetingEvents(calendar, lang)],
  });
}
