import * as z from "zod/mini";
import { pitchOrders } from "../../domain/demo-day.js";
import { text } from "./common.js";
import { timeZones, WebUrl } from "./events.js";

// What organisers send to plan demo day and swap two slots, and what a finalist sends to ask for a swap.

const Minutes = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

export const DemoDayInput = z
  .strictObject({
    date: z.iso.date({ error: "date_format" }),
    /** The first pitch, in the event's zone: 09:00. */
    startTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "field_format" })),
    /** WIB, WITA or WIT; Kupang's WITA unless said. */
    timeZone: z._default(z.enum(timeZones), "Asia/Makassar"),
    place: z.optional(text(200)),
    onlineUrl: z.optional(WebUrl),
    pitchMinutes: Minutes(3, 30),
    qaMinutes: z._default(Minutes(0, 30), 5),
    bufferMinutes: z._default(Minutes(0, 30), 5),
    breaks: z._default(z.array(z.strictObject({ afterSlot: Minutes(1, 50), minutes: Minutes(5, 120) })).check(z.maxLength(5)), []),
    /** Rank order, or a random order drawn from `seed` (the same seed, the same order). */
    order: z._default(z.enum(pitchOrders), "rank"),
    seed: z.optional(z.int().check(z.gte(0), z.lte(2 ** 31))),
  })
  .check(z.superRefine((input, ctx) => {
    if (!input.place && !input.onlineUrl) ctx.addIssue({ code: "custom", message: "demo_day_place_or_link", path: ["place"], input });
  }));
export type DemoDayInput = z.output<typeof DemoDayInput>;

export const SlotSwapInput = z.strictObject({
  submissionIds: z.tuple([z.uuid(), z.uuid()]).check(z.refine(([a, b]) => a !== b, { error: "swap_two_different" })),
  reason: text(500, 10),
});
export type SlotSwapInput = z.output<typeof SlotSwapInput>;

export const SwapRequestInput = z.strictObject({ reason: text(500, 10) });
