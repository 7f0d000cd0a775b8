import { BatchGetCommand, GetCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Enrolment, EnrolmentStatus, Profile } from "../api/schemas.js";
import { admit, release } from "../domain/seats.js";
import { Conflict, NotFound, SeatRequired, Unavailable } from "../http/errors.js";
import { db, queryAll } from "./client.js";
import { getClassItem, type ClassItem } from "./classes.js";
import { namesIn } from "./expressions.js";
import { applicantPk, classKey, classPk, ENROLMENT_PREFIX, enrolmentByApplicantKeys, enrolmentKey, WAIT_FIRST, WAIT_PREFIX, waitKey, waitSk } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import { MAX_ATTEMPTS, pause, transact, untilSettled } from "./transactions.js";

interface EnrolmentItem {
  classId: string;
  classTitle: Enrolment["classTitle"];
  applicantId: string;
  ownerName: string;
  businessName: string;
  status: EnrolmentStatus;
  /** The waitlist ticket, only while waitlisted. */
  waitSeq?: number;
  createdAt: string;
  updatedAt: string;
}

const table = () => tableName("classes");

async function findEnrolment(classId: string, applicantId: string): Promise<EnrolmentItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: enrolmentKey(classId, applicantId), ConsistentRead: true }));
  return Item as EnrolmentItem | undefined;
}

/** Position is derived (waiting entries up to and including ours), never stored, so it cannot go stale. */
async function positionOf(item: EnrolmentItem): Promise<number | undefined> {
  if (item.status !== "waitlisted" || item.waitSeq === undefined) return undefined;
  const { Count } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :first AND :mine",
    ExpressionAttributeValues: { ":pk": classPk(item.classId), ":first": WAIT_FIRST, ":mine": waitSk(item.waitSeq) },
    Select: "COUNT",
    ConsistentRead: true,
  }));
  return Count;
}

function enrolmentView(item: EnrolmentItem): Enrolment {
  const { classId, classTitle, applicantId, ownerName, businessName, status, createdAt, updatedAt } = item;
  return { classId, classTitle, applicantId, ownerName, businessName, status, createdAt, updatedAt };
}

async function toEnrolment(item: EnrolmentItem): Promise<Enrolment> {
  return { ...enrolmentView(item), position: await positionOf(item) };
}

async function takeTicket(classId: string): Promise<number> {
  const { Attributes } = await db().send(new UpdateCommand({
    TableName: table(),
    Key: classKey(classId),
    UpdateExpression: "ADD #waitSeq :one",
    ExpressionAttributeNames: namesIn("#waitSeq"),
    ExpressionAttributeValues: { ":one": 1 },
    ReturnValues: "UPDATED_NEW",
  }));
  return Attributes!.waitSeq as number;
}

interface WaitlistEntry {
  seq: number;
  applicantId: string;
}

/** The first `limit` entries of the waitlist, in arrival order. */
async function waitlistFront(classId: string, limit: number): Promise<WaitlistEntry[]> {
  const { Items = [] } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":wait": WAIT_PREFIX },
    Limit: limit,
    ConsistentRead: true,
  }));
  return Items.map((entry) => ({ seq: entry.seq as number, applicantId: entry.applicantId as string }));
}

const openWindow = "#enrolmentOpensAt <= :now AND #enrolmentClosesAt > :now";

/**
 * Gives the applicant a seat, or a place in the waitlist, or returns what they already have.
 * Each outcome is one transaction whose conditions restate `admit`; when they no longer hold
 * (someone took the last seat, a seat freed, we raced ourselves) we re-read and decide again.
 */
