/**
 * Investor meetings at the pitch event, the pure half: what goes in, what comes out, the rules a schedule
 * must keep, why a wished-for meeting did not happen, and the first-come-first-served baseline. The
 * optimiser lives in `shared/solver/meeting-schedule.ts`; everything here is checkable without it.
 *
 * The rules of a schedule: one-on-one meetings of an investor and a finalist in a time slot; nobody in two
 * meetings in one slot; at most `rooms[slot]` meetings in a slot (rooms are counted, not named: any room
 * of the slot will do); at most `cap` meetings per investor and per finalist; both sides available in the
 * slot; each pair at most once; only pairs the investor asked for (weight > 0). A finalist's `floor` is a
 * wish, not a rule: the solver meets as much of every floor as it can before it looks at weights.
 *
 * Choices, so nobody has to guess:
 * - A preference for a finalist who is not in `finalists` (withdrawn, or not selected) is no error: it is
 *   reported unmet with the reason `not_a_finalist`. Investors fill in their wishes before the finalists
 *   are final, and the list must not break the run.
 * - Confirmed meetings (both sides said yes) stay, fixed. One that can no longer happen is dropped and
 *   reported in `dropped`, never kept against the rules: it names someone or a slot no longer in the input
 *   (`unknown`), the investor no longer asks for the finalist (`not_preferred`), a side is no longer
 *   available then (`unavailable`), or it clashes with the confirmed meetings kept before it (`clash`:
 *   double booking, rooms or a cap lowered, the same pair confirmed twice). Confirmed meetings are taken
 *   in slot order (then investor, then finalist), so when a cap or a room count is lowered the latest
 *   confirmed meetings are the ones that go.
 *
 * Ids are compared by UTF-16 code unit (`compareIds`), never by locale. Slots keep the order they are
 * given in: it is the order of time.
 */

// The parts live in their own modules: the vocabulary and counting (meeting-schedule-roster), the reasons
// (meeting-schedule-reasons), the plan and schedule assembly the solver uses (meeting-schedule-plan), the
// baseline and measures (meeting-schedule-baseline) and the check (meeting-schedule-check). This one is the
// only one the rest of the code imports. Each name is declared in the part that needs it, so that no part
// imports this module (the layers test forbids cycles), and is passed on from here.
export {
  Bookings, commonSlots, compareMeetings, droppedCodes, rosterOf, unmetCodes,
  type Clash, type DroppedCode, type DroppedMeeting, type FloorShortfall, type Meeting, type MeetingFinalist,
  type MeetingInput, type MeetingInvestor, type MeetingSchedule, type Roster, type RosterFinalist,
  type RosterInvestor, type UnmetCode, type UnmetPreference,
} from "./meeting-schedule-roster.js";
export { droppedReasonHolds, unmetReason, unmetReasonHolds } from "./meeting-schedule-reasons.js";
export { planMeetings, scheduleOf, type MeetingPlan, type PossibleMeeting } from "./meeting-schedule-plan.js";
export { fewestFinalistMeetings, floorsMet, greedySchedule, investorsMet } from "./meeting-schedule-baseline.js";
export { scheduleProblemCodes, scheduleProblems, type ScheduleProblem, type ScheduleProblemCode } from "./meeting-schedule-check.js";
