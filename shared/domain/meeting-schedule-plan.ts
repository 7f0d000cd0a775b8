import { droppedReason, unmetReason } from "./meeting-schedule-reasons.js";
import {
  Bookings, compareMeetings, key, rosterOf,
  type DroppedMeeting, type Meeting, type MeetingInput, type MeetingSchedule, type Roster, type UnmetPreference,
} from "./meeting-schedule-roster.js";

/**
 * Every meeting that may happen, with the confirmed ones that stay, and the schedule made of a choice of
 * them, reasons and all. The solver (`shared/solver/meeting-schedule.ts`) and the baseline both choose from
 * this plan and hand their choice back to `scheduleOf`, so the two can differ only in what they choose.
 */

/** One meeting that may happen: a request whose sides share the slot, the slot with a room, caps ≥ 1. */
export interface PossibleMeeting {
  investor: string;
  finalist: string;
  slot: string;
  weight: number;
}

export interface MeetingPlan {
  roster: Roster;
  /** By investor id, then finalist id, then slot order: the same list whatever order the input came in. */
  possible: PossibleMeeting[];
  /** The confirmed meetings that stay, as indices into `possible`, ascending. */
  confirmed: number[];
  /** The confirmed meetings that go, with the reason. */
  dropped: DroppedMeeting[];
  /** The earlier proposals that may stay where they are, as indices into `possible`, ascending. */
  proposed: number[];
}

export function planMeetings(input: MeetingInput): MeetingPlan {
  const roster = rosterOf(input);
  const possible: PossibleMeeting[] = [];
  const index = new Map<string, number>();
  for (const investor of roster.investors.values()) {
    if (investor.cap === 0) continue;
    for (const [finalistId, weight] of investor.prefs) {
      const finalist = roster.finalists.get(finalistId);
      if (!finalist || finalist.cap === 0) continue;
      for (const slot of roster.slots) {
        if (!investor.available.has(slot) || !finalist.available.has(slot) || roster.rooms.get(slot)! === 0) continue;
        index.set(key(investor.id, finalistId, slot), possible.length);
        possible.push({ investor: investor.id, finalist: finalistId, slot, weight });
      }
    }
  }

  // Confirmed meetings in slot order: each stays if it still can happen beside those kept before it.
  const seen = new Set<string>();
  const confirmed = (input.confirmed ?? [])
    .filter((meeting) => seen.size < seen.add(key(...meeting)).size)
    .sort((a, b) => compareMeetings(roster, a, b));
  const kept = new Bookings();
  const keptIndices: number[] = [];
  const dropped: DroppedMeeting[] = [];
  for (const meeting of confirmed) {
    const drop = droppedReason(roster, kept, meeting);
    if (drop) {
      dropped.push(drop);
      continue;
    }
    kept.add(meeting);
    keptIndices.push(index.get(key(...meeting))!);
  }
  const proposed = (input.proposed ?? []).flatMap((meeting) => index.get(key(...meeting)) ?? []);
  return { roster, possible, confirmed: keptIndices.sort((a, b) => a - b), dropped, proposed: [...new Set(proposed)].sort((a, b) => a - b) };
}

/** The schedule made of the chosen possible meetings (indices into `plan.possible`), with its reasons. */
export function scheduleOf(plan: MeetingPlan, chosen: Iterable<number>): MeetingSchedule {
  const { roster } = plan;
  const meetings: Meeting[] = [...new Set(chosen)].map((p) => {
    const { investor, finalist, slot } = plan.possible[p]!;
    return [investor, finalist, slot] as const;
  }).sort((a, b) => compareMeetings(roster, a, b));
  const booked = new Bookings(meetings);
  let total = 0;
  for (const [investorId, finalistId] of meetings) total += roster.investors.get(investorId)!.prefs.get(finalistId)!;
  const unmet: UnmetPreference[] = [];
  for (const investor of roster.investors.values()) {
    for (const finalistId of investor.prefs.keys()) {
      if (booked.met(investor.id, finalistId)) continue;
      unmet.push({ investor: investor.id, finalist: finalistId, ...unmetReason(roster, booked, investor.id, finalistId) });
    }
  }
  const belowFloor = [...roster.finalists.values()]
    .filter((finalist) => booked.finalistMeetings(finalist.id) < finalist.floor)
    .map((finalist) => ({ finalist: finalist.id, floor: finalist.floor, meetings: booked.finalistMeetings(finalist.id) }));
  return { total, meetings, unmet, dropped: plan.dropped, belowFloor };
}
