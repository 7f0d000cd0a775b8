import * as z from "zod/mini";
import { investorKinds } from "../../domain/investors.js";
import { unmetCodes } from "../../domain/meeting-schedule.js";
import { answers, meetingStatuses } from "../../domain/meetings.js";
import { Bilingual } from "./common.js";

// Investor–finalist meetings as organisers, investors and finalists read them: every time in UTC with its
// reading in the event's zone; contacts only in a meeting both sides accepted. Organisers read the plan as
// it was saved too (what the PUT took), so a screen can fill its form back in.

const Slot = z.object({ slotId: z.string(), startsAt: z.string(), endsAt: z.string(), local: Bilingual });

const Event = {
  competitionId: z.string(),
  title: Bilingual,
  date: z.string(),
  timeZone: z.string(),
  zone: z.string(),
  slotMinutes: z.number(),
  slots: z.array(Slot),
};

const When = { slotId: z.string(), startsAt: z.string(), endsAt: z.string(), local: Bilingual, room: z.string(), onlineUrl: z.optional(z.string()) };
const Cancelled = z.optional(z.object({ code: z.string(), reason: z.string() }));

export const SchedulingRun = z.object({
  status: z.enum(["unscheduled", "pending", "done"]),
  revision: z.number(),
  requestedAt: z.optional(z.string()),
  computedAt: z.optional(z.string()),
  /** The summed preference weight of the meetings. */
  total: z.optional(z.number()),
});

const Unmet = z.object({ investorId: z.string(), investorName: z.string(), submissionId: z.string(), businessName: z.string(), code: z.enum(unmetCodes), reason: z.string() });

export const MeetingsOverview = z.object({
  ...Event,
  /** The first meeting, in the event's zone: 13:00. */
  startTime: z.string(),
  gapMinutes: z.number(),
  slotCount: z.number(),
  rooms: z.array(z.object({ name: z.string(), onlineUrl: z.optional(z.string()) })),
  investorCap: z.number(),
  finalistCap: z.number(),
  finalistFloor: z.optional(z.number()),
  run: SchedulingRun,
  /** Who has said what so far: investors' rankings, finalists' free slots (a finalist who has not said is free all day). */
  investors: z.array(z.object({ investorId: z.string(), name: z.string(), organisation: z.string(), ranked: z.number(), available: z.number(), meetings: z.number() })),
  finalists: z.array(z.object({ submissionId: z.string(), businessName: z.string(), available: z.nullable(z.number()), meetings: z.number() })),
  meetings: z.array(z.object({
    investorId: z.string(), investorName: z.string(), organisation: z.string(), submissionId: z.string(), businessName: z.string(), ...When,
    status: z.enum(meetingStatuses), investorAnswer: z.optional(z.enum(answers)), finalistAnswer: z.optional(z.enum(answers)), cancelled: Cancelled,
  })),
  unmet: z.array(Unmet),
  belowFloor: z.array(z.object({ submissionId: z.string(), businessName: z.string(), floor: z.number(), meetings: z.number() })),
});

export const InvestorMeetings = z.object({
  ...Event,
  run: SchedulingRun,
  wish: z.optional(z.object({ ranked: z.array(z.string()), available: z.array(z.string()), updatedAt: z.string() })),
  finalists: z.array(z.object({ submissionId: z.string(), businessName: z.string(), title: z.optional(z.string()) })),
  meetings: z.array(z.object({
    submissionId: z.string(), businessName: z.string(), title: z.optional(z.string()), ...When,
    status: z.enum(meetingStatuses), myAnswer: z.optional(z.enum(answers)), theirAnswer: z.optional(z.enum(answers)), cancelled: Cancelled,
    /** Only once both sides accepted. */
    contact: z.optional(z.object({ ownerName: z.string(), phone: z.string(), email: z.optional(z.string()) })),
  })),
  unmet: z.array(Unmet),
});

export const FinalistMeetings = z.object({
  ...Event,
  submissionId: z.string(),
  /** My free slots; null: not said, so every slot counts as free. */
  available: z.nullable(z.array(z.string())),
  meetings: z.array(z.object({
    investorId: z.string(), investorName: z.string(), organisation: z.string(), kind: z.enum(investorKinds), ...When,
    status: z.enum(meetingStatuses), myAnswer: z.optional(z.enum(answers)), theirAnswer: z.optional(z.enum(answers)), cancelled: Cancelled,
    /** Only once both sides accepted. */
    contact: z.optional(z.object({ name: z.string(), email: z.string() })),
  })),
});
