import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { admit, changeCapacity, isEnrolmentOpen, release, seatNotice, seatsLeft, type ClassSeats, type EnrolmentStatus } from "../../shared/domain/seats.js";

const now = new Date("2027-01-10T02:00:00.000Z");
const cls = (overrides: Partial<ClassSeats> = {}): ClassSeats => ({
  capacity: 20,
  enrolled: 0,
  waiting: 0,
  waitlistEnabled: true,
  enrolmentOpensAt: "2027-01-01T00:00:00.000Z",
  enrolmentClosesAt: "2027-02-01T00:00:00.000Z",
  ...overrides,
});

describe("the enrolment window", () => {
  it("is open from the opening instant and closed from the closing instant on", () => {
    expect(isEnrolmentOpen(cls(), new Date("2027-01-01T00:00:00.000Z"))).toBe(true);
    expect(isEnrolmentOpen(cls(), new Date("2026-12-31T23:59:59.999Z"))).toBe(false);
    expect(isEnrolmentOpen(cls(), new Date("2027-02-01T00:00:00.000Z"))).toBe(false);
  });

  it("refuses enrolment outside the window even with free seats", () => {
    expect(admit(cls(), new Date("2027-03-01T00:00:00.000Z"))).toEqual({ kind: "closed" });
  });
});

describe("admission", () => {
  it("gives a seat while seats remain", () => {
    expect(admit(cls({ enrolled: 19 }), now)).toEqual({ kind: "seat" });
  });

  it("the 21st applicant for 20 seats is waitlisted at position 1", () => {
    expect(admit(cls({ enrolled: 20 }), now)).toEqual({ kind: "waitlist", position: 1 });
  });

  it("nobody jumps the queue: with people waiting a newcomer waits too, even beside a free seat", () => {
    expect(admit(cls({ enrolled: 19, waiting: 2 }), now)).toEqual({ kind: "waitlist", position: 3 });
  });

  it("a full class without a waitlist is full", () => {
    expect(admit(cls({ enrolled: 20, waitlistEnabled: false }), now)).toEqual({ kind: "full" });
  });
});

describe("withdrawal", () => {
  it("passes an enrolled applicant's seat to the head of the waitlist, or frees it", () => {
    expect(release("enrolled", true)).toEqual({ kind: "promote-head" });
    expect(release("enrolled", false)).toEqual({ kind: "free-seat" });
    expect(release("waitlisted", true)).toEqual({ kind: "leave-waitlist" });
    expect(release("withdrawn", true)).toEqual({ kind: "already-withdrawn" });
  });
});

describe("capacity changes", () => {
  it("never drop below the seats taken, and new seats go to the waitlist", () => {
    expect(changeCapacity(cls({ enrolled: 12 }), 10)).toEqual({ kind: "refused", enrolled: 12 });
    expect(changeCapacity(cls({ enrolled: 20, waiting: 3 }), 25)).toEqual({ kind: "accepted", promotions: 3 });
    expect(changeCapacity(cls({ enrolled: 20, waiting: 9 }), 25)).toEqual({ kind: "accepted", promotions: 5 });
  });

  it("may shrink to exactly the seats taken, which promotes nobody", () => {
    expect(changeCapacity(cls({ enrolled: 12, waiting: 4 }), 12)).toEqual({ kind: "accepted", promotions: 0 });
  });
});

describe("seats left", () => {
  it("are the free seats, never below zero", () => {
    expect(seatsLeft(cls({ capacity: 20, enrolled: 5 }))).toBe(15);
    expect(seatsLeft(cls({ capacity: 20, enrolled: 20 }))).toBe(0);
    // not reachable through the rules, but a listing must never show a negative count
    expect(seatsLeft(cls({ capacity: 10, enrolled: 12 }))).toBe(0);
  });
});

describe("seat notices", () => {
  it("tell an applicant of a new seat or waitlist place, and of a promotion; never of their own withdrawal or of no change", () => {
    const cases: [EnrolmentStatus | undefined, EnrolmentStatus, ReturnType<typeof seatNotice>][] = [
      [undefined, "enrolled", "enrolled"],
      [undefined, "waitlisted", "waitlisted"],
      ["withdrawn", "enrolled", "enrolled"],
      ["withdrawn", "waitlisted", "waitlisted"],
      ["waitlisted", "enrolled", "promoted"],
      [undefined, "withdrawn", undefined],
      ["enrolled", "withdrawn", undefined],
      ["waitlisted", "withdrawn", undefined],
      ["withdrawn", "withdrawn", undefined],
      ["enrolled", "enrolled", undefined],
      ["waitlisted", "waitlisted", undefined],
      ["enrolled", "waitlisted", undefined],
    ];
    for (const [was, is, notice] of cases) expect(seatNotice(was, is), `${was} → ${is}`).toBe(notice);
  });
});

/**
 * A model class driven only by the pure decisions, the way the repository drives DynamoDB:
 * any interleaving of enrolments and withdrawals keeps seats ≤ capacity, never leaves a free seat
 * beside a waiting applicant, and serves the waitlist strictly in arrival order.
 */
describe("seats and waitlist under any sequence of enrolments and withdrawals", () => {
  it("never exceed capacity and keep the waitlist in arrival order", () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant("enrol" as const), who: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant("withdraw" as const), who: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(operation, { maxLength: 120 }), (capacity, operations) => {
        const state = new Map<number, EnrolmentStatus>();
        const queue: { who: number; ticket: number }[] = [];
        const promotedTickets: number[] = [];
        let tickets = 0;
        let enrolled = 0;
        for (const op of operations) {
          const current = state.get(op.who);
          if (op.kind === "enrol") {
            if (current === "enrolled" || current === "waitlisted") continue;
            const decision = admit(cls({ capacity, enrolled, waiting: queue.length }), now);
            if (decision.kind === "seat") {
              enrolled++;
              state.set(op.who, "enrolled");
            } else if (decision.kind === "waitlist") {
              expect(decision.position).toBe(queue.length + 1);
              queue.push({ who: op.who, ticket: tickets++ });
              state.set(op.who, "waitlisted");
            }
          } else if (current) {
            const decision = release(current, queue.length > 0);
            if (decision.kind === "leave-waitlist") queue.splice(queue.findIndex((entry) => entry.who === op.who), 1);
            if (decision.kind === "promote-head") {
              const head = queue.shift()!;
              promotedTickets.push(head.ticket);
              state.set(head.who, "enrolled");
            }
            if (decision.kind === "free-seat") enrolled--;
            state.set(op.who, "withdrawn");
          }
          expect(enrolled).toBeLessThanOrEqual(capacity);
          expect([...state.values()].filter((s) => s === "enrolled")).toHaveLength(enrolled);
          // a free seat never sits beside a waiting applicant
          if (queue.length > 0) expect(enrolled).toBe(capacity);
        }
        // promotions follow arrival order, and everyone still waiting arrived after the last one promoted
        expect(promotedTickets).toEqual([...promotedTickets].sort((a, b) => a - b));
        for (const entry of queue) expect(entry.ticket).toBeGreaterThan(promotedTickets.at(-1) ?? -1);
      }),
    );
  });
});
