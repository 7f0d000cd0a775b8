/**
 * Seats and the waitlist, as pure decisions. The classes repository turns each decision into one
 * DynamoDB transaction whose conditions restate the rule, so the two cannot disagree under load.
 */
export interface ClassSeats {
  capacity: number;
  enrolled: number;
  waiting: number;
  waitlistEnabled: boolean;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
}

export type Admission = { kind: "closed" } | { kind: "seat" } | { kind: "waitlist"; position: number } | { kind: "full" };

/** The window is half-open: it opens at `enrolmentOpensAt` and is closed from `enrolmentClosesAt` on. */
export function isEnrolmentOpen(cls: Pick<ClassSeats, "enrolmentOpensAt" | "enrolmentClosesAt">, now: Date): boolean {
  const at = now.toISOString();
  return cls.enrolmentOpensAt <= at && at < cls.enrolmentClosesAt;
}

/** Nobody takes a seat while others wait for one: a free seat with a queue goes to the queue first. */
export function admit(cls: ClassSeats, now: Date): Admission {
  if (!isEnrolmentOpen(cls, now)) return { kind: "closed" };
  if (cls.enrolled < cls.capacity && cls.waiting === 0) return { kind: "seat" };
  return cls.waitlistEnabled ? { kind: "waitlist", position: cls.waiting + 1 } : { kind: "full" };
}

export const enrolmentStatuses = ["enrolled", "waitlisted", "withdrawn"] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export type Release =
  | { kind: "already-withdrawn" }
  | { kind: "leave-waitlist" }
  | { kind: "promote-head" }
  | { kind: "free-seat" };

/** What a withdrawal does to the class: an enrolled applicant's seat passes to the head of the queue, if any. */
export function release(state: EnrolmentStatus, someoneWaiting: boolean): Release {
  if (state === "withdrawn") return { kind: "already-withdrawn" };
  if (state === "waitlisted") return { kind: "leave-waitlist" };
  return someoneWaiting ? { kind: "promote-head" } : { kind: "free-seat" };
}

export type CapacityChange = { kind: "refused"; enrolled: number } | { kind: "accepted"; promotions: number };

/** Capacity never drops below the seats already taken; extra seats go to the waitlist at once. */
export function changeCapacity(cls: ClassSeats, capacity: number): CapacityChange {
  if (capacity < cls.enrolled) return { kind: "refused", enrolled: cls.enrolled };
  return { kind: "accepted", promotions: Math.min(capacity - cls.enrolled, cls.waiting) };
}

export function seatsLeft(cls: ClassSeats): number {
  return Math.max(0, cls.capacity - cls.enrolled);
}

export type SeatNotice = "enrolled" | "waitlisted" | "promoted";

/**
 * What an applicant is told when their place in a class changes: a seat, a waitlist place, or a seat
 * passed on from the waitlist. A withdrawal is their own doing and needs no message.
 */
export function seatNotice(was: EnrolmentStatus | undefined, is: EnrolmentStatus): SeatNotice | undefined {
  if (was === "waitlisted" && is === "enrolled") return "promoted";
  if ((was === undefined || was === "withdrawn") && is !== "withdrawn") return is;
  return undefined;
}
