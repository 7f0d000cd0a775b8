import type * as z from "zod/mini";
import type { FinalistMeetings, InvestorMeetings, MeetingsOverview, SchedulingRun } from "../api/schemas/meetings.js";
import type { Meetings } from "../app/meetings.js";
import type { FinalistTimesItem, MeetingItem, MeetingsItem, MeetingWishItem, UnmetRequest } from "../data/meetings.js";
import type { PitchItem } from "../data/pitches.js";
import { meetingSlots, meetingStatus, sharesContacts, type MeetingSlot } from "../domain/meetings.js";
import { localTime, zoneNames } from "../domain/time.js";
import { translate, type Lang, type MessageKey } from "../i18n/messages.js";

// The meetings as each side reads them. Organisers see everything and why a request was not met;
// investors and finalists see their own meetings, and each other's contacts only once both accepted.

function eventOf({ competition, meetings }: Meetings) {
  const { plan } = meetings;
  const slots = meetingSlots(plan);
  return {
    competitionId: competition.competitionId, title: competition.title, date: plan.date, timeZone: plan.timeZone, zone: zoneNames[plan.timeZone], slotMinutes: plan.slotMinutes,
    slots: slots.map((slot) => ({ ...slot, local: localTime(slot.startsAt, plan.timeZone) })),
  };
}

function whenOf(day: Meetings, meeting: MeetingItem) {
  const { plan } = day.meetings;
  // a meeting whose slot the plan no longer has keeps its last known id; its times are not known any more
  const slot: MeetingSlot = meetingSlots(plan).find((s) => s.slotId === meeting.slotId) ?? { slotId: meeting.slotId, startsAt: "", endsAt: "" };
  const onlineUrl = plan.rooms.find((room) => room.name === meeting.room)?.onlineUrl;
  return { ...slot, local: slot.startsAt ? localTime(slot.startsAt, plan.timeZone) : { id: "", en: "" }, room: meeting.room, ...(onlineUrl ? { onlineUrl } : {}) };
}

function cancelledOf(meeting: MeetingItem, lang: Lang, names: { investor: string; finalist: string; slot: string }) {
  if (!meeting.cancelledBecause) return undefined;
  const key = `meeting_dropped_${meeting.cancelledBecause}` as MessageKey;
  return { code: meeting.cancelledBecause, reason: translate(key, lang, { ...names, who: `${names.investor}, ${names.finalist}` }) };
}

export const schedulingRunView = (meetings: MeetingsItem): z.output<typeof SchedulingRun> => ({
  status: meetings.status, revision: meetings.revision, requestedAt: meetings.requestedAt, computedAt: meetings.computedAt, total: meetings.total,
});
const run = (day: Meetings) => schedulingRunView(day.meetings);

function people(day: Meetings) {
  const pitchOf = new Map(day.pitches.map((pitch) => [pitch.submissionId, pitch]));
  const investorOf = new Map(day.investors.map((investor) => [investor.investorId, investor]));
  return {
    pitchOf,
    investorOf,
    businessName: (submissionId: string) => pitchOf.get(submissionId)?.business.businessName ?? submissionId,
    investorName: (investorId: string) => investorOf.get(investorId)?.name ?? investorId,
  };
}

/** A clock time in the event's zone, "13.00 WITA", for sentences that list slots. */
function clockOf(day: Meetings, lang: Lang): (slotId: string) => string {
  const { plan } = day.meetings;
  const starts = new Map(meetingSlots(plan).map((slot) => [slot.slotId, slot.startsAt]));
  const format = new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", { timeZone: plan.timeZone, timeStyle: "short" });
  return (slotId) => (starts.has(slotId) ? `${format.format(new Date(starts.get(slotId)!))} ${zoneNames[plan.timeZone]}` : slotId);
}

function unmetOf(day: Meetings, unmet: readonly UnmetRequest[], lang: Lang) {
  const { businessName, investorName } = people(day);
  const clock = clockOf(day, lang);
  const { plan } = day.meetings;
  return unmet.map((u) => ({
    investorId: u.investorId, investorName: investorName(u.investorId), submissionId: u.submissionId, businessName: businessName(u.submissionId), code: u.code,
    reason: translate(`meeting_unmet_${u.code}` as MessageKey, lang, {
      investor: investorName(u.investorId), finalist: businessName(u.submissionId), cap: u.code === "finalist_cap" ? plan.finalistCap : plan.investorCap,
      slots: u.slots.map(clock).join(", "), slot: u.slots.map(clock)[0] ?? "",
    }),
  }));
}

