import type { FinalistTimesInput, MeetingAnswerInput, MeetingsPlanInput, MeetingWishInput } from "../api/schemas/meetings-input.js";
import { DomainError, invalidField } from "../domain/errors.js";
import { compareIds } from "../domain/judge-assignment.js";
import { isKept, meetingInputOf, meetingSlots, meetingStatus, planKeepsMeetings, roomsOf } from "../domain/meetings.js";
import type { ItemChange } from "../data/changes.js";
import type { CompetitionItem } from "../data/competitions.js";
import { investorsOf, type InvestorItem } from "../data/investors.js";
import {
  answerMeeting, completeScheduling, findFinalistTimes, findMeeting, findMeetings, findWish, finalistTimesOf, meetingsOf, meetingsOfInvestor, proposeMeeting,
  putFinalistTimes, putWish, requestScheduling, saveMeetingsPlan, schedulingRequested, updateKeptMeeting, wishesOf, withdrawProposal,
  type FinalistTimesItem, type MeetingItem, type MeetingsItem, type MeetingWishItem,
} from "../data/meetings.js";
import { findPitch, findPitchOf, type PitchItem } from "../data/pitches.js";
import { scheduleMeetings } from "../solver/meeting-schedule.js";
import { getCompetition } from "./competitions.js";
import { publishedFinalists } from "./investors.js";
import { inBatches, settle } from "./retry.js";

/** How long a scheduling run takes, as a client is told to wait before asking again. */
const RESCHEDULING_SECONDS = 5;

/** The meetings of a competition with the people behind them, for every view. */
export interface Meetings {
  competition: CompetitionItem;
  meetings: MeetingsItem;
  /** The published finalists' pitches, in their places. */
  finalists: PitchItem[];
  /** Every pitch a meeting names: the finalists, and one a correction took out (its meetings are cancelled). */
  pitches: PitchItem[];
  investors: InvestorItem[];
  /** In the order of the day. */
  proposals: MeetingItem[];
}

async function requireMeetings(competitionId: string): Promise<{ competition: CompetitionItem; meetings: MeetingsItem }> {
  const [competition, meetings] = await Promise.all([getCompetition(competitionId), findMeetings(competitionId)]);
  if (!meetings) throw new DomainError("meetings_not_planned");
  return { competition, meetings };
}

async function finalistPitches(competition: CompetitionItem): Promise<PitchItem[]> {
  const places = await publishedFinalists(competition);
  const pitches = await Promise.all(places.map((place) => findPitch(competition.competitionId, place.submissionId)));
  return pitches.filter((pitch): pitch is PitchItem => pitch !== undefined);
}

/** Meetings in the order of the day: by slot, then investor; a slot the plan no longer has comes last. */
function inTimeOrder(meetings: MeetingsItem, proposals: readonly MeetingItem[]): MeetingItem[] {
  const order = new Map(meetingSlots(meetings.plan).map((slot, i) => [slot.slotId, i]));
  const at = (m: MeetingItem) => order.get(m.slotId) ?? order.size;
  return [...proposals].sort((a, b) => at(a) - at(b) || compareIds(a.investorId, b.investorId));
}

async function withPeople(competition: CompetitionItem, meetings: MeetingsItem, proposals: MeetingItem[]): Promise<Meetings> {
  const [finalists, investors] = await Promise.all([finalistPitches(competition), investorsOf(competition.competitionId)]);
  const named = new Set(finalists.map((pitch) => pitch.submissionId));
  const others = await Promise.all([...new Set(proposals.map((m) => m.submissionId))].filter((id) => !named.has(id)).map((id) => findPitch(competition.competitionId, id)));
  const pitches = [...finalists, ...others.filter((pitch): pitch is PitchItem => pitch !== undefined)];
  return { competition, meetings, finalists, pitches, investors, proposals: inTimeOrder(meetings, proposals) };
}

// ---- organisers ------------------------------------------------------------------------------------

/** Organisers set the meetings' slots, rooms and caps once the finalists are published; scheduling is asked for apart. */
export async function planMeetings(competitionId: string, input: MeetingsPlanInput, now: Date) {
  const [competition, current, proposals] = await Promise.all([getCompetition(competitionId), findMeetings(competitionId), meetingsOf(competitionId)]);
  if (!competition.publishedVersion) throw new DomainError("results_not_published", { messageKey: "results_not_published_meetings" });
  if (current && !planKeepsMeetings(current.plan, input, proposals)) throw new DomainError("meetings_times_fixed");
  // saved only while no run is under way: a run writes meetings for the plan it read
  if (!(await saveMeetingsPlan(competitionId, input, now.toISOString()))) throw new DomainError("meetings_rescheduling", { retryAfterSeconds: RESCHEDULING_SECONDS });
  return meetingsOverview(competitionId);
}

