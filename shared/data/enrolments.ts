import { GetCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { EnrolmentStatus } from "../domain/seats.js";
import { batchGet, db, queryAll } from "./client.js";
import { namesIn } from "./expressions.js";
import type { ItemChange } from "./changes.js";
import { applicantIdOfEnrolmentSk, isEnrolmentByApplicantKey, isEnrolmentKey, isEnrolmentSk, isRosterByStatusKey, isWaitKey, applicantPk, classPk, seatsKey, ENROLMENT_PREFIX, enrolmentByApplicantKeys, enrolmentKey, rosterByStatusKeys, rosterByStatusPk, WAIT_FIRST, WAIT_PREFIX, waitKey, waitSk } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

export interface EnrolmentItem {
  classId: string;
  classTitle: { id: string; en: string };
  applicantId: string;
  /** The names at enrolment; rosters show today's names from the profile. */
  ownerName: string;
  businessName: string;
  status: EnrolmentStatus;
  /** The waitlist ticket, only while waitlisted. */
  waitSeq?: number;
  createdAt: string;
  updatedAt: string;
}

export interface WaitlistEntry {
  seq: number;
  applicantId: string;
}

const table = () => tableName("classes");

export async function findEnrolment(classId: string, applicantId: string): Promise<EnrolmentItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: enrolmentKey(classId, applicantId), ConsistentRead: true }));
  return Item as EnrolmentItem | undefined;
}

/** Waiting entries up to and including ticket `seq`: the holder's place in the queue. */
export async function countWaitingUpTo(classId: string, seq: number): Promise<number> {
  const { Count = 0 } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :first AND :mine",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":first": WAIT_FIRST, ":mine": waitSk(seq) },
    Select: "COUNT",
    ConsistentRead: true,
  }));
  return Count;
}

/** An atomic counter on the class, outside any transaction so waitlisters do not abort each other's transactions. */
export async function takeWaitTicket(classId: string): Promise<number> {
  const { Attributes } = await db().send(new UpdateCommand({
    TableName: table(),
    Key: seatsKey(classId),
    UpdateExpression: "ADD #waitSeq :one",
    ExpressionAttributeNames: namesIn("#waitSeq"),
    ExpressionAttributeValues: { ":one": 1 },
    ReturnValues: "UPDATED_NEW",
  }));
  return Attributes!.waitSeq as number;
}

/** The first `limit` entries of the waitlist, in arrival order. */
export async function waitlistFront(classId: string, limit: number): Promise<WaitlistEntry[]> {
  const { Items = [] } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":wait": WAIT_PREFIX },
    Limit: limit,
    ConsistentRead: true,
  }));
  return Items.map((entry) => ({ seq: entry.seq as number, applicantId: entry.applicantId as string }));
}

/** A page of the waitlist, in arrival order: the organisers' roster of those waiting. */
export async function waitlistPage(classId: string, limit: number, cursor?: string): Promise<Page<WaitlistEntry>> {
  const pk = classPk(classId);
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": pk, ":wait": WAIT_PREFIX },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { pk }, ["pk", "sk"], isWaitKey),
    ConsistentRead: true,
  }));
  return { items: Items.map((entry) => ({ seq: entry.seq as number, applicantId: entry.applicantId as string })), nextCursor: encodeCursor(LastEvaluatedKey) };
}

/** Every ticket in the queue, in order (small items, a few Query pages at most). */
export async function waitlistTickets(classId: string): Promise<number[]> {
  const entries = await queryAll({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":wait": WAIT_PREFIX },
    ProjectionExpression: "#seq",
    ExpressionAttributeNames: namesIn("#seq"),
    ConsistentRead: true,
  });
  return entries.map((entry) => entry.seq as number);
}

// ---- the parts of the seat transactions; each condition restates a rule of `domain/seats` ----

const openWindow = "#enrolmentOpensAt <= :now AND #enrolmentClosesAt > :now";

/** A seat for a newcomer: one is free, nobody waits for it, enrolment is open. */
export function takeSeat(classId: string, at: string): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: seatsKey(classId),
      UpdateExpression: "SET #enrolled = #enrolled + :one",
      ConditionExpression: `#enrolled < #capacity AND #waiting = :zero AND ${openWindow}`,
      ExpressionAttributeNames: namesIn(`#enrolled #capacity #waiting ${openWindow}`),
      ExpressionAttributeValues: { ":one": 1, ":zero": 0, ":now": at },
    },
  };
}

