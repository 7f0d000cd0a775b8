import { translate, type MessageKey, type MessageParams } from "../i18n/messages.js";
import { compareIds } from "./judge-assignment.js";

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

/** `[investorId, finalistId, slotId]`, the shape the issue and the command use. */
export type Meeting = readonly [investorId: string, finalistId: string, slotId: string];

export interface MeetingInvestor {
  /** At most this many meetings. */
  cap: number;
  /** The slots the investor can meet in. */
  available: readonly string[];
  /** Finalist id → how much the investor wants the meeting; only a weight above 0 is a request. */
  prefs: Readonly<Record<string, number>>;
}

export interface MeetingFinalist {
  /** At most this many meetings. */
  cap: number;
  available: readonly string[];
  /** Meetings the finalist should get if at all possible (counted up to `cap`). */
  floor?: number | undefined;
}

export interface MeetingInput {
  /** In time order; meetings are listed in this order. */
  slots: readonly string[];
  /** Slot → rooms, i.e. meetings that can run at once. A slot without an entry has none. */
  rooms: Readonly<Record<string, number>>;
  investors: Readonly<Record<string, MeetingInvestor>>;
  finalists: Readonly<Record<string, MeetingFinalist>>;
  /** Meetings both sides have confirmed: kept on a re-run unless they can no longer happen (see above). */
  confirmed?: readonly Meeting[] | undefined;
}

/** Why a requested meeting is not in the schedule; the first that holds, in this order. */
export const unmetCodes = ["not_a_finalist", "no_common_time", "investor_cap", "finalist_cap", "rooms_full", "times_taken", "not_chosen"] as const;
export type UnmetCode = (typeof unmetCodes)[number];

/** Why a confirmed meeting was dropped; the first that holds, in this order. */
export const droppedCodes = ["unknown", "not_preferred", "unavailable", "clash"] as const;
export type DroppedCode = (typeof droppedCodes)[number];

export interface UnmetPreference {
  investor: string;
  finalist: string;
  /** The reason in English, for the command and logs (the API words `code` per language). */
  reason: string;
  code: UnmetCode;
}

export interface DroppedMeeting {
  investor: string;
  finalist: string;
  slot: string;
  reason: string;
  code: DroppedCode;
}

export interface FloorShortfall {
  finalist: string;
  /** The floor asked for (never above the finalist's cap). */
  floor: number;
  meetings: number;
}

export interface MeetingSchedule {
  /** The summed weight of the meetings. */
  total: number;
  /** By slot order, then investor id, then finalist id. */
  meetings: Meeting[];
  /** Every request (weight > 0) not met, by investor id, then finalist id. */
  unmet: UnmetPreference[];
  /** Confirmed meetings that could no longer happen, in the order of `meetings`, unknown slots last. */
  dropped: DroppedMeeting[];
  /** Finalists with fewer meetings than their floor, by id. */
  belowFloor: FloorShortfall[];
}

// ---- the input in lookup form -------------------------------------------------------------------

export interface RosterInvestor {
  id: string;
  cap: number;
  available: ReadonlySet<string>;
  /** Finalist id → weight, requests only (weight > 0), in finalist id order. */
  prefs: ReadonlyMap<string, number>;
}

export interface RosterFinalist {
  id: string;
  cap: number;
  /** The floor, never above the cap; 0 without one. */
  floor: number;
  available: ReadonlySet<string>;
}

/** The input in one canonical form: whatever order the keys came in, the same roster comes out. */
export interface Roster {
  slots: readonly string[];
  slotIndex: ReadonlyMap<string, number>;
  rooms: ReadonlyMap<string, number>;
  /** In id order. */
  investors: ReadonlyMap<string, RosterInvestor>;
  /** In id order. */
  finalists: ReadonlyMap<string, RosterFinalist>;
}

const sortedEntries = <T>(record: Readonly<Record<string, T>>): [string, T][] =>
  Object.entries(record).sort(([a], [b]) => compareIds(a, b));

const whole = (n: number | undefined): number => Math.max(0, Math.floor(n ?? 0));

export function rosterOf(input: MeetingInput): Roster {
  const slotIndex = new Map<string, number>();
  input.slots.forEach((slot, t) => {
    if (slotIndex.has(slot)) throw new Error(`meeting schedule: the slot ${slot} appears twice`);
    slotIndex.set(slot, t);
  });
  const rooms = new Map(input.slots.map((slot) => [slot, Object.hasOwn(input.rooms, slot) ? whole(input.rooms[slot]) : 0]));
  const known = (available: readonly string[]) => new Set(available.filter((slot) => slotIndex.has(slot)));
  const investors = new Map(sortedEntries(input.investors).map(([id, investor]): [string, RosterInvestor] => [id, {
    id,
    cap: whole(investor.cap),
    available: known(investor.available),
    prefs: new Map(sortedEntries(investor.prefs).filter(([, weight]) => weight > 0)),
  }]));
  const finalists = new Map(sortedEntries(input.finalists).map(([id, finalist]): [string, RosterFinalist] => [id, {
    id,
    cap: whole(finalist.cap),
    floor: Math.min(whole(finalist.floor), whole(finalist.cap)),
    available: known(finalist.available),
  }]));
  return { slots: [...input.slots], slotIndex, rooms, investors, finalists };
}