export async function meetingsOverview(competitionId: string): Promise<Meetings & { wishes: MeetingWishItem[]; finalistTimes: FinalistTimesItem[] }> {
  const { competition, meetings } = await requireMeetings(competitionId);
  const [proposals, wishes, finalistTimes] = await Promise.all([meetingsOf(competitionId), wishesOf(competitionId), finalistTimesOf(competitionId)]);
  return { ...(await withPeople(competition, meetings, proposals)), wishes, finalistTimes };
}

/** The organisers ask for a schedule (again); a job computes it, keeping the meetings someone already accepted. */
export async function requestMeetingSchedule(competitionId: string, now: Date): Promise<MeetingsItem> {
  await getCompetition(competitionId);
  const run = await requestScheduling(competitionId, "requested", now.toISOString());
  if (!run) throw new DomainError("meetings_not_planned");
  return run;
}

// ---- the scheduling job ----------------------------------------------------------------------------

export async function runRequestedScheduling(changes: readonly ItemChange[], now: Date): Promise<void> {
  for (const run of schedulingRequested(changes)) await scheduleRun(run, now);
}

const pairOf = (m: { investorId: string; submissionId: string }) => `${m.investorId}#${m.submissionId}`;

/**
 * One requested run: read what everyone said, solve, and write only what changes. A proposal nobody
 * answered moves or goes; a meeting someone accepted stays, or is cancelled with the scheduler's reason.
 * Every write is conditional on nobody having answered meanwhile; when one lost that race the run asks for
 * another, which then keeps the answered meeting.
 */
export async function scheduleRun(run: MeetingsItem, now: Date): Promise<void> {
  const competitionId = run.competitionId;
  const competition = await getCompetition(competitionId);
  const [finalists, wishes, times, before] = await Promise.all([publishedFinalists(competition), wishesOf(competitionId), finalistTimesOf(competitionId), meetingsOf(competitionId)]);
  const active = before.filter((m) => meetingStatus(m) === "proposed" || meetingStatus(m) === "confirmed");
  const input = meetingInputOf(run.plan, finalists.map((place) => place.submissionId), wishes, new Map(times.map((t) => [t.submissionId, t.available])), before);
  const schedule = await scheduleMeetings(input);
  const rooms = roomsOf(schedule.meetings, active, run.plan.rooms);
  const commonSlots = (investorId: string, submissionId: string) =>
    input.slots.filter((slot) => input.investors[investorId]?.available.includes(slot) && input.finalists[submissionId]?.available.includes(slot));
  const at = now.toISOString();
  const current = new Map(active.map((m) => [pairOf(m), m]));
  const scheduled = new Set(schedule.meetings.map(([investorId, submissionId]) => pairOf({ investorId, submissionId })));
  const droppedBecause = new Map(schedule.dropped.map((d) => [pairOf({ investorId: d.investor, submissionId: d.finalist }), d.code]));
  let raced = false;
  const lost = (written: boolean) => { raced ||= !written; };
  await inBatches(active.filter((m) => !scheduled.has(pairOf(m))), async (m) => {
    if (isKept(m)) await updateKeptMeeting(competitionId, m.investorId, m.submissionId, { cancelledBecause: droppedBecause.get(pairOf(m)) ?? "clash" }, at);
    else lost(await withdrawProposal(competitionId, m.investorId, m.submissionId));
  });
  await inBatches(schedule.meetings.map((meeting, i) => ({ meeting, room: rooms[i]! })), async ({ meeting: [investorId, submissionId, slotId], room }) => {
    const was = current.get(pairOf({ investorId, submissionId }));
    if (was?.slotId === slotId) {
      if (was.room !== room) lost(await updateKeptMeeting(competitionId, investorId, submissionId, { room }, at));
      return;
    }
    lost(await proposeMeeting({ competitionId, investorId, submissionId, slotId, room, proposedAt: at, updatedAt: at }));
  });
  await completeScheduling(competitionId, run.revision, {
    computedAt: at, total: schedule.total, belowFloor: schedule.belowFloor,
    unmet: schedule.unmet.map((u) => ({ investorId: u.investor, submissionId: u.finalist, code: u.code, slots: commonSlots(u.investor, u.finalist) })),
  });
  if (raced) await requestScheduling(competitionId, "answered_meanwhile", at);
}

// ---- investors -------------------------------------------------------------------------------------

export async function investorMeetings(competitionId: string, investorId: string): Promise<Meetings & { wish?: MeetingWishItem }> {
  const { competition, meetings } = await requireMeetings(competitionId);
  const [proposals, wish] = await Promise.all([meetingsOfInvestor(competitionId, investorId), findWish(competitionId, investorId)]);
  return { ...(await withPeople(competition, meetings, proposals)), ...(wish ? { wish } : {}) };
}

function checkSlots(meetings: MeetingsItem, available: readonly string[]) {
  const slots = new Set(meetingSlots(meetings.plan).map((slot) => slot.slotId));
  if (available.some((slot) => !slots.has(slot))) throw invalidField("available", "meeting_slot_unknown");
}

