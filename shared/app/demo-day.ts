import type { DemoDayInput, SlotSwapInput } from "../api/schemas/demo-day-input.js";
import { pitchingOrder, pitchSlotTimes, swapped, type PitchSlot } from "../domain/demo-day.js";
import { DomainError } from "../domain/errors.js";
import type { CompetitionItem } from "../data/competitions.js";
import { findDemoDay, saveDemoDay, type DemoDayItem } from "../data/demo-day.js";
import { findPitch, findPitchOf, type PitchItem } from "../data/pitches.js";
import { getCompetition } from "./competitions.js";
import { publishedFinalists } from "./investors.js";
import { settle } from "./retry.js";

/** A demo day with the pitches behind its slots, for views. */
export interface DemoDay {
  competition: CompetitionItem;
  demoDay: DemoDayItem;
  pitches: PitchItem[];
}

async function withPitches(competition: CompetitionItem, demoDay: DemoDayItem): Promise<DemoDay> {
  const pitches = await Promise.all(demoDay.slots.map((slot) => findPitch(competition.competitionId, slot.submissionId)));
  return { competition, demoDay, pitches: pitches.filter((pitch): pitch is PitchItem => pitch !== undefined) };
}

async function requireDemoDay(competitionId: string): Promise<{ competition: CompetitionItem; demoDay: DemoDayItem }> {
  const [competition, demoDay] = await Promise.all([getCompetition(competitionId), findDemoDay(competitionId)]);
  if (!demoDay) throw new DomainError("demo_day_not_found");
  return { competition, demoDay };
}

/**
 * Organisers plan demo day for the published finalists: the event, and one pitch slot each, in rank
 * order or a seeded random one. Planning again (another time, another order) asks every finalist to
 * confirm again.
 */
export async function planDemoDay(competitionId: string, input: DemoDayInput, now: Date): Promise<DemoDay> {
  return settle(async () => {
    const [competition, current] = await Promise.all([getCompetition(competitionId), findDemoDay(competitionId)]);
    if (!competition.publishedVersion) throw new DomainError("results_not_published");
    const finalists = (await publishedFinalists(competition)).map((place) => place.submissionId);
    const { order, seed, place, onlineUrl, ...plan } = input;
    const ids = pitchingOrder(finalists, order, seed);
    const slots = pitchSlotTimes(plan, ids.length).map((times, i): PitchSlot => ({ ...times, submissionId: ids[i]!, status: "assigned" }));
    const demoDay: DemoDayItem = {
      competitionId, plan, order, slots, revision: (current?.revision ?? 0) + 1, updatedAt: now.toISOString(),
      ...(seed === undefined ? {} : { seed }), ...(place === undefined ? {} : { place }), ...(onlineUrl === undefined ? {} : { onlineUrl }),
    };
    return (await saveDemoDay(demoDay, current?.revision)) ? withPitches(competition, demoDay) : undefined;
  });
}

export async function demoDay(competitionId: string): Promise<DemoDay> {
  const { competition, demoDay } = await requireDemoDay(competitionId);
  return withPitches(competition, demoDay);
}

/** Two finalists trade slots (one asked to); both confirm again. */
export async function swapPitchSlots(competitionId: string, input: SlotSwapInput, now: Date): Promise<DemoDay> {
  return settle(async () => {
    const { competition, demoDay } = await requireDemoDay(competitionId);
    const [a, b] = input.submissionIds;
    for (const id of [a, b]) if (!demoDay.slots.some((slot) => slot.submissionId === id)) throw new DomainError("not_found", { details: { submissionId: id } });
    const next = { ...demoDay, slots: swapped(demoDay.slots, a, b), revision: demoDay.revision + 1, updatedAt: now.toISOString() };
    return (await saveDemoDay(next, demoDay.revision)) ? withPitches(competition, next) : undefined;
  });
}

/** The applicant's own slot, if they are a finalist with one; to anyone else demo day has no slot of theirs. */
export async function mySlot(competitionId: string, applicantId: string): Promise<DemoDay & { slot: PitchSlot }> {
  const [{ competition, demoDay }, pitch] = await Promise.all([requireDemoDay(competitionId), findPitchOf(competitionId, applicantId)]);
  const slot = pitch && demoDay.slots.find((s) => s.submissionId === pitch.submissionId);
  if (!slot) throw new DomainError("not_found");
  return { ...(await withPitches(competition, demoDay)), slot };
}

/** A finalist confirms their slot, or asks the organisers to swap it (with why). */
export async function answerMySlot(competitionId: string, applicantId: string, answer: { confirm: true } | { swapReason: string }, now: Date): Promise<DemoDay & { slot: PitchSlot }> {
  return settle(async () => {
    const mine = await mySlot(competitionId, applicantId);
    const slot: PitchSlot = "confirm" in answer
      ? { startsAt: mine.slot.startsAt, endsAt: mine.slot.endsAt, submissionId: mine.slot.submissionId, status: "confirmed" }
      : { startsAt: mine.slot.startsAt, endsAt: mine.slot.endsAt, submissionId: mine.slot.submissionId, status: "swap_requested", swapReason: answer.swapReason };
    const next = { ...mine.demoDay, slots: mine.demoDay.slots.map((s) => (s.submissionId === slot.submissionId ? slot : s)), revision: mine.demoDay.revision + 1, updatedAt: now.toISOString() };
    return (await saveDemoDay(next, mine.demoDay.revision)) ? { ...mine, demoDay: next, slot } : undefined;
  });
}
