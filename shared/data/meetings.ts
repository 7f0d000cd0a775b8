import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { FloorShortfall, UnmetCode } from "../domain/meeting-schedule.js";
import type { Answer, MeetingsPlan, MeetingState } from "../domain/meetings.js";
import type { ItemChange } from "./changes.js";
import { db } from "./client.js";
import { competitionItems, withoutKeys } from "./competition-items.js";
import { namesIn, setFields } from "./expressions.js";
import {
  FINALIST_TIMES_PREFIX, isMeetingSk, finalistTimesKey, isMeetingsSk, MEETING_PREFIX, MEETING_WISH_PREFIX, meetingKey, meetingsKey, meetingsOfInvestorPrefix, meetingWishKey,
} from "./keys.js";
import { tableName } from "./tables.js";
import { transact, type TransactItem } from "./transactions.js";

export const schedulingReasons = ["requested", "meeting_declined", "answered_meanwhile", "results_corrected"] as const;
export type SchedulingReason = (typeof schedulingReasons)[number];

export interface UnmetRequest {
  investorId: string;
  submissionId: string;
  code: UnmetCode;
  /** The slots both sides are free in, for the sentence that explains it. */
  slots: string[];
}

/** A competition's meetings: the plan, and the scheduling run asked for and its outcome (one item, like the assignment run). */
export interface MeetingsItem {
  competitionId: string;
  plan: MeetingsPlan;
  /** Raised by every request to schedule; the job records its outcome only for the revision it computed. */
  revision: number;
  status: "unscheduled" | "pending" | "done";
  reason?: SchedulingReason;
  requestedAt?: string;
  computedAt?: string;
  total?: number;
  unmet?: UnmetRequest[];
  belowFloor?: FloorShortfall[];
  updatedAt: string;
}

export interface MeetingWishItem {
  competitionId: string;
  investorId: string;
  ranked: string[];
  available: string[];
  updatedAt: string;
}

export interface FinalistTimesItem {
  competitionId: string;
  submissionId: string;
  available: string[];
  updatedAt: string;
}

export interface MeetingItem extends MeetingState {
  competitionId: string;
  proposedAt: string;
  /** The `proposedAt` both sides were told of. */
  announcedAt?: string;
  updatedAt: string;
}

const table = () => tableName("judging");

async function conditional(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export async function findMeetings(competitionId: string): Promise<MeetingsItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: meetingsKey(competitionId), ConsistentRead: true }));
  return Item ? withoutKeys<MeetingsItem>(Item) : undefined;
}

/** Sets the plan unless a scheduling run is under way (false then); the run's state and outcome stay. */
export function saveMeetingsPlan(competitionId: string, plan: MeetingsPlan, at: string): Promise<boolean> {
  const update = "SET #competitionId = :competitionId, #plan = :plan, #updatedAt = :at, #revision = if_not_exists(#revision, :zero), #status = if_not_exists(#status, :unscheduled)";
  const condition = "attribute_not_exists(pk) OR #status <> :pending";
  return conditional(() => db().send(new UpdateCommand({
    TableName: table(), Key: meetingsKey(competitionId), UpdateExpression: update, ConditionExpression: condition, ExpressionAttributeNames: namesIn(update, condition),
    ExpressionAttributeValues: { ":competitionId": competitionId, ":plan": plan, ":at": at, ":zero": 0, ":unscheduled": "unscheduled", ":pending": "pending" },
  })));
}

/**
 * Asks the scheduling job to run (again). With `onlyIfScheduled`, only where a schedule was made before:
 * a decline before any schedule frees nothing. Undefined when there is no plan (or nothing to redo).
 */