/** An investor ranks the finalists they want to meet and gives their free slots; the next scheduling run reads them. */
export async function setMeetingWish(competitionId: string, investorId: string, input: MeetingWishInput, now: Date): Promise<Meetings & { wish?: MeetingWishItem }> {
  const { competition, meetings } = await requireMeetings(competitionId);
  checkSlots(meetings, input.available);
  const finalists = new Set((await publishedFinalists(competition)).map((place) => place.submissionId));
  if (input.ranked.some((id) => !finalists.has(id))) throw invalidField("ranked", "meeting_not_a_finalist");
  await putWish({ competitionId, investorId, ranked: input.ranked, available: input.available, updatedAt: now.toISOString() });
  return investorMeetings(competitionId, investorId);
}

export async function answerAsInvestor(competitionId: string, investorId: string, submissionId: string, answer: MeetingAnswerInput, now: Date): Promise<Meetings & { wish?: MeetingWishItem }> {
  await answered(competitionId, investorId, submissionId, "investorAnswer", answer, now);
  return investorMeetings(competitionId, investorId);
}

/**
 * One side answers the meeting at the slot they saw (`slotId`): a meeting moved since answers 409, so a yes
 * never lands on a time nobody saw. While a scheduling run is under way answers wait (409 with
 * Retry-After): the run reads every answer given before it, and none can slip in behind its read. A
 * decline is final for the pair and asks for a re-run, which gives the freed slot to the next request; a
 * cancelled meeting cannot be answered.
 */
async function answered(competitionId: string, investorId: string, submissionId: string, side: "investorAnswer" | "finalistAnswer", input: MeetingAnswerInput, now: Date): Promise<void> {
  const at = now.toISOString();
  await settle(async () => {
    const [meetings, meeting] = await Promise.all([findMeetings(competitionId), findMeeting(competitionId, investorId, submissionId)]);
    if (!meeting || !meetings) throw new DomainError("not_found");
    // what this side already said at this slot (a repeat, or a retry whose answer was lost): nothing to write,
    // even while the run its own decline asked for is under way
    if (meeting[side] === input.answer && meeting.slotId === input.slotId) return false;
    if (meetings.status === "pending") throw new DomainError("meetings_rescheduling", { retryAfterSeconds: RESCHEDULING_SECONDS });
    const status = meetingStatus(meeting);
    if (status === "cancelled") throw new DomainError("meeting_cancelled");
    if (status === "declined") {
      if (input.answer === "declined") return false;
      throw new DomainError("meeting_declined");
    }
    if (meeting.slotId !== input.slotId) throw new DomainError("meeting_moved", { details: { slotId: meeting.slotId } });
    return (await answerMeeting(meeting, side, input.answer, at)) || undefined;
  });
}

// ---- finalists -------------------------------------------------------------------------------------

/** The applicant's pitch, if it is a published finalist; to anyone else the meetings have nothing of theirs. */
async function requireFinalist(competition: CompetitionItem, applicantId: string): Promise<PitchItem> {
  const [pitch, finalists] = await Promise.all([findPitchOf(competition.competitionId, applicantId), publishedFinalists(competition)]);
  if (!pitch || !finalists.some((place) => place.submissionId === pitch.submissionId)) throw new DomainError("not_found");
  return pitch;
}

export async function finalistMeetings(competitionId: string, applicantId: string): Promise<Meetings & { pitch: PitchItem; times?: FinalistTimesItem }> {
  const { competition, meetings } = await requireMeetings(competitionId);
  const pitch = await requireFinalist(competition, applicantId);
  const [all, times] = await Promise.all([meetingsOf(competitionId), findFinalistTimes(competitionId, pitch.submissionId)]);
  const proposals = all.filter((m) => m.submissionId === pitch.submissionId);
  return { ...(await withPeople(competition, meetings, proposals)), pitch, ...(times ? { times } : {}) };
}

/** A finalist gives their free slots (without them, every slot counts as free). */
export async function setFinalistTimes(competitionId: string, applicantId: string, input: FinalistTimesInput, now: Date) {
  const { competition, meetings } = await requireMeetings(competitionId);
  checkSlots(meetings, input.available);
  const pitch = await requireFinalist(competition, applicantId);
  await putFinalistTimes({ competitionId, submissionId: pitch.submissionId, available: input.available, updatedAt: now.toISOString() });
  return finalistMeetings(competitionId, applicantId);
}

export async function answerAsFinalist(competitionId: string, applicantId: string, investorId: string, answer: MeetingAnswerInput, now: Date) {
  const { competition } = await requireMeetings(competitionId);
  const pitch = await requireFinalist(competition, applicantId);
  await answered(competitionId, investorId, pitch.submissionId, "finalistAnswer", answer, now);
  return finalistMeetings(competitionId, applicantId);
}
