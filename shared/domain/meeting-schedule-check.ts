import { compareIds } from "./judge-assignment.js";
import { droppedReasonHolds, unmetReasonHolds } from "./meeting-schedule-reasons.js";
import {
  Bookings, compareMeetings, droppedCodes, key, rosterOf,
  type Meeting, type MeetingInput, type MeetingSchedule, type UnmetPreference,
} from "./meeting-schedule-roster.js";

/**
 * The check: every rule a schedule breaks for its input, whoever made it. Apart from the plan because it
 * trusts nothing the plan worked out: it reads the input afresh, so a solver's or the baseline's mistake
 * shows up here instead of being repeated.
 */

export const scheduleProblemCodes = [
  "unknown_investor", "unknown_finalist", "unknown_slot", "not_preferred", "investor_unavailable", "finalist_unavailable",
  "investor_double_booked", "finalist_double_booked", "pair_twice", "rooms_over", "investor_over_cap", "finalist_over_cap",
  "confirmed_dropped", "dropped_wrongly", "wrong_total", "unmet_not_reported", "unmet_wrongly", "wrong_reason",
  "below_floor_wrong", "not_sorted",
] as const;
export type ScheduleProblemCode = (typeof scheduleProblemCodes)[number];

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** The meeting, side, slot or pair concerned, for a person reading the list. */
  subject: string;
}

const named = ([investorId, finalistId, slot]: Meeting) => `${investorId} → ${finalistId} @ ${slot}`;

/**
 * Every rule `schedule` breaks for `input`; empty when it keeps them all. The rules: each meeting names
 * known sides and slot, a requested pair, both sides available; nobody twice in a slot, no pair twice, no
 * slot over its rooms, no side over its cap; every confirmed meeting kept or dropped for a reason that
 * holds (never dropped while it still fits); `total` the summed weight; every request not met reported
 * with a reason that holds, and nothing else; `belowFloor` as counted; lists in their order.
 * Optimality is not judged here: the tests compare against the baseline and enumeration.
 */
