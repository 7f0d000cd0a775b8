import type { Enrolment } from "../api/schemas/enrolments.js";
import type { PlacedEnrolment } from "../app/enrolment.js";
import type { Page } from "../data/pagination.js";

/** An enrolment as its applicant and the organisers see it: the waitlist ticket stays inside. */
export function enrolmentView(item: PlacedEnrolment): Enrolment {
  const { classId, classTitle, applicantId, ownerName, businessName, status, position, createdAt, updatedAt } = item;
  return { classId, classTitle, applicantId, ownerName, businessName, status, position, createdAt, updatedAt };
}

export const enrolmentPageView = (page: Page<PlacedEnrolment>) => ({ items: page.items.map(enrolmentView), nextCursor: page.nextCursor });
