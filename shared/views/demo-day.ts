import type * as z from "zod/mini";
import type { DemoDay as DemoDayOut, MySlot } from "../api/schemas/demo-day.js";
import type { DemoDay } from "../app/demo-day.js";
import type { PitchSlot } from "../domain/demo-day.js";
import { localTime, zoneNames } from "../domain/time.js";

// Demo day as each reads it: organisers see why a finalist asked to swap; finalists and investors see
// the programme, each time with its reading in the event's zone.

type Audience = "organiser" | "programme";

function slotView({ demoDay, pitches }: DemoDay, slot: PitchSlot, audience: Audience) {
  const pitch = pitches.find((p) => p.submissionId === slot.submissionId);
  return {
    slot: demoDay.slots.indexOf(slot) + 1, submissionId: slot.submissionId, businessName: pitch?.business.businessName ?? "", title: pitch?.title,
    startsAt: slot.startsAt, endsAt: slot.endsAt, local: localTime(slot.startsAt, demoDay.plan.timeZone), status: slot.status,
    ...(audience === "organiser" && slot.swapReason ? { swapReason: slot.swapReason } : {}),
  };
}

export function demoDayView(day: DemoDay, audience: Audience = "organiser"): z.output<typeof DemoDayOut> {
  const { competition, demoDay } = day;
  const { plan } = demoDay;
  return {
    competitionId: competition.competitionId, title: competition.title, date: plan.date, startTime: plan.startTime, timeZone: plan.timeZone, zone: zoneNames[plan.timeZone],
    place: demoDay.place, onlineUrl: demoDay.onlineUrl, pitchMinutes: plan.pitchMinutes, qaMinutes: plan.qaMinutes, bufferMinutes: plan.bufferMinutes,
    breaks: [...plan.breaks],
    order: demoDay.order, seed: demoDay.seed,
    slots: demoDay.slots.map((slot) => slotView(day, slot, audience)),
  };
}

export const programmeView = (day: DemoDay) => demoDayView(day, "programme");

/** The finalist's own slot (with their own swap request), and the programme around it. */
export function mySlotView(day: DemoDay & { slot: PitchSlot }): z.output<typeof MySlot> {
  const mine = day.demoDay.slots.find((s) => s.submissionId === day.slot.submissionId)!;
  return { ...demoDayView(day, "programme"), mine: { ...slotView(day, mine, "organiser") } };
}
