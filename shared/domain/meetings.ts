import type { Meeting, MeetingInput } from "./meeting-schedule.js";
import { instantAt, type IndonesianZone } from "./time.js";

/**
 * Investor–finalist meetings as a product, the pure half: the meeting slots of the event, an investor's
 * ranking turned into weights, the scheduler's input from what everyone said, rooms named for the
 * meetings the scheduler counted, and a meeting's state from both sides' answers. The optimiser and its
 * rules are in `meeting-schedule.ts` and `shared/solver/meeting-schedule.ts`.
 *
 * Choices, so nobody has to guess:
 * - A finalist who has not given their times is taken as free in every slot: finalists are at the event
 *   all day, and a missing answer must not cost them their meetings. An investor who has not given their
 *   ranking asks for nothing.
 * - A meeting either side has accepted and neither declined stays where it is on a re-run (the scheduler's
 *   `confirmed`): nobody should find a meeting they said yes to moved. One that can no longer happen
 *   (a slot or room taken away, a side no longer free then) is cancelled, with the scheduler's reason.
 * - A declined pair is never proposed again, and the re-run after a decline gives its slot to the next
 *   request. A proposal nobody answered may move on a re-run, but only when that gains something: among
 *   the best schedules the scheduler takes the one that moves fewest of them.
 */

export interface MeetingRoom {
  name: string;
  /** For an online meeting: the link both sides open. */
  onlineUrl?: string;
}

export interface MeetingsPlan {
  /** The day and the first meeting, in the event's zone. */
  date: string;
  startTime: string;
  timeZone: IndonesianZone;
  slotMinutes: number;
  /** Between two slots, to change rooms. */
  gapMinutes: number;
  slotCount: number;
  /** Every slot has all of them. */
  rooms: MeetingRoom[];
  /** Most meetings one investor takes, so no investor fills a finalist's day. */
  investorCap: number;
  finalistCap: number;
  /** Meetings every finalist should get where the requests allow it. */
  finalistFloor?: number;
}

/**
 * Once meetings are proposed, a new plan may add slots and rooms and change the caps, but not move a time
 * (day, start, zone, slot length, gap) nor take away a slot or a room a meeting is in: people planned
 * their day around those. False when it would.
 */
export function planKeepsMeetings(before: MeetingsPlan, after: MeetingsPlan, meetings: readonly MeetingState[]): boolean {
  const active = meetings.filter((m) => meetingStatus(m) === "proposed" || meetingStatus(m) === "confirmed");
  if (!active.length) return true;
  const times = (plan: MeetingsPlan) => [plan.date, plan.startTime, plan.timeZone, plan.slotMinutes, plan.gapMinutes].join("|");
  const slots = new Set(meetingSlots(after).map((slot) => slot.slotId));
  const rooms = new Set(after.rooms.map((room) => room.name));
  return times(before) === times(after) && active.every((m) => slots.has(m.slotId) && rooms.has(m.room));
}

export interface MeetingSlot {
  slotId: string;
  startsAt: string;
  endsAt: string;
}

/** The slots `s1` … `sn`, one after another from the first meeting, in UTC. */
export function meetingSlots(plan: Pick<MeetingsPlan, "date" | "startTime" | "timeZone" | "slotMinutes" | "gapMinutes" | "slotCount">): MeetingSlot[] {
  const first = instantAt(plan.date, plan.startTime, plan.timeZone);
  const step = (plan.slotMinutes + plan.gapMinutes) * 60_000;
  return Array.from({ length: plan.slotCount }, (_, i) => ({
    slotId: `s${i + 1}`,
    startsAt: new Date(first + i * step).toISOString(),
    endsAt: new Date(first + i * step + plan.slotMinutes * 60_000).toISOString(),
  }));
}

/**
 * An investor's ranking as weights: with n finalists the first asks with weight n, the next n − 1 …, never
 * below 1. Weights are not normalised per investor: one who ranks a single finalist asks for that meeting
 * as much as another asks for their first, no more.
 */
export function weightsOf(ranked: readonly string[], finalists: number): Record<string, number> {
  return Object.fromEntries(ranked.map((id, i) => [id, Math.max(1, finalists - i)]));
}

export const answers = ["accepted", "declined"] as const;
export type Answer = (typeof answers)[number];

