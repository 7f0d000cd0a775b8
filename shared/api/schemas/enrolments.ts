import * as z from "zod/mini";
import { enrolmentStatuses } from "../../domain/seats.js";
import { Bilingual } from "./common.js";
import { page, PageQuery } from "./pages.js";

export const Enrolment = z.object({
  classId: z.string(),
  classTitle: Bilingual,
  applicantId: z.string(),
  ownerName: z.string(),
  businessName: z.string(),
  status: z.enum(enrolmentStatuses),
  /** 1-based place in the waitlist, only while waitlisted. */
  position: z.optional(z.int().check(z.gte(1))),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Enrolment = z.output<typeof Enrolment>;

export const EnrolmentPage = page(Enrolment);

/** An organiser's roster: a page, optionally of one status. */
export const RosterQuery = z.extend(PageQuery, { status: z.optional(z.enum(enrolmentStatuses)) });
