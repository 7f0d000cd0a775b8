import { instantAt, type IndonesianZone } from "./time.js";

/**
 * Demo day, the pure half: the pitch slots of the event, one after another from its start, and the
 * order the finalists pitch in.
 */

export interface DemoDayPlan {
  /** The event's day and first pitch, in its own zone: 2027-03-10, 09:00. */
  date: string;
  startTime: string;
  timeZone: IndonesianZone;
  /** A slot is the pitch and its questions; the buffer lies between two slots. */
  pitchMinutes: number;
  qaMinutes: number;
  bufferMinutes: number;
  /** A break after the n-th slot (from 1), instead of the buffer. */
  breaks: readonly { afterSlot: number; minutes: number }[];
}

const MINUTE = 60_000;

/** When each slot starts and ends, in UTC. */
export function pitchSlotTimes(plan: DemoDayPlan, count: number): { startsAt: string; endsAt: string }[] {
  let at = instantAt(plan.date, plan.startTime, plan.timeZone);
  const slotMs = (plan.pitchMinutes + plan.qaMinutes) * MINUTE;
  return Array.from({ length: count }, (_, i) => {
    const slot = { startsAt: new Date(at).toISOString(), endsAt: new Date(at + slotMs).toISOString() };
    const pause = plan.breaks.find((b) => b.afterSlot === i + 1)?.minutes ?? plan.bufferMinutes;
    at += slotMs + pause * MINUTE;
    return slot;
  });
}

export const pitchOrders = ["rank", "random"] as const;
export type PitchOrder = (typeof pitchOrders)[number];

/** mulberry32: a small seeded generator, so the same seed always draws the same sequence (the same order). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The finalists in rank order, or shuffled by the seed (Fisher–Yates): the same seed, the same order. */
export function pitchingOrder(rankOrder: readonly string[], order: PitchOrder, seed = 1): string[] {
  const ids = [...rankOrder];
  if (order === "rank") return ids;
  const draw = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(draw() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids;
}

export const slotStatuses = ["assigned", "confirmed", "swap_requested"] as const;
export type SlotStatus = (typeof slotStatuses)[number];

export interface PitchSlot {
  startsAt: string;
  endsAt: string;
  submissionId: string;
  status: SlotStatus;
  swapReason?: string;
}

/** Two finalists trade slots; both are asked to confirm again. Each finalist keeps exactly one slot. */
export function swapped(slots: readonly PitchSlot[], a: string, b: string): PitchSlot[] {
  const at = (id: string) => slots.findIndex((slot) => slot.submissionId === id);
  const [i, j] = [at(a), at(b)];
  return slots.map((slot, k) => {
    if (k !== i && k !== j) return slot;
    const { startsAt, endsAt } = slot;
    return { startsAt, endsAt, submissionId: k === i ? b : a, status: "assigned" as const };
  });
}

/** The slots whose finalist has a new time (first plan, a re-plan, a swap): they are told theirs. */
export function slotsToAnnounce(before: readonly PitchSlot[] | undefined, after: readonly PitchSlot[]): PitchSlot[] {
  return after.filter((slot) => !before?.some((was) => was.submissionId === slot.submissionId && was.startsAt === slot.startsAt));
}
