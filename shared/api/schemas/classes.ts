import * as z from "zod/mini";
import { regencyCodes } from "../../domain/reference.js";
import { Bilingual, bilingual } from "./common.js";
import { page } from "./pages.js";
import { IsoDateTime } from "./times.js";

const classFields = {
  title: bilingual(120),
  description: bilingual(4000),
  regencyCode: z.enum(regencyCodes, { error: "regency_unknown" }),
  capacity: z.int().check(z.gte(1), z.lte(5000)),
  enrolmentOpensAt: IsoDateTime,
  enrolmentClosesAt: IsoDateTime,
  startsOn: z.iso.date(),
  waitlistEnabled: z.boolean(),
};

export const ClassInput = z
  .strictObject({ ...classFields, waitlistEnabled: z._default(classFields.waitlistEnabled, true) })
  .check(z.refine((c) => c.enrolmentClosesAt > c.enrolmentOpensAt, { error: "invalid_window", path: ["enrolmentClosesAt"] }));
export type ClassInput = z.output<typeof ClassInput>;

export const ClassChanges = z
  .partial(z.strictObject(classFields))
  .check(z.refine((changes) => Object.keys(changes).length > 0, { error: "validation_failed" }));
export type ClassChanges = z.output<typeof ClassChanges>;

export const Class = z.object({
  classId: z.string(),
  title: Bilingual,
  description: Bilingual,
  regencyCode: z.string(),
  capacity: z.number(),
  enrolmentOpensAt: z.string(),
  enrolmentClosesAt: z.string(),
  startsOn: z.string(),
  waitlistEnabled: z.boolean(),
  enrolled: z.number(),
  waiting: z.number(),
  seatsLeft: z.number(),
  enrolmentOpen: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Class = z.output<typeof Class>;

/** A class in a listing: everything but the description, which stays out of every listing read. */
export const ClassSummary = z.omit(Class, { description: true });
export type ClassSummary = z.output<typeof ClassSummary>;

export const ClassSummaryPage = page(ClassSummary);