export async function requestScheduling(competitionId: string, reason: SchedulingReason, at: string, onlyIfScheduled = false): Promise<MeetingsItem | undefined> {
  const update = "SET #revision = #revision + :one, #status = :pending, #reason = :reason, #requestedAt = :at";
  const condition = onlyIfScheduled ? "attribute_exists(#computedAt)" : "attribute_exists(pk)";
  try {
    const { Attributes } = await db().send(new UpdateCommand({
      TableName: table(), Key: meetingsKey(competitionId), UpdateExpression: update, ConditionExpression: condition,
      ExpressionAttributeNames: namesIn(update, condition), ExpressionAttributeValues: { ":one": 1, ":pending": "pending", ":reason": reason, ":at": at },
      ReturnValues: "ALL_NEW",
    }));
    return withoutKeys<MeetingsItem>(Attributes!);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** Records the outcome of `revision`; false when a newer request came in meanwhile (its own run follows). */
export async function completeScheduling(competitionId: string, revision: number, outcome: Required<Pick<MeetingsItem, "computedAt" | "total" | "unmet" | "belowFloor">>): Promise<boolean> {
  return conditional(() => db().send(new UpdateCommand({
    TableName: table(), Key: meetingsKey(competitionId), ...setFields({ ...outcome, status: "done" }, "#revision = :revision", { ":revision": revision }),
  })));
}

/** Scheduling runs whose outcome was just written: their proposals are announced. */
export function schedulingCompleted(changes: readonly ItemChange[]): MeetingsItem[] {
  return changes
    .filter((change) => isMeetingsSk(change.keys.sk) && change.after?.status === "done" && change.after.computedAt !== change.before?.computedAt)
    .map((change) => withoutKeys<MeetingsItem>(change.after!));
}

/** Scheduling runs that were just asked for. */
export function schedulingRequested(changes: readonly ItemChange[]): MeetingsItem[] {
  return changes
    .filter((change) => isMeetingsSk(change.keys.sk) && change.after?.status === "pending" && change.after.revision !== change.before?.revision)
    .map((change) => withoutKeys<MeetingsItem>(change.after!));
}

// ---- what each side said -----------------------------------------------------------------------------

export const wishesOf = (competitionId: string) => competitionItems<MeetingWishItem>(competitionId, MEETING_WISH_PREFIX);
export const finalistTimesOf = (competitionId: string) => competitionItems<FinalistTimesItem>(competitionId, FINALIST_TIMES_PREFIX);

export async function findWish(competitionId: string, investorId: string): Promise<MeetingWishItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: meetingWishKey(competitionId, investorId), ConsistentRead: true }));
  return Item ? withoutKeys<MeetingWishItem>(Item) : undefined;
}

export async function putWish(wish: MeetingWishItem): Promise<void> {
  await db().send(new PutCommand({ TableName: table(), Item: { ...meetingWishKey(wish.competitionId, wish.investorId), ...wish } }));
}

export async function findFinalistTimes(competitionId: string, submissionId: string): Promise<FinalistTimesItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: finalistTimesKey(competitionId, submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<FinalistTimesItem>(Item) : undefined;
}

export async function putFinalistTimes(times: FinalistTimesItem): Promise<void> {
  await db().send(new PutCommand({ TableName: table(), Item: { ...finalistTimesKey(times.competitionId, times.submissionId), ...times } }));
}

// ---- the meetings ----------------------------------------------------------------------------------

/** Every meeting of a competition: a few per investor, read whole by the scheduler and the organisers. */
export const meetingsOf = (competitionId: string) => competitionItems<MeetingItem>(competitionId, MEETING_PREFIX);
export const meetingsOfInvestor = (competitionId: string, investorId: string) => competitionItems<MeetingItem>(competitionId, meetingsOfInvestorPrefix(investorId));

export async function findMeeting(competitionId: string, investorId: string, submissionId: string): Promise<MeetingItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: meetingKey(competitionId, investorId, submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<MeetingItem>(Item) : undefined;
}

const unanswered = "attribute_not_exists(#investorAnswer) AND attribute_not_exists(#finalistAnswer)";

