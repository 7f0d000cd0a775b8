import type { Class } from "../api/schemas/classes.js";
import type { ClassItem } from "../data/classes.js";
import type { Page } from "../data/pagination.js";
import { isEnrolmentOpen, seatsLeft } from "../domain/seats.js";

/** A class as everyone signed in sees it: organisers and applicants alike. */
export function classView(item: ClassItem, now: Date): Class {
  return {
    classId: item.classId,
    title: item.title,
    description: item.description,
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

export const classPageView = (page: Page<ClassItem>, now: Date) => ({ items: page.items.map((item) => classView(item, now)), nextCursor: page.nextCursor });