export const meetingStatuses = ["proposed", "confirmed", "declined", "cancelled"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export interface MeetingState {
  investorId: string;
  submissionId: string;
  slotId: string;
  room: string;
  investorAnswer?: Answer;
  finalistAnswer?: Answer;
  /** The scheduler's reason (a dropped code) when a meeting someone accepted could no longer happen. */
  cancelledBecause?: string;
}

export function meetingStatus(meeting: MeetingState): MeetingStatus {
  // a decline is final for the pair, whatever happened to the meeting after
  if (meeting.investorAnswer === "declined" || meeting.finalistAnswer === "declined") return "declined";
  if (meeting.cancelledBecause) return "cancelled";
  return meeting.investorAnswer === "accepted" && meeting.finalistAnswer === "accepted" ? "confirmed" : "proposed";
}

/** Someone said yes and nobody said no: the meeting stays where it is on a re-run. */
export const isKept = (meeting: MeetingState) =>
  meetingStatus(meeting) !== "cancelled" && meetingStatus(meeting) !== "declined" && (meeting.investorAnswer === "accepted" || meeting.finalistAnswer === "accepted");

/** Contacts are shared only once both sides accepted. */
export const sharesContacts = (meeting: MeetingState) => meetingStatus(meeting) === "confirmed";

export interface MeetingWish {
  investorId: string;
  /** Finalists' submission ids, the most wanted first. */
  ranked: readonly string[];
  available: readonly string[];
}

/** What the scheduler reads: the plan, each investor's wish, the finalists' times and the meetings so far. */
export function meetingInputOf(
  plan: MeetingsPlan,
  finalists: readonly string[],
  wishes: readonly MeetingWish[],
  finalistTimes: ReadonlyMap<string, readonly string[]>,
  meetings: readonly MeetingState[],
): MeetingInput {
  const slots = meetingSlots(plan).map((slot) => slot.slotId);
  const declined = new Set(meetings.filter((m) => meetingStatus(m) === "declined").map((m) => `${m.investorId}#${m.submissionId}`));
  return {
    slots,
    rooms: Object.fromEntries(slots.map((slot) => [slot, plan.rooms.length])),
    investors: Object.fromEntries(wishes.map((wish) => [wish.investorId, {
      cap: plan.investorCap,
      available: wish.available,
      prefs: Object.fromEntries(Object.entries(weightsOf(wish.ranked, finalists.length)).filter(([id]) => !declined.has(`${wish.investorId}#${id}`))),
    }])),
    finalists: Object.fromEntries(finalists.map((id) => [id, {
      cap: plan.finalistCap, available: finalistTimes.get(id) ?? slots, ...(plan.finalistFloor ? { floor: plan.finalistFloor } : {}),
    }])),
    confirmed: meetings.filter(isKept).map((m): Meeting => [m.investorId, m.submissionId, m.slotId]),
    // nobody answered these yet: they may move, but not for nothing
    proposed: meetings.filter((m) => meetingStatus(m) === "proposed" && !isKept(m)).map((m): Meeting => [m.investorId, m.submissionId, m.slotId]),
  };
}

/**
 * Names the rooms of a schedule, which counts them: a meeting that stays in its slot keeps its room (one
 * someone accepted first, then an unanswered proposal), the others take the free rooms of their slot in
 * the plan's order. Returns the room of each meeting, in order.
 */
export function roomsOf(meetings: readonly Meeting[], before: readonly MeetingState[], rooms: readonly MeetingRoom[]): string[] {
  const names = new Set(rooms.map((room) => room.name));
  const at = (m: { investorId: string; submissionId: string; slotId: string }) => `${m.investorId}#${m.submissionId}#${m.slotId}`;
  const taken = new Map<string, Set<string>>();
  const takenIn = (slot: string) => taken.get(slot) ?? taken.set(slot, new Set()).get(slot)!;
  const chosen: (string | undefined)[] = meetings.map(() => undefined);
  const keepRooms = (previous: Map<string, string>) => meetings.forEach(([investorId, submissionId, slotId], i) => {
    const room = previous.get(at({ investorId, submissionId, slotId }));
    if (room === undefined || !names.has(room) || takenIn(slotId).has(room)) return;
    takenIn(slotId).add(room);
    chosen[i] = room;
  });
  keepRooms(new Map(before.filter(isKept).map((m) => [at(m), m.room])));
  // then the rest: a meeting kept above finds its room taken (by itself), and declined pairs are never scheduled
  keepRooms(new Map(before.map((m) => [at(m), m.room])));
  return meetings.map(([, , slot], i) => {
    if (chosen[i] !== undefined) return chosen[i];
    const room = rooms.find((r) => !takenIn(slot).has(r.name))!.name;
    takenIn(slot).add(room);
    return room;
  });
}

export const meetingNotices = ["confirmed", "declined", "cancelled"] as const;
export type MeetingNotice = (typeof meetingNotices)[number];

/**
 * What a change to a meeting tells its two sides at once: a confirmation, a decline, a cancellation (also
 * of a proposal taken back); nothing for a room change or a first yes. Proposals are announced apart, once
 * per scheduling run (`awaitsAnnouncement`), so each person gets one message listing all of theirs.
 */
export function meetingNotice(before: MeetingState | undefined, after: MeetingState | undefined): MeetingNotice | undefined {
  const was = before && meetingStatus(before);
  if (!after) return was === "proposed" || was === "confirmed" ? "cancelled" : undefined;
  const now = meetingStatus(after);
  return now === "proposed" || now === was ? undefined : now;
}

/** A proposal its two sides were not told of yet: new, moved to another slot, or made again. */
export const awaitsAnnouncement = (meeting: MeetingState & { proposedAt: string; announcedAt?: string }) =>
  meetingStatus(meeting) === "proposed" && meeting.announcedAt !== meeting.proposedAt;