export async function enrol(classId: string, applicant: Profile, now: Date): Promise<{ enrolment: Enrolment; created: boolean }> {
  const at = now.toISOString();
  // One ticket per request, kept across retries, so a retry never sends an early arrival to the back.
  let ticket: number | undefined;
  return untilSettled(async () => {
    const [cls, existing] = await Promise.all([getClassItem(classId), findEnrolment(classId, applicant.applicantId)]);
    if (existing && existing.status !== "withdrawn") return { enrolment: await toEnrolment(existing), created: false };

    const decision = admit(cls, now);
    if (decision.kind === "closed") throw new Conflict("enrolment_closed");
    if (decision.kind === "full") throw new Conflict("class_full");

    const item: EnrolmentItem = {
      classId,
      classTitle: cls.title,
      applicantId: applicant.applicantId,
      ownerName: applicant.ownerName,
      businessName: applicant.businessName,
      status: decision.kind === "seat" ? "enrolled" : "waitlisted",
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    const putEnrolment = () => ({
      Put: {
        TableName: table(),
        Item: { ...enrolmentKey(classId, applicant.applicantId), ...enrolmentByApplicantKeys(classId, applicant.applicantId), ...item },
        ConditionExpression: "attribute_not_exists(pk) OR #status = :withdrawn",
        ExpressionAttributeNames: namesIn("#status"),
        ExpressionAttributeValues: { ":withdrawn": "withdrawn" },
      },
    });

    if (decision.kind === "seat") {
      const committed = await transact([
        {
          Update: {
            TableName: table(),
            Key: classKey(classId),
            UpdateExpression: "SET #enrolled = #enrolled + :one",
            ConditionExpression: `#enrolled < #capacity AND #waiting = :zero AND ${openWindow}`,
            ExpressionAttributeNames: namesIn(`#enrolled #capacity #waiting ${openWindow}`),
            ExpressionAttributeValues: { ":one": 1, ":zero": 0, ":now": at },
          },
        },
        putEnrolment(),
      ]);
      return committed ? { enrolment: await toEnrolment(item), created: true } : undefined;
    }

    // A ticket first (an atomic counter, outside the transaction so waitlisters do not abort each
    // other's transactions), then the entry under that ticket.
    ticket ??= await takeTicket(classId);
    item.waitSeq = ticket;
    const committed = await transact([
      {
        Update: {
          TableName: table(),
          Key: classKey(classId),
          UpdateExpression: "SET #waiting = #waiting + :one",
          // still no seat for a newcomer; otherwise we would queue beside a free seat
          ConditionExpression: `(#enrolled >= #capacity OR #waiting > :zero) AND #waitlistEnabled = :true AND ${openWindow}`,
          ExpressionAttributeNames: namesIn(`#enrolled #capacity #waiting #waitlistEnabled ${openWindow}`),
          ExpressionAttributeValues: { ":one": 1, ":zero": 0, ":true": true, ":now": at },
        },
      },
      putEnrolment(),
      {
        Put: {
          TableName: table(),
          Item: { ...waitKey(classId, item.waitSeq), seq: item.waitSeq, applicantId: applicant.applicantId },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    ]);
    return committed ? { enrolment: await toEnrolment(item), created: true } : undefined;
  });
}

/**
 * Withdraws the applicant. A freed seat passes to the head of the waitlist in the same transaction,
 * conditioned on the withdrawal still being possible and the head still waiting, so a seat is
 * never lost or given twice; if anything moved meanwhile, we re-read and try again.
 */
export async function withdraw(classId: string, applicantId: string, now: Date): Promise<Enrolment> {
  const at = now.toISOString();
  return untilSettled(async () => {
    const mine = await findEnrolment(classId, applicantId);
    if (!mine) throw new NotFound("enrolment_not_found");
    const [head] = mine.status === "enrolled" ? await waitlistFront(classId, 1) : [];
    const decision = release(mine.status, head !== undefined);
    if (decision.kind === "already-withdrawn") return toEnrolment(mine);

    const markWithdrawn = {
      Update: {
        TableName: table(),
        Key: enrolmentKey(classId, applicantId),
        UpdateExpression: "SET #status = :withdrawn, #updatedAt = :at REMOVE #waitSeq",
        ConditionExpression: "#status = :was",
        ExpressionAttributeNames: namesIn("#status #updatedAt #waitSeq"),
        ExpressionAttributeValues: { ":withdrawn": "withdrawn", ":at": at, ":was": mine.status },
      },
    };
    const classCounters = (update: string, condition?: string) => ({
      Update: {
        TableName: table(),
        Key: classKey(classId),
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeNames: namesIn(update, condition),
        ExpressionAttributeValues: { ":one": 1, ...(condition ? { ":zero": 0 } : {}) },
      },
    });

    const items =
      decision.kind === "leave-waitlist"
        ? [markWithdrawn, leaveWaitlist(classId, mine.waitSeq!), classCounters("SET #waiting = #waiting - :one")]
        : decision.kind === "promote-head"
          ? [markWithdrawn, leaveWaitlist(classId, head!.seq), promote(classId, head!, at), classCounters("SET #waiting = #waiting - :one")]
          : [markWithdrawn, classCounters("SET #enrolled = #enrolled - :one", "#waiting = :zero")];
    const committed = await transact(items);
    if (!committed) return undefined;
    const { waitSeq: _waitSeq, ...rest } = mine;
    return toEnrolment({ ...rest, status: "withdrawn", updatedAt: at });
  });
}

function leaveWaitlist(classId: string, seq: number) {
  return { Delete: { TableName: table(), Key: waitKey(classId, seq), ConditionExpression: "attribute_exists(pk)" } };
}

function promote(classId: string, head: WaitlistEntry, at: string) {
  return {
    Update: {
      TableName: table(),
      Key: enrolmentKey(classId, head.applicantId),
      UpdateExpression: "SET #status = :enrolled, #updatedAt = :at REMOVE #waitSeq",
      ConditionExpression: "#status = :waitlisted AND #waitSeq = :seq",
      ExpressionAttributeNames: namesIn("#status #updatedAt #waitSeq"),
      ExpressionAttributeValues: { ":enrolled": "enrolled", ":waitlisted": "waitlisted", ":seq": head.seq, ":at": at },
    },
  };
}

/** Promotions per transaction: two items each, plus the class item, within TransactWriteItems' 100. */
const PROMOTIONS_PER_TRANSACTION = 49;

/**
 * After capacity grows, hands the new seats to the front of the waitlist, in order, many per
 * transaction; the class update is conditioned on the seats still being free.
 */
export async function fillFreeSeats(classId: string, now: Date): Promise<ClassItem> {
  const at = now.toISOString();
  for (let failures = 0; failures < MAX_ATTEMPTS; ) {
    const cls = await getClassItem(classId);
    const free = Math.min(cls.capacity - cls.enrolled, cls.waiting, PROMOTIONS_PER_TRANSACTION);
    if (free <= 0) return cls;
    const front = await waitlistFront(classId, free);
    if (front.length === 0) return cls;
    const committed = await transact([
      ...front.flatMap((entry) => [leaveWaitlist(classId, entry.seq), promote(classId, entry, at)]),
      {
        Update: {
          TableName: table(),
          Key: classKey(classId),
          UpdateExpression: "SET #enrolled = #enrolled + :n, #waiting = #waiting - :n",
          // conditions cannot add: "enrolled + n <= capacity" is said against the capacity we read
          ConditionExpression: "#enrolled <= :most AND #capacity = :capacity",
          ExpressionAttributeNames: namesIn("#enrolled #waiting #capacity"),
          ExpressionAttributeValues: { ":n": front.length, ":most": cls.capacity - front.length, ":capacity": cls.capacity },
        },
      },
    ]);
    if (!committed) await pause(failures++);
  }
  // the change itself is saved; repeating it (or any later change) finishes the promotions
  throw new Unavailable();
}

/** Part of a transaction that must only commit while the applicant still holds a seat. */
export function seatStillHeld(classId: string, applicantId: string) {
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

/** Only seat holders follow the class; everyone else is told which status keeps them out. */
export async function requireSeat(classId: string, applicantId: string): Promise<void> {
  const enrolment = await findEnrolment(classId, applicantId);
  if (enrolment?.status !== "enrolled") throw new SeatRequired(enrolment?.status ?? "not_enrolled");
}

/** Enrolment status of many applicants at once (BatchGetItem, 100 keys a call). */
export async function seatStatuses(classId: string, applicantIds: string[]): Promise<Map<string, EnrolmentStatus>> {
  const statuses = new Map<string, EnrolmentStatus>();
  for (let i = 0; i < applicantIds.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = applicantIds.slice(i, i + 100).map((id) => enrolmentKey(classId, id));
    for (let attempt = 0; keys?.length; attempt++) {
      if (attempt > 0) await pause(attempt);
      const { Responses, UnprocessedKeys }: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> } =
        await db().send(new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys, ProjectionExpression: "#applicantId, #status", ExpressionAttributeNames: namesIn("#applicantId #status"), ConsistentRead: true } } }));
      for (const item of Responses?.[table()] ?? []) statuses.set(item.applicantId as string, item.status as EnrolmentStatus);
      keys = UnprocessedKeys?.[table()]?.Keys;
    }
  }
  return statuses;
}

