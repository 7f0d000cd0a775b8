import type { Class, ClassSummary } from "../api/schemas/classes.js";
import type { ClassItem, ClassListing } from "../data/classes.js";
import type { Page } from "../data/pagination.js";
import { isEnrolmentOpen, seatsLeft } from "../domain/seats.js";

/** A class in a listing: the description is read on the class's own page. */
function classSummaryView(item: ClassListing, now: Date): ClassSummary {
  return {
    classId: item.classId,
    title: item.title,
    regencyCode: item.regencyCode,
    capacity: item.capacity,
    enrolmentOpensAt: item.enrolmentOpensAt,
    enrolmentClosesAt: item.enrolmentClosesAt,
    startsOn: item.startsOn,
    waitlistEnabled: item.waitlistEnabled,
    enrolled: item.enrolled,
    waiting: item.waiting,
    seatsLeft: seatsLeft(item),
    enrolmentOpen: isEnrolmentOpen(item, now),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** A class as everyone signed in sees it: organisers and applicants alike. */
export const classView = (item: ClassItem, now: Date): Class => ({ ...classSummaryView(item, now), description: item.description });

export const classPageView = (page: Page<ClassListing>, now: Date) => ({ items: page.items.map((item) => classSummaryView(item, now)), nextCursor: page.nextCursor });
