import { translate, type MessageKey, type MessageParams } from "../i18n/messages.js";
import {
  commonSlots, droppedCodes, unmetCodes,
  type Bookings, type DroppedCode, type DroppedMeeting, type Meeting, type Roster, type UnmetCode,
} from "./meeting-schedule-roster.js";

/**
 * Why a requested meeting is not in a schedule, and why a confirmed one was dropped: each reason a fact
 * anyone can check against the meetings, and the first that holds worded in English. Apart because two
 * sides use them: the plan and the schedule write the reasons, the check verifies them.
 */

const unmetMessage: Record<UnmetCode, MessageKey> = {
  not_a_finalist: "meeting_unmet_not_a_finalist",
  no_common_time: "meeting_unmet_no_common_time",
  investor_cap: "meeting_unmet_investor_cap",
  finalist_cap: "meeting_unmet_finalist_cap",
  rooms_full: "meeting_unmet_rooms_full",
  times_taken: "meeting_unmet_times_taken",
  not_chosen: "meeting_unmet_not_chosen",
};

const droppedMessage: Record<DroppedCode, MessageKey> = {
  unknown: "meeting_dropped_unknown",
  not_preferred: "meeting_dropped_not_preferred",
  unavailable: "meeting_dropped_unavailable",
  clash: "meeting_dropped_clash",
};

/**
 * Whether `code` truly explains why the request (investor, finalist) is not in the schedule whose meetings
 * are `booked`. Each is a fact about the schedule anyone can check:
 * - not_a_finalist: the finalist is not in the input;
 * - no_common_time: there is no slot where both are available;
 * - investor_cap / finalist_cap: that side already has `cap` meetings;
 * - rooms_full: at every slot where both are available, every room is taken;
 * - times_taken: at every slot where both are available, the investor or the finalist has another
 *   meeting, or every room is taken;
 * - not_chosen: the meeting would still fit at some slot (a schedule that is not maximal; never the
 *   solver's or the baseline's, which add every meeting that fits).
 */
export function unmetReasonHolds(roster: Roster, booked: Bookings, investorId: string, finalistId: string, code: UnmetCode): boolean {
  const investor = roster.investors.get(investorId);
  const finalist = roster.finalists.get(finalistId);
  if (!investor) return false;
  if (code === "not_a_finalist") return !finalist;
  if (!finalist) return false;
  const common = commonSlots(roster, investorId, finalistId);
  const blocked = (slot: string) => booked.investorBusy(investorId, slot) || booked.finalistBusy(finalistId, slot) || booked.roomsFull(roster, slot);
  switch (code) {
    case "no_common_time": return common.length === 0;
    case "investor_cap": return booked.investorMeetings(investorId) >= investor.cap;
    case "finalist_cap": return booked.finalistMeetings(finalistId) >= finalist.cap;
    case "rooms_full": return common.length > 0 && common.every((slot) => booked.roomsFull(roster, slot));
    case "times_taken": return common.length > 0 && common.every(blocked);
    case "not_chosen": return common.some((slot) => booked.clashes(roster, [investorId, finalistId, slot]).length === 0);
  }
}

/** The first reason that holds, worded in English from the catalogue. */
export function unmetReason(roster: Roster, booked: Bookings, investorId: string, finalistId: string): { reason: string; code: UnmetCode } {
  const code = unmetCodes.find((c) => unmetReasonHolds(roster, booked, investorId, finalistId, c));
  // A pair not met either fits somewhere (not_chosen) or is blocked at every common slot, or has none.
  if (code === undefined) throw new Error(`meeting schedule: no reason holds for ${investorId} → ${finalistId}`);
  const common = commonSlots(roster, investorId, finalistId);
  const params: MessageParams = {
    investor: investorId,
    finalist: finalistId,
    cap: code === "finalist_cap" ? roster.finalists.get(finalistId)!.cap : roster.investors.get(investorId)!.cap,
    slots: common.join(", "),
    slot: common.find((slot) => booked.clashes(roster, [investorId, finalistId, slot]).length === 0) ?? "",
  };
  return { reason: translate(unmetMessage[code], "en", params), code };
}

/**
 * Whether `code` explains why a confirmed meeting is dropped, given the confirmed meetings `kept`:
 * - unknown: it names an investor, finalist or slot not in the input;
 * - not_preferred: the investor no longer asks for the finalist;
 * - unavailable: the investor or the finalist is not available in the slot;
 * - clash: added to the kept confirmed meetings it would break a rule (`Bookings.clashes`).
 */
export function droppedReasonHolds(roster: Roster, kept: Bookings, meeting: Meeting, code: DroppedCode): boolean {
  const [investorId, finalistId, slot] = meeting;
  const investor = roster.investors.get(investorId);
  const finalist = roster.finalists.get(finalistId);
  const unknown = !investor || !finalist || !roster.slotIndex.has(slot);
  if (code === "unknown") return unknown;
  if (unknown) return false;
  switch (code) {
    case "not_preferred": return !investor.prefs.has(finalistId);
    case "unavailable": return !investor.available.has(slot) || !finalist.available.has(slot);
    case "clash": return kept.clashes(roster, meeting).length > 0;
  }
}

/** The first reason that holds for dropping a confirmed meeting, worded in English; none when it stays. */
export function droppedReason(roster: Roster, kept: Bookings, meeting: Meeting): DroppedMeeting | undefined {
  const code = droppedCodes.find((c) => droppedReasonHolds(roster, kept, meeting, c));
  if (code === undefined) return undefined;
  const [investor, finalist, slot] = meeting;
  const away = [roster.investors.get(investor)?.available.has(slot) ? [] : [investor], roster.finalists.get(finalist)?.available.has(slot) ? [] : [finalist]].flat();
  return { investor, finalist, slot, reason: translate(droppedMessage[code], "en", { investor, finalist, slot, who: away.join(", ") }), code };
}
