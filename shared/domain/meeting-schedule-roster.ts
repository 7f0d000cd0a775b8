import { compareIds } from "./judge-assignment.js";

/**
 * The investor meetings' vocabulary, lowest of the meeting-schedule modules: what goes in and what comes
 * out (the rules and choices are told in `meeting-schedule.ts`), the input in one canonical lookup form,
 * and meetings counted the ways the rules count them. The reasons, the plan, the baseline and the check
 * all build on these, so they sit apart and import nothing of the others.
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
  /** Meetings both sides have confirmed: kept on a re-run unless they can no longer happen (see `meeting-schedule.ts`). */
  confirmed?: readonly Meeting[] | undefined;
  /**
   * Meetings proposed before that nobody answered yet: not kept, but among the best schedules (the same floor
   * met, the same weight) the one that moves fewest of them wins, so a re-run does not shuffle people's
   * proposals for nothing. Honoured when every weight is a whole number (the only case where a bonus
   * below one weight unit is sure never to outweigh a real difference).
   */
  proposed?: readonly Meeting[] | undefined;
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

/** One Set or Map key made of several ids. */
export const key = (...parts: string[]) => parts.join("\u0000");
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
