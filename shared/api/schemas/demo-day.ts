import * as z from "zod/mini";
import { pitchOrders, slotStatuses } from "../../domain/demo-day.js";
import { Bilingual } from "./common.js";

// Demo day as organisers, finalists and investors read it: the plan as it was saved (what the PUT took,
// so a screen can fill its form back in) and every slot's time in UTC with its local reading.

const Slot = z.object({
  slot: z.number(),
  submissionId: z.string(),
  businessName: z.string(),
  title: z.optional(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  /** "Rabu, 10 Maret 2027 pukul 09.00 WITA" in both languages. */
  local: Bilingual,
  status: z.enum(slotStatuses),
  swapReason: z.optional(z.string()),
});

export const DemoDay = z.object({
  competitionId: z.string(),
  title: Bilingual,
  date: z.string(),
  /** The first pitch, in the event's zone: 09:00. */
  startTime: z.string(),
  timeZone: z.string(),
  zone: z.string(),
  place: z.optional(z.string()),
  onlineUrl: z.optional(z.string()),
  pitchMinutes: z.number(),
  qaMinutes: z.number(),
  bufferMinutes: z.number(),
  /** A break after the n-th slot (from 1), instead of the buffer. */
  breaks: z.array(z.object({ afterSlot: z.number(), minutes: z.number() })),
  order: z.enum(pitchOrders),
  seed: z.optional(z.number()),
  slots: z.array(Slot),
});

/** A finalist's own slot, and the event around it. */
export const MySlot = z.object({ ...DemoDay.shape, mine: Slot });