/** A place in the queue: still no seat for a newcomer (otherwise we would queue beside a free seat). */
export function joinWaitlist(classId: string, at: string): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: seatsKey(classId),
      UpdateExpression: "SET #waiting = #waiting + :one",
      ConditionExpression: `(#enrolled >= #capacity OR #waiting > :zero) AND #waitlistEnabled = :true AND ${openWindow}`,
      ExpressionAttributeNames: namesIn(`#enrolled #capacity #waiting #waitlistEnabled ${openWindow}`),
      ExpressionAttributeValues: { ":one": 1, ":zero": 0, ":true": true, ":now": at },
    },
  };
}

/** The enrolment, new or after a withdrawal. */
export function putEnrolment(item: EnrolmentItem): TransactItem {
  return {
    Put: {
      TableName: table(),
      Item: {
        ...enrolmentKey(item.classId, item.applicantId), ...enrolmentByApplicantKeys(item.classId, item.applicantId),
        ...rosterByStatusKeys(item.classId, item.applicantId, item.status), ...item,
      },
      ConditionExpression: "attribute_not_exists(pk) OR #status = :withdrawn",
      ExpressionAttributeNames: namesIn("#status"),
      ExpressionAttributeValues: { ":withdrawn": "withdrawn" },
    },
  };
}

export function putWaitlistEntry(classId: string, entry: WaitlistEntry): TransactItem {
  return { Put: { TableName: table(), Item: { ...waitKey(classId, entry.seq), ...entry }, ConditionExpression: "attribute_not_exists(pk)" } };
}

export function leaveWaitlist(classId: string, seq: number): TransactItem {
  return { Delete: { TableName: table(), Key: waitKey(classId, seq), ConditionExpression: "attribute_exists(pk)" } };
}

/** Withdrawn, only from the status the decision was made on, so a double withdrawal cannot free two seats. */
export function markWithdrawn(classId: string, applicantId: string, was: EnrolmentStatus, at: string): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: enrolmentKey(classId, applicantId),
      UpdateExpression: "SET #status = :withdrawn, #gsi3pk = :roster, #updatedAt = :at REMOVE #waitSeq",
      ConditionExpression: "#status = :was",
      ExpressionAttributeNames: namesIn("#status #gsi3pk #updatedAt #waitSeq"),
      ExpressionAttributeValues: { ":withdrawn": "withdrawn", ":roster": rosterByStatusPk(classId, "withdrawn"), ":at": at, ":was": was },
    },
  };
}

/** The head of the queue gets the seat, only if it still waits under the ticket we read. */
export function promote(classId: string, head: WaitlistEntry, at: string): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: enrolmentKey(classId, head.applicantId),
      UpdateExpression: "SET #status = :enrolled, #gsi3pk = :roster, #updatedAt = :at REMOVE #waitSeq",
      ConditionExpression: "#status = :waitlisted AND #waitSeq = :seq",
      ExpressionAttributeNames: namesIn("#status #gsi3pk #updatedAt #waitSeq"),
      ExpressionAttributeValues: { ":enrolled": "enrolled", ":roster": rosterByStatusPk(classId, "enrolled"), ":waitlisted": "waitlisted", ":seq": head.seq, ":at": at },
    },
  };
}

export function shortenWaitlist(classId: string): TransactItem {
  return classCounters(classId, "SET #waiting = #waiting - :one");
}

/** A seat freed with nobody waiting for it. */
export function freeSeat(classId: string): TransactItem {
  return classCounters(classId, "SET #enrolled = #enrolled - :one", "#waiting = :zero");
}

function classCounters(classId: string, update: string, condition?: string): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: seatsKey(classId),
      UpdateExpression: update,
      ConditionExpression: condition,
      ExpressionAttributeNames: namesIn(update, condition),
      ExpressionAttributeValues: { ":one": 1, ...(condition ? { ":zero": 0 } : {}) },
    },
  };
}

