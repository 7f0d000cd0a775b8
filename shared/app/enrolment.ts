import { DomainError, seatRequired } from "../domain/errors.js";
import { admit, release, type EnrolmentStatus } from "../domain/seats.js";
import { localTime, zoneOfRegency } from "../domain/time.js";
import type { ClassItem } from "../data/classes.js";
import {
  countWaitingUpTo, enrolmentsOfApplicant, fillSeats, findEnrolment, findEnrolments, findSeatStatuses, freeSeat, joinWaitlist, leaveWaitlist,
  markWithdrawn, promote, putEnrolment, putWaitlistEntry, rosterPage, shortenWaitlist, takeSeat, takeWaitTicket, waitlistFront,
  waitlistPage, waitlistTickets, type EnrolmentItem,
} from "../data/enrolments.js";
import type { Page } from "../data/pagination.js";
import { findProfile } from "../data/profiles.js";
import { transact } from "../data/transactions.js";
import { getClass } from "./lookups.js";
import { currentNames } from "./names.js";
import { readAll, settle } from "./retry.js";

/** An enrolment with the applicant's place in the queue, while waitlisted. */
export type PlacedEnrolment = EnrolmentItem & { position?: number };

/** Says when enrolment opens, or since when it is closed, as people in the class's region read the time. */
function enrolmentClosed(cls: ClassItem, now: Date): DomainError {
  const zone = zoneOfRegency(cls.regencyCode);
  const notYet = now.toISOString() < cls.enrolmentOpensAt;
  const at = notYet ? cls.enrolmentOpensAt : cls.enrolmentClosesAt;
  return new DomainError("enrolment_closed", {
    details: notYet ? { opensAt: cls.enrolmentOpensAt } : { closedAt: cls.enrolmentClosesAt },
    messageKey: notYet ? "enrolment_not_open_yet" : "enrolment_over",
    params: { at: localTime(at, zone) },
  });
}

/** Position is derived (waiting entries up to and including ours), never stored, so it cannot go stale. */
async function placed(item: EnrolmentItem): Promise<PlacedEnrolment> {
  return settle(async () => {
    if (item.status !== "waitlisted" || item.waitSeq === undefined) return item;
    const position = await countWaitingUpTo(item.classId, item.waitSeq);
    if (position > 0) return { ...item, position };
    // Our entry left the waitlist between the two reads (a seat freed, or we withdrew): say what we are now.
    item = (await findEnrolment(item.classId, item.applicantId)) ?? item;
    return undefined;
  });
}

/**
 * Gives the applicant a seat, or a place in the waitlist, or returns what they already have.
 * Each outcome is one transaction whose conditions restate `admit`; when they no longer hold
 * (someone took the last seat, a seat freed, we raced ourselves) we re-read and decide again.
 */
export async function enrol(classId: string, applicantId: string, now: Date): Promise<{ enrolment: PlacedEnrolment; created: boolean }> {
  const profile = await findProfile(applicantId);
  if (!profile) throw new DomainError("profile_required");
  const at = now.toISOString();
  // One ticket per request, kept across retries, so a retry never sends an early arrival to the back.
  let ticket: number | undefined;
  return settle(async () => {
    const [cls, existing] = await Promise.all([getClass(classId), findEnrolment(classId, applicantId)]);
    if (existing && existing.status !== "withdrawn") return { enrolment: await placed(existing), created: false };

    const decision = admit(cls, now);
    if (decision.kind === "closed") throw enrolmentClosed(cls, now);
    if (decision.kind === "full") throw new DomainError("class_full");

    const item: EnrolmentItem = {
      classId, classTitle: cls.title, applicantId, ownerName: profile.ownerName, businessName: profile.businessName,
      status: decision.kind === "seat" ? "enrolled" : "waitlisted", createdAt: existing?.createdAt ?? at, updatedAt: at,
    };
    if (decision.kind === "seat") {
      const committed = await transact([takeSeat(classId, at), putEnrolment(item)]);
      return committed ? { enrolment: await placed(item), created: true } : undefined;
    }
    ticket ??= await takeWaitTicket(classId);
    item.waitSeq = ticket;
    const committed = await transact([joinWaitlist(classId, at), putEnrolment(item), putWaitlistEntry(classId, { seq: ticket, applicantId })]);
    return committed ? { enrolment: await placed(item), created: true } : undefined;
  });
}

/**
 * Withdraws the applicant. A freed seat passes to the head of the waitlist in the same transaction,
 * conditioned on the withdrawal still being possible and the head still waiting, so a seat is
 * never lost or given twice; if anything moved meanwhile, we re-read and try again.
 */
export async function withdraw(classId: string, applicantId: string, now: Date): Promise<PlacedEnrolment> {
  const at = now.toISOString();
  return settle(async () => {
    const mine = await findEnrolment(classId, applicantId);
    if (!mine) throw new DomainError("enrolment_not_found");
    const [head] = mine.status === "enrolled" ? await waitlistFront(classId, 1) : [];
    const decision = release(mine.status, head !== undefined);
    if (decision.kind === "already-withdrawn") return placed(mine);

    const withdrawal = markWithdrawn(classId, applicantId, mine.status, at);
    const items =
      decision.kind === "leave-waitlist" ? [withdrawal, leaveWaitlist(classId, mine.waitSeq!), shortenWaitlist(classId)]
      : decision.kind === "promote-head" ? [withdrawal, leaveWaitlist(classId, head!.seq), promote(classId, head!, at), shortenWaitlist(classId)]
      : [withdrawal, freeSeat(classId)];
    if (!(await transact(items))) return undefined;
    const { waitSeq: _waitSeq, ...rest } = mine;
    return { ...rest, status: "withdrawn" as const, updatedAt: at };
  });
}

