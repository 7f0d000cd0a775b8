import * as z from "zod/mini";
import { answers } from "../../domain/meetings.js";
import { text } from "./common.js";
import { timeZones, WebUrl } from "./events.js";

// What organisers send to plan the meetings, what investors and finalists say, and their answers.

const Count = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const SlotId = z.string().check(z.regex(/^s[1-9]\d{0,2}$/, { error: "meeting_slot_unknown" }));
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const MeetingsPlanInput = z
  .strictObject({
    date: z.iso.date({ error: "date_format" }),
    /** The first meeting, in the event's zone: 13:00. */
    startTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "field_format" })),
    timeZone: z._default(z.enum(timeZones), "Asia/Makassar"),
    slotMinutes: Count(10, 120),
    gapMinutes: z._default(Count(0, 60), 5),
    slotCount: Count(1, 48),
    rooms: z.array(z.strictObject({ name: text(60), onlineUrl: z.optional(WebUrl) })).check(z.minLength(1), z.maxLength(50), z.refine((rooms) => unique(rooms.map((room) => room.name)), { error: "meeting_rooms_unique" })),
    investorCap: Count(1, 48),
    finalistCap: Count(1, 48),
    finalistFloor: z.optional(Count(0, 48)),
  })
  .check(z.superRefine((input, ctx) => {
    if ((input.finalistFloor ?? 0) > input.finalistCap) ctx.addIssue({ code: "custom", message: "meeting_floor_above_cap", path: ["finalistFloor"], input });
  }));
export type MeetingsPlanInput = z.output<typeof MeetingsPlanInput>;

const Slots = z.array(SlotId).check(z.maxLength(48), z.refine(unique, { error: "list_unique" }));

export const MeetingWishInput = z.strictObject({
  /** The finalists' submission ids, the one most wanted first. */
  ranked: z.array(z.uuid()).check(z.maxLength(50), z.refine(unique, { error: "list_unique" })),
  available: Slots,
});
export type MeetingWishInput = z.output<typeof MeetingWishInput>;

export const FinalistTimesInput = z.strictObject({ available: Slots });
export type FinalistTimesInput = z.output<typeof FinalistTimesInput>;

/** The answer, and the slot the meeting was in when the person read it. */
export const MeetingAnswerInput = z.strictObject({ answer: z.enum(answers), slotId: SlotId });
export type MeetingAnswerInput = z.output<typeof MeetingAnswerInput>;