/** `n` queued applicants take free seats; conditions cannot add, so "enrolled + n <= capacity" is said against the capacity read. */
export function fillSeats(classId: string, n: number, capacityRead: number): TransactItem {
  return {
    Update: {
      TableName: table(),
      Key: seatsKey(classId),
      UpdateExpression: "SET #enrolled = #enrolled + :n, #waiting = #waiting - :n",
      ConditionExpression: "#enrolled <= :most AND #capacity = :capacity",
      ExpressionAttributeNames: namesIn("#enrolled #waiting #capacity"),
      ExpressionAttributeValues: { ":n": n, ":most": capacityRead - n, ":capacity": capacityRead },
    },
  };
}

/** Part of a transaction that must only commit while the applicant still holds a seat. */
export function seatStillHeld(classId: string, applicantId: string): TransactItem {
  return {
    ConditionCheck: {
      TableName: table(),
      Key: enrolmentKey(classId, applicantId),
      ConditionExpression: "#status = :enrolled",
      ExpressionAttributeNames: namesIn("#status"),
      ExpressionAttributeValues: { ":enrolled": "enrolled" },
    },
  };
}

/** Many applicants' enrolments in a class, read consistently; unprocessed ids are handed back. */
export async function findEnrolments(classId: string, applicantIds: readonly string[]): Promise<{ found: EnrolmentItem[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<EnrolmentItem>(table(), applicantIds.map((id) => enrolmentKey(classId, id)), { consistent: true });
  return { found: items, unprocessed: unprocessed.map((key) => applicantIdOfEnrolmentSk(String(key.sk))) };
}

/** Enrolment status of many applicants; unprocessed ids are handed back. */
export async function findSeatStatuses(classId: string, applicantIds: readonly string[]): Promise<{ found: { applicantId: string; status: EnrolmentStatus }[]; unprocessed: string[] }> {
  const keys = applicantIds.map((id) => enrolmentKey(classId, id));
  const { items, unprocessed } = await batchGet<{ applicantId: string; status: EnrolmentStatus }>(table(), keys, { projection: "#applicantId, #status", consistent: true });
  return { found: items, unprocessed: unprocessed.map((key) => applicantIdOfEnrolmentSk(String(key.sk))) };
}

export async function enrolmentsOfApplicant(applicantId: string, limit: number, cursor?: string): Promise<Page<EnrolmentItem>> {
  const partition = applicantPk(applicantId);
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "enrolmentsByApplicant",
    KeyConditionExpression: "gsi2pk = :pk",
    ExpressionAttributeValues: { ":pk": partition },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { gsi2pk: partition }, ["pk", "sk", "gsi2pk", "gsi2sk"], isEnrolmentByApplicantKey),
  }));
  return { items: Items as EnrolmentItem[], nextCursor: encodeCursor(LastEvaluatedKey) };
}

/**
 * One page of a class's enrolments in applicant-id order: the whole roster from the class's partition,
 * one status from the `rosterByStatus` index, so a filtered page is as full as an unfiltered one.
 */
export async function rosterPage(classId: string, limit: number, cursor?: string, status?: EnrolmentStatus): Promise<Page<EnrolmentItem>> {
  const query = status
    ? {
        IndexName: "rosterByStatus",
        KeyConditionExpression: "gsi3pk = :pk",
        ExpressionAttributeValues: { ":pk": rosterByStatusPk(classId, status) },
        ExclusiveStartKey: decodeCursor(cursor, { gsi3pk: rosterByStatusPk(classId, status) }, ["pk", "sk", "gsi3pk", "gsi3sk"], (key) => isRosterByStatusKey(key, status)),
      }
    : {
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: { ":pk": classPk(classId), ":prefix": ENROLMENT_PREFIX },
        ExclusiveStartKey: decodeCursor(cursor, { pk: classPk(classId) }, ["pk", "sk"], isEnrolmentKey),
        ConsistentRead: true,
      };
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({ TableName: table(), Limit: limit, ...query }));
  return { items: Items as EnrolmentItem[], nextCursor: encodeCursor(LastEvaluatedKey) };
}

/** Enrolments that were written, with what they were before (nothing for a new one). */
export function enrolmentChanges(changes: readonly ItemChange[]): { before?: EnrolmentItem; after: EnrolmentItem }[] {
  return changes
    .filter((change) => isEnrolmentSk(change.keys.sk) && change.after)
    .map((change) => ({ before: change.before as unknown as EnrolmentItem | undefined, after: change.after as unknown as EnrolmentItem }));
}
