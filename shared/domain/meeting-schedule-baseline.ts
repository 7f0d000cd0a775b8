import { planMeetings, scheduleOf } from "./meeting-schedule-plan.js";
import { Bookings, key, rosterOf, type MeetingInput, type MeetingSchedule } from "./meeting-schedule-roster.js";

/**
 * What the solver must beat, and the measures it is compared on: the first-come-first-served schedule an
 * organiser makes by hand, and how much of the floors, how many investors and how even the finalists'
 * share each schedule achieves. Apart from the rules because only tests and `npm run bench` use them.
 */

/**
 * First come, first served: the confirmed meetings that stay, then investors in input order (the key
 * order of `investors`; JavaScript puts integer-like keys such as "12" first, in numeric order), each
 * taking their requests by descending weight (ties in the order of `prefs`),
 * each at the earliest slot where both are available and free and a room is left, caps respected.
 * Floors are not looked at. What an organiser does by hand, and what the solver must beat.
 */
export function greedySchedule(input: MeetingInput): MeetingSchedule {
  const plan = planMeetings(input);
  const { roster } = plan;
  const index = new Map(plan.possible.map((m, p) => [key(m.investor, m.finalist, m.slot), p]));
  const chosen = [...plan.confirmed];
  const booked = new Bookings(chosen.map((p) => [plan.possible[p]!.investor, plan.possible[p]!.finalist, plan.possible[p]!.slot] as const));
  for (const [investorId, investor] of Object.entries(input.investors)) {
    const requests = Object.entries(investor.prefs).filter(([, weight]) => weight > 0).sort(([, a], [, b]) => b - a);
    for (const [finalistId] of requests) {
      for (const slot of roster.slots) {
        const p = index.get(key(investorId, finalistId, slot));
        if (p === undefined || booked.clashes(roster, [investorId, finalistId, slot]).length > 0) continue;
        booked.add([investorId, finalistId, slot]);
        chosen.push(p);
        break;
      }
    }
  }
  return scheduleOf(plan, chosen);
}

// ---- measures -----------------------------------------------------------------------------------

/** How much of every floor is met: Σ over finalists of min(meetings, floor). The solver's first aim. */
export function floorsMet(input: MeetingInput, schedule: MeetingSchedule): number {
  const booked = new Bookings(schedule.meetings);
  let met = 0;
  for (const finalist of rosterOf(input).finalists.values()) met += Math.min(booked.finalistMeetings(finalist.id), finalist.floor);
  return met;
}

/** Investors with at least one meeting. */
export const investorsMet = (schedule: MeetingSchedule): number => new Set(schedule.meetings.map(([investorId]) => investorId)).size;

/** The fewest meetings any finalist gets (0 without finalists). */
export function fewestFinalistMeetings(input: MeetingInput, schedule: MeetingSchedule): number {
  const booked = new Bookings(schedule.meetings);
  const counts = Object.keys(input.finalists).map((id) => booked.finalistMeetings(id));
  return counts.length === 0 ? 0 : Math.min(...counts);
}