export async function getEnrolment(classId: string, applicantId: string): Promise<Enrolment> {
  const item = await findEnrolment(classId, applicantId);
  if (!item) throw new NotFound("enrolment_not_found");
  return toEnrolment(item);
}

export async function listApplicantEnrolments(applicantId: string, limit: number, cursor?: string): Promise<Page<Enrolment>> {
  const partition = applicantPk(applicantId);
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "enrolmentsByApplicant",
    KeyConditionExpression: "gsi2pk = :pk",
    ExpressionAttributeValues: { ":pk": partition },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { gsi2pk: partition }, ["pk", "sk", "gsi2pk", "gsi2sk"]),
  }));
  return { items: await Promise.all(Items.map((item) => toEnrolment(item as EnrolmentItem))), nextCursor: encodeCursor(LastEvaluatedKey) };
}

/**
 * The roster an organiser pages through, in applicant-id order, optionally one status only; 404 for an
 * unknown class. Waitlist positions come from one read of the queue, not one count per row.
 */
export async function classRoster(classId: string, limit: number, cursor?: string, status?: EnrolmentStatus): Promise<Page<Enrolment>> {
  const [, page] = await Promise.all([getClassItem(classId), rosterPage(classId, limit, cursor, status)]);
  const positions = page.items.some((item) => item.status === "waitlisted") ? await waitlistPositions(classId) : new Map<number, number>();
  return {
    items: page.items.map((item) => ({ ...enrolmentView(item), position: item.waitSeq === undefined ? undefined : positions.get(item.waitSeq) })),
    nextCursor: page.nextCursor,
  };
}

