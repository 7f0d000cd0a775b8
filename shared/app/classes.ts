import { randomUUID } from "node:crypto";
import type { ClassChanges, ClassInput } from "../api/schemas/classes.js";
import { DomainError, invalidField } from "../domain/errors.js";
import { changeCapacity } from "../domain/seats.js";
import { classesByClosing, findSeats, insertClass, updateClass as writeClassChanges, type ClassDetails, type ClassItem, type ClassListing } from "../data/classes.js";
import type { Page } from "../data/pagination.js";
import { fillFreeSeats } from "./enrolment.js";
import { getClass } from "./lookups.js";
import { readAll, settle } from "./retry.js";

export async function createClass(input: ClassInput, now: Date, classId: string = randomUUID()): Promise<ClassItem> {
  const at = now.toISOString();
  const item: ClassItem = { classId, ...input, enrolled: 0, waiting: 0, waitSeq: 0, createdAt: at, updatedAt: at };
  await insertClass(item);
  return item;
}

/**
 * Applies an organiser's changes, then hands added seats to the waitlist. Capacity may not drop below
 * the seats taken and the window must stay open before it closes; the write restates both rules, so an
 * enrolment or another change landing between our read and our write cannot slip under them.
 */
export async function updateClass(classId: string, changes: ClassChanges, now: Date): Promise<ClassItem> {
  await settle(async () => {
    const current = await getClass(classId);
    const next = { ...current, ...changes };
    if (next.enrolmentClosesAt <= next.enrolmentOpensAt) throw invalidField("enrolmentClosesAt", "invalid_window");
    if (changes.capacity !== undefined) {
      const decision = changeCapacity(current, changes.capacity);
      if (decision.kind === "refused") throw new DomainError("capacity_below_enrolled", { details: { enrolled: decision.enrolled }, params: { enrolled: decision.enrolled } });
    }
    const written = await writeClassChanges(classId, changes, now.toISOString(), {
      capacityAtLeastEnrolled: changes.capacity,
      opensBeforeClosing: changes.enrolmentOpensAt && !changes.enrolmentClosesAt ? changes.enrolmentOpensAt : undefined,
      closesAfterOpening: changes.enrolmentClosesAt && !changes.enrolmentOpensAt ? changes.enrolmentClosesAt : undefined,
    });
    return written || undefined;
  });
  return fillFreeSeats(classId, now);
}

/** A listing page with each class's seats, read in one batch. */
async function withSeats(page: Page<Omit<ClassDetails, "description">>): Promise<Page<ClassListing>> {
  const seats = new Map((await readAll(page.items.map((item) => item.classId), findSeats)).map((item) => [item.classId, item]));
  return { items: page.items.flatMap((item) => (seats.has(item.classId) ? [{ ...item, ...seats.get(item.classId)! }] : [])), nextCursor: page.nextCursor };
}

/** Classes whose enrolment has not closed yet, closing soonest first (open now or opening later). */
export async function listUpcomingClasses(now: Date, limit: number, cursor?: string): Promise<Page<ClassListing>> {
  return withSeats(await classesByClosing(limit, cursor, { after: now.toISOString(), newestFirst: false }));
}

/** Every class, latest closing first: the organiser's overview. */
export async function listAllClasses(limit: number, cursor?: string): Promise<Page<ClassListing>> {
  return withSeats(await classesByClosing(limit, cursor, { newestFirst: true }));
}