export function meetingsOverviewView(day: Meetings & { wishes: MeetingWishItem[]; finalistTimes: FinalistTimesItem[] }, lang: Lang): z.output<typeof MeetingsOverview> {
  const { plan } = day.meetings;
  const { businessName, investorName, investorOf } = people(day);
  const clock = clockOf(day, lang);
  const wishOf = new Map(day.wishes.map((wish) => [wish.investorId, wish]));
  const timesOf = new Map(day.finalistTimes.map((times) => [times.submissionId, times]));
  const active = day.proposals.filter((m) => ["proposed", "confirmed"].includes(meetingStatus(m)));
  const count = (match: (m: MeetingItem) => boolean) => active.filter(match).length;
  return {
    ...eventOf(day),
    startTime: plan.startTime, gapMinutes: plan.gapMinutes, slotCount: plan.slotCount,
    rooms: plan.rooms, investorCap: plan.investorCap, finalistCap: plan.finalistCap, finalistFloor: plan.finalistFloor,
    run: run(day),
    investors: day.investors.map((investor) => ({
      investorId: investor.investorId, name: investor.name, organisation: investor.organisation,
      ranked: wishOf.get(investor.investorId)?.ranked.length ?? 0, available: wishOf.get(investor.investorId)?.available.length ?? 0,
      meetings: count((m) => m.investorId === investor.investorId),
    })),
    finalists: day.finalists.map((pitch) => ({
      submissionId: pitch.submissionId, businessName: pitch.business.businessName, available: timesOf.get(pitch.submissionId)?.available.length ?? null,
      meetings: count((m) => m.submissionId === pitch.submissionId),
    })),
    meetings: day.proposals.map((m) => ({
      investorId: m.investorId, investorName: investorName(m.investorId), organisation: investorOf.get(m.investorId)?.organisation ?? "",
      submissionId: m.submissionId, businessName: businessName(m.submissionId), ...whenOf(day, m),
      status: meetingStatus(m), investorAnswer: m.investorAnswer, finalistAnswer: m.finalistAnswer,
      cancelled: cancelledOf(m, lang, { investor: investorName(m.investorId), finalist: businessName(m.submissionId), slot: clock(m.slotId) }),
    })),
    unmet: unmetOf(day, day.meetings.unmet ?? [], lang),
    belowFloor: (day.meetings.belowFloor ?? []).map((b) => ({ submissionId: b.finalist, businessName: businessName(b.finalist), floor: b.floor, meetings: b.meetings })),
  };
}

export function investorMeetingsView(day: Meetings & { wish?: MeetingWishItem }, investorId: string, lang: Lang): z.output<typeof InvestorMeetings> {
  const { pitchOf, businessName, investorName } = people(day);
  const clock = clockOf(day, lang);
  return {
    ...eventOf(day),
    // the schedule's total weight is the organisers' measure, not one investor's business
    run: { ...run(day), total: undefined },
    ...(day.wish ? { wish: { ranked: day.wish.ranked, available: day.wish.available, updatedAt: day.wish.updatedAt } } : {}),
    finalists: day.finalists.map((pitch) => ({ submissionId: pitch.submissionId, businessName: pitch.business.businessName, title: pitch.title })),
    meetings: day.proposals.map((m) => {
      const pitch: PitchItem | undefined = pitchOf.get(m.submissionId);
      return {
        submissionId: m.submissionId, businessName: businessName(m.submissionId), title: pitch?.title, ...whenOf(day, m),
        status: meetingStatus(m), myAnswer: m.investorAnswer, theirAnswer: m.finalistAnswer,
        cancelled: cancelledOf(m, lang, { investor: investorName(m.investorId), finalist: businessName(m.submissionId), slot: clock(m.slotId) }),
        ...(sharesContacts(m) && pitch ? { contact: { ownerName: pitch.business.ownerName, phone: pitch.business.phone, ...(pitch.business.email ? { email: pitch.business.email } : {}) } } : {}),
      };
    }),
    unmet: unmetOf(day, (day.meetings.unmet ?? []).filter((u) => u.investorId === investorId), lang),
  };
}

export function finalistMeetingsView(day: Meetings & { pitch: PitchItem; times?: FinalistTimesItem }, lang: Lang): z.output<typeof FinalistMeetings> {
  const { investorOf, businessName, investorName } = people(day);
  const clock = clockOf(day, lang);
  return {
    ...eventOf(day),
    submissionId: day.pitch.submissionId,
    available: day.times?.available ?? null,
    meetings: day.proposals.flatMap((m) => {
      const investor = investorOf.get(m.investorId);
      if (!investor) return [];
      return [{
        investorId: m.investorId, investorName: investor.name, organisation: investor.organisation, kind: investor.kind, ...whenOf(day, m),
        status: meetingStatus(m), myAnswer: m.finalistAnswer, theirAnswer: m.investorAnswer,
        cancelled: cancelledOf(m, lang, { investor: investorName(m.investorId), finalist: businessName(m.submissionId), slot: clock(m.slotId) }),
        ...(sharesContacts(m) ? { contact: { name: investor.name, email: investor.email } } : {}),
      }];
    }),
  };
}
