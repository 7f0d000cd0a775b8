import { DomainError, type ErrorCode } from "../domain/errors.js";
import type { PitchSlot } from "../domain/demo-day.js";
import { demoDay, mySlot, type DemoDay } from "./demo-day.js";
import { finalistMeetings, investorMeetings, meetingsOverview, type Meetings } from "./meetings.js";

/** What goes into one person's calendar file: demo day (and their own slot), and their meetings, whichever is planned. */
export interface CalendarOf {
  demoDay?: DemoDay;
  /** A finalist's own pitch slot. */
  slot?: PitchSlot;
  meetings?: Meetings;
}

/** A part not planned yet (or not theirs) leaves the calendar without it, instead of failing it. */
async function ifPlanned<T>(read: Promise<T>, absent: readonly ErrorCode[]): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && absent.includes(error.code)) return undefined;
    throw error;
  }
}

function whole(calendar: CalendarOf, nothing: ErrorCode): CalendarOf {
  if (!calendar.demoDay && !calendar.meetings) throw new DomainError(nothing);
  return calendar;
}

/** A finalist's pitch slot and meetings; to anyone who is neither, there is no calendar of theirs. */
export async function finalistCalendar(competitionId: string, applicantId: string): Promise<CalendarOf> {
  const [pitching, meetings] = await Promise.all([
    ifPlanned(mySlot(competitionId, applicantId), ["demo_day_not_found", "not_found"]),
    ifPlanned(finalistMeetings(competitionId, applicantId), ["meetings_not_planned", "not_found"]),
  ]);
  return whole({ ...(pitching ? { demoDay: pitching, slot: pitching.slot } : {}), ...(meetings ? { meetings } : {}) }, "not_found");
}

export async function investorCalendar(competitionId: string, investorId: string): Promise<CalendarOf> {
  const [day, meetings] = await Promise.all([
    ifPlanned(demoDay(competitionId), ["demo_day_not_found"]),
    ifPlanned(investorMeetings(competitionId, investorId), ["meetings_not_planned"]),
  ]);
  return whole({ ...(day ? { demoDay: day } : {}), ...(meetings ? { meetings } : {}) }, "demo_day_not_found");
}

/** The organisers' calendar: every pitch and every meeting. */
export async function organiserCalendar(competitionId: string): Promise<CalendarOf> {
  const [day, meetings] = await Promise.all([ifPlanned(demoDay(competitionId), ["demo_day_not_found"]), ifPlanned(meetingsOverview(competitionId), ["meetings_not_planned"])]);
  return whole({ ...(day ? { demoDay: day } : {}), ...(meetings ? { meetings } : {}) }, "demo_day_not_found");
}