export function scheduleProblems(input: MeetingInput, schedule: MeetingSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const problem = (code: ScheduleProblemCode, subject: string) => problems.push({ code, subject });
  const roster = rosterOf(input);
  const booked = new Bookings();
  let total = 0;

  schedule.meetings.forEach((meeting, i) => {
    const [investorId, finalistId, slot] = meeting;
    if (i > 0 && compareMeetings(roster, schedule.meetings[i - 1]!, meeting) >= 0) problem("not_sorted", named(meeting));
    const investor = roster.investors.get(investorId);
    const finalist = roster.finalists.get(finalistId);
    if (!investor) problem("unknown_investor", named(meeting));
    if (!finalist) problem("unknown_finalist", named(meeting));
    if (!roster.slotIndex.has(slot)) problem("unknown_slot", named(meeting));
    if (investor && !investor.prefs.has(finalistId)) problem("not_preferred", named(meeting));
    if (investor && !investor.available.has(slot)) problem("investor_unavailable", named(meeting));
    if (finalist && !finalist.available.has(slot)) problem("finalist_unavailable", named(meeting));
    if (booked.investorBusy(investorId, slot)) problem("investor_double_booked", `${investorId} @ ${slot}`);
    if (booked.finalistBusy(finalistId, slot)) problem("finalist_double_booked", `${finalistId} @ ${slot}`);
    if (booked.met(investorId, finalistId)) problem("pair_twice", `${investorId} → ${finalistId}`);
    total += investor?.prefs.get(finalistId) ?? 0;
    booked.add(meeting);
  });
  for (const slot of new Set(schedule.meetings.map(([, , s]) => s))) {
    if (booked.meetingsIn(slot) > (roster.rooms.get(slot) ?? 0)) problem("rooms_over", slot);
  }
  for (const investorId of new Set(schedule.meetings.map(([i]) => i))) {
    if (booked.investorMeetings(investorId) > (roster.investors.get(investorId)?.cap ?? 0)) problem("investor_over_cap", investorId);
  }
  for (const finalistId of new Set(schedule.meetings.map(([, f]) => f))) {
    if (booked.finalistMeetings(finalistId) > (roster.finalists.get(finalistId)?.cap ?? 0)) problem("finalist_over_cap", finalistId);
  }
  if (Math.abs(total - schedule.total) > 1e-9) problem("wrong_total", String(schedule.total));

  // Confirmed meetings: kept, or dropped for a reason that holds against the confirmed meetings kept.
  const scheduled = new Set(schedule.meetings.map((m) => key(...m)));
  const confirmed = new Map((input.confirmed ?? []).map((m) => [key(...m), m] as const));
  const kept = new Bookings([...confirmed.values()].filter((m) => scheduled.has(key(...m))));
  const dropped = new Map(schedule.dropped.map((d) => [key(d.investor, d.finalist, d.slot), d] as const));
  for (const [k, meeting] of confirmed) {
    if (scheduled.has(k)) continue;
    const entry = dropped.get(k);
    if (!entry || !droppedCodes.some((code) => droppedReasonHolds(roster, kept, meeting, code))) problem("confirmed_dropped", named(meeting));
    else if (!droppedReasonHolds(roster, kept, meeting, entry.code)) problem("wrong_reason", named(meeting));
  }
  for (const [k, entry] of dropped) {
    if (!confirmed.has(k) || scheduled.has(k)) problem("dropped_wrongly", named([entry.investor, entry.finalist, entry.slot]));
  }
  const droppedOrder = schedule.dropped.map((d): Meeting => [d.investor, d.finalist, d.slot]);
  if (droppedOrder.some((m, i) => i > 0 && compareMeetings(roster, droppedOrder[i - 1]!, m) >= 0)) problem("not_sorted", "dropped");

  // Requests not met: each reported once, with a reason that holds; nothing else reported.
  const reported = new Map(schedule.unmet.map((u) => [key(u.investor, u.finalist), u] as const));
  for (const investor of roster.investors.values()) {
    for (const finalistId of investor.prefs.keys()) {
      if (booked.met(investor.id, finalistId)) continue;
      const entry = reported.get(key(investor.id, finalistId));
      if (!entry) problem("unmet_not_reported", `${investor.id} → ${finalistId}`);
      else if (!unmetReasonHolds(roster, booked, investor.id, finalistId, entry.code)) problem("wrong_reason", `${investor.id} → ${finalistId}`);
    }
  }
  for (const entry of schedule.unmet) {
    if (!roster.investors.get(entry.investor)?.prefs.has(entry.finalist) || booked.met(entry.investor, entry.finalist)) {
      problem("unmet_wrongly", `${entry.investor} → ${entry.finalist}`);
    }
  }
  const unmetOrder = (a: UnmetPreference, b: UnmetPreference) => compareIds(a.investor, b.investor) || compareIds(a.finalist, b.finalist);
  if (schedule.unmet.some((u, i) => i > 0 && unmetOrder(schedule.unmet[i - 1]!, u) >= 0)) problem("not_sorted", "unmet");

  const short = new Map([...roster.finalists.values()]
    .filter((f) => booked.finalistMeetings(f.id) < f.floor)
    .map((f) => [f.id, { finalist: f.id, floor: f.floor, meetings: booked.finalistMeetings(f.id) }] as const));
  const listed = new Map(schedule.belowFloor.map((entry) => [entry.finalist, entry] as const));
  for (const id of new Set([...short.keys(), ...listed.keys()])) {
    const want = short.get(id);
    const got = listed.get(id);
    if (!want || !got || want.floor !== got.floor || want.meetings !== got.meetings) problem("below_floor_wrong", id);
  }
  if (schedule.belowFloor.some((f, i) => i > 0 && compareIds(schedule.belowFloor[i - 1]!.finalist, f.finalist) >= 0)) problem("not_sorted", "belowFloor");
  return problems;
}