/** Ticket → place in the queue, for the whole waitlist (small items, a few Query pages at most). */
async function waitlistPositions(classId: string): Promise<Map<number, number>> {
  const entries = await queryAll({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :wait)",
    ExpressionAttributeValues: { ":pk": classPk(classId), ":wait": WAIT_PREFIX },
    ProjectionExpression: "#seq",
    ExpressionAttributeNames: namesIn("#seq"),
    ConsistentRead: true,
  });
  return new Map(entries.map((entry, i) => [entry.seq as number, i + 1]));
}

/** One page of a class's enrolment items, as stored (the progress matrix pages through seat holders with it). */
export async function rosterPage(classId: string, limit: number, cursor?: string, status?: EnrolmentStatus): Promise<Page<EnrolmentItem>> {
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ...(status ? { FilterExpression: "#status = :status", ExpressionAttributeNames: namesIn("#status") } : {}),
    ExpressionAttributeValues: { ":pk": classPk(classId), ":prefix": ENROLMENT_PREFIX, ...(status ? { ":status": status } : {}) },
    Limit: limit,
    ExclusiveStartKey: decodeCursor(cursor, { pk: classPk(classId) }, ["pk", "sk"], (key) => key.sk!.startsWith(ENROLMENT_PREFIX)),
    ConsistentRead: true,
  }));
  return { items: Items as EnrolmentItem[], nextCursor: encodeCursor(LastEvaluatedKey) };
}