/** Slot order, then investor id, then finalist id; slots the roster does not know come last, by id. */
export function compareMeetings(roster: Roster, a: Meeting, b: Meeting): number {
  const slot = (m: Meeting) => roster.slotIndex.get(m[2]) ?? Infinity;
  return slot(a) - slot(b) || compareIds(a[2], b[2]) || compareIds(a[0], b[0]) || compareIds(a[1], b[1]);
}

/** The slots where both sides are available, in slot order. */
export function commonSlots(roster: Roster, investorId: string, finalistId: string): string[] {
  const investor = roster.investors.get(investorId);
  const finalist = roster.finalists.get(finalistId);
  if (!investor || !finalist) return [];
  return roster.slots.filter((slot) => investor.available.has(slot) && finalist.available.has(slot));
}

// ---- bookings -----------------------------------------------------------------------------------

/** A rule that adding one meeting to a set of meetings would break. */
export type Clash = "investor_busy" | "finalist_busy" | "rooms_full" | "investor_cap" | "finalist_cap" | "pair_met";

const key = (...parts: string[]) => parts.join("\u0000");
const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);

/** Meetings counted the ways the rules count them: per side and slot, per slot, per side, per pair. */
export class Bookings {
  private readonly investorAt = new Set<string>();
  private readonly finalistAt = new Set<string>();
  private readonly pairs = new Set<string>();
  private readonly ofInvestor = new Map<string, number>();
  private readonly ofFinalist = new Map<string, number>();
  private readonly inSlot = new Map<string, number>();

  constructor(meetings: Iterable<Meeting> = []) {
    for (const meeting of meetings) this.add(meeting);
  }

  add([investorId, finalistId, slot]: Meeting): void {
    this.investorAt.add(key(investorId, slot));
    this.finalistAt.add(key(finalistId, slot));
    this.pairs.add(key(investorId, finalistId));
    bump(this.ofInvestor, investorId);
    bump(this.ofFinalist, finalistId);
    bump(this.inSlot, slot);
  }

  investorMeetings = (investorId: string): number => this.ofInvestor.get(investorId) ?? 0;
  finalistMeetings = (finalistId: string): number => this.ofFinalist.get(finalistId) ?? 0;
  meetingsIn = (slot: string): number => this.inSlot.get(slot) ?? 0;
  investorBusy = (investorId: string, slot: string): boolean => this.investorAt.has(key(investorId, slot));
  finalistBusy = (finalistId: string, slot: string): boolean => this.finalistAt.has(key(finalistId, slot));
  met = (investorId: string, finalistId: string): boolean => this.pairs.has(key(investorId, finalistId));
  roomsFull = (roster: Roster, slot: string): boolean => this.meetingsIn(slot) >= (roster.rooms.get(slot) ?? 0);

  /**
   * The rules the meeting would break if added, none when it fits. Availability and preference are not
   * counted here: they do not depend on the other meetings. Sides the roster does not know have cap 0.
   */
  clashes(roster: Roster, [investorId, finalistId, slot]: Meeting): Clash[] {
    const clashes: Clash[] = [];
    if (this.investorBusy(investorId, slot)) clashes.push("investor_busy");
    if (this.finalistBusy(finalistId, slot)) clashes.push("finalist_busy");
    if (this.roomsFull(roster, slot)) clashes.push("rooms_full");
    if (this.investorMeetings(investorId) >= (roster.investors.get(investorId)?.cap ?? 0)) clashes.push("investor_cap");
    if (this.finalistMeetings(finalistId) >= (roster.finalists.get(finalistId)?.cap ?? 0)) clashes.push("finalist_cap");
    if (this.met(investorId, finalistId)) clashes.push("pair_met");
    return clashes;
  }
}

// ---- reasons ------------------------------------------------------------------------------------

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

function droppedReason(roster: Roster, kept: Bookings, meeting: Meeting): DroppedMeeting | undefined {
  const code = droppedCodes.find((c) => droppedReasonHolds(roster, kept, meeting, c));
  if (code === undefined) return undefined;
  const [investor, finalist, slot] = meeting;
  const away = [roster.investors.get(investor)?.available.has(slot) ? [] : [investor], roster.finalists.get(finalist)?.available.has(slot) ? [] : [finalist]].flat();
  return { investor, finalist, slot, reason: translate(droppedMessage[code], "en", { investor, finalist, slot, who: away.join(", ") }), code };
}

// ---- the plan: every meeting that may happen -----------------------------------------------------

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
  return { roster, possible, confirmed: keptIndices.sort((a, b) => a - b), dropped };
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

// ---- the baseline -------------------------------------------------------------------------------

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

// ---- the check ----------------------------------------------------------------------------------

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