/** Promotions per transaction: two items each, plus the class item, within TransactWriteItems' 100. */
const PROMOTIONS_PER_TRANSACTION = 49;

/**
 * After capacity grows, hands the new seats to the front of the waitlist, in order, many per
 * transaction; the class update is conditioned on the seats still being free. If it gives up, the
 * capacity change is saved and repeating it (or any later change) finishes the promotions.
 */
export async function fillFreeSeats(classId: string, now: Date): Promise<ClassItem> {
  const at = now.toISOString();
  let done: ClassItem | undefined;
  while (!done) {
    done = await settle(async () => {
      const cls = await getClass(classId);
      const free = Math.min(cls.capacity - cls.enrolled, cls.waiting, PROMOTIONS_PER_TRANSACTION);
      const front = free > 0 ? await waitlistFront(classId, free) : [];
      if (front.length === 0) return { finished: cls };
      const items = [...front.flatMap((entry) => [leaveWaitlist(classId, entry.seq), promote(classId, entry, at)]), fillSeats(classId, front.length, cls.capacity)];
      return (await transact(items)) ? { finished: undefined } : undefined;
    }).then((step) => step.finished);
  }
  return done;
}

/** Only seat holders follow the class; everyone else is told which status keeps them out. */
export async function requireSeat(classId: string, applicantId: string): Promise<void> {
  const enrolment = await findEnrolment(classId, applicantId);
  if (enrolment?.status !== "enrolled") throw seatRequired(enrolment?.status ?? "not_enrolled");
}

/** Enrolment status of many applicants at once. */
export async function seatStatuses(classId: string, applicantIds: readonly string[]): Promise<Map<string, EnrolmentStatus>> {
  const found = await readAll([...new Set(applicantIds)], (ids) => findSeatStatuses(classId, ids));
  return new Map(found.map(({ applicantId, status }) => [applicantId, status]));
}

export async function getMyEnrolment(classId: string, applicantId: string): Promise<PlacedEnrolment> {
  const item = await findEnrolment(classId, applicantId);
  if (!item) throw new DomainError("enrolment_not_found");
  return placed(item);
}

/**
 * The applicant's enrolments, one Query. Waitlist positions are not in the list (each would cost a
 * count of its queue); `GET /classes/{classId}/enrolments/me` gives a class's position.
 */
export function listMyEnrolments(applicantId: string, limit: number, cursor?: string): Promise<Page<EnrolmentItem>> {
  return enrolmentsOfApplicant(applicantId, limit, cursor);
}

/**
 * The roster an organiser pages through, optionally one status only, with today's names: in
 * applicant-id order, but those waiting in the waitlist's own order. Waitlist positions in a mixed page
 * come from one read of the queue, not one count per row.
 */
export async function classRoster(classId: string, limit: number, cursor?: string, status?: EnrolmentStatus): Promise<Page<PlacedEnrolment>> {
  if (status === "waitlisted") return waitlist(classId, limit, cursor);
  const [, page] = await Promise.all([getClass(classId), rosterPage(classId, limit, cursor, status)]);
  const [tickets, names] = await Promise.all([
    page.items.some((item) => item.status === "waitlisted") ? waitlistTickets(classId) : [],
    currentNames(page.items.map((item) => item.applicantId)),
  ]);
  const positions = new Map(tickets.map((seq, i) => [seq, i + 1]));
  return {
    items: page.items.map((item) => ({ ...item, ...names.get(item.applicantId), position: item.waitSeq === undefined ? undefined : positions.get(item.waitSeq) })),
    nextCursor: page.nextCursor,
  };
}

/**
 * A page of the waitlist, position 1 first, read from the queue itself. The positions count on from
 * those ahead of the page (one count, not one per row); someone who took a seat or left between the
 * reads is no longer waiting, so they are left out and those behind them move up.
 */
async function waitlist(classId: string, limit: number, cursor?: string): Promise<Page<PlacedEnrolment>> {
  const [, page] = await Promise.all([getClass(classId), waitlistPage(classId, limit, cursor)]);
  const [first] = page.items;
  const applicantIds = page.items.map((entry) => entry.applicantId);
  const [enrolments, names, ahead] = await Promise.all([
    readAll(applicantIds, (ids) => findEnrolments(classId, ids)),
    currentNames(applicantIds),
    first ? countWaitingUpTo(classId, first.seq - 1) : 0,
  ]);
  const enrolmentOf = new Map(enrolments.map((item) => [item.applicantId, item]));
  const waiting = page.items.flatMap((entry) => {
    const item = enrolmentOf.get(entry.applicantId);
    return item?.status === "waitlisted" && item.waitSeq === entry.seq ? [item] : [];
  });
  return { items: waiting.map((item, i) => ({ ...item, ...names.get(item.applicantId), position: ahead + i + 1 })), nextCursor: page.nextCursor };
}

/** A page of seat holders, with today's names: the progress matrix and the export walk the class with it. */
export async function seatHolders(classId: string, limit: number, cursor?: string): Promise<Page<EnrolmentItem>> {
  const page = await rosterPage(classId, limit, cursor, "enrolled");
  const names = await currentNames(page.items.map((item) => item.applicantId));
  return { items: page.items.map((item) => ({ ...item, ...names.get(item.applicantId) })), nextCursor: page.nextCursor };
}