/** A new proposal for a pair, over nothing, a cancelled meeting or one nobody answered yet; false when someone answered meanwhile. */
export function proposeMeeting(meeting: MeetingItem): Promise<boolean> {
  const condition = `attribute_not_exists(pk) OR attribute_exists(#cancelledBecause) OR (${unanswered})`;
  return conditional(() => db().send(new PutCommand({
    TableName: table(), Item: { ...meetingKey(meeting.competitionId, meeting.investorId, meeting.submissionId), ...meeting },
    ConditionExpression: condition, ExpressionAttributeNames: namesIn(condition),
  })));
}

/** Takes back a proposal nobody answered; false when someone answered meanwhile. */
export function withdrawProposal(competitionId: string, investorId: string, submissionId: string): Promise<boolean> {
  return conditional(() => db().send(new DeleteCommand({
    TableName: table(), Key: meetingKey(competitionId, investorId, submissionId), ConditionExpression: unanswered, ExpressionAttributeNames: namesIn(unanswered),
  })));
}

/** A meeting someone accepted that can no longer happen, with the scheduler's reason; or a kept one given another room. */
export function updateKeptMeeting(competitionId: string, investorId: string, submissionId: string, fields: { cancelledBecause: string } | { room: string }, at: string): Promise<boolean> {
  return conditional(() => db().send(new UpdateCommand({
    TableName: table(), Key: meetingKey(competitionId, investorId, submissionId),
    ...setFields({ ...fields, updatedAt: at }, "attribute_exists(pk) AND attribute_not_exists(#cancelledBecause) AND NOT #investorAnswer = :declined AND NOT #finalistAnswer = :declined", { ":declined": "declined" }),
  })));
}

/**
 * One side's answer to the meeting as they read it (same slot, not cancelled), while no scheduling run is
 * under way; false when either moved meanwhile. A decline asks for a scheduling run in the same write, so the
 * freed slot is offered again exactly once, whatever happens to the answer on its way back.
 */
export function answerMeeting(meeting: MeetingItem, side: "investorAnswer" | "finalistAnswer", answer: Answer, at: string): Promise<boolean> {
  const idle = "#status <> :pending";
  const key = meetingsKey(meeting.competitionId);
  const rerun = "SET #revision = #revision + :one, #status = :pending, #reason = :reason, #requestedAt = :at";
  const schedule: TransactItem = answer === "declined"
    ? { Update: { TableName: table(), Key: key, UpdateExpression: rerun, ConditionExpression: idle, ExpressionAttributeNames: namesIn(rerun, idle), ExpressionAttributeValues: { ":one": 1, ":pending": "pending", ":reason": "meeting_declined", ":at": at } } }
    : { ConditionCheck: { TableName: table(), Key: key, ConditionExpression: idle, ExpressionAttributeNames: namesIn(idle), ExpressionAttributeValues: { ":pending": "pending" } } };
  return transact([
    schedule,
    {
      Update: {
        TableName: table(), Key: meetingKey(meeting.competitionId, meeting.investorId, meeting.submissionId),
        ...setFields({ [side]: answer, updatedAt: at }, "#slotId = :slot AND attribute_not_exists(#cancelledBecause)", { ":slot": meeting.slotId }),
      },
    },
  ]);
}

/** Meetings changed in a batch, as they were and are (a deleted proposal has no `after`). */
export function meetingChanges(changes: readonly ItemChange[]): { before?: MeetingItem; after?: MeetingItem }[] {
  return changes
    .filter((change) => isMeetingSk(change.keys.sk))
    .map((change) => ({
      ...(change.before ? { before: withoutKeys<MeetingItem>(change.before) } : {}),
      ...(change.after ? { after: withoutKeys<MeetingItem>(change.after) } : {}),
    }));
}

/** Both sides were told of this proposal (unless it was proposed again meanwhile: then that one is told). */
export function markAnnounced(meeting: MeetingItem): Promise<boolean> {
  return conditional(() => db().send(new UpdateCommand({
    TableName: table(), Key: meetingKey(meeting.competitionId, meeting.investorId, meeting.submissionId),
    ...setFields({ announcedAt: meeting.proposedAt }, "#proposedAt = :proposedAt", { ":proposedAt": meeting.proposedAt }),
  })));
}
